import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j, { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { Db, Tx } from '../../src/graph/run';
import { uniq } from '../helpers/graph';

/**
 * Two writers that lock the same two nodes in opposite orders deadlock; Neo4j fails one of
 * them. The driver here does no retries of its own (maxTransactionRetryTime 0), so only
 * Db.writeTx's lock-conflict retry can make both succeed.
 */
let driver: Driver;
const prefix = uniq('deadlock');

beforeAll(async () => {
  const password = inject('neo4jPassword');
  driver = neo4j.driver(inject('neo4jUri'), password ? neo4j.auth.basic(inject('neo4jUser'), password) : undefined, {
    maxTransactionRetryTime: 0,
  });
  await driver.executeQuery('CREATE (:RetryProbe {id: $a}), (:RetryProbe {id: $b})', { a: `${prefix}-a`, b: `${prefix}-b` });
});

afterAll(async () => {
  await driver.executeQuery('MATCH (n:RetryProbe) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: prefix });
  await driver.close();
});

const LOCK = { name: 'test.lock', cypher: 'MATCH (n:RetryProbe {id: $id}) SET n.touched = coalesce(n.touched, 0) + 1' };

/** Locks `first`, waits until the other writer holds its first lock too, then locks `second`. */
function crossed(db: Db, first: string, second: string, holding: { count: number }): Promise<void> {
  return db.writeTx(async (tx: Tx) => {
    await tx.run(LOCK, { id: `${prefix}-${first}` });
    holding.count += 1;
    const until = Date.now() + 2_000;
    while (holding.count < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    await tx.run(LOCK, { id: `${prefix}-${second}` });
  });
}

describe('writes retry lock conflicts', () => {
  it('two writers locking two nodes in opposite orders both succeed; a rolled-back attempt is not counted', async () => {
    const dbA = new Db(driver, undefined);
    const dbB = new Db(driver, undefined);
    const holding = { count: 0 };
    const results = await Promise.allSettled([crossed(dbA, 'a', 'b', holding), crossed(dbB, 'b', 'a', holding)]);
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason?.code ?? r.reason) : 'ok'))).toEqual(['ok', 'ok']);
    // Neo4j did fail one of them with a deadlock: three attempts in all
    expect((dbA.stats.writeAttempts ?? 0) + (dbB.stats.writeAttempts ?? 0)).toBeGreaterThanOrEqual(3);
    // each committed attempt sent exactly its two statements, whatever the retries before it
    expect([dbA.stats.dbQueries, dbB.stats.dbQueries]).toEqual([2, 2]);
    const touched = await driver.executeQuery('MATCH (n:RetryProbe) WHERE n.id STARTS WITH $p RETURN sum(n.touched) AS n', { p: prefix });
    expect(touched.records[0].get('n').toNumber()).toBe(4);
  });
});
