import { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYPHER_BYTE_CAP, CYPHER_CONCURRENCY, CYPHER_ROW_CAP, runReadOnlyCypher } from '../../src/graph/cypher.queries';
import { mapNeo4jError } from '../../src/graph/map-error';
import { Db } from '../../src/graph/run';
import { ANALYST_KEY, startTestApp, TestApp } from '../helpers/app';
import { testDriver } from '../helpers/graph';

const RUN = 'query ($query: String!, $params: JSON) { runCypher(query: $query, params: $params) { columns rows truncated } }';

let t: TestApp;
let driver: Driver;
beforeAll(async () => {
  t = await startTestApp();
  driver = testDriver();
});
afterAll(async () => {
  await t.app.stop();
  await driver.close();
});

describe('runCypher bounds', () => {
  it('caps the result in bytes: the issue query stops at 4 MiB of rows, a prefix of the full result', async () => {
    const res = await t.gql(RUN, { query: 'UNWIND range(1,1000) AS i RETURN i, range(1,10000) AS big' }, ANALYST_KEY);
    expect(res.errors).toBeUndefined();
    const { rows, truncated } = res.data!.runCypher as { rows: [number, number[]][]; truncated: boolean };
    expect(truncated).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(CYPHER_ROW_CAP);
    expect(Buffer.byteLength(JSON.stringify(rows))).toBeLessThanOrEqual(CYPHER_BYTE_CAP + 2 * rows.length);
    expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => i + 1));
    expect(rows.at(-1)![1]).toHaveLength(10000);
  });

  it('positive control: the same shape under both caps comes back whole', async () => {
    const res = await t.ok(RUN, { query: 'UNWIND range(1,20) AS i RETURN i, range(1,100) AS big' }, ANALYST_KEY);
    expect(res.runCypher.rows).toHaveLength(20);
    expect(res.runCypher.truncated).toBe(false);
  });

  it('refuses a single row over the byte cap with QUERY_TOO_COMPLEX', async () => {
    const res = await t.gql(RUN, { query: 'RETURN range(1, 1000000) AS big' }, ANALYST_KEY);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0].message).toMatch(/first row alone is over the 4 MiB/);
  });

  it('caps a standalone procedure call (not wrapped in a LIMIT) by streaming', async () => {
    const search = "CALL db.index.fulltext.queryNodes('person_names', 'a* OR e* OR i* OR o* OR u*')";
    const counted = await t.ok(RUN, { query: `${search} YIELD node RETURN count(node) AS n` }, ANALYST_KEY);
    const matches = counted.runCypher.rows[0][0] as number;
    expect(matches).toBeGreaterThan(0);
    const res = await t.gql(RUN, { query: search }, ANALYST_KEY);
    expect(res.errors).toBeUndefined();
    expect(res.data!.runCypher.rows).toHaveLength(Math.min(matches, CYPHER_ROW_CAP));
    expect(res.data!.runCypher.truncated).toBe(matches > CYPHER_ROW_CAP);
  });

  it('counts the EXPLAIN honestly: two statements per query run, none for one the lexer refused', async () => {
    expect((await t.gql(RUN, { query: 'RETURN 1 AS x' }, ANALYST_KEY)).dbQueries).toBe(2);
    expect((await t.gql(RUN, { query: 'CREATE ()' }, ANALYST_KEY)).dbQueries).toBe(0);
  });

  it(`runs at most ${CYPHER_CONCURRENCY} analyst queries at once; the next waits, then gets UNAVAILABLE with a retry hint`, async () => {
    const db = new Db(driver, process.env.NEO4J_DATABASE || undefined);
    // 10^10 rows: far longer than the 6 s limit on any machine, so both hold their place until TIMEOUT
    const slow = 'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n';
    const holders = Array.from({ length: CYPHER_CONCURRENCY }, () => runReadOnlyCypher(db, slow, {}, 6000).catch((e: unknown) => e));
    const third = await runReadOnlyCypher(db, 'RETURN 1 AS x', {}).catch((e: unknown) => e);
    expect(third).toMatchObject({ extensions: { code: 'UNAVAILABLE', retryAfterSeconds: 2 } });
    for (const held of await Promise.all(holders)) expect(mapNeo4jError(held)?.extensions.code).toBe('TIMEOUT');
    expect((await runReadOnlyCypher(db, 'RETURN 1 AS x', {})).rows).toEqual([[1]]);
  });
});
