import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { testDriver, uniq } from '../helpers/graph';
import { PEOPLE, TRAP_NAMES, TRAPS } from '../helpers/person-traps';

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

const AT = '2024-05-01T00:00:00Z';
const INGEST_TEXT = `mutation($text: String!, $at: DateTime!, $url: String) {
  ingestArticleText(text: $text, publishedAt: $at, url: $url, publisher: "Gate Wire") { peopleCreated warnings } }`;
const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { peopleCreated warnings article { mentions { name } } } }`;

/** Person names (and aliases) in the graph that equal or end with one of `names`. */
async function personNames(names: string[]): Promise<string[]> {
  const res = await driver.executeQuery(
    `MATCH (p:Person) WHERE any(n IN $names WHERE p.name = n OR p.name ENDS WITH ' ' + n OR n IN coalesce(p.aliases, []))
     RETURN DISTINCT p.name AS name`,
    { names },
  );
  return res.records.map((r) => r.get('name') as string);
}

describe('ingestArticleText writes people, not works, bands, firms or places', () => {
  it('the band, character, bookmaker, theme park, festival and show are no Person; the people are', async () => {
    const res = await t.ok(INGEST_TEXT, { text: TRAPS, at: AT, url: `https://gate.example/${uniq('traps')}` }, EDITOR_KEY);
    expect(res.ingestArticleText.warnings.join(' ')).toContain(`${TRAP_NAMES.length} name(s) below person confidence`);
    expect(await personNames(TRAP_NAMES)).toEqual([]);
    expect((await personNames(PEOPLE)).sort()).toEqual([...PEOPLE].sort()); // positive control
  });

  it('a low-confidence name in a written relation is still a Person, and married to the other', async () => {
    const [a, b] = ['Laura Marrick', 'Peter Thornley'];
    const text = `${a} married ${b} in 2019. They first met in ${b}, the musical, where both sang.`;
    await t.ok(INGEST_TEXT, { text, at: AT, url: `https://gate.example/${uniq('related')}` }, EDITOR_KEY);
    const res = await driver.executeQuery('MATCH (:Person {name: $a})-[:SPOUSE_OF]-(p:Person {name: $b}) RETURN count(p) AS n', { a, b });
    expect(res.records[0].get('n').toNumber()).toBeGreaterThan(0);
  });
});

describe('ingestArticle applies the same gate to a person confidence', () => {
  const input = (tag: string, people: Record<string, unknown>[], relations: Record<string, unknown>[] = []) => ({
    url: `https://gate.example/${tag}`,
    title: 'Gate test',
    publishedAt: AT,
    people,
    relations,
  });

  it('below the gate and in no relation: not written, with a warning; above, or curated: written', async () => {
    const [low, high, curated] = [uniq('Lowe Gatename'), uniq('Hayes Gatename'), uniq('Cura Gatename')];
    const res = await t.ok(
      INGEST,
      {
        input: input(uniq('structured'), [
          { ref: 'p1', name: low, confidence: 0.3 },
          { ref: 'p2', name: high, confidence: 0.9 },
          { ref: 'p3', name: curated },
        ]),
      },
      EDITOR_KEY,
    );
    expect(res.ingestArticle.warnings).toEqual([
      '1 name(s) below person confidence 0.8, in no relation, event or quote, were not written as people',
    ]);
    expect(res.ingestArticle.article.mentions.map((m: { name: string }) => m.name).sort()).toEqual([curated, high].sort());
    expect(await personNames([low])).toEqual([]);
  });

  it('below the gate but in a relation: written', async () => {
    const [low, other] = [uniq('Lowe Related'), uniq('Ora Related')];
    const res = await t.ok(
      INGEST,
      {
        input: input(
          uniq('structured-rel'),
          [
            { ref: 'p1', name: low, confidence: 0.3 },
            { ref: 'p2', name: other },
          ],
          [{ kind: 'SPOUSE', from: 'p1', to: 'p2', confidence: 0.9 }],
        ),
      },
      EDITOR_KEY,
    );
    expect(res.ingestArticle.warnings).toEqual([]);
    expect(await personNames([low])).toEqual([low]);
  });

  it('a person confidence outside 0..1 is BAD_USER_INPUT', async () => {
    const res = await t.gql(INGEST, { input: input(uniq('bad'), [{ ref: 'p1', name: 'Vera Outofrange', confidence: 1.5 }]) }, EDITOR_KEY);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/people\[0\]\.confidence/);
  });
});
