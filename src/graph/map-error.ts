import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * The one place Neo4j errors become client errors. Returns null for errors that are not
 * Neo4j's, or that clients should only see as an internal error.
 */
export function mapNeo4jError(error: unknown): AppError | null {
  if (!(error instanceof Neo4jError)) return null;
  if (UNAVAILABLE_CODES.has(error.code)) return new AppError('UNAVAILABLE', 'the graph database is unavailable; try again shortly');
  if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(error.code)) {
    return new AppError('TIMEOUT', 'the query ran longer than its time limit and was stopped');
  }
  if (/MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError/.test(error.code)) {
    return new AppError('QUERY_TOO_COMPLEX', 'the query needed more memory than it is allowed');
  }
  return null;
}
