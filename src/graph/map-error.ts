import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors';
import { unavailable } from './availability';

/**
 * Every way a connection to Neo4j fails, as the driver reports it. Codes first; the
 * driver also raises some with no code ('N/A'), so their messages are listed, and a
 * socket error may arrive as the cause of a wrapper.
 */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  // a connection or transaction killed server-side (dbms.killConnections, TERMINATE)
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);
const UNAVAILABLE_MESSAGES =
  /Connection was closed by server|Connection acquisition timed out|Failed to connect to server|Failed to establish connection|Connection lost|Pool is closed|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|socket hang up/;
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTCONN']);
const MEMORY_CODES = /MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError|General\.OutOfMemoryError/;

/**
 * The one place Neo4j errors become client errors. Returns null for errors that are not
 * Neo4j's, or that clients should only see as an internal error.
 */
export function mapNeo4jError(error: unknown): AppError | null {
  if (isConnectionFailure(error)) return unavailable();
  if (!(error instanceof Neo4jError)) return null;
  if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(error.code)) {
    return new AppError('TIMEOUT', 'the query ran longer than its time limit and was stopped');
  }
  if (MEMORY_CODES.test(error.code)) {
    return new AppError('QUERY_TOO_COMPLEX', 'the query needed more memory than it is allowed');
  }
  return null;
}

/** Walks the cause chain: a pool or socket failure is often wrapped once or twice. */
export function isConnectionFailure(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const code = (error as { code?: unknown }).code;
  if (error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code)) return true;
  if (typeof code === 'string' && SOCKET_CODES.has(code)) return true;
  if ((error instanceof Neo4jError || depth > 0) && UNAVAILABLE_MESSAGES.test(error.message)) return true;
  return isConnectionFailure((error as { cause?: unknown }).cause, depth + 1);
}
