import http, { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import { Driver } from 'neo4j-driver';
import { Role } from '../config';
import { AppError } from '../errors';
import { Db } from '../graph/run';
import { isConnectionFailure } from '../graph/map-error';
import { createLoaders } from '../loaders/create-loaders';
import { httpRequestDuration, registry } from '../metrics';
import { Context } from './context';
import { handleNeighbourhoodExport, isNeighbourhoodExportRoute } from '../export/export.http';
import { Logger } from './logger';
import { Neo4jStatus } from '../graph/embedded-neo4j.supervisor';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Sent through Db like every statement, so db_queries_total counts it too. */
const READY_PROBE = { name: 'health.ready', cypher: 'RETURN 1' };
/** /readyz answers within this even when Neo4j hangs (it took 31 s with the driver's retries). */
export const READY_PROBE_BUDGET_MS = 1_500;

export interface HttpDeps {
  apollo: ApolloServer<Context>;
  driver: Driver;
  database: string | undefined;
  apiKeys: Map<string, Role>;
  log: Logger;
  /** the embedded Neo4j's supervisor state, for /healthz and /readyz */
  neo4jStatus?: () => Neo4jStatus;
}

/** Builds a request's context: its own Db (query counter) and loaders, and the caller's role. */
export function createContext(deps: Pick<HttpDeps, 'driver' | 'database' | 'apiKeys' | 'log'>, authorization: string | undefined, requestId: string): Context {
  const db = new Db(deps.driver, deps.database);
  return { db, loaders: createLoaders(db), role: roleFor(deps.apiKeys, authorization), requestId, log: deps.log.child({ requestId }) };
}

/** No header: anonymous (reading is open). A header with an unknown key is refused, not ignored. */
export function roleFor(keys: Map<string, Role>, authorization: string | undefined): Role | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const role = match ? keys.get(match[1]) : undefined;
  if (!role) throw new AppError('UNAUTHENTICATED', 'unknown API key', { http: { status: 401 } });
  return role;
}

export function createHttpServer(deps: HttpDeps): http.Server {
  return http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    const route = (req.url ?? '/').split('?')[0];
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      httpRequestDuration.observe({ route: knownRoute(route), status: String(res.statusCode) }, seconds);
    });
    handle(deps, req, res, route, requestId).catch((error) => {
      deps.log.error('request failed', { requestId, error: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal server error\n');
      else res.end();
    });
  });
}

async function handle(deps: HttpDeps, req: IncomingMessage, res: ServerResponse, route: string, requestId: string): Promise<void> {
  if (route === '/healthz') return health(deps, res);
  if (route === '/readyz') return readiness(deps, res);
  if (route === '/metrics') return send(res, 200, registry.contentType, await registry.metrics());
  if (route === '/graphql') return graphql(deps, req, res, requestId);
  if (isNeighbourhoodExportRoute(route)) return handleNeighbourhoodExport(new Db(deps.driver, deps.database), req, res);
  send(res, 404, 'application/json', JSON.stringify({ error: 'not found', routes: ['/graphql', '/healthz', '/readyz', '/metrics', '/export/neighbourhood/<personId>'] }));
}

/** 200 while the Node process is alive, Neo4j or not; the body says how Neo4j is. */
function health(deps: HttpDeps, res: ServerResponse): void {
  send(res, 200, 'application/json', JSON.stringify({ status: 'ok', neo4j: deps.neo4jStatus?.() ?? null }));
}

/** 503 at once when the supervisor knows Neo4j is down, else after at most the probe budget. */
async function readiness(deps: HttpDeps, res: ServerResponse): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${READY_PROBE_BUDGET_MS} ms`)), READY_PROBE_BUDGET_MS);
  });
  try {
    const probe = new Db(deps.driver, deps.database).read(READY_PROBE, {}, { timeoutMs: READY_PROBE_BUDGET_MS });
    probe.catch(() => {}); // may lose the race and fail later
    await Promise.race([probe, budget]);
    send(res, 200, 'application/json', JSON.stringify({ status: 'ready' }));
  } catch (error) {
    // our own reasons only (supervisor state, the budget): driver messages name hosts and ports
    const reason = error instanceof AppError || !isConnectionFailure(error) ? (error as Error).message : 'no connection to Neo4j';
    send(res, 503, 'application/json', JSON.stringify({ status: 'neo4j unavailable', reason }));
  } finally {
    clearTimeout(timer);
  }
}

async function graphql(deps: HttpDeps, req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
  const body = await readBody(req);
  if (body === null) return send(res, 413, 'application/json', JSON.stringify({ errors: [{ message: `request body over ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_USER_INPUT' } }] }));
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const httpGraphQLRequest: HTTPGraphQLRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    headers,
    search: new URL(req.url ?? '/', 'http://localhost').search,
    body: parseJson(body, headers.get('content-type')),
  };
  let context: Context | undefined;
  const response = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest,
    context: async () => (context = createContext(deps, req.headers.authorization, requestId)),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  if (context) res.setHeader('x-db-queries', String(context.db.stats.dbQueries));
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') return void res.end(response.body.string);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function parseJson(body: string, contentType: string | undefined): unknown {
  if (!contentType?.includes('application/json') || body === '') return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) { resolve(null); req.resume(); return; }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.statusCode = status;
  res.setHeader('content-type', contentType);
  res.end(body);
}

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

function knownRoute(route: string): string {
  if (isNeighbourhoodExportRoute(route)) return '/export/neighbourhood';
  return ['/graphql', '/healthz', '/readyz', '/metrics'].includes(route) ? route : 'other';
}
