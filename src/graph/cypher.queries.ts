import neo4j, { Neo4jError } from 'neo4j-driver';
import { BadInputError } from '../errors';
import { prepareReadQuery } from '../cypher/prepare';
import { Db } from './run';
import { toPlain } from './values';

/** Rows an analyst query returns at most; more sets `truncated`. */
export const CYPHER_ROW_CAP = 1000;
/** Server-side limit on an analyst query; Neo4j aborts the transaction after it (TIMEOUT). */
export const CYPHER_TIMEOUT_MS = 10_000;

export interface CypherRows {
  columns: string[];
  /** one array per row, in column order, values as plain JSON */
  rows: unknown[][];
  truncated: boolean;
}

/**
 * Runs an analyst's query after the read-only guard, in a READ transaction (a write that
 * slipped past the guard fails there), with a time limit and a row cap enforced by Neo4j.
 * Neo4j's own complaints about the query (syntax, types, missing parameters) are the
 * analyst's to fix, so they come back as BAD_USER_INPUT with Neo4j's message.
 */
export async function runReadOnlyCypher(db: Db, query: string, params: unknown, timeoutMs = CYPHER_TIMEOUT_MS): Promise<CypherRows> {
  if (params !== null && params !== undefined && (typeof params !== 'object' || Array.isArray(params))) {
    throw new BadInputError('params', 'must be a JSON object of parameter names to values');
  }
  const prepared = prepareReadQuery(query, CYPHER_ROW_CAP);
  const statement = { name: 'analyst.runCypher', cypher: prepared.cypher };
  try {
    const result = await db.read(statement, toCypherParams(params ?? {}) as Record<string, unknown>, { timeoutMs });
    const columns = prepared.columns ?? result.records[0]?.keys.map(String) ?? [];
    const rows = result.records.slice(0, CYPHER_ROW_CAP).map((r) => columns.map((c) => toPlain(r.get(c))));
    return { columns, rows, truncated: result.records.length > CYPHER_ROW_CAP };
  } catch (error) {
    throw userError(error, prepared.wrapped) ?? error;
  }
}

/** JSON numbers that are whole become Cypher integers, so `LIMIT $n` and `range(0, $n)` work. */
function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  return value;
}

function userError(error: unknown, wrapped: boolean): BadInputError | null {
  if (!(error instanceof Neo4jError) || !/^Neo\.ClientError\.(Statement|Procedure|Schema)\./.test(error.code)) return null;
  if (error.code === 'Neo.ClientError.Statement.AccessMode') return new BadInputError('query', 'runCypher only reads; the query tried to write');
  // the wrapper puts the query on line 2; report lines as the analyst numbered them
  const message = wrapped ? error.message.replace(/\(line (\d+),/g, (_, n: string) => `(line ${Number(n) - 1},`) : error.message;
  return new BadInputError('query', message.slice(0, 2000));
}
