import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseByPlanOnly } from '../../src/graph/cypher.queries';
import { Db } from '../../src/graph/run';
import { ANALYST_KEY, startTestApp, TestApp } from '../helpers/app';
import { allowedVariants, refusedConstructs, Variant, variantsOf } from '../helpers/cypher-fuzz';
import { graphFingerprint, testDriver } from '../helpers/graph';

/** Per construct, through the real service and again straight to the plan gate: 13 x 40 = 520 of each. */
const VARIANTS_PER_CONSTRUCT = 40;
const IN_FLIGHT = 4;
const RUN = 'query ($query: String!, $params: JSON) { runCypher(query: $query, params: $params) { columns rows truncated } }';

let t: TestApp;
let driver: Driver;
let db: Db;
let before: string;
const token = `canary-${randomBytes(12).toString('hex')}`;
const canaryPath = path.join(os.tmpdir(), `limelight-canary-${process.pid}-${Date.now()}.csv`);
const canaryUrl = `file://${canaryPath}`;
const variants: Variant[] = refusedConstructs(canaryUrl).flatMap((c, i) => variantsOf(c, VARIANTS_PER_CONSTRUCT, 5000 + i));

beforeAll(async () => {
  writeFileSync(canaryPath, `${token}\n`);
  t = await startTestApp();
  driver = testDriver();
  db = new Db(driver, process.env.NEO4J_DATABASE || undefined);
  before = await graphFingerprint(driver);
});
afterAll(async () => {
  await t.app.stop();
  await driver.close();
  rmSync(canaryPath, { force: true });
});

async function inBatches<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += IN_FLIGHT) out.push(...(await Promise.all(items.slice(i, i + IN_FLIGHT).map(work))));
  return out;
}

describe('fuzz, service tier: refused constructs against the real service and Neo4j', () => {
  it('positive control: the canary file is there to be read (a raw LOAD CSV through the test driver, no guard)', async () => {
    const raw = await driver.executeQuery('LOAD CSV FROM $url AS l RETURN l[0] AS line', { url: canaryUrl }).catch((e: Error) => e);
    // If Neo4j's own config refuses file URLs, the guard's messages below (naming LOAD CSV) show the guard stopped them first.
    if (raw instanceof Error) expect(raw.message).toMatch(/file|URL|import|LOAD CSV/i);
    else expect(raw.records.map((r) => r.get('line'))).toEqual([token]);
  });

  it(`${variants.length} variants through runCypher: every one refused naming its clause, the canary never read`, async () => {
    const responses = await inBatches(variants, async (v) => ({
      v,
      res: await t.gql(RUN, { query: v.query, params: v.params }, ANALYST_KEY),
    }));
    const through = responses.filter(({ v, res }) => {
      const message = res.errors?.[0]?.message ?? '';
      const named = message.includes(`refused ${v.construct.clause} `) || message.includes(`its plan has ${v.construct.operator}:`);
      return res.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT' || !named || res.data?.runCypher || JSON.stringify(res).includes(token);
    });
    expect(through.map(({ v, res }) => ({ query: v.query, tricks: v.tricks, res }))).toEqual([]);
    expect(responses.every(({ res }) => res.dbQueries === 0)).toBe(true); // the lexer refused them before Neo4j was asked
  });

  it('the same variants sent past the lexer, straight to the plan gate: Neo4j parses each as the construct, and the plan refuses it', async () => {
    const judged = await inBatches(variants, async (v) => ({
      v,
      error: await refuseByPlanOnly(db, v.query, v.params).then(
        () => null,
        (e: Error) => e,
      ),
    }));
    const through = judged.filter(
      ({ v, error }) => !error?.message.includes(`its plan has ${v.construct.operator}:`) || error.message.includes(token),
    );
    expect(through.map(({ v, error }) => ({ query: v.query, tricks: v.tricks, error: error?.message ?? 'allowed' }))).toEqual([]);
  });

  it('positive control: harmless reads with the same tricks run and return their rows', async () => {
    const reads = allowedVariants(60, 11);
    const results = await inBatches(reads, async (r) => ({ r, res: await t.gql(RUN, { query: r.query }, ANALYST_KEY) }));
    const wrong = results.filter(({ r, res }) => res.errors || JSON.stringify(res.data?.runCypher.rows) !== JSON.stringify(r.expected));
    expect(wrong.map(({ r, res }) => ({ query: r.query, res }))).toEqual([]);
  });

  it('nothing was written: the graph fingerprint is unchanged and no fuzz marker exists', async () => {
    expect(await graphFingerprint(driver)).toBe(before);
    const marks = await driver.executeQuery('MATCH (n) WHERE n:FuzzCanary OR n.fuzzed IS NOT NULL RETURN count(n) AS n');
    expect(marks.records[0].get('n').toNumber()).toBe(0);
  });
});
