import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { ANALYST_KEY, EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { graphFingerprint, testDriver, inventedSurname } from '../helpers/graph';
import { keyFingerprint } from '../../src/config';

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

const UPDATE = `mutation($id: ID!, $patch: PersonPatch!, $reason: String!) {
  updatePerson(id: $id, patch: $patch, reason: $reason) { id name aliases description birthDate { iso } deathDate { iso } } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id name aliases description birthDate { iso } deathDate { iso } } }`;
const SEARCH = `query($text: String!) { searchPeople(text: $text, first: 20) { person { id } } }`;
const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { mentions { id name } } } }`;
const LOG = `{ editorialLog(first: 50) { edges { node { action actor target reason } } } }`;

interface PersonIn {
  ref: string;
  name: string;
  aliases?: string[];
  description?: string;
  birthDate?: string;
  deathDate?: string;
}

/** A structured article naming these people; returns the ids of the people it mentions. */
async function ingest(url: string, people: PersonIn[]): Promise<string[]> {
  const input = { url, title: `Profile ${inventedSurname()}`, publisher: 'Example Desk', publishedAt: '2024-02-01T10:00:00Z', people };
  const data = await t.ok(INGEST, { input }, EDITOR_KEY);
  return data.ingestArticle.article.mentions.map((m: any) => m.id);
}

/** Ingests one person in an article of its own; returns the id. */
async function onePerson(person: Omit<PersonIn, 'ref'>): Promise<string> {
  const [id] = await ingest(`https://desk.example/${inventedSurname()}`, [{ ref: 'p', ...person }]);
  return id;
}

const read = async (id: string) => (await t.ok(PERSON, { id })).person;
const found = async (text: string) => (await t.ok(SEARCH, { text })).searchPeople.map((h: any) => h.person.id);
const update = (id: string, patch: Record<string, unknown>, key = EDITOR_KEY, reason = 'checked with the agency') =>
  t.gql(UPDATE, { id, patch, reason }, key);

/** Everything a refused call could have written: node and edge counts, the person's properties and name keys. */
async function snapshot(id: string): Promise<string> {
  const person = await driver.executeQuery(
    'MATCH (p:Person {id: $id}) RETURN properties(p) AS p, [(k:NameKey)-[:KEY_OF]->(p) | k.key] AS keys',
    { id },
  );
  const row = person.records[0];
  return JSON.stringify([await graphFingerprint(driver), row.get('p'), [...row.get('keys')].sort()]);
}

describe('updatePerson refusals', () => {
  it('each bad field is BAD_USER_INPUT naming it, an unknown id NOT_FOUND, and nothing is written', async () => {
    const id = await onePerson({ name: `Nina ${inventedSurname()}`, birthDate: '1980-03-02', deathDate: '2020-11' });
    const before = await snapshot(id);
    const refused: [Record<string, unknown>, string][] = [
      [{}, 'patch'],
      [{ name: '   ' }, 'patch.name'],
      [{ name: null }, 'patch.name'],
      [{ birthDate: '2020-13-01' }, 'patch.birthDate'],
      [{ deathDate: 'yesterday' }, 'patch.deathDate'],
      [{ deathDate: '1979' }, 'patch.deathDate'], // before the stored birth
      [{ birthDate: '2021' }, 'patch.birthDate'], // after the stored death
      [{ birthDate: '1990', deathDate: '1989-12' }, 'patch.deathDate'],
    ];
    for (const [patch, field] of refused) {
      const res = await update(id, { ...patch });
      expect(res.errors?.[0].extensions, JSON.stringify(patch)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    for (const reason of ['', '   ']) {
      const res = await t.gql(UPDATE, { id, patch: { description: 'poet' }, reason }, EDITOR_KEY);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    }
    expect((await update('no-such-person-id', { description: 'poet' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await snapshot(id)).toBe(before);
    // positive control: a patch the stored dates allow is written
    expect((await update(id, { deathDate: '2020-11-05' })).errors).toBeUndefined();
    expect(await snapshot(id)).not.toBe(before);
  });

  it('needs an editor key: none is UNAUTHENTICATED, an analyst FORBIDDEN, and nothing is written', async () => {
    const id = await onePerson({ name: `Ivo ${inventedSurname()}` });
    const before = await snapshot(id);
    expect((await update(id, { description: 'poet' }, '')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await update(id, { description: 'poet' }, ANALYST_KEY)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot(id)).toBe(before);
    expect((await update(id, { description: 'poet' })).errors).toBeUndefined();
    expect((await read(id)).description).toBe('poet');
  });
});

describe('updatePerson names', () => {
  it('a new name keeps the old one as an alias: both are searchable and both resolve at ingestion', async () => {
    // the two names share no word: a search for either finds the person through that name only
    const [old, renamed] = [`Nina ${inventedSurname()}`, `Rosa ${inventedSurname()}`];
    const id = await onePerson({ name: old });
    const res = await update(id, { name: renamed });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updatePerson).toMatchObject({ id, name: renamed, aliases: [old] });
    expect(await read(id)).toMatchObject({ id, name: renamed, aliases: [old] });
    expect(await found(renamed)).toContain(id);
    expect(await found(old)).toContain(id);
    // the new name's key points at the person, and the old one still does
    expect(await ingest(`https://desk.example/${inventedSurname()}`, [{ ref: 'a', name: renamed }])).toEqual([id]);
    expect(await ingest(`https://desk.example/${inventedSurname()}`, [{ ref: 'a', name: old }])).toEqual([id]);
    expect(await read(id)).toMatchObject({ name: renamed, aliases: [old] });
  });

  it('aliases replaces the list: a removed alias no longer finds or resolves to the person, a kept one does', async () => {
    const [last, stage, other] = [inventedSurname(), inventedSurname(), inventedSurname()];
    const id = await onePerson({ name: `Katrin ${last}`, aliases: [`Kit ${last}`, `Kat ${last}`, `Velvet ${stage}`] });
    expect(await found(`Velvet ${stage}`)).toContain(id);
    const res = await update(id, { aliases: [`Kat ${last}`, `Ember ${other}`] });
    expect(res.data!.updatePerson.aliases).toEqual([`Kat ${last}`, `Ember ${other}`]);
    // search reads the new aliases only (these two share no word with the name)
    expect(await found(`Velvet ${stage}`)).not.toContain(id);
    expect(await found(`Ember ${other}`)).toContain(id);
    // an article naming a removed alias is about someone else: a new person
    const [kit] = await ingest(`https://desk.example/${inventedSurname()}`, [{ ref: 'a', name: `Kit ${last}` }]);
    expect(kit).not.toBe(id);
    expect((await read(kit)).name).toBe(`Kit ${last}`);
    // positive control: a kept alias still resolves to the person
    expect(await ingest(`https://desk.example/${inventedSurname()}`, [{ ref: 'a', name: `Kat ${last}` }])).toEqual([id]);
  });
});

describe('updatePerson survives re-ingestion', () => {
  it('re-ingesting the article with the old name, description, birth date and removed alias undoes nothing', async () => {
    const [last, married, stage, friend] = [inventedSurname(), inventedSurname(), inventedSurname(), `Tomas ${inventedSurname()}`];
    const url = `https://desk.example/${inventedSurname()}`;
    const original: PersonIn = {
      ref: 'a',
      name: `Mara ${last}`,
      aliases: [`Zinnia ${stage}`],
      description: 'painter',
      birthDate: '1985-06-01',
    };
    const [id, friendId] = await ingest(url, [original, { ref: 'f', name: friend }]);
    const patch = { name: `Mara ${married}`, aliases: [], description: null, birthDate: '1985' };
    expect((await update(id, patch)).errors).toBeUndefined();
    const edited = {
      id,
      name: `Mara ${married}`,
      aliases: [`Mara ${last}`],
      description: null,
      birthDate: { iso: '1985' },
      deathDate: null,
    };
    expect(await read(id)).toEqual(edited);

    // the same url again, now stating more about the friend too
    const again = await ingest(url, [original, { ref: 'f', name: friend, description: 'sculptor', birthDate: '1970-01-02' }]);
    expect(again.sort()).toEqual([id, friendId].sort());
    expect(await read(id)).toEqual(edited);
    expect(await found(`Zinnia ${stage}`)).not.toContain(id);
    // positive control: the friend no editor touched takes what the article states
    expect(await read(friendId)).toMatchObject({ description: 'sculptor', birthDate: { iso: '1970-01-02' } });

    // another article by the old name, with another description and a birth date of the same year: the same person, unchanged
    expect(await ingest(`https://other.example/${inventedSurname()}`, [{ ...original, description: 'poet' }])).toEqual([id]);
    expect(await read(id)).toEqual(edited);
  });

  it('an article whose birth year contradicts the edited one is a new person (dates/birth-differs); the edit stays', async () => {
    const last = inventedSurname();
    const id = await onePerson({ name: `Lior ${last}`, birthDate: '1990' });
    expect((await update(id, { birthDate: '1975-04-09' })).errors).toBeUndefined();
    const [other] = await ingest(`https://desk.example/${inventedSurname()}`, [{ ref: 'a', name: `Lior ${last}`, birthDate: '1990' }]);
    expect(other).not.toBe(id);
    expect((await read(other)).birthDate).toEqual({ iso: '1990' });
    expect((await read(id)).birthDate).toEqual({ iso: '1975-04-09' });
    // positive control: an article of a year near the edited one is the edited person
    expect(await ingest(`https://desk.example/${inventedSurname()}`, [{ ref: 'a', name: `Lior ${last}`, birthDate: '1975' }])).toEqual([
      id,
    ]);
  });
});

describe('updatePerson log', () => {
  it('logs UPDATE_PERSON with the actor, the person and the trimmed reason, in the same transaction', async () => {
    const id = await onePerson({ name: `Oda ${inventedSurname()}` });
    await t.ok(UPDATE, { id, patch: { deathDate: '2023-01-09' }, reason: '  obituary in the Example Times  ' }, EDITOR_KEY);
    const entries = (await t.ok(LOG)).editorialLog.edges.map((e: any) => e.node).filter((x: any) => x.target === id);
    expect(entries).toEqual([
      { action: 'UPDATE_PERSON', actor: keyFingerprint(EDITOR_KEY), target: id, reason: 'obituary in the Example Times' },
    ]);
  });
});
