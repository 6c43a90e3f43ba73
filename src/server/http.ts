import http, { IncomingMessage, ServerResponse } from 'node:http';
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { Duplex } from 'node:stream';
import { ApolloServer, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import { Driver } from 'neo4j-driver';
import { ApiKey } from '../config';
import { AppError } from '../errors';
import { Db, RequestDb } from '../graph/run';
import { isConnectionFailure } from '../graph/map-error';
import { createLoaders } from '../loaders/create-loaders';
import { httpRequestDuration, registry } from '../metrics';
import { Context } from './context';
import { handleNeighbourhoodExport, handleTimelineExport, isNeighbourhoodExportRoute, isTimelineExportRoute } from '../export/export.http';
import { Logger } from './logger';
import { Neo4jStatus } from '../graph/embedded-neo4j.supervisor';
import { ASSET_PREFIX, pageFor, sendAsset, sendPage } from './static';
import { GRAPHIQL_PAGE, wantsGraphiQL } from './graphiql';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Sent through Db like every statement, so db_queries_total counts it too. */
const READY_PROBE = { name: 'health.ready', cypher: 'RETURN 1' };
/** /readyz answers within this even when Neo4j hangs (it took 31 s with the driver's retries). */
export const READY_PROBE_BUDGET_MS = 1_500;

export interface HttpDeps {
  apollo: ApolloServer<Context>;
  driver: Driver;
  database: string | undefined;
  apiKeys: Map<string, ApiKey>;
  /** database statements one request may send (LIMELIGHT_MAX_STATEMENTS) */
  maxStatements: number;
  log: Logger;
  /** the embedded Neo4j's supervisor state, for /healthz and /readyz */
  neo4jStatus?: () => Neo4jStatus;
}

/** /graphql answers these; anything else gets 405 with this list in `Allow`. */
const GRAPHQL_METHODS = ['GET', 'HEAD', 'POST'];

/** Builds a request's context: its own Db (query counter) and loaders, and the caller's role. */
export function createContext(
  deps: Pick<HttpDeps, 'driver' | 'database' | 'apiKeys' | 'maxStatements' | 'log'>,
  authorization: string | undefined,
  requestId: string,
): Context {
  const db = new RequestDb(deps.driver, deps.database, deps.maxStatements);
  const caller = callerFor(deps.apiKeys, authorization);
  return {
    db,
    loaders: createLoaders(db),
    role: caller?.role ?? null,
    actor: caller?.actor ?? null,
    requestId,
    log: deps.log.child({ requestId }),
  };
}

/** No header: anonymous (reading is open). A header with an unknown key is refused, not ignored. */
export function callerFor(keys: Map<string, ApiKey>, authorization: string | undefined): ApiKey | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const caller = match ? findKeyInConstantTime(keys, match[1]) : null;
  if (!caller) throw new AppError('UNAUTHENTICATED', 'unknown API key', { http: { status: 401 } });
  return caller;
}

/**
 * Compares the given key with every configured key, all of them each time, as SHA-256 digests
 * (equal length, so timingSafeEqual applies): the time taken says nothing about how much of
 * a key matched, nor which key.
 */
function findKeyInConstantTime(keys: Map<string, ApiKey>, given: string): ApiKey | null {
  const digest = sha256(given);
  let found: ApiKey | null = null;
  for (const [key, caller] of keys) {
    const same = timingSafeEqual(sha256(key), digest);
    found = same ? caller : found;
  }
  return found;
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

export function createHttpServer(deps: HttpDeps): http.Server {
  const server = http.createServer((req, res) => {
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
  server.on('clientError', answerClientError);
  return server;
}

/**
 * Node's default answers a malformed request or oversized headers (over 16 KB) with a bare
 * status line; clients get the same JSON error shape as everywhere else.
 */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
  const [status, reason, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'the request headers are too large']
      : [400, 'Bad Request', 'the request is not valid HTTP'];
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

async function handle(deps: HttpDeps, req: IncomingMessage, res: ServerResponse, route: string, requestId: string): Promise<void> {
  if (route === '/healthz') return health(deps, res);
  if (route === '/readyz') return readiness(deps, res);
  if (route === '/metrics') return send(res, 200, registry.contentType, await registry.metrics());
  if (route === '/graphql' && wantsGraphiQL(req)) return sendPage(res, GRAPHIQL_PAGE);
  if (route === '/graphql') return graphql(deps, req, res, requestId);
  if (isNeighbourhoodExportRoute(route)) return handleNeighbourhoodExport(new Db(deps.driver, deps.database, deps.maxStatements), req, res);
  if (isTimelineExportRoute(route)) return handleTimelineExport(new Db(deps.driver, deps.database, deps.maxStatements), req, res);
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') {
    if (route.startsWith(ASSET_PREFIX)) return sendAsset(res, route);
    const page = pageFor(route);
    if (page) return sendPage(res, page);
  }
  send(
    res,
    404,
    'application/json',
    JSON.stringify({
      error: 'not found',
      routes: ['/', '/graphql', '/healthz', '/readyz', '/metrics', '/export/neighbourhood/<personId>', '/export/timeline/<personId>'],
    }),
  );
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
  const method = (req.method ?? 'GET').toUpperCase();
  if (!GRAPHQL_METHODS.includes(method)) {
    res.setHeader('allow', GRAPHQL_METHODS.join(', '));
    return sendError(res, 405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on /graphql; use ${GRAPHQL_METHODS.join(', ')}`);
  }
  const body = await readBody(req);
  if (body === null) return sendError(res, 413, 'BAD_USER_INPUT', `request body over ${MAX_BODY_BYTES} bytes`);
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const parsed = parseJson(body, headers.get('content-type'));
  if (parsed instanceof SyntaxError) return sendError(res, 400, 'BAD_REQUEST', `the request body is not valid JSON: ${parsed.message}`);
  const httpGraphQLRequest: HTTPGraphQLRequest = {
    // HEAD is GET without the body (Node drops what is written); the status and headers are GET's
    method: method === 'HEAD' ? 'GET' : method,
    headers,
    search: new URL(req.url ?? '/', 'http://localhost').search,
    body: parsed,
  };
  let context: Context | undefined;
  try {
    const response = await deps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => (context = createContext(deps, req.headers.authorization, requestId)),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader('x-db-queries', String(context?.db.stats.dbQueries ?? 0));
    res.setHeader('x-db-transactions', String(context?.db.stats.transactions ?? 0));
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  } finally {
    // after the response is sent: the commit of the shared read transaction costs the client nothing
    await context?.db.close();
  }
}

/** The parsed body; a SyntaxError when it says it is JSON and is not. */
function parseJson(body: string, contentType: string | undefined): unknown {
  if (!contentType?.includes('application/json') || body === '') return body;
  try {
    return JSON.parse(body);
  } catch (error) {
    return error instanceof SyntaxError ? error : new SyntaxError(String(error));
  }
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  send(res, status, 'application/json', JSON.stringify({ errors: [{ message, extensions: { code } }] }));
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
  if (isTimelineExportRoute(route)) return '/export/timeline';
  return ['/graphql', '/healthz', '/readyz', '/metrics'].includes(route) ? route : 'other';
}
