import { Driver, Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ConcurrencyGate } from '../../src/cypher/concurrency-gate';
import { ExplainedQuery, findRefusedOperator, PlanNode } from '../../src/cypher/plan-guard';
import { mapNeo4jError } from '../../src/graph/map-error';
import { Db } from '../../src/graph/run';

/** A plan as Neo4j 5.26 gave it for EXPLAIN: root first, each operator on the next one's output. */
const chain = (...ops: (string | [string, string])[]): PlanNode =>
  ops.reduceRight<PlanNode | null>((child, op) => {
    const [operatorType, details] = typeof op === 'string' ? [op, undefined] : op;
    return { operatorType, arguments: details ? { Details: details } : {}, children: child ? [child] : [] };
  }, null)!;
const read = (plan: PlanNode | null, queryType = 'r'): ExplainedQuery => ({ plan, queryType, database: 'neo4j' });
const refusal = (q: ExplainedQuery) => findRefusedOperator(q)?.operator ?? null;

describe('plan gate: refused (plans captured from Neo4j 5.26 EXPLAIN)', () => {
  it.each([
    ['LOAD CSV', read(chain('ProduceResults@neo4j', 'LoadCSV@neo4j')), 'LoadCSV'],
    [
      'CALL dbms.listConfig()',
      read(chain('ProduceResults@neo4j', ['ProcedureCall@neo4j', 'dbms.listConfig() :: (name :: STRING)']), 's'),
      'ProcedureCall dbms.listConfig',
    ],
    [
      'CALL dbms.killConnections',
      read(chain('ProduceResults@neo4j', ['ProcedureCall@neo4j', 'dbms.killConnections($autolist_0) :: (connectionId :: STRING)']), 's'),
      'ProcedureCall dbms.killConnections',
    ],
    [
      'CALL db.clearQueryCaches()',
      read(chain('ProduceResults@neo4j', ['ProcedureCall@neo4j', 'db.clearQueryCaches() :: (value :: STRING)']), 's'),
      'ProcedureCall db.clearQueryCaches',
    ],
    ['a procedure call without details', read(chain('ProduceResults@neo4j', 'ProcedureCall@neo4j')), 'ProcedureCall (unnamed)'],
    ['SHOW USERS', read(chain('AdministrationCommand@system'), 's'), 'AdministrationCommand'],
    ['USE system', { plan: chain('ProduceResults@system'), queryType: 'r', database: 'system' }, '(system database)'],
    ['SHOW TRANSACTIONS', read(chain('ProduceResults@neo4j', 'ShowTransactions@neo4j')), 'ShowTransactions'],
    ['TERMINATE TRANSACTIONS', read(chain('ProduceResults@neo4j', 'TerminateTransactions@neo4j')), 'TerminateTransactions'],
    ['SHOW SETTINGS', read(chain('ProduceResults@neo4j', 'ShowSettings@neo4j')), 'ShowSettings'],
    ['CREATE', read(chain('ProduceResults@neo4j', 'EmptyResult@neo4j', 'Create@neo4j'), 'w'), 'Create'],
    [
      'SET (even if Neo4j called it a read)',
      read(chain('ProduceResults@neo4j', 'EmptyResult@neo4j', 'SetProperty@neo4j', 'AllNodesScan@neo4j')),
      'SetProperty',
    ],
    ['nothing returned', read(chain('ProduceResults@neo4j', 'EmptyResult@neo4j', 'AllNodesScan@neo4j')), 'EmptyResult'],
    ['SET under a projection', read(chain('ProduceResults@neo4j', 'Projection@neo4j', 'SetProperty@neo4j')), 'SetProperty'],
    ['MERGE', read(chain('ProduceResults@neo4j', 'Projection@neo4j', 'Merge@neo4j')), 'Merge'],
    ['DETACH DELETE', read(chain('ProduceResults@neo4j', 'Projection@neo4j', 'DetachDelete@neo4j')), 'DetachDelete'],
    ['FOREACH', read(chain('ProduceResults@neo4j', 'Projection@neo4j', 'Foreach@neo4j')), 'Foreach'],
    ['REMOVE', read(chain('ProduceResults@neo4j', 'Projection@neo4j', 'RemoveLabels@neo4j')), 'RemoveLabels'],
    ['CALL {} IN TRANSACTIONS', read(chain('ProduceResults@neo4j', 'TransactionApply@neo4j', 'EmptyRow@neo4j')), 'TransactionApply'],
    ['CREATE INDEX', read(chain('CreateIndex@neo4j'), 's'), 'CreateIndex'],
    ['another database', read(chain('ProduceResults@neo4j', 'AllNodesScan@other')), 'AllNodesScan@other'],
    ['no plan', read(null), '(no plan)'],
    ['a write query type', read(chain('ProduceResults@neo4j', 'AllNodesScan@neo4j'), 'rw'), '(query type rw)'],
  ])('%s', (_, explained, operator) => {
    expect(refusal(explained)).toBe(operator);
  });

  it('looks into every branch of the plan', () => {
    const plan: PlanNode = {
      operatorType: 'ProduceResults@neo4j',
      arguments: {},
      children: [
        { operatorType: 'Apply@neo4j', arguments: {}, children: [chain('AllNodesScan@neo4j'), chain('Projection@neo4j', 'LoadCSV@neo4j')] },
      ],
    };
    expect(refusal(read(plan))).toBe('LoadCSV');
  });
});

describe('plan gate: allowed (positive controls)', () => {
  it.each([
    ['MATCH ... RETURN ... LIMIT', read(chain('ProduceResults@neo4j', 'Limit@neo4j', 'AllNodesScan@neo4j'))],
    ['CALL db.labels()', read(chain('ProduceResults@neo4j', ['ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)']))],
    [
      'CALL dbms.components() (Neo4j types DBMS procedures as s)',
      read(chain('ProduceResults@neo4j', ['ProcedureCall@neo4j', 'dbms.components() :: (name :: STRING)']), 's'),
    ],
    [
      'fulltext search',
      read(
        chain('ProduceResults@neo4j', [
          'ProcedureCall@neo4j',
          'db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE)',
        ]),
      ),
    ],
  ])('%s', (_, explained) => {
    expect(refusal(explained)).toBeNull();
  });
});

describe('ConcurrencyGate', () => {
  const later = () => {
    let open!: () => void;
    const done = new Promise<void>((resolve) => {
      open = resolve;
    });
    return { done, open };
  };

  it('runs at most `limit` at once; the next starts when one ends', async () => {
    const gate = new ConcurrencyGate(2, 10_000, 'jobs');
    const jobs = [later(), later(), later()];
    const started: number[] = [];
    const runs = jobs.map((job, i) =>
      gate.run(async () => {
        started.push(i);
        await job.done;
        return i;
      }),
    );
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1]);
    expect(gate.running).toBe(2);
    jobs[0].open();
    await runs[0];
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    jobs[1].open();
    jobs[2].open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(gate.running).toBe(0);
  });

  it('gives UNAVAILABLE with a retry hint to one that waited too long, and frees its place', async () => {
    const gate = new ConcurrencyGate(1, 20, 'jobs');
    const first = later();
    const running = gate.run(() => first.done);
    const error = await gate.run(async () => 'never').catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: '1 jobs are already running; retry in 1 s',
      extensions: { code: 'UNAVAILABLE', retryAfterSeconds: 1 },
    });
    first.open();
    await running;
    expect(await gate.run(async () => 'after')).toBe('after');
  });

  it('releases its place when the work throws', async () => {
    const gate = new ConcurrencyGate(1, 20, 'jobs');
    await expect(
      gate.run(async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(gate.running).toBe(0);
  });
});

describe('analyst transactions: never retried, memory errors mapped', () => {
  it('runs the work once when Neo4j reports its (transient) memory limit, and the error maps to QUERY_TOO_COMPLEX', async () => {
    const memoryError = new Neo4jError(
      'db.memory.transaction.max threshold reached',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      '',
      '',
    );
    let attempts = 0;
    let rolledBack = 0;
    // a driver stand-in: only the transaction's outcome matters here, not Neo4j
    const driver = {
      session: () => ({
        beginTransaction: () => ({
          isOpen: () => true,
          rollback: async () => {
            rolledBack += 1;
          },
          commit: async () => undefined,
          run: () => undefined,
        }),
        close: async () => undefined,
      }),
    } as unknown as Driver;
    const error = await new Db(driver, undefined)
      .readTxOnce(async () => {
        attempts += 1;
        throw memoryError;
      })
      .catch((e: unknown) => e);
    expect(error).toBe(memoryError);
    expect(attempts).toBe(1);
    expect(rolledBack).toBe(1);
    expect(mapNeo4jError(error)?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});
