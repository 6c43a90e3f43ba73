import neo4j, { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { dbQueriesTotal } from '../metrics';
import { refuseIfDown } from './availability';

/** A named Cypher statement: the name labels metrics and logs, the text never leaves the server. */
export interface Statement {
  name: string;
  cypher: string;
}

export interface QueryStats {
  dbQueries: number;
}

export interface RunOptions {
  /** server-side timeout; the transaction is aborted by Neo4j when it runs longer */
  timeoutMs?: number;
}

/**
 * The only place that opens sessions and transactions. Each request gets its own Db so
 * that `stats.dbQueries` counts that request's round trips.
 */
export class Db {
  readonly stats: QueryStats = { dbQueries: 0 };

  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
  ) {}

  /** Runs one statement in a read transaction (routed to a reader on a cluster). */
  async read<R extends RecordShape>(statement: Statement, params: Record<string, unknown> = {}, options: RunOptions = {}): Promise<QueryResult<R>> {
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
    try {
      return await session.executeRead((tx) => work(new Tx(tx, 'read', this.stats)), txConfig(options));
    } finally {
      await session.close();
    }
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTx<T>(work: (tx: Tx) => Promise<T>, options: RunOptions = {}): Promise<T> {
    refuseIfDown(this.driver);
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(new Tx(tx, 'write', this.stats)), txConfig(options));
    } finally {
      await session.close();
    }
  }
}

/** A transaction that counts what it sends. */
export class Tx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly mode: 'read' | 'write',
    private readonly stats: QueryStats,
  ) {}

  async run<R extends RecordShape>(statement: Statement, params: Record<string, unknown> = {}): Promise<QueryResult<R>> {
    this.stats.dbQueries += 1;
    dbQueriesTotal.inc({ mode: this.mode, statement: statement.name });
    return this.tx.run<R>(statement.cypher, params);
  }
}

function txConfig(options: RunOptions): { timeout?: number } | undefined {
  return options.timeoutMs ? { timeout: options.timeoutMs } : undefined;
}
