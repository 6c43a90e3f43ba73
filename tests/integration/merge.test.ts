import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { ANALYST_KEY, EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { graphFingerprint, testDriver, inventedSurname } from '../helpers/graph';

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

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id mentions { id name } } } }`;
const MERGE = `mutation($from: ID!, $into: ID!, $reason: String!) { mergePeople(from: $from, into: $into, reason: $reason) { id name aliases } }`;
const PERSON = `query($id: ID!) { person(id: $id) {
  id name aliases birthDate { iso }
  spouses { since { iso } person { id name } evidence { id status quote } }
  children { person { id name } evidence { id } }
  events(first: 20) { edges { node { id kind date { iso } participants { id } evidence { id } } } }
  possibleDuplicates { person { id } }
} }`;
const TIMELINE = `query($ids: [ID!]!) { timeline(personIds: $ids) { totalCount edges { node { id kind } } } }`;
const CONNECTIONS = `query($from: ID!, $to: ID!) { connections(from: $from, to: $to, via: [SPOUSE, PARENT, CO_MENTIONED]) { length people { id } } }`;
const LOG = `{ editorialLog(first: 5) { edges { node { action actor target reason } } } }`;

interface Family {
  lena: string;
  moor: string;
  omar: string;
  tia: string;
  pia: string;
  names: Record<string, string>;
  second: Record<string, unknown>;
}

/**
 * Two articles that name one woman two ways ("Lena X" and "Ilse X": two people to ingestion, since neither name
 * is a nickname of the other; "Magdalena" would be, and the family named in both would fold them at ingestion):
 * each states her marriage to Omar and her daughter Tia, the second more precisely, and the
 * second also names her son Noor and a colleague Pia (a co-mention).
 */
async function twoRecordsOfOnePerson(): Promise<Family> {
  const x = inventedSurname();
  const names = { lena: `Lena ${x}`, moor: `Ilse ${x}`, omar: `Omar ${x}`, tia: `Tia ${x}`, noor: `Noor ${x}`, pia: `Pia ${x}` };
  const first = {
    url: `https://one.example/${x}`,
    title: `${names.lena} at home`,
    publishedAt: '2020-03-01T10:00:00Z',
    people: [
      { ref: 'l', name: names.lena },
      { ref: 'o', name: names.omar },
      { ref: 't', name: names.tia },
    ],
    relations: [
      { kind: 'SPOUSE', from: 'l', to: 'o', since: '2010', quote: `${names.lena} married ${names.omar} in 2010.` },
      { kind: 'PARENT', from: 'l', to: 't', quote: `${names.lena}'s daughter ${names.tia}.` },
    ],
    events: [{ ref: 'w', kind: 'MARRIAGE', title: 'Wedding', date: '2010-06-12', participants: ['l', 'o'], quote: 'The wedding.' }],
  };
  const second = {
    url: `https://two.example/${x}`,
    title: `${names.moor} on tour`,
    publishedAt: '2021-03-01T10:00:00Z',
    body: `${names.moor} and ${names.pia} opened the festival.`,
    people: [
      { ref: 'm', name: names.moor, birthDate: '1984-02-02' },
      { ref: 'o', name: names.omar },
      { ref: 't', name: names.tia },
      { ref: 'n', name: names.noor },
      { ref: 'p', name: names.pia },
    ],
    relations: [
      { kind: 'SPOUSE', from: 'm', to: 'o', since: '2010-06-12', quote: `${names.moor} wed ${names.omar} on 12 June 2010.` },
      { kind: 'PARENT', from: 'm', to: 't', quote: `${names.moor}, mother of ${names.tia}.` },
      { kind: 'PARENT', from: 'm', to: 'n', quote: `her son ${names.noor}` },
    ],
    events: [
      { ref: 'w', kind: 'MARRIAGE', title: 'Their wedding', date: '2010-06-12', participants: ['m', 'o'], quote: 'Married in June.' },
    ],
  };
  const ids = new Map<string, string>();
  for (const input of [first, second]) {
    const data = await t.ok(INGEST, { input }, EDITOR_KEY);
    for (const p of data.ingestArticle.article.mentions) ids.set(p.name, p.id);
  }
  const family = {
    lena: ids.get(names.lena)!,
    moor: ids.get(names.moor)!,
    omar: ids.get(names.omar)!,
    tia: ids.get(names.tia)!,
    pia: ids.get(names.pia)!,
    names,
    second,
  };
  expect(new Set([family.lena, family.moor]).size).toBe(2); // the positive control: two records before the merge
  return family;
}

const personOf = async (id: string) => (await t.ok(PERSON, { id })).person;
const count = async (cypher: string, params: Record<string, unknown>) =>
  (await driver.executeQuery(cypher, params)).records[0].get('n').toNumber() as number;

describe('mergePeople', () => {
  it('moves relations, events, mentions and evidence; duplicate facts collapse keeping all their evidence', async () => {
    const f = await twoRecordsOfOnePerson();
    const before = await personOf(f.lena);
    expect(before.spouses).toHaveLength(1);
    expect((await personOf(f.moor)).spouses).toHaveLength(1);

    const merged = await t.gql(MERGE, { from: f.moor, into: f.lena, reason: 'one singer, two spellings' }, EDITOR_KEY);
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergePeople).toMatchObject({ id: f.lena, name: f.names.lena });
    expect(merged.data!.mergePeople.aliases).toContain(f.names.moor);

    const lena = await personOf(f.lena);
    expect(lena.birthDate).toEqual({ iso: '1984-02-02' }); // a detail only the merged record had
    expect(lena.spouses).toHaveLength(1);
    expect(lena.spouses[0].person.id).toBe(f.omar);
    expect(lena.spouses[0].since.iso).toBe('2010-06-12'); // the more precise date of the two
    expect(lena.spouses[0].evidence).toHaveLength(2);
    const children = Object.fromEntries(lena.children.map((c: any) => [c.person.name, c.evidence.length]));
    expect(children).toEqual({ [f.names.tia]: 2, [f.names.noor]: 1 });
    const events = lena.events.edges.map((e: any) => e.node);
    expect(events).toHaveLength(1);
    expect(events[0].evidence).toHaveLength(2);
    expect(events[0].participants.map((p: any) => p.id).sort()).toEqual([f.lena, f.omar].sort());
    expect((await personOf(f.omar)).spouses).toHaveLength(1);
    expect(await count('MATCH (p:Person {id: $id}) RETURN count(p) AS n', { id: f.moor })).toBe(0);
  });

  it('the merged id keeps resolving: person, timeline, connections, articles, and ingestion by id and by name', async () => {
    const f = await twoRecordsOfOnePerson();
    await t.ok(MERGE, { from: f.moor, into: f.lena, reason: 'same person' }, EDITOR_KEY);

    expect((await personOf(f.moor)).id).toBe(f.lena);
    const timeline = (await t.ok(TIMELINE, { ids: [f.moor] })).timeline;
    expect(timeline.totalCount).toBe(1);
    const paths = (await t.ok(CONNECTIONS, { from: f.moor, to: f.pia })).connections;
    expect(paths[0].people.map((p: any) => p.id)).toEqual([f.lena, f.pia]); // the co-mention moved
    const articles = await t.ok(`query($id: ID) { articles(mentioning: $id) { totalCount } }`, { id: f.moor });
    expect(articles.articles.totalCount).toBe(2);

    // re-ingesting an article of the merged record converges: no new person, no second fact or event
    await t.ok(INGEST, { input: f.second }, EDITOR_KEY);
    const lena = await personOf(f.lena);
    expect(lena.spouses).toHaveLength(1);
    expect(lena.spouses[0].evidence).toHaveLength(2);
    expect(lena.events.edges).toHaveLength(1);
    expect(lena.events.edges[0].node.evidence).toHaveLength(2);
    expect(await count('MATCH (p:Person {id: $id}) RETURN count(p) AS n', { id: f.moor })).toBe(0);

    // an article naming the merged record by id, or by its name, reaches the person it went into
    const x = inventedSurname();
    const byId = await t.ok(
      INGEST,
      {
        input: {
          url: `https://three.example/${x}`,
          title: 'Third',
          publishedAt: '2022-01-01T00:00:00Z',
          people: [{ ref: 'a', id: f.moor, name: f.names.moor }],
        },
      },
      EDITOR_KEY,
    );
    expect(byId.ingestArticle.article.mentions.map((p: any) => p.id)).toEqual([f.lena]);
    const byName = await t.ok(
      INGEST,
      {
        input: {
          url: `https://four.example/${x}`,
          title: 'Fourth',
          publishedAt: '2022-01-02T00:00:00Z',
          people: [{ ref: 'a', name: f.names.moor }],
        },
      },
      EDITOR_KEY,
    );
    expect(byName.ingestArticle.article.mentions.map((p: any) => p.id)).toEqual([f.lena]);
  });

  it('a rejection follows the fact it was made on', async () => {
    const x = inventedSurname();
    const [ana, anna, ben] = [`Ana ${x}`, `Anna ${x}`, `Ben ${x}`];
    const text = `${ana}'s husband ${ben} joined her on the red carpet on Friday.`; // invented
    const INGEST_TEXT = `mutation($text: String!, $url: String) {
      ingestArticleText(text: $text, publishedAt: "2024-03-01T10:00:00Z", url: $url, minConfidence: 0) { article { mentions { id name } } } }`;
    const read = await t.ok(INGEST_TEXT, { text, url: `https://text.example/${x}` }, EDITOR_KEY);
    const ids = new Map<string, string>(read.ingestArticleText.article.mentions.map((p: any) => [p.name, p.id]));
    const proposed = (await personOf(ids.get(ana)!)).spouses[0].evidence[0];
    await t.ok(
      `mutation($id: ID!) { reviewEvidence(id: $id, decision: REJECT, reason: "not married") { id } }`,
      { id: proposed.id },
      EDITOR_KEY,
    );
    const curated = await t.ok(
      INGEST,
      {
        input: {
          url: `https://curated.example/${x}`,
          title: 'Profile',
          publishedAt: '2024-02-01T00:00:00Z',
          people: [
            { ref: 'a', name: anna },
            { ref: 'b', name: ben },
          ],
          relations: [{ kind: 'SPOUSE', from: 'a', to: 'b', quote: `${anna} is married to ${ben}.` }],
        },
      },
      EDITOR_KEY,
    );
    const annaId = curated.ingestArticle.article.mentions.find((p: any) => p.name === anna).id;
    await t.ok(MERGE, { from: ids.get(ana)!, into: annaId, reason: 'Ana is Anna' }, EDITOR_KEY);

    // re-reading the same text now states the merged fact: its remembered rejection holds
    await t.ok(INGEST_TEXT, { text, url: `https://text.example/${x}` }, EDITOR_KEY);
    const spouses = (await personOf(annaId)).spouses;
    expect(spouses).toHaveLength(1);
    expect(spouses[0].evidence.map((v: any) => v.quote)).toEqual([`${anna} is married to ${ben}.`]);
    // positive control: the rejected words at a url never reviewed, about an unmerged couple, are proposed
    const y = inventedSurname();
    const other = await t.ok(INGEST_TEXT, { text: text.replaceAll(x, y), url: `https://text.example/${y}` }, EDITOR_KEY);
    const otherAna = other.ingestArticleText.article.mentions.find((p: any) => p.name === `Ana ${y}`).id;
    expect((await personOf(otherAna)).spouses[0].evidence[0].status).toBe('PROPOSED');
  });

  it("corrections follow the merge: updatePerson by the merged id, an editor's date kept, the merged id never reused", async () => {
    const f = await twoRecordsOfOnePerson();
    const UPDATE = `mutation($id: ID!, $patch: PersonPatch!) { updatePerson(id: $id, patch: $patch, reason: "agency") { id description } }`;
    await t.ok(UPDATE, { id: f.moor, patch: { description: 'touring singer' } }, EDITOR_KEY);
    await t.ok(MERGE, { from: f.moor, into: f.lena, reason: 'same person' }, EDITOR_KEY);
    const updated = await t.ok(UPDATE, { id: f.moor, patch: { birthDate: '1984-02' } }, EDITOR_KEY);
    expect(updated.updatePerson).toEqual({ id: f.lena, description: 'touring singer' });
    // the editor's birth date survives a re-ingestion stating the day
    await t.ok(INGEST, { input: f.second }, EDITOR_KEY);
    expect((await personOf(f.lena)).birthDate).toEqual({ iso: '1984-02' });
    // a new person whose name slugs to the merged id gets another id: the merged one keeps naming Lena
    const created = await t.ok(
      INGEST,
      {
        input: {
          url: `https://five.example/${f.moor}`,
          title: 'Namesake',
          publishedAt: '2022-01-03T00:00:00Z',
          people: [{ ref: 'a', name: f.names.moor, birthDate: '1901-01-01', deathDate: '1950-01-01' }],
        },
      },
      EDITOR_KEY,
    );
    const namesake = created.ingestArticle.article.mentions[0].id;
    expect(namesake).not.toBe(f.lena);
    expect(namesake).not.toBe(f.moor);
    expect((await personOf(f.moor)).id).toBe(f.lena);
  });

  it('is logged with the actor, the merged id and the reason', async () => {
    const f = await twoRecordsOfOnePerson();
    await t.ok(MERGE, { from: f.moor, into: f.lena, reason: 'two spellings of one name' }, EDITOR_KEY);
    const entry = (await t.ok(LOG)).editorialLog.edges[0].node;
    expect(entry).toMatchObject({ action: 'MERGE_PEOPLE', target: f.moor, reason: 'two spellings of one name' });
    expect(entry.actor).toMatch(/^key:[0-9a-f]{8}$/);
  });

  it('refuses bad requests with a stable code and writes nothing', async () => {
    const f = await twoRecordsOfOnePerson();
    const refusals: [Record<string, unknown>, string | undefined, string][] = [
      [{ from: f.lena, into: f.lena, reason: 'x' }, EDITOR_KEY, 'BAD_USER_INPUT'],
      [{ from: 'no-such-person-zz', into: f.lena, reason: 'x' }, EDITOR_KEY, 'NOT_FOUND'],
      [{ from: f.moor, into: 'no-such-person-zz', reason: 'x' }, EDITOR_KEY, 'NOT_FOUND'],
      [{ from: f.moor, into: f.lena, reason: '   ' }, EDITOR_KEY, 'BAD_USER_INPUT'],
      [{ from: f.moor, into: f.lena, reason: 'x' }, undefined, 'UNAUTHENTICATED'],
      [{ from: f.moor, into: f.lena, reason: 'x' }, ANALYST_KEY, 'FORBIDDEN'],
      [{ from: f.moor, into: f.lena, reason: 'x' }, 'not-a-key', 'UNAUTHENTICATED'],
    ];
    const before = await graphFingerprint(driver);
    for (const [vars, key, code] of refusals) {
      const res = await t.gql(MERGE, vars, key);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(vars)).toBe(code);
    }
    expect(await graphFingerprint(driver)).toBe(before);
    // positive control: the same pair merges; merging it again (a retry) succeeds and writes nothing
    await t.ok(MERGE, { from: f.moor, into: f.lena, reason: 'x' }, EDITOR_KEY);
    const merged = await graphFingerprint(driver);
    const again = await t.ok(MERGE, { from: f.moor, into: f.lena, reason: 'x' }, EDITOR_KEY);
    expect(again.mergePeople.id).toBe(f.lena);
    expect(await graphFingerprint(driver)).toBe(merged);
  });

  it('a merge racing an ingestion of the merged person leaves one consistent person', async () => {
    for (let round = 0; round < 6; round++) {
      const f = await twoRecordsOfOnePerson();
      const x = inventedSurname();
      const spouse = `Ravi ${x}`;
      const ingest = () =>
        t.gql(
          INGEST,
          {
            input: {
              url: `https://race.example/${x}`,
              title: 'Race',
              publishedAt: '2023-01-01T00:00:00Z',
              people: [
                { ref: 'm', name: f.names.moor },
                { ref: 'r', name: spouse },
              ],
              relations: [{ kind: 'SPOUSE', from: 'm', to: 'r', since: '2023', quote: `${f.names.moor} married ${spouse}.` }],
            },
          },
          EDITOR_KEY,
        );
      const merge = () => t.gql(MERGE, { from: f.moor, into: f.lena, reason: 'race' }, EDITOR_KEY);
      const [a, b] = round % 2 === 0 ? await Promise.all([ingest(), merge()]) : (await Promise.all([merge(), ingest()])).reverse();
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(await count('MATCH (p:Person {id: $id}) RETURN count(p) AS n', { id: f.moor })).toBe(0);
      expect(
        await count('MATCH (:NameKey {key: $key})-[:KEY_OF]->(p:Person) RETURN count(p) AS n', { key: f.names.moor.toLowerCase() }),
      ).toBe(1);
      const spouses = (await personOf(f.lena)).spouses.map((s: any) => s.person.name).sort();
      expect(spouses).toEqual([f.names.omar, spouse].sort());
      expect(await count('MATCH (r:Person)-[:SPOUSE_OF]-(p:Person) WHERE r.name = $name RETURN count(p) AS n', { name: spouse })).toBe(1);
    }
  });
});
