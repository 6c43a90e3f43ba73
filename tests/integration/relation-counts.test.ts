import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { inventedSurname, testDriver } from '../helpers/graph';

/**
 * topPeople reads `p.relations` (src/graph/relation-counts.queries.ts) instead of counting
 * every person's edges. These tests walk every write that changes a family edge (ingest,
 * re-ingest that drops a fact, an editor's rejection, a merge, a retraction) and check the
 * stored count against the live count, for the people touched and for the whole graph.
 */
let t: TestApp;
let driver: Driver;
beforeAll(async () => {
  t = await startTestApp();
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
  await t.app.stop();
});

const LIVE = "COUNT { (p)-[r:SPOUSE_OF|PARENT_OF]-() WHERE r.standing IN ['ACCEPTED', 'PROPOSED'] }";

/** People whose stored count is not their live count (or who have none). */
async function stale(): Promise<number> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Person) WHERE p.relations IS NULL OR p.relations <> ${LIVE} RETURN count(p) AS n`,
  );
  return records[0].get('n').toNumber();
}

/** Stored and live counts of these people, by id. */
async function counts(ids: string[]): Promise<Record<string, { stored: number; live: number }>> {
  const { records } = await driver.executeQuery(
    `UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN id, p.relations AS stored, ${LIVE} AS live`,
    { ids },
  );
  return Object.fromEntries(records.map((r) => [r.get('id'), { stored: Number(r.get('stored')), live: Number(r.get('live')) }]));
}

/** The stored counts, after checking each equals the live one. */
async function relationsOf(ids: Record<string, string>): Promise<Record<string, number>> {
  const found = await counts(Object.values(ids));
  const out: Record<string, number> = {};
  for (const [name, id] of Object.entries(ids)) {
    expect(found[id], `${name} (${id})`).toBeDefined();
    expect(found[id].stored, `${name}: stored vs live`).toBe(found[id].live);
    out[name] = found[id].stored;
  }
  return out;
}

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id mentions { id name } } } }`;
const SPOUSE_EVIDENCE = `query($id: ID!) { person(id: $id) { spouses { person { id } evidence { id } } } }`;
const REVIEW = `mutation($id: ID!) { reviewEvidence(id: $id, decision: REJECT, reason: "not married") { id status } }`;
const MERGE = `mutation($from: ID!, $into: ID!) { mergePeople(from: $from, into: $into, reason: "one person") { id } }`;
const RETRACT = `mutation($url: String!) { retractArticle(url: $url, reason: "invented") { factsRemoved } }`;
const TOP = `query($first: Int!) { topPeople(first: $first) { score person { id } } }`;

function article(x: string, url: string, relations: { kind: string; from: string; to: string }[], names: Record<string, string>) {
  return {
    url,
    title: `The ${x} family`,
    publishedAt: '2024-05-01T10:00:00Z',
    people: Object.entries(names).map(([ref, name]) => ({ ref, name })),
    relations: relations.map((r) => ({ ...r, quote: `${names[r.from]} and ${names[r.to]}: ${r.kind.toLowerCase()}.` })),
  };
}

async function ingest(input: Record<string, unknown>): Promise<Record<string, string>> {
  const mentions = (await t.ok(INGEST, { input }, EDITOR_KEY)).ingestArticle.article.mentions as { id: string; name: string }[];
  return Object.fromEntries(mentions.map((m) => [m.name, m.id]));
}

describe('relation counts kept for topPeople', () => {
  it('are right for every seed person, and topPeople ranks by them', async () => {
    expect(await stale()).toBe(0);
    const top = (await t.ok(TOP, { first: 5 })).topPeople as { score: number; person: { id: string } }[];
    // positive control: the top people have relations, and the score is the live count
    expect(top[0].score).toBeGreaterThan(0);
    const live = await counts(top.map((p) => p.person.id));
    for (const p of top) expect(p.score).toBe(live[p.person.id].live);
    const { records } = await driver.executeQuery(`MATCH (p:Person) RETURN max(${LIVE}) AS m`);
    expect(top[0].score).toBe(records[0].get('m').toNumber());
  });

  it('follow ingestion, a rejection, a re-ingestion that drops a fact, a merge and a retraction', async () => {
    const x = inventedSurname();
    const names = { a: `Ansel ${x}`, b: `Brita ${x}`, c: `Cato ${x}`, d: `Dagny ${x}` };
    const url = `https://counts.example/${x}`;
    const family = [
      { kind: 'SPOUSE', from: 'a', to: 'b' },
      { kind: 'PARENT', from: 'a', to: 'c' },
      { kind: 'PARENT', from: 'b', to: 'c' },
    ];
    const byName = await ingest(article(x, url, family, names));
    const id = { a: byName[names.a], b: byName[names.b], c: byName[names.c] };
    expect(await relationsOf(id)).toEqual({ a: 2, b: 2, c: 2 });

    // an editor rejects the marriage: hidden, so not counted
    const spouses = (await t.ok(SPOUSE_EVIDENCE, { id: id.a })).person.spouses;
    expect(spouses).toHaveLength(1);
    await t.ok(REVIEW, { id: spouses[0].evidence[0].id }, EDITOR_KEY);
    expect(await relationsOf(id)).toEqual({ a: 1, b: 1, c: 2 });

    // the article is edited and states only a -> c: the marriage and b -> c go (sweep), and
    // b is at the end of no fact the ingestion wrote: only the sweep's people recount b
    await ingest(article(x, url, family.slice(1, 2), names));
    expect(await relationsOf(id)).toEqual({ a: 1, b: 0, c: 1 });

    // a second article: d is c's parent; then d is found to be b (merged), then that article is retracted
    const otherUrl = `https://counts.example/${x}/2`;
    const second = await ingest(article(x, otherUrl, [{ kind: 'PARENT', from: 'd', to: 'c' }], { c: names.c, d: names.d }));
    const d = second[names.d];
    expect(await relationsOf({ ...id, d })).toEqual({ a: 1, b: 0, c: 2, d: 1 });
    await t.ok(MERGE, { from: d, into: id.b }, EDITOR_KEY);
    expect(await relationsOf(id)).toEqual({ a: 1, b: 1, c: 2 });
    await t.ok(RETRACT, { url: otherUrl }, EDITOR_KEY);
    expect(await relationsOf(id)).toEqual({ a: 1, b: 0, c: 1 });

    expect(await stale()).toBe(0);
  });

  it('put a new hub at the top of topPeople at once', async () => {
    const x = inventedSurname();
    const top = (await t.ok(TOP, { first: 1 })).topPeople[0].score as number;
    const kids = Array.from({ length: top + 1 }, (_, i) => [
      `k${i}`,
      `Kid${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 26) % 26]} ${x}`,
    ]);
    const names = { hub: `Hubert ${x}`, ...Object.fromEntries(kids) };
    const byName = await ingest(
      article(
        x,
        `https://counts.example/${x}/hub`,
        kids.map(([ref]) => ({ kind: 'PARENT', from: 'hub', to: ref })),
        names,
      ),
    );
    const first = (await t.ok(TOP, { first: 1 })).topPeople[0];
    expect(first).toEqual({ score: top + 1, person: { id: byName[names.hub] } });
  });
});
