import { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, BadInputError } from '../errors';
import { mapNeo4jError } from '../graph/map-error';
import { Db } from '../graph/run';
import { ExportFormatName, exportNeighbourhood } from './neighbourhood.export';
import { DEFAULT_TIMELINE_EXPORT_EVENTS, exportTimeline } from './timeline.export';

export const NEIGHBOURHOOD_EXPORT_PREFIX = '/export/neighbourhood/';
export const TIMELINE_EXPORT_PREFIX = '/export/timeline/';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, UNAVAILABLE: 503, TIMEOUT: 504, QUERY_TOO_COMPLEX: 400 };
const EXTENSION: Record<ExportFormatName, string> = { GRAPHML: 'graphml', CYTOSCAPE: 'cyjs' };

/** True for paths this handler serves: `/export/neighbourhood/<personId>`. */
export function isNeighbourhoodExportRoute(route: string): boolean {
  return route.startsWith(NEIGHBOURHOOD_EXPORT_PREFIX) && route.length > NEIGHBOURHOOD_EXPORT_PREFIX.length;
}

/** True for `/export/timeline/<personId>`. */
export function isTimelineExportRoute(route: string): boolean {
  return route.startsWith(TIMELINE_EXPORT_PREFIX) && route.length > TIMELINE_EXPORT_PREFIX.length;
}

/**
 * GET /export/neighbourhood/<personId>?hops=1&format=graphml|cytoscape&maxNodes=500: the
 * file itself, as a download, for tools that fetch a URL rather than speak GraphQL.
 * Client errors come back as JSON `{error, code}` with a matching status; anything else
 * is thrown for the server's own 500 handling (and logging).
 */
export async function handleNeighbourhoodExport(db: Db, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'METHOD_NOT_ALLOWED', 'use GET');
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const request = {
      personId: personIdOf(url.pathname, NEIGHBOURHOOD_EXPORT_PREFIX),
      hops: intParam(url, 'hops', 1),
      format: formatParam(url),
      maxNodes: intParam(url, 'maxNodes', 500),
    };
    const file = await exportNeighbourhood(db, request);
    const filename = `${request.personId.replace(/[^\w.-]/g, '_')}-neighbourhood.${EXTENSION[file.format]}`;
    res.statusCode = 200;
    res.setHeader('content-type', `${file.mimeType}; charset=utf-8`);
    res.setHeader('content-disposition', `attachment; filename="${filename}"`);
    res.setHeader('x-node-count', String(file.nodeCount));
    res.setHeader('x-edge-count', String(file.edgeCount));
    res.setHeader('x-truncated', String(file.truncated));
    res.end(req.method === 'HEAD' ? undefined : file.content);
  } catch (error) {
    sendClientError(res, error);
  }
}

/**
 * GET /export/timeline/<personId>?family=1&format=timelinejs&max=500: TimelineJS3 JSON, one
 * slide per dated event. What is not in the file is counted in headers: `x-events-left-out`
 * (dated events past `max`) and `x-events-undated` (no date, so no place on a timeline).
 */
export async function handleTimelineExport(db: Db, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'METHOD_NOT_ALLOWED', 'use GET');
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if ((url.searchParams.get('format') ?? 'timelinejs').toLowerCase() !== 'timelinejs')
      throw new BadInputError('format', 'must be timelinejs');
    const request = {
      personId: personIdOf(url.pathname, TIMELINE_EXPORT_PREFIX),
      family: flagParam(url, 'family'),
      max: intParam(url, 'max', DEFAULT_TIMELINE_EXPORT_EVENTS),
    };
    const file = await exportTimeline(db, request);
    const filename = `${file.personId.replace(/[^\w.-]/g, '_')}-timeline.json`;
    res.statusCode = 200;
    res.setHeader('content-type', `${file.mimeType}; charset=utf-8`);
    res.setHeader('content-disposition', `attachment; filename="${filename}"`);
    res.setHeader('x-event-count', String(file.slides));
    res.setHeader('x-events-left-out', String(file.leftOut));
    res.setHeader('x-events-undated', String(file.undated));
    res.setHeader('x-truncated', String(file.leftOut > 0));
    res.end(req.method === 'HEAD' ? undefined : file.content);
  } catch (error) {
    sendClientError(res, error);
  }
}

/** Client errors as JSON `{error, code}` with a matching status; anything else is rethrown for the server's 500. */
function sendClientError(res: ServerResponse, error: unknown): void {
  const known = error instanceof AppError ? error : mapNeo4jError(error);
  const code = String(known?.extensions.code ?? '');
  if (!known || !STATUS[code]) throw error;
  sendError(res, STATUS[code], code, known.message);
}

function personIdOf(pathname: string, prefix: string): string {
  try {
    return decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    throw new BadInputError('personId', 'is not a valid URL-encoded id');
  }
}

function intParam(url: URL, name: string, fallback: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d{1,6}$/.test(raw)) throw new BadInputError(name, 'must be a whole number');
  return Number(raw);
}

/** `1`/`true` or `0`/`false`; absent is false. */
function flagParam(url: URL, name: string): boolean {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw new BadInputError(name, 'must be 1 or 0');
}

function formatParam(url: URL): ExportFormatName {
  const raw = (url.searchParams.get('format') ?? 'graphml').toUpperCase();
  if (raw !== 'GRAPHML' && raw !== 'CYTOSCAPE') throw new BadInputError('format', 'must be graphml or cytoscape');
  return raw;
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ error: message, code }));
}
