import neo4j, { Neo4jError, Record as Neo4jRecord } from 'neo4j-driver';
import { AppError, BadInputError } from '../errors';
import { ConcurrencyGate } from '../cypher/concurrency-gate';
import { findRefusedOperator, PlanNode } from '../cypher/plan-guard';
import { prepareReadQuery, PreparedQuery } from '../cypher/prepare';
import { Db, Tx } from './run';
import { toPlain } from './values';

/** Rows an analyst query returns at most; more sets `truncated`. */
export const CYPHER_ROW_CAP = 1000;
/**
 * Bytes of row JSON an analyst query returns at most; more sets `truncated`. The issue's
 * `UNWIND range(1,1000) AS i RETURN i, range(1,10000) AS big` made 48.9 MB and grew Node
 * from 109 to 858 MiB; 4 MiB is ~1000 rows of 4 KB, more than a person reads.
 */
export const CYPHER_BYTE_CAP = 4 * 1024 * 1024;
/** Server-side limit on an analyst query; Neo4j aborts the transaction after it (TIMEOUT). */
export const CYPHER_TIMEOUT_MS = 10_000;
/**
 * Analyst queries running at once in this process. Each may hold up to Neo4j's
 * per-transaction memory and one of the CI machine's 2 cores; two leave room for the
 * service's own reads and ingestion. A third waits up to CYPHER_QUEUE_WAIT_MS.
 */
export const CYPHER_CONCURRENCY = 2;
export const CYPHER_QUEUE_WAIT_MS = 2_000;
/**
 * Records the driver pulls per round trip (its default is 1000): stopping at the byte
 * cap then leaves at most this many decoded records buffered, not a thousand.
 */
const CYPHER_FETCH_SIZE = 50;

const gate = new ConcurrencyGate(CYPHER_CONCURRENCY, CYPHER_QUEUE_WAIT_MS, 'analyst queries');

export interface CypherRows {
  columns: string[];
  /** one array per row, in column order, values as plain JSON */
  rows: unknown[][];
  /** true when the row or the byte cap cut the result short */
  truncated: boolean;
}

/**
 * Runs an analyst's query after two gates: the lexer's read-only guard, then Neo4j's plan
 * for it (EXPLAIN, one more statement in the same transaction), which must hold no
 * operator that loads, writes, manages, or calls a procedure off the read-only list. It
 * runs in a READ transaction that is never retried, with a time limit, streamed and
 * stopped at the row and byte caps whether or not it could be wrapped in a LIMIT.
 * Neo4j's own complaints about the query (syntax, types, missing parameters) are the
 * analyst's to fix, so they come back as BAD_USER_INPUT with Neo4j's message.
 */
export async function runReadOnlyCypher(db: Db, query: string, params: unknown, timeoutMs = CYPHER_TIMEOUT_MS): Promise<CypherRows> {
  if (params !== null && params !== undefined && (typeof params !== 'object' || Array.isArray(params))) {
    throw new BadInputError('params', 'must be a JSON object of parameter names to values');
  }
  const prepared = prepareReadQuery(query, CYPHER_ROW_CAP);
  const cypherParams = toCypherParams(params ?? {}) as Record<string, unknown>;
  try {
    return await gate.run(() =>
      db.readTxOnce(
        async (tx) => {
          const columns = await refuseByPlan(tx, prepared.cypher, cypherParams);
          return streamRows(tx, prepared, cypherParams, prepared.columns ?? columns);
        },
        { timeoutMs, fetchSize: CYPHER_FETCH_SIZE },
      ),
    );
  } catch (error) {
    throw userError(error, prepared.wrapped) ?? error;
  }
}

/**
 * The plan gate alone, without the lexer (tests use it to show the plan refuses what the
 * lexer might miss). Throws BAD_USER_INPUT naming the refused operator.
 */
export async function refuseByPlanOnly(db: Db, cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  try {
    await db.readTxOnce((tx) => refuseByPlan(tx, cypher, params));
  } catch (error) {
    throw userError(error, false) ?? error;
  }
}

/** EXPLAINs the statement (nothing runs) and refuses its plan or returns its columns. */
async function refuseByPlan(tx: Tx, cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const result = tx.open({ name: 'analyst.runCypher.explain', cypher: `EXPLAIN ${cypher}` }, params);
  const columns = await result.keys();
  const summary = await result.summary();
  const refusal = findRefusedOperator({
    plan: summary.plan ? (summary.plan as unknown as PlanNode) : null,
    queryType: summary.queryType,
    database: summary.database.name ?? undefined,
  });
  if (refusal) throw new BadInputError('query', `runCypher only reads; its plan has ${refusal.operator}: ${refusal.reason}`);
  return columns.map(String);
}

async function streamRows(tx: Tx, prepared: PreparedQuery, params: Record<string, unknown>, columns: string[]): Promise<CypherRows> {
  const rows: unknown[][] = [];
  let bytes = 0;
  let truncated = false;
  for await (const record of tx.open({ name: 'analyst.runCypher', cypher: prepared.cypher }, params)) {
    const row = rowOf(record as Neo4jRecord, columns);
    bytes += Buffer.byteLength(JSON.stringify(row));
    if (rows.length === CYPHER_ROW_CAP || bytes > CYPHER_BYTE_CAP) {
      truncated = true;
      break;
    }
    rows.push(row);
  }
  if (truncated && rows.length === 0) {
    throw new AppError(
      'QUERY_TOO_COMPLEX',
      `the first row alone is over the ${CYPHER_BYTE_CAP / 1024 / 1024} MiB result cap; return less per row`,
    );
  }
  return { columns, rows, truncated };
}

function rowOf(record: Neo4jRecord, columns: string[]): unknown[] {
  return columns.map((c) => toPlain(record.get(c)));
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
  if (error.code === 'Neo.ClientError.Statement.AccessMode')
    return new BadInputError('query', 'runCypher only reads; the query tried to write');
  // the wrapper puts the query on line 2; report lines as the analyst numbered them
  const message = wrapped ? error.message.replace(/\(line (\d+),/g, (_, n: string) => `(line ${Number(n) - 1},`) : error.message;
  return new BadInputError('query', message.slice(0, 2000));
}
