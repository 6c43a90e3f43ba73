import neo4j, { Driver, ManagedTransaction, Neo4jError, QueryResult, RecordShape, Result, Session, Transaction } from 'neo4j-driver';
import { AppError } from '../errors';
import { dbQueriesTotal } from '../metrics';
import { refuseIfDown } from './availability';

/** A named Cypher statement: the name labels metrics and logs, the text never leaves the server. */
export interface Statement {
  name: string;
  cypher: string;
}

export interface QueryStats {
  dbQueries: number;
  /** statements this Db may send in all; the next one is refused, not sent */
  maxStatements: number;
  /** write transaction attempts, retries included (a deadlock makes more than one) */
  writeAttempts?: number;
  /** transactions this Db opened (each with its session); a query request's reads share one */
  transactions: number;
}

export interface RunOptions {
  /** server-side timeout; the transaction is aborted by Neo4j when it runs longer */
  timeoutMs?: number;
  /** records pulled per round trip (the driver's default is 1000); bounds what is buffered */
  fetchSize?: number;
}

/**
 * The only place that opens sessions and transactions. Each request gets its own Db so
 * that `stats.dbQueries` counts that request's round trips.
 */
export class Db {
  readonly stats: QueryStats;

  /** maxStatements: the request's bound (LIMELIGHT_MAX_STATEMENTS); the limits walk checks it before running too */
  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
    maxStatements = Infinity,
  ) {
    this.stats = { dbQueries: 0, maxStatements, transactions: 0 };
  }

  /** Runs one statement in a read transaction (routed to a reader on a cluster). */
  async read<R extends RecordShape>(
    statement: Statement,
    params: Record<string, unknown> = {},
    options: RunOptions = {},
  ): Promise<QueryResult<R>> {
    return this.readTx((tx) => tx.run(statement, params), options);
  }

  /** Runs one statement in a write transaction. */
  async write<R extends RecordShape>(statement: Statement, params: Record<string, unknown> = {}): Promise<QueryResult<R>> {
    return this.writeTx((tx) => tx.run(statement, params));
  }

  /** Several statements in one read transaction; retried as a whole on transient errors. */
  async readTx<T>(work: (tx: Tx) => Promise<T>, options: RunOptions = {}): Promise<T> {
    refuseIfDown(this.driver);
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    this.stats.transactions += 1;
    try {
      return await session.executeRead((tx) => work(new Tx(tx, 'read', this.stats)), txConfig(options));
    } finally {
      await session.close();
    }
  }

  /**
   * Several statements in one read transaction that is never retried: for analyst queries,
   * where a retry would only repeat a memory blow-up (Neo4j's memory errors are transient).
   */
  async readTxOnce<T>(work: (tx: Tx) => Promise<T>, options: RunOptions = {}): Promise<T> {
    refuseIfDown(this.driver);
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, fetchSize: options.fetchSize });
    this.stats.transactions += 1;
    try {
      const tx = session.beginTransaction(txConfig(options));
      try {
        const value = await work(new Tx(tx, 'read', this.stats));
        await tx.commit();
        return value;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } finally {
      await session.close();
    }
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTx<T>(work: (tx: Tx) => Promise<T>, options: RunOptions = {}): Promise<T> {
    refuseIfDown(this.driver);
    const started = Date.now();
    const base = this.stats.dbQueries;
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
      this.stats.transactions += 1;
      try {
        // a rolled-back attempt's statements do not count against the request's bound
        return await session.executeWrite((tx) => {
          this.stats.dbQueries = base;
          this.stats.writeAttempts = (this.stats.writeAttempts ?? 0) + 1;
          return work(new Tx(tx, 'write', this.stats));
        }, txConfig(options));
      } catch (error) {
        if (!(isLockConflict(error) || error instanceof WriteConflict) || Date.now() - started > LOCK_CONFLICT_RETRY_MS) throw error;
        await sleep(Math.min(100 * 2 ** attempt, 1_000) * (0.5 + Math.random()));
      } finally {
        await session.close();
      }
    }
  }
}

/**
 * A request's Db. Once `shareReads` is called (a query operation), its `read` statements
 * share one session and one read transaction, opened by the first of them and committed by
 * `close` after the response: a begin, a commit and a session less per statement (W3 sends
 * 4). A mutation never shares: its reads run alone, as on Db, so that none of them reads
 * through a transaction opened before its write committed, and its errors stay its own.
 * Statements with their own timeout or fetch size, and any sent after `close` (a resolver
 * still running when a sibling's error ended the response), run alone too.
 */
export class RequestDb extends Db {
  private mode: 'alone' | 'shared' | 'closed' = 'alone';
  private shared: { session: Session; tx: Transaction; counted: Tx } | null = null;

  /** From now on `read` shares the request's read transaction. */
  shareReads(): void {
    if (this.mode === 'alone') this.mode = 'shared';
  }

  override async read<R extends RecordShape>(
    statement: Statement,
    params: Record<string, unknown> = {},
    options: RunOptions = {},
  ): Promise<QueryResult<R>> {
    if (this.mode !== 'shared' || options.timeoutMs || options.fetchSize) return super.read(statement, params, options);
    const shared = this.openShared();
    try {
      return await shared.counted.run<R>(statement, params);
    } catch (error) {
      if (error instanceof AppError) throw error;
      // one failed statement fails the transaction for all: this and the rest run alone, with the driver's retries
      this.mode = 'alone';
      void this.release(shared);
      return super.read(statement, params, options);
    }
  }

  /** Commits the shared read transaction (if one was opened) and closes its session; never throws. */
  async close(): Promise<void> {
    this.mode = 'closed';
    if (this.shared) await this.release(this.shared);
  }

  private openShared(): NonNullable<RequestDb['shared']> {
    refuseIfDown(this.driver);
    if (!this.shared) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      const tx = session.beginTransaction();
      this.stats.transactions += 1;
      this.shared = { session, tx, counted: new Tx(tx, 'read', this.stats) };
    }
    return this.shared;
  }

  private async release(shared: NonNullable<RequestDb['shared']>): Promise<void> {
    if (this.shared === shared) this.shared = null;
    try {
      if (shared.tx.isOpen()) await shared.tx.commit();
    } catch {
      // a read transaction has nothing to lose; a failed one has already told its statements
    } finally {
      await shared.session.close().catch(() => undefined);
    }
  }
}

/** A transaction that counts what it sends. */
export class Tx {
  constructor(
    private readonly tx: Pick<ManagedTransaction, 'run'>,
    private readonly mode: 'read' | 'write',
    private readonly stats: QueryStats,
  ) {}

  async run<R extends RecordShape>(statement: Statement, params: Record<string, unknown> = {}): Promise<QueryResult<R>> {
    this.count(statement);
    return this.tx.run<R>(statement.cypher, params);
  }

  /** The statement's result unconsumed, to stream: breaking out of `for await` discards the rest on the server. */
  open(statement: Statement, params: Record<string, unknown> = {}): Result {
    this.count(statement);
    return this.tx.run(statement.cypher, params);
  }

  private count(statement: Statement): void {
    if (this.stats.dbQueries >= this.stats.maxStatements) {
      // thrown inside the transaction function, so a write transaction rolls back whole
      throw new AppError('QUERY_TOO_COMPLEX', `this request tried to send more than ${this.stats.maxStatements} database statements`, {
        http: { status: 400 },
      });
    }
    this.stats.dbQueries += 1;
    dbQueriesTotal.inc({ mode: this.mode, statement: statement.name });
  }
}

/**
 * The driver retries transient errors for only 3 s (DRIVER_TIMEOUTS: a dead server must fail
 * fast). A deadlock between two live writers is different: waiting is the fix, and on a busy
 * 2-core machine 50 concurrent overlapping ingestions needed more than 3 s of retries
 * (tests/integration/concurrency.test.ts). So writes retry lock conflicts themselves, this long.
 */
export const LOCK_CONFLICT_RETRY_MS = 30_000;
const LOCK_CONFLICT_CODES = new Set([
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
]);

/**
 * Thrown by a write transaction that found, once it held its locks, that another one changed
 * what it had read (a person it resolved was merged away meanwhile): writeTx runs it again.
 */
export class WriteConflict extends Error {}

function isLockConflict(error: unknown): boolean {
  return error instanceof Neo4jError && LOCK_CONFLICT_CODES.has(error.code);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function txConfig(options: RunOptions): { timeout?: number } | undefined {
  return options.timeoutMs ? { timeout: options.timeoutMs } : undefined;
}
