import { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, BadInputError } from '../errors';
import { mapNeo4jError } from '../graph/map-error';
import { Db } from '../graph/run';
import { ExportFormatName, exportNeighbourhood } from './neighbourhood.export';

export const NEIGHBOURHOOD_EXPORT_PREFIX = '/export/neighbourhood/';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, UNAVAILABLE: 503, TIMEOUT: 504, QUERY_TOO_COMPLEX: 400 };
const EXTENSION: Record<ExportFormatName, string> = { GRAPHML: 'graphml', CYTOSCAPE: 'cyjs' };

/** True for paths this handler serves: `/export/neighbourhood/<personId>`. */
export function isNeighbourhoodExportRoute(route: string): boolean {
  return route.startsWith(NEIGHBOURHOOD_EXPORT_PREFIX) && route.length > NEIGHBOURHOOD_EXPORT_PREFIX.length;
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
      personId: personIdOf(url.pathname),
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
    const known = error instanceof AppError ? error : mapNeo4jError(error);
    const code = String(known?.extensions.code ?? '');
    if (!known || !STATUS[code]) throw error;
    sendError(res, STATUS[code], code, known.message);
  }
}

function personIdOf(pathname: string): string {
  try {
    return decodeURIComponent(pathname.slice(NEIGHBOURHOOD_EXPORT_PREFIX.length));
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
