import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { uniq } from '../helpers/graph';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.app.stop();
});

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) {
  article { mentions { id name } } peopleCreated peopleMatched } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id name
  children { person { id name } } possibleDuplicates { person { id } articleId reason } } }`;

type Person = { ref: string; name: string; birthDate?: string; deathDate?: string };
type Relation = { kind: string; from: string; to: string; since?: string };
type Ingested = { mentions: Map<string, string>; created: number; matched: number };

/** Ingests an invented article; returns the id each name was written under. */
async function ingest(
  url: string,
  publishedAt: string,
  people: Person[],
  relations: Relation[] = [],
  events: unknown[] = [],
): Promise<Ingested> {
  const input = { url: `https://identity.example/${url}`, title: url, publishedAt, people, relations, events };
  const res = (await t.ok(INGEST, { input }, EDITOR_KEY)).ingestArticle;
  const mentions = new Map<string, string>((res.article.mentions as { id: string; name: string }[]).map((m) => [m.name, m.id]));
  return { mentions, created: res.peopleCreated, matched: res.peopleMatched };
}

const person = async (id: string) => (await t.ok(PERSON, { id })).person;

describe('matching a mention to a person', () => {
  it('a bare "Jack" stays in its article: two families\' Jacks are two people, and neither is the seed\'s Jack Stephens', async () => {
    const tag = uniq('jack');
    const fam = (parent: string) => [
      { ref: 'p', name: `${parent} ${tag}` },
      { ref: 'j', name: 'Jack' },
    ];
    const child = [{ kind: 'PARENT', from: 'p', to: 'j' }];
    const a = await ingest(`${tag}-a`, '2022-01-01T00:00:00Z', fam('Pat'), child);
    const b = await ingest(`${tag}-b`, '2022-02-01T00:00:00Z', fam('Ann'), child);
    const jackA = (await person(a.mentions.get(`Pat ${tag}`)!)).children[0].person.id;
    const jackB = (await person(b.mentions.get(`Ann ${tag}`)!)).children[0].person.id;
    expect(jackA).not.toBe(jackB);
    expect([jackA, jackB]).not.toContain('jack-stephens');
    // positive controls: re-ingesting an article finds its own Jack again; a full name still merges across articles
    const again = await ingest(`${tag}-a`, '2022-01-01T00:00:00Z', fam('Pat'), child);
    expect(again).toMatchObject({ created: 0, matched: 2 });
    expect(again.mentions.get('Jack')).toBe(jackA);
    const c = await ingest(`${tag}-c`, '2022-03-01T00:00:00Z', [{ ref: 'x', name: `Pat ${tag}` }]);
    expect(c).toMatchObject({ created: 0, matched: 1 });
    expect(c.mentions.get(`Pat ${tag}`)).toBe(a.mentions.get(`Pat ${tag}`));
  });

  it('a person born after the article was published is not the one it names', async () => {
    const tag = uniq('nova');
    const name = `Nova ${tag}`;
    const born = await ingest(`${tag}-born`, '2024-06-01T00:00:00Z', [{ ref: 'n', name, birthDate: '2023' }]);
    // positive control: same name, an article after the birth
    const late = await ingest(`${tag}-late`, '2025-06-01T00:00:00Z', [{ ref: 'n', name }]);
    expect(late.mentions.get(name)).toBe(born.mentions.get(name));
    const early = await ingest(`${tag}-early`, '2010-06-01T00:00:00Z', [{ ref: 'n', name }]);
    expect(early.created).toBe(1);
    expect(early.mentions.get(name)).not.toBe(born.mentions.get(name));
  });

  it('a person dead long before a wedding the article reports is not the one marrying', async () => {
    const tag = uniq('old');
    const name = `Jane ${tag}`;
    const queen = await ingest(`${tag}-q`, '2001-01-01T00:00:00Z', [{ ref: 'q', name, birthDate: '1508', deathDate: '1537' }]);
    const people = [
      { ref: 'j', name },
      { ref: 'h', name: `Hal ${tag}` },
    ];
    const wedding = [{ kind: 'MARRIAGE', title: 'Wedding', date: '1993-04', participants: ['j', 'h'] }];
    // positive control: the same article without the wedding names the queen
    const plain = await ingest(`${tag}-p`, '2020-01-01T00:00:00Z', people);
    expect(plain.mentions.get(name)).toBe(queen.mentions.get(name));
    const actress = await ingest(`${tag}-a`, '2020-01-01T00:00:00Z', people, [], wedding);
    expect(actress.mentions.get(name)).not.toBe(queen.mentions.get(name));
  });

  it("of two namesakes, the one the article's spouse confirms; with no family, a new person and a recorded possible duplicate", async () => {
    const tag = uniq('sam');
    const name = `Sam ${tag}`;
    const older = await ingest(`${tag}-1`, '2000-01-01T00:00:00Z', [{ ref: 's', name, birthDate: '1950' }]);
    const younger = await ingest(
      `${tag}-2`,
      '2015-01-01T00:00:00Z',
      [
        { ref: 's', name, birthDate: '1990' },
        { ref: 'k', name: `Kit ${tag}` },
      ],
      [{ kind: 'SPOUSE', from: 's', to: 'k' }],
    );
    const [oldId, youngId] = [older.mentions.get(name)!, younger.mentions.get(name)!];
    expect(youngId).not.toBe(oldId);
    const withSpouse = await ingest(
      `${tag}-3`,
      '2021-01-01T00:00:00Z',
      [
        { ref: 's', name },
        { ref: 'k', name: `Kit ${tag}` },
      ],
      [{ kind: 'SPOUSE', from: 's', to: 'k' }],
    );
    expect(withSpouse).toMatchObject({ created: 0 });
    expect(withSpouse.mentions.get(name)).toBe(youngId);
    const alone = await ingest(`${tag}-4`, '2021-02-01T00:00:00Z', [{ ref: 's', name }]);
    expect(alone.created).toBe(1);
    const newId = alone.mentions.get(name)!;
    expect([oldId, youngId]).not.toContain(newId);
    const dup = await person(newId);
    expect(dup.possibleDuplicates.map((d: { person: { id: string } }) => d.person.id).sort()).toEqual([oldId, youngId].sort());
    expect(dup.possibleDuplicates[0]).toMatchObject({ reason: 'same-name/unconfirmed' });
    expect(dup.possibleDuplicates[0].articleId).toMatch(/^art_/);
    expect((await person(oldId)).possibleDuplicates.map((d: { person: { id: string } }) => d.person.id)).toEqual([newId]);
    // re-ingesting that article keeps its person: no fourth Sam
    const again = await ingest(`${tag}-4`, '2021-02-01T00:00:00Z', [{ ref: 's', name }]);
    expect(again).toMatchObject({ created: 0, matched: 1 });
    expect(again.mentions.get(name)).toBe(newId);
  });

  it('JAY-Z, Jay Z, Jay-Z and an accented form are one person; "Jr." is another', async () => {
    const tag = uniq('zay').replace(/[^a-z0-9]/g, '');
    const forms = [`ZAY-${tag.toUpperCase()}`, `Zay ${tag}`, `Zay-${tag}`, `Zäy ${tag}`];
    const ids = new Set<string>();
    for (const [i, form] of forms.entries())
      ids.add([...(await ingest(`${tag}-${i}`, '2022-01-01T00:00:00Z', [{ ref: 'z', name: form }])).mentions.values()][0]);
    expect(ids.size).toBe(1);
    const senior = await ingest(`${tag}-sr`, '2022-01-01T00:00:00Z', [{ ref: 'h', name: `Hal ${tag}` }]);
    const junior = await ingest(`${tag}-jr`, '2022-01-01T00:00:00Z', [{ ref: 'h', name: `Hal ${tag} Jr.` }]);
    expect(junior.created).toBe(1);
    expect(junior.mentions.get(`Hal ${tag} Jr.`)).not.toBe(senior.mentions.get(`Hal ${tag}`));
    const comma = await ingest(`${tag}-jr2`, '2022-01-01T00:00:00Z', [{ ref: 'h', name: `Hal ${tag}, Jr.` }]);
    expect([...comma.mentions.values()]).toEqual([junior.mentions.get(`Hal ${tag} Jr.`)]);
  });

  it('one input naming two people of one name whose lives did not overlap writes two, and again on re-ingestion', async () => {
    const name = `Corin Vale ${uniq('vale')
      .replace(/[^a-z]/gi, '')
      .slice(-6)}`;
    const people = [
      { ref: 'modern', name, birthDate: '1950-04-02' },
      { ref: 'tudor', name, deathDate: '1560' },
    ];
    const input = { url: `https://identity.example/${uniq('vale')}`, title: 'Two of a name', publishedAt: '2021-01-05T09:00:00Z', people };
    const ids = async () => {
      const res = (await t.ok(INGEST, { input }, EDITOR_KEY)).ingestArticle;
      return { ids: res.article.mentions.map((m: any) => m.id).sort(), created: res.peopleCreated, matched: res.peopleMatched };
    };
    const first = await ids();
    expect(first.ids).toHaveLength(2);
    expect([first.created, first.matched]).toEqual([2, 0]);
    const again = await ids();
    expect(again).toEqual({ ids: first.ids, created: 0, matched: 2 });
    // positive control: without the dates that tell them apart, the two refs are one person
    const undated = { ...input, url: `${input.url}-undated`, people: people.map(({ ref }) => ({ ref, name: `${name} Undated` })) };
    const res = (await t.ok(INGEST, { input: undated }, EDITOR_KEY)).ingestArticle;
    expect(res.article.mentions).toHaveLength(1);
  });
});
