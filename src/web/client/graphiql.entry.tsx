// GraphiQL at GET /graphql for browsers (src/server/graphiql.ts sends this page), bundled
// from the graphiql package with React and Monaco: nothing comes from a CDN.
import 'graphiql/style.css';
import './graphiql.css';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { setUpMonacoWorkers } from './graphiql-workers';
import { Example, exampleQuery, examplesPlugin, loadExamples } from './graphiql-examples';

/** The README section whose examples open as tabs on a first visit (all of them are in the sidebar). */
const FIRST_TABS = 5;

interface GraphQLParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

/** POST to this origin's /graphql with the headers typed in GraphiQL (an API key, say). */
async function fetcher(params: GraphQLParams, options?: { headers?: Record<string, unknown> }): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const [key, value] of Object.entries(options?.headers ?? {})) headers[key] = String(value);
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
  return res.json();
}

function defaultTabs(examples: Example[]) {
  return examples
    .filter((example) => !/^\s*mutation/.test(example.query))
    .slice(0, FIRST_TABS)
    .map((example) => ({ query: exampleQuery(example) }));
}

async function main(): Promise<void> {
  setUpMonacoWorkers();
  const examples = await loadExamples();
  const root = document.getElementById('app');
  if (!root) return;
  createRoot(root).render(
    <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs(examples)} plugins={[HISTORY_PLUGIN, examplesPlugin(examples)]} />,
  );
}

void main();
