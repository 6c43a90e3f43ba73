/**
 * Issue 9, forms of one name: nicknames the family confirms, the same parent's one-token child
 * across articles, short forms inside one article. Invented names only (inventedSurname).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { inventedSurname } from '../helpers/graph';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.app.stop();
});

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) {
  article { mentions { id name } } peopleCreated peopleMatched } }`;
const INGEST_TEXT = `mutation($text: String!, $url: String) {
  ingestArticleText(text: $text, publishedAt: "2023-05-01T00:00:00Z", url: $url, publisher: "Forms Wire") { article { mentions { id name } } } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id name aliases
  spouses { person { id } } children { person { id name } } possibleDuplicates { person { id } reason } } }`;

type Person = { ref: string; name: string };
type Relation = { kind: string; from: string; to: string };
type Ingested = { mentions: Map<string, string>; created: number; matched: number };
let n = 0;
const newUrl = () => `https://forms.example/${inventedSurname()}-${n++}`;

async function ingest(people: Person[], relations: Relation[] = [], url = newUrl()): Promise<Ingested> {
  const input = { url, title: url, publishedAt: '2023-05-01T00:00:00Z', people, relations };
  const res = (await t.ok(INGEST, { input }, EDITOR_KEY)).ingestArticle;
  const mentions = new Map<string, string>((res.article.mentions as { id: string; name: string }[]).map((m) => [m.name, m.id]));
  return { mentions, created: res.peopleCreated, matched: res.peopleMatched };
}
async function ingestText(text: string, url = newUrl()): Promise<Map<string, string>> {
  const res = (await t.ok(INGEST_TEXT, { text, url }, EDITOR_KEY)).ingestArticleText;
  return new Map((res.article.mentions as { id: string; name: string }[]).map((m) => [m.name, m.id]));
}
const person = async (id: string) => (await t.ok(PERSON, { id })).person;
const duplicates = async (id: string) =>
  (await person(id)).possibleDuplicates.map((d: { person: { id: string }; reason: string }) => [d.person.id, d.reason]);
const childIds = async (id: string) => (await person(id)).children.map((c: { person: { id: string } }) => c.person.id).sort();
const couple = (a: string, b: string, kind = 'SPOUSE') => ({
  people: [
    { ref: 'a', name: a },
    { ref: 'b', name: b },
  ],
  relations: [{ kind, from: 'a', to: 'b' }],
});

describe('nicknames', () => {
  it('"Bill X" married to William X’s wife is William X; with no family, a new person and a possible duplicate', async () => {
    const sur = inventedSurname();
    const first = couple(`William ${sur}`, `Marla ${sur}`);
    const william = (await ingest(first.people, first.relations)).mentions.get(`William ${sur}`)!;
    const again = couple(`Bill ${sur}`, `Marla ${sur}`);
    const bill = await ingest(again.people, again.relations);
    expect(bill).toMatchObject({ created: 0, matched: 2 });
    expect(bill.mentions.get(`William ${sur}`)).toBe(william);
    expect((await person(william)).aliases).toContain(`Bill ${sur}`);
    expect((await person(william)).spouses).toHaveLength(1);
    // negative controls, each with a surname of its own (a "Bill X" once written is a namesake of the next)
    const lone = inventedSurname();
    const loneWilliam = (await ingest([{ ref: 'w', name: `William ${lone}` }])).mentions.get(`William ${lone}`)!;
    const loneBill = await ingest([{ ref: 'b', name: `Bill ${lone}` }]);
    expect(loneBill.created).toBe(1);
    const loneBillId = loneBill.mentions.get(`Bill ${lone}`)!;
    expect(loneBillId).not.toBe(loneWilliam);
    expect(await duplicates(loneBillId)).toEqual([[loneWilliam, 'nickname/unconfirmed']]);
    const other = inventedSurname();
    const wed = couple(`William ${other}`, `Marla ${other}`);
    const otherWilliam = (await ingest(wed.people, wed.relations)).mentions.get(`William ${other}`)!;
    const stranger = couple(`Bill ${other}`, `Nora ${other}`);
    const strangerBill = (await ingest(stranger.people, stranger.relations)).mentions.get(`Bill ${other}`)!;
    expect(strangerBill).not.toBe(otherWilliam); // another wife confirms nothing
  });

  it('"Kim X" with Kimberly X’s child is Kimberly X; from text, "Chris X" with Christopher X’s wife is Christopher X', async () => {
    const sur = inventedSurname();
    const mother = couple(`Kimberly ${sur}`, `Jamie ${sur}`, 'PARENT');
    const kimberly = (await ingest(mother.people, mother.relations)).mentions.get(`Kimberly ${sur}`)!;
    const kim = couple(`Kim ${sur}`, `Jamie ${sur}`, 'PARENT');
    expect((await ingest(kim.people, kim.relations)).mentions.get(`Kimberly ${sur}`)).toBe(kimberly);
    const tx = inventedSurname();
    const a = await ingestText(`Christopher ${tx} and his wife Tamsin ${tx} married in 2010 in Paris.`);
    const christopher = a.get(`Christopher ${tx}`)!;
    expect(christopher).toBeDefined();
    const b = await ingestText(`Chris ${tx} and his wife Tamsin ${tx} arrived at the gala in London on Friday.`);
    expect(b.get(`Christopher ${tx}`)).toBe(christopher);
    expect((await person(christopher)).aliases).toContain(`Chris ${tx}`); // so the next "Chris X" finds him by name
    // negative control: another Christopher's nickname, with no wife named, stays another person
    const ty = inventedSurname();
    const other = (await ingestText(`Christopher ${ty} and his wife Tamsin ${ty} married in 2010 in Paris.`)).get(`Christopher ${ty}`)!;
    const c = await ingestText(`Chris ${ty} won a darts match in Leeds on Sunday night.`);
    expect(c.get(`Chris ${ty}`)).toBeDefined();
    expect(c.get(`Chris ${ty}`)).not.toBe(other);
  });
});

describe('one-token children across articles', () => {
  it('"Jack", child of one parent in two articles, is one son; another parent’s Jack and a lone Jack are others', async () => {
    const sur = inventedSurname();
    const fam = couple(`Chris ${sur}`, 'Jack', 'PARENT');
    const a = await ingest(fam.people, fam.relations);
    const parent = a.mentions.get(`Chris ${sur}`)!;
    const jack = a.mentions.get('Jack')!;
    const urlB = newUrl();
    const b = await ingest(fam.people, fam.relations, urlB);
    expect(b).toMatchObject({ created: 0, matched: 2 });
    expect(b.mentions.get('Jack')).toBe(jack);
    expect(await childIds(parent)).toEqual([jack]);
    expect(await ingest(fam.people, fam.relations, urlB)).toMatchObject({ created: 0, matched: 2 }); // re-ingestion stable
    const otherFam = couple(`Chrissy ${inventedSurname()}`, 'Jack', 'PARENT');
    expect((await ingest(otherFam.people, otherFam.relations)).mentions.get('Jack')).not.toBe(jack);
    expect((await ingest([{ ref: 'j', name: 'Jack' }])).mentions.get('Jack')).not.toBe(jack);
    // a spouse called Jack of the same parent is not the son
    const spouse = couple(`Chris ${sur}`, 'Jack');
    expect((await ingest(spouse.people, spouse.relations)).mentions.get('Jack')).not.toBe(jack);
    expect(await childIds(parent)).toEqual([jack]);
  });

  it('from text: "her son Jack" of one mother in two articles is one son', async () => {
    const mother = `Tamsin ${inventedSurname()}`;
    const one = await ingestText(`${mother} shared a photo of her son Jack, 4, on Instagram.`);
    const two = await ingestText(`${mother} posted a photo of her son Jack on Instagram on Sunday.`);
    expect(one.get('Jack')).toBeDefined();
    expect(two.get('Jack')).toBe(one.get('Jack'));
    expect(await childIds(one.get(mother)!)).toEqual([one.get('Jack')]);
  });
});

describe('short forms within an article', () => {
  it('"Kim" and "Kim X West" in one article are one node', async () => {
    const sur = inventedSurname();
    const res = await ingest([
      { ref: 'k', name: `Kim ${sur} West` },
      { ref: 's', name: 'Kim' },
      { ref: 'w', name: `${sur} West` },
    ]);
    expect(res).toMatchObject({ created: 1, matched: 0 });
    expect([...res.mentions.keys()]).toEqual([`Kim ${sur} West`]);
  });

  it('two people it could shorten, or a relation of its own, keep the short form apart', async () => {
    const [a, b] = [inventedSurname(), inventedSurname()];
    const two = await ingest([
      { ref: 'a', name: `Kim ${a}` },
      { ref: 'b', name: `Kim ${b}` },
      { ref: 's', name: 'Kim' },
    ]);
    expect(two.created).toBe(3);
    const res = await ingest(
      [
        { ref: 'n', name: `Jack ${a}` },
        { ref: 'p', name: `Chris ${b}` },
        { ref: 's', name: 'Jack' },
      ],
      [{ kind: 'PARENT', from: 'p', to: 's' }],
    );
    expect(res.created).toBe(3);
    expect(await childIds(res.mentions.get(`Chris ${b}`)!)).toEqual([res.mentions.get('Jack')]);
  });
});

describe('the README examples of these rules', () => {
  const readme = readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  const block = (needle: string) => blocks.find((b) => b.includes(needle))!;
  const run = async (needle: string) => t.ok(block(needle), {}, /^\s*mutation/.test(block(needle)) ? EDITOR_KEY : undefined);

  it('Orla Brennick’s son Finn in two articles is one child', async () => {
    const first = (await run('example.org/2022/brennick-park')).ingestArticle;
    const second = (await run('example.org/2022/brennick-match')).ingestArticle;
    expect(second.article.mentions).toEqual(first.article.mentions);
    const orla = (await run('person(id: "orla-brennick")')).person;
    expect(orla.children.map((c: { person: { name: string } }) => c.person.name)).toEqual(['Finn']);
  });

  it('Bill Quarrington is William, and the article’s "Marla" is Marla Quarrington', async () => {
    await run('quarrington-wedding');
    const gala = (await run('quarrington-gala')).ingestArticle;
    expect(gala).toMatchObject({ peopleCreated: 0, peopleMatched: 2 });
    expect(gala.article.mentions.map((m: { id: string }) => m.id).sort()).toEqual(['marla-quarrington', 'william-quarrington']);
    const william = (await run('person(id: "william-quarrington")')).person;
    expect(william.aliases).toContain('Bill Quarrington');
    expect(william.spouses.map((s: { person: { id: string } }) => s.person.id)).toEqual(['marla-quarrington']);
    expect(william.possibleDuplicates).toEqual([]);
  });
});
