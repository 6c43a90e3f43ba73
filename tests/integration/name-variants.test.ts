import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { testDriver } from '../helpers/graph';
import { articleIdFor } from '../../src/ingest/ingest';
import { scopedId } from '../../src/ingest/identity';

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

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) {
  article { mentions { id name } } peopleCreated peopleMatched } }`;
const INGEST_TEXT = `mutation($text: String!, $at: DateTime!, $url: String) {
  ingestArticleText(text: $text, publishedAt: $at, url: $url, publisher: "Variant Wire") { article { mentions { id name } } peopleCreated } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id name aliases
  spouses { person { id name } } possibleDuplicates { person { id } reason } } }`;

/** A capitalised made-up word of letters only, so that each name token is one token. */
const word = (): string => {
  const s = (Date.now().toString(36) + Math.random().toString(36).slice(2)).replace(/[^a-z]/g, '').slice(-7);
  return `Q${s}`;
};

type Person = { ref: string; name: string; birthDate?: string };
type Relation = { kind: string; from: string; to: string };
type Ingested = { mentions: Map<string, string>; created: number; matched: number };
let n = 0;

async function ingest(people: Person[], relations: Relation[] = [], url = `https://variants.example/${word()}-${n++}`): Promise<Ingested> {
  const input = { url, title: url, publishedAt: '2023-05-01T00:00:00Z', people, relations };
  const res = (await t.ok(INGEST, { input }, EDITOR_KEY)).ingestArticle;
  const mentions = new Map<string, string>((res.article.mentions as { id: string; name: string }[]).map((m) => [m.name, m.id]));
  return { mentions, created: res.peopleCreated, matched: res.peopleMatched };
}
async function ingestText(text: string, url = `https://variants.example/${word()}-${n++}`): Promise<Map<string, string>> {
  const res = (await t.ok(INGEST_TEXT, { text, at: '2023-05-01T00:00:00Z', url }, EDITOR_KEY)).ingestArticleText;
  return new Map((res.article.mentions as { id: string; name: string }[]).map((m) => [m.name, m.id]));
}
const person = async (id: string) => (await t.ok(PERSON, { id })).person;
const dupReasons = async (id: string) =>
  (await person(id)).possibleDuplicates.map((d: { person: { id: string }; reason: string }) => [d.person.id, d.reason]);

describe('married names', () => {
  it('"Kim X West" is "Kim X" when a spouse is a West, in the graph or in the article; not without', async () => {
    const [kar, wes] = [word(), word()];
    const kim = `Kim ${kar}`;
    const kanye = `Kanye ${wes}`;
    const first = await ingest(
      [
        { ref: 'k', name: kim },
        { ref: 'y', name: kanye },
      ],
      [{ kind: 'SPOUSE', from: 'k', to: 'y' }],
    );
    const kimId = first.mentions.get(kim)!;
    // the spouse is in the graph: the married name alone is her, and becomes an alias
    const married = await ingest([{ ref: 'k', name: `${kim} ${wes}` }]);
    expect(married).toMatchObject({ created: 0, matched: 1 });
    expect(married.mentions.get(kim)).toBe(kimId);
    expect((await person(kimId)).aliases).toContain(`${kim} ${wes}`);
    // the hyphenated form has the same key
    const hyphen = await ingest([{ ref: 'k', name: `${kim}-${wes}` }]);
    expect([...hyphen.mentions.values()]).toEqual([kimId]);
    // "Kim" alone, as the wife of Kanye: his one wife named Kim; and his spouses are one Kim
    const bare = await ingest(
      [
        { ref: 'k', name: 'Kim' },
        { ref: 'y', name: kanye },
      ],
      [{ kind: 'SPOUSE', from: 'k', to: 'y' }],
    );
    expect(bare.mentions.get(kim)).toBe(kimId);
    const spouses = (await person(first.mentions.get(kanye)!)).spouses.map((s: { person: { id: string } }) => s.person.id);
    expect(spouses).toEqual([kimId]);
    // a bare "Kim" with no relation stays in its article (a given name)
    const alone = await ingest([{ ref: 'k', name: 'Kim' }]);
    expect(alone.created).toBe(1);
    expect(alone.mentions.get('Kim')).not.toBe(kimId);
  });

  it('the spouse the same article states confirms the married name; with no spouse a new person and a possible duplicate', async () => {
    const [mor, dun] = [word(), word()];
    const lia = `Lia ${mor}`;
    const liaId = (await ingest([{ ref: 'l', name: lia }])).mentions.get(lia)!;
    const unconfirmed = await ingest([{ ref: 'l', name: `${lia} ${dun}` }]);
    expect(unconfirmed.created).toBe(1);
    const newId = unconfirmed.mentions.get(`${lia} ${dun}`)!;
    expect(newId).not.toBe(liaId);
    expect(await dupReasons(newId)).toEqual([[liaId, 'married-name/unconfirmed']]);
    // positive control: another form of her married name, with the husband in the article
    const [ros] = [word()];
    const withSpouse = await ingest(
      [
        { ref: 'l', name: `${lia} ${ros}` },
        { ref: 'h', name: `Omar ${ros}` },
      ],
      [{ kind: 'SPOUSE', from: 'l', to: 'h' }],
    );
    expect(withSpouse.mentions.get(lia)).toBe(liaId);
  });

  it('from text: "Kimberly Dax" married to an Orlow, then "Kimberly Dax Orlow" alone, is one person', async () => {
    const [dax, orl] = [word(), word()];
    const first = await ingestText(`Kimberly ${dax} and her husband Brant ${orl} married in 2014.`);
    const kimId = first.get(`Kimberly ${dax}`)!;
    expect(kimId).toBeDefined();
    const later = await ingestText(`Kimberly ${dax} ${orl} wore black at the premiere in Paris on Friday.`);
    expect(later.get(`Kimberly ${dax}`)).toBe(kimId);
    // negative control: the same married form of a woman with no husband of that name stays apart
    const other = await ingestText(`Kimberly ${word()} ${orl} wore red at the premiere in Rome on Friday.`);
    expect([...other.values()]).not.toContain(kimId);
  });
});

describe('middle names and initials', () => {
  it('a dropped middle name matches when the article’s family confirms it; unconfirmed, a possible duplicate', async () => {
    const par = word();
    const full = `Sara Jessamy ${par}`;
    const first = await ingest(
      [
        { ref: 's', name: full },
        { ref: 'c', name: `Jamie ${par}` },
      ],
      [{ kind: 'PARENT', from: 's', to: 'c' }],
    );
    const sjp = first.mentions.get(full)!;
    const alone = await ingest([{ ref: 's', name: `Sara J. ${par}` }]);
    expect(alone.created).toBe(1);
    expect(await dupReasons(alone.mentions.get(`Sara J. ${par}`)!)).toEqual([[sjp, 'middle-name/unconfirmed']]);
    const confirmed = await ingest(
      [
        { ref: 's', name: `Sara ${par}` },
        { ref: 'c', name: `Jamie ${par}` },
      ],
      [{ kind: 'PARENT', from: 's', to: 'c' }],
    );
    expect(confirmed).toMatchObject({ created: 0, matched: 2 });
    expect(confirmed.mentions.get(full)).toBe(sjp);
  });

  it('"Jr." stays apart even when the family would confirm; a middle initial with the same family merges', async () => {
    const bri = word();
    const hal = `Hal ${bri}`;
    const fam = (name: string) =>
      ingest(
        [
          { ref: 'h', name },
          { ref: 'w', name: `Nell ${bri}` },
        ],
        [{ kind: 'SPOUSE', from: 'h', to: 'w' }],
      );
    const senior = (await fam(hal)).mentions.get(hal)!;
    const junior = await fam(`${hal} Jr.`);
    expect(junior.created).toBe(1);
    expect(junior.mentions.get(`${hal} Jr.`)).not.toBe(senior);
    expect(await dupReasons(junior.mentions.get(`${hal} Jr.`)!)).toEqual([]);
    const initial = await fam(`Hal T. ${bri}`);
    expect(initial.created).toBe(0);
    expect(initial.mentions.get(hal)).toBe(senior);
  });
});

describe('one-token names', () => {
  it('a stage name in two articles is one person; "Jack" in two articles is two; re-ingestion keeps each', async () => {
    const star = word();
    const a = await ingest(
      [
        { ref: 's', name: star },
        { ref: 'j', name: 'Jack' },
      ],
      [],
      `https://variants.example/${star}-a`,
    );
    const b = await ingest(
      [
        { ref: 's', name: star },
        { ref: 'j', name: 'Jack' },
      ],
      [],
      `https://variants.example/${star}-b`,
    );
    expect(a.mentions.get(star)).toBe(star.toLowerCase());
    expect(b.mentions.get(star)).toBe(a.mentions.get(star));
    expect(b.mentions.get('Jack')).not.toBe(a.mentions.get('Jack'));
    const again = await ingest(
      [
        { ref: 's', name: star },
        { ref: 'j', name: 'Jack' },
      ],
      [],
      `https://variants.example/${star}-a`,
    );
    expect(again).toMatchObject({ created: 0, matched: 2 });
    expect(again.mentions).toEqual(a.mentions);
  });

  it('a stage name born after the article is not the global one; a short form of the article’s full name stays scoped', async () => {
    const star = word();
    const born = await ingest([{ ref: 's', name: star, birthDate: '2020' }]);
    expect(born.mentions.get(star)).toBe(star.toLowerCase());
    const url = `https://variants.example/${star}-old`;
    const old = await t.ok(
      INGEST,
      { input: { url, title: 'old', publishedAt: '2001-01-01T00:00:00Z', people: [{ ref: 's', name: star }] } },
      EDITOR_KEY,
    );
    expect(old.ingestArticle.article.mentions[0].id).not.toBe(star.toLowerCase());
    const short = await ingest([
      { ref: 'f', name: `Francis ${star}` },
      { ref: 's', name: star },
    ]);
    expect(short.mentions.get(star)).not.toBe(star.toLowerCase());
  });

  it('a token the graph holds as someone’s surname or first name stays scoped: "Drake" of "Betsy Drake"', async () => {
    const [sur, given] = [word(), word()];
    await ingest([
      { ref: 'b', name: `Betsy ${sur}` },
      { ref: 'k', name: `${given} Omalley` },
    ]);
    for (const token of [sur, given]) {
      const one = await ingest([{ ref: 's', name: token }]);
      const two = await ingest([{ ref: 's', name: token }]);
      expect(one.mentions.get(token)).not.toBe(token.toLowerCase());
      expect(two.mentions.get(token)).not.toBe(one.mentions.get(token));
    }
    // an existing stage name stays one when someone named "<token> Fenty" appears later
    const star = word();
    const first = await ingest([{ ref: 's', name: star }]);
    await ingest([{ ref: 'f', name: `${star} Fenty` }]);
    const later = await ingest([{ ref: 's', name: star }]);
    expect(later.mentions.get(star)).toBe(first.mentions.get(star));
    expect(first.mentions.get(star)).toBe(star.toLowerCase());
  });

  it('an article-scoped stage name written before this rule still resolves on re-ingestion', async () => {
    const star = word();
    const url = `https://variants.example/${star}-legacy`;
    const articleId = articleIdFor({ url, title: url, publishedAt: new Date('2023-05-01T00:00:00Z') });
    const legacy = scopedId(star, articleId);
    await driver.executeQuery(
      `CREATE (a:Article {id: $articleId, url: $url, title: $url, publishedAt: datetime('2023-05-01T00:00:00Z')})
       CREATE (p:Person {id: $legacy, name: $star, aliases: [], keys: [toLower($star)]})
       CREATE (a)-[:MENTIONS]->(p)
       MERGE (k:NameKey {key: toLower($star)}) MERGE (k)-[:KEY_OF]->(p)`,
      { articleId, url, legacy, star },
    );
    const again = await ingest([{ ref: 's', name: star }], [], url);
    expect(again).toMatchObject({ created: 0, matched: 1 });
    expect(again.mentions.get(star)).toBe(legacy);
    // positive control: another article with the name gets the global id
    expect((await ingest([{ ref: 's', name: star }])).mentions.get(star)).toBe(star.toLowerCase());
  });

  it('from text: a singer in two articles is one person, a son called Jack in two families two', async () => {
    const star = word();
    const one = await ingestText(`Singer ${star} performed two new songs at the Palladium on Friday night.`);
    const two = await ingestText(`Singer ${star} cancelled a concert in Leeds on Sunday.`);
    const seen = (m: Map<string, string>) => JSON.stringify([...m]); // what came back, when a name is missing
    expect(one.get(star), seen(one)).toBe(star.toLowerCase());
    expect(two.get(star), seen(two)).toBe(one.get(star));
    const jackA = await ingestText(`Tamsin ${word()} shared a photo of her son Jack, 4, on Instagram.`);
    const jackB = await ingestText(`Tamsin ${word()} shared a photo of her son Jack, 4, on Instagram.`);
    expect(jackA.get('Jack'), seen(jackA)).toBeDefined();
    expect(jackB.get('Jack'), seen(jackB)).not.toBe(jackA.get('Jack'));
  });
});

describe('the stage-name check reads indexes, not every name key', () => {
  /** Operator names of a plan, depth first. */
  const operators = (plan: any): string[] => [plan.operatorType, ...(plan.children ?? []).flatMap(operators)];

  it('plans both halves of nameTokenUses as index seeks or scans by text, never a NameKey label scan', async () => {
    const { NAME_TOKEN_USES } = await import('../../src/graph/ingest.queries');
    const res = await driver.executeQuery(`EXPLAIN ${NAME_TOKEN_USES.cypher}`, { rows: [{ token: 'drake', id: 'drake' }] });
    const ops = operators(res.summary.plan).map((o) => o.replace(/@.*$/, ''));
    expect(ops.some((o) => /NodeIndexEndsWithScan/.test(o))).toBe(true);
    expect(ops.some((o) => /NodeIndexSeekByRange|NodeUniqueIndexSeekByRange/.test(o))).toBe(true);
    expect(ops.filter((o) => /NodeByLabelScan|AllNodesScan/.test(o))).toEqual([]);
  });
});
