// Monaco's base worker (diffs, word ranges) for GraphiQL's editors; see graphiql-workers.ts.
import 'monaco-editor/esm/vs/editor/editor.worker.js';
