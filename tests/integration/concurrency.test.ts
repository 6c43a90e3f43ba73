import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { testDriver, uniq } from '../helpers/graph';

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

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }`;

/** The measurement used ten people per version: 19 stale versions left 190 people and 855 edges. */
const PEOPLE_PER_VERSION = 10;
const VERSIONS = 20;

async function count(cypher: string, params: Record<string, unknown>): Promise<number> {
  const res = await driver.executeQuery(cypher, params);
  return res.records[0].get('n').toNumber();
}

/** Sends every input at once; returns the errors of each response (an empty list where it succeeded). */
async function ingestAll(inputs: Record<string, unknown>[]): Promise<unknown[][]> {
  const responses = await Promise.all(inputs.map((input) => t.gql(INGEST, { input }, EDITOR_KEY)));
  return responses.map((r) => r.errors ?? []);
}

describe('re-ingesting one url', () => {
  const version = (prefix: string, url: string, v: number) => ({
    url,
    title: `Version ${v}`,
    publishedAt: '2023-03-01T00:00:00Z',
    people: Array.from({ length: PEOPLE_PER_VERSION }, (_, i) => ({ ref: `p${i}`, name: `Person ${prefix} v${v} n${i}` })),
  });

  /** What the url's article states once the dust has settled, and what it left behind. */
  async function settled(prefix: string, url: string) {
    const articles = await driver.executeQuery('MATCH (a:Article {url: $url}) RETURN a.id AS id, a.title AS title', { url });
    const { id, title } = articles.records[0].toObject();
    const mentions = await driver.executeQuery('MATCH (:Article {id: $id})-[:MENTIONS]->(p:Person) RETURN p.name AS name ORDER BY name', {
      id,
    });
    return {
      articles: articles.records.length,
      winner: Number(String(title).replace('Version ', '')),
      mentioned: mentions.records.map((r) => r.get('name') as string),
      // people of this test that no article mentions any more
      orphans: await count(
        `MATCH (p:Person) WHERE p.name STARTS WITH $names
        AND NOT EXISTS { (:Article)-[:MENTIONS]->(p) } RETURN count(p) AS n`,
        { names: `Person ${prefix} ` },
      ),
      // co-mention edges that still cite the article for a pair it no longer mentions
      staleEdges: await count(
        `MATCH (x:Person)-[c:CO_MENTIONED]->(y:Person) WHERE $id IN c.articleIds
        AND NOT (EXISTS { (:Article {id: $id})-[:MENTIONS]->(x) } AND EXISTS { (:Article {id: $id})-[:MENTIONS]->(y) })
        RETURN count(c) AS n`,
        { id },
      ),
      edges: await count('MATCH ()-[c:CO_MENTIONED]->() WHERE $id IN c.articleIds RETURN count(c) AS n', { id }),
    };
  }

  const namesOf = (input: ReturnType<typeof version>) => input.people.map((p) => p.name).sort();
  const allPairs = (PEOPLE_PER_VERSION * (PEOPLE_PER_VERSION - 1)) / 2;

  it('one after another: the last version wins and leaves no stale people or co-mentions (control)', async () => {
    const prefix = uniq('seq');
    const url = `https://race.example/${prefix}`;
    const inputs = Array.from({ length: VERSIONS }, (_, v) => version(prefix, url, v));
    for (const input of inputs) await t.ok(INGEST, { input }, EDITOR_KEY);
    const s = await settled(prefix, url);
    expect(s).toMatchObject({ articles: 1, winner: VERSIONS - 1, orphans: 0, staleEdges: 0, edges: allPairs });
    expect(s.mentioned).toEqual(namesOf(inputs[VERSIONS - 1]));
  });

  it('20 at once: one article, mentioning exactly the people of the version that won, and nothing stale', async () => {
    const prefix = uniq('race');
    const url = `https://race.example/${prefix}`;
    const inputs = Array.from({ length: VERSIONS }, (_, v) => version(prefix, url, v));
    expect(await ingestAll(inputs)).toEqual(inputs.map(() => []));
    const s = await settled(prefix, url);
    expect(s).toMatchObject({ articles: 1, orphans: 0, staleEdges: 0, edges: allPairs });
    expect(s.mentioned).toEqual(namesOf(inputs[s.winner]));
  });
});

describe('50 overlapping ingestions at once', () => {
  /** Six couples; each marriage has a date, and each couple's first partner is a parent of the next couple's. */
  const COUPLES = 6;
  const INGESTIONS = 50;

  function overlapping(prefix: string, j: number) {
    const couples = [j % COUPLES, (j + 1) % COUPLES];
    const people = couples.flatMap((c) => [2 * c, 2 * c + 1]).map((k) => ({ ref: `p${k}`, name: `Member ${prefix} ${k}` }));
    if (j % 2 === 1) people.reverse(); // a different order of first touches, to invite deadlocks
    const relations: Record<string, unknown>[] = couples.map((c) => ({
      kind: 'SPOUSE',
      from: `p${2 * c}`,
      to: `p${2 * c + 1}`,
      since: `${2000 + c}-06`,
    }));
    if (couples[1] === couples[0] + 1) relations.push({ kind: 'PARENT', from: `p${2 * couples[0]}`, to: `p${2 * couples[1]}` });
    const events = couples.map((c) => ({
      kind: 'MARRIAGE',
      title: 'Wedding',
      date: `${2000 + c}-06`,
      participants: [`p${2 * c}`, `p${2 * c + 1}`],
    }));
    return {
      url: `https://overlap.example/${prefix}/${j}`,
      title: `Overlap ${j}`,
      publishedAt: '2023-04-01T00:00:00Z',
      people,
      relations,
      events,
    };
  }

  it('all succeed, with one person per name, one edge per fact and one evidence per (fact, article)', async () => {
    const prefix = uniq('ovl');
    const inputs = Array.from({ length: INGESTIONS }, (_, j) => overlapping(prefix, j));
    expect(await ingestAll(inputs)).toEqual(inputs.map(() => []));
    const params = { names: `Member ${prefix} `, urls: `https://overlap.example/${prefix}/` };

    expect(await count('MATCH (p:Person) WHERE p.name STARTS WITH $names RETURN count(p) AS n', params)).toBe(2 * COUPLES);
    expect(
      await count(
        `MATCH (p:Person) WHERE p.name STARTS WITH $names WITH p.name AS name, count(*) AS c WHERE c > 1
      RETURN count(name) AS n`,
        params,
      ),
    ).toBe(0);
    expect(
      await count(
        `MATCH (k:NameKey)-[:KEY_OF]->(p:Person) WHERE p.name STARTS WITH $names
      WITH k.key AS key, count(DISTINCT k) AS c WHERE c > 1 RETURN count(key) AS n`,
        params,
      ),
    ).toBe(0);

    const spouses = 'MATCH (a:Person)-[r:SPOUSE_OF]-(b:Person) WHERE a.name STARTS WITH $names AND a.id < b.id';
    expect(await count(`${spouses} RETURN count(r) AS n`, params)).toBe(COUPLES);
    expect(await count(`${spouses} WITH a, b, r.since AS since, count(r) AS c WHERE c > 1 RETURN count(*) AS n`, params)).toBe(0);
    const parents = `MATCH (a:Person)-[r:PARENT_OF]->(b:Person) WHERE a.name STARTS WITH $names`;
    expect(await count(`${parents} RETURN count(r) AS n`, params)).toBe(COUPLES - 1);
    expect(await count(`${parents} WITH a, b, count(r) AS c WHERE c > 1 RETURN count(*) AS n`, params)).toBe(0);
    expect(
      await count(
        `MATCH (e:Event {kind: 'MARRIAGE'})<-[:PARTICIPATED_IN]-(p:Person) WHERE p.name STARTS WITH $names
      RETURN count(DISTINCT e) AS n`,
        params,
      ),
    ).toBe(COUPLES);

    const evidence =
      'MATCH (v:Evidence) WHERE v.originId STARTS WITH "article:" AND EXISTS { MATCH (a:Article {id: v.articleId}) WHERE a.url STARTS WITH $urls }';
    const stated = inputs.reduce((n, input) => n + input.relations.length + input.events.length, 0);
    expect(await count(`${evidence} RETURN count(v) AS n`, params)).toBe(stated);
    expect(await count(`${evidence} WITH v.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS n`, params)).toBe(0);

    // every pair of people an article names is one edge citing each of those articles once
    const coMentions = await driver.executeQuery(
      `MATCH (a:Person)-[c:CO_MENTIONED]->(b:Person) WHERE a.name STARTS WITH $names
      RETURN a.name + '|' + b.name AS pair, c.articleIds AS ids, c.count AS count`,
      params,
    );
    const pairs = coMentions.records.map((r) => r.get('pair') as string);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const r of coMentions.records) {
      expect(new Set(r.get('ids')).size).toBe(r.get('ids').length);
      expect(r.get('count').toNumber()).toBe(r.get('ids').length);
    }
  });
});
