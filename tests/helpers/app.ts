import { inject } from 'vitest';
import { loadConfig } from '../../src/config';
import { App, startApp } from '../../src/server/app';
import { createLogger } from '../../src/server/logger';

export const EDITOR_KEY = 'test-editor-key';
export const ANALYST_KEY = 'test-analyst-key';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  dbQueries: number;
  /** database transactions the request opened (x-db-transactions) */
  dbTransactions: number;
}

export interface TestApp {
  app: App;
  /** POSTs an operation to /graphql the way a client would */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, key?: string): Promise<GraphQLResponse<T>>;
  /** the data of a response that must have no errors */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, key?: string): Promise<T>;
  base: string;
}

/** The real service on a free port, against the run's shared Neo4j. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USER: inject('neo4jUser'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
    LIMELIGHT_API_KEYS: `${EDITOR_KEY}:editor,${ANALYST_KEY}:analyst`,
    LIMELIGHT_SEEDS: 'off',
    LOG_LEVEL: 'error',
    ...env,
  });
  const app = await startApp(config, createLogger('error'));
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<GraphQLResponse<T>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key) headers.authorization = `Bearer ${key}`;
    const res = await fetch(app.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
    return {
      status: res.status,
      data: body.data,
      errors: body.errors,
      dbQueries: Number(res.headers.get('x-db-queries') ?? -1),
      dbTransactions: Number(res.headers.get('x-db-transactions') ?? -1),
    };
  };
  const ok = async <T>(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<T> => {
    const res = await gql<T>(query, variables, key);
    if (res.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  };
  return { app, gql, ok, base: app.url.replace(/\/graphql$/, '') };
}
