// monaco-graphql's language service (completion, validation against the schema) for the query editor.
import 'monaco-graphql/esm/graphql.worker.js';
