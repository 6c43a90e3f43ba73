import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { ANALYST_KEY, EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { graphFingerprint, testDriver, uniq } from '../helpers/graph';

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
  article { id url title mentions { name } }
  peopleCreated peopleMatched relationsCreated eventsCreated warnings } }`;

function article(tag: string, overrides: Record<string, unknown> = {}) {
  return {
    url: `https://news.example/${tag}`,
    title: `Story ${tag}`,
    publisher: 'Example News',
    publishedAt: '2022-05-01T10:00:00Z',
    people: [
      { ref: 'a', name: `Ana ${tag}`, aliases: [`Ana`] },
      { ref: 'b', name: `Ben ${tag}` },
      { ref: 'c', name: `Cy ${tag}` },
    ],
    relations: [
      { kind: 'SPOUSE', from: 'a', to: 'b', since: '2019-06', quote: `Ana ${tag} married Ben ${tag} in June 2019.` },
      { kind: 'CHILD', from: 'c', to: 'a', quote: `Their son Cy ${tag} was born in 2021.`, confidence: 0.9 },
    ],
    events: [
      { ref: 'wed', kind: 'MARRIAGE', title: 'Wedding', date: '2019-06', participants: ['a', 'b'] },
      {
        kind: 'ANNIVERSARY_POST',
        title: 'Anniversary post',
        date: '2022-06-15',
        participants: ['a'],
        platform: 'Instagram',
        commemorates: 'wed',
      },
    ],
    quotes: [{ speaker: 'a', text: 'We are so happy.' }],
    ...overrides,
  };
}

const personQuery = (name: string) => `{ searchPeople(text: "${name}", first: 1) { person { name
  spouses { person { name } since { iso } evidence { source quote confidence article { url } } }
  children { person { name } evidence { quote confidence } }
  events(first: 10) { totalCount edges { node { kind title ... on AnniversaryPost { commemorates { kind } } } } } } } }`;

describe('ingestArticle', () => {
  it('writes people, relations (CHILD stored as the parent edge), events and quotes, and reports counts', async () => {
    const tag = uniq('w');
    const res = await t.ok(INGEST, { input: article(tag) }, EDITOR_KEY);
    expect(res.ingestArticle).toMatchObject({ peopleCreated: 3, peopleMatched: 0, relationsCreated: 2, eventsCreated: 2 });
    const ana = (await t.ok(personQuery(`Ana ${tag}`))).searchPeople[0].person;
    expect(ana.spouses[0]).toMatchObject({ person: { name: `Ben ${tag}` }, since: { iso: '2019-06' } });
    expect(ana.spouses[0].evidence).toEqual([
      {
        source: 'Example News',
        quote: `Ana ${tag} married Ben ${tag} in June 2019.`,
        confidence: 1,
        article: { url: `https://news.example/${tag}` },
      },
    ]);
    expect(ana.children).toEqual([
      { person: { name: `Cy ${tag}` }, evidence: [{ quote: `Their son Cy ${tag} was born in 2021.`, confidence: 0.9 }] },
    ]);
    expect(ana.events.edges.map((e: any) => e.node.kind)).toEqual(['ANNIVERSARY_POST', 'MARRIAGE']);
    expect(ana.events.edges[0].node.commemorates.kind).toBe('MARRIAGE');
  });

  it('is idempotent per url: the same article twice changes nothing', async () => {
    const input = article(uniq('idem'));
    await t.ok(INGEST, { input }, EDITOR_KEY);
    const before = await graphFingerprint(driver);
    const again = await t.ok(INGEST, { input }, EDITOR_KEY);
    expect(again.ingestArticle).toMatchObject({ peopleCreated: 0, peopleMatched: 3, relationsCreated: 0, eventsCreated: 0 });
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it("an edited article replaces its own facts, and leaves other articles' evidence alone", async () => {
    const tag = uniq('edit');
    const first = article(tag);
    await t.ok(INGEST, { input: first }, EDITOR_KEY);
    // a second article states the same marriage
    const other = {
      ...article(tag),
      url: `https://other.example/${tag}`,
      publisher: 'Other Daily',
      events: [],
      quotes: [],
      people: first.people.slice(0, 2),
      relations: [{ kind: 'SPOUSE', from: 'a', to: 'b', quote: 'They are married.' }],
    };
    const second = await t.ok(INGEST, { input: other }, EDITOR_KEY);
    expect(second.ingestArticle.relationsCreated).toBe(0);
    // the first article is edited: no more marriage, no more child, no more Cy
    const edited = { ...first, people: first.people.slice(0, 2), relations: [], events: [], quotes: [] };
    await t.ok(INGEST, { input: edited }, EDITOR_KEY);
    const ana = (await t.ok(personQuery(`Ana ${tag}`))).searchPeople[0].person;
    expect(ana.spouses).toHaveLength(1);
    expect(ana.spouses[0].evidence.map((e: any) => e.source)).toEqual(['Other Daily']);
    expect(ana.children).toEqual([]);
    expect(ana.events.totalCount).toBe(0);
    const cy = await driver.executeQuery('MATCH (p:Person {name: $name}) RETURN count(p) AS n', { name: `Cy ${tag}` });
    expect(cy.records[0].get('n').toNumber()).toBe(0);
  });

  it('an edit that no longer says which event a post marks removes that link', async () => {
    const tag = uniq('mark');
    const input = article(tag);
    await t.ok(INGEST, { input }, EDITOR_KEY);
    const edited = { ...input, events: [input.events[0], { ...input.events[1], commemorates: null }] };
    await t.ok(INGEST, { input: edited }, EDITOR_KEY);
    const ana = (await t.ok(personQuery(`Ana ${tag}`))).searchPeople[0].person;
    const post = ana.events.edges.find((e: any) => e.node.kind === 'ANNIVERSARY_POST').node;
    expect(post.commemorates).toBeNull();
  });

  it('a more precise wedding date refines the marriage instead of adding a second one; another date is another marriage', async () => {
    const tag = uniq('wed');
    const one = (url: string, since: string) => ({
      url: `https://wed.example/${tag}/${url}`,
      title: 't',
      publishedAt: '2022-01-01T00:00:00Z',
      people: [
        { ref: 'a', name: `Vera ${tag}` },
        { ref: 'b', name: `Walt ${tag}` },
      ],
      relations: [{ kind: 'SPOUSE', from: 'a', to: 'b', since }],
    });
    await t.ok(INGEST, { input: one('1', '2013') }, EDITOR_KEY);
    const refined = await t.ok(INGEST, { input: one('2', '2013-09-14') }, EDITOR_KEY);
    expect(refined.ingestArticle.relationsCreated).toBe(0);
    const again = await t.ok(INGEST, { input: one('3', '2019-05') }, EDITOR_KEY);
    expect(again.ingestArticle.relationsCreated).toBe(1);
    const vera = (await t.ok(personQuery(`Vera ${tag}`))).searchPeople[0].person;
    expect(vera.spouses.map((s: any) => s.since.iso)).toEqual(['2013-09-14', '2019-05']);
    expect(vera.spouses[0].evidence).toHaveLength(2);
  });

  it('matches existing people by name or alias instead of creating them again', async () => {
    const tag = uniq('match');
    await t.ok(INGEST, { input: article(tag) }, EDITOR_KEY);
    const byAlias = {
      url: `https://news.example/${tag}-2`,
      title: 't',
      publishedAt: '2022-06-01T00:00:00Z',
      people: [
        { ref: 'x', name: `Cy ${tag}`.toUpperCase() },
        { ref: 'y', name: 'Chrissy Teigen' },
      ],
    };
    const res = await t.ok(INGEST, { input: byAlias }, EDITOR_KEY);
    expect(res.ingestArticle).toMatchObject({ peopleCreated: 0, peopleMatched: 2 });
  });

  const bad: [string, (a: any) => void, string][] = [
    [
      'unknown ref',
      (a) => {
        a.relations[0].to = 'nobody';
      },
      'input.relations[0].to',
    ],
    [
      'impossible month',
      (a) => {
        a.events[0].date = '2020-13';
      },
      'input.events[0].date',
    ],
    [
      'confidence above 1',
      (a) => {
        a.relations[1].confidence = 1.5;
      },
      'input.relations[1].confidence',
    ],
    [
      'empty name',
      (a) => {
        a.people[1].name = '  ';
      },
      'input.people[1].name',
    ],
    [
      'self relation',
      (a) => {
        a.relations[0].to = 'a';
      },
      'input.relations[0].to',
    ],
    [
      'unknown person id',
      (a) => {
        a.people[0].id = 'no-such-person-id';
      },
      'input.people[0].id',
    ],
    [
      'unknown commemorated event (found only after people were written)',
      (a) => {
        a.events[1].commemorates = 'evt_missing';
      },
      'input.events[1].commemorates',
    ],
  ];
  for (const [name, spoil, field] of bad) {
    it(`rejects ${name} with BAD_USER_INPUT naming ${field}, and writes nothing`, async () => {
      const input = article(uniq('bad'));
      spoil(input);
      const before = await graphFingerprint(driver);
      const res = await t.gql(INGEST, { input }, EDITOR_KEY);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toContain(field);
      expect(await graphFingerprint(driver)).toBe(before);
    });
  }
});

describe('access', () => {
  const input = () => article(uniq('auth'));
  it('refuses mutations without a key (UNAUTHENTICATED)', async () => {
    const res = await t.gql(INGEST, { input: input() });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
  it('refuses mutations with an analyst key (FORBIDDEN)', async () => {
    const res = await t.gql(INGEST, { input: input() }, ANALYST_KEY);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
  it('refuses an unknown key even for reads (401 UNAUTHENTICATED)', async () => {
    const res = await t.gql('{ people(first: 1) { totalCount } }', {}, 'not-a-key');
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
  it('lets anyone read', async () => {
    const data = await t.ok('{ people(first: 1) { totalCount } }');
    expect(data.people.totalCount).toBeGreaterThan(0);
  });
});
