import { IncomingMessage } from 'node:http';

/** The page: dist/web/graphiql.js and .css, bundled from src/web/client/graphiql.entry.tsx. */
export const GRAPHIQL_PAGE = { title: 'Limelight GraphiQL', entry: 'graphiql' };

/**
 * A browser opening /graphql: a GET (or HEAD) that accepts HTML and carries no `query`.
 * Everything else, a GET with `?query=` from a browser included, goes to Apollo as before;
 * a client that asks for JSON only never sees the page.
 */
export function wantsGraphiQL(req: IncomingMessage): boolean {
  const method = (req.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (!/\btext\/html\b/i.test(req.headers.accept ?? '')) return false;
  return !new URL(req.url ?? '/', 'http://localhost').searchParams.has('query');
}
