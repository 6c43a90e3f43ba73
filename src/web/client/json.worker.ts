// Monaco's JSON language service, for GraphiQL's variables, headers and response editors.
import 'monaco-editor/esm/vs/language/json/json.worker.js';
