import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYST_KEY, EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { uniq } from '../helpers/graph';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.app.stop();
});

const CONNECTIONS = `query($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $via: [RelationKind!]) {
  connections(from: $from, to: $to, maxHops: $maxHops, first: $first, via: $via) { length people { id } hops { relation } } }`;
const INGEST = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { relationsCreated } }';
const TOP = 'query($w: Float) { topPeople(first: 100, coMentionWeight: $w) { score person { id } } }';

interface PersonIn {
  ref: string;
  name: string;
}
let n = 0;
async function ingest(tag: string, people: PersonIn[], body?: string, relations: object[] = []): Promise<void> {
  n++;
  const input = {
    url: `https://rank.example/${tag}/${n}`,
    title: `Story ${n} ${tag}`,
    publishedAt: '2024-05-01T00:00:00Z',
    body,
    people,
    relations,
  };
  await t.ok(INGEST, { input }, EDITOR_KEY);
}
const idOf = async (name: string): Promise<string> =>
  (await t.ok('query($n: String!) { searchPeople(text: $n, first: 1) { person { id name } } }', { n: name })).searchPeople[0].person.id;
const paths = async (from: string, to: string, extra: Record<string, unknown> = {}) =>
  (await t.ok(CONNECTIONS, { from: await idOf(from), to: await idOf(to), ...extra })).connections as {
    length: number;
    hops: { relation: string }[];
  }[];

describe('connections: stated relations come first', () => {
  it('a spouse-and-parent path beats a shorter co-mention path, which via: [CO_MENTIONED] still finds', async () => {
    const tag = uniq('rk');
    const [ana, ben, cal] = [`Ana Vell ${tag}`, `Ben Orly ${tag}`, `Cal Orly ${tag}`];
    // Ana and Cal named in one sentence: a strong co-mention, one hop
    await ingest(
      tag,
      [
        { ref: 'a', name: ana },
        { ref: 'c', name: cal },
      ],
      `${ana} and ${cal} opened the show together.`,
    );
    // Ana married Ben, Ben is Cal's father: two family hops
    await ingest(
      tag,
      [
        { ref: 'a', name: ana },
        { ref: 'b', name: ben },
        { ref: 'c', name: cal },
      ],
      undefined,
      [
        { kind: 'SPOUSE', from: 'a', to: 'b' },
        { kind: 'PARENT', from: 'b', to: 'c' },
      ],
    );
    const found = await paths(ana, cal, { first: 3 });
    expect(found[0].hops.map((h) => h.relation)).toEqual(['SPOUSE', 'PARENT']);
    expect(found.flatMap((p) => p.hops.map((h) => h.relation))).not.toContain('CO_MENTIONED');
    const forced = await paths(ana, cal, { via: ['CO_MENTIONED'] });
    expect(forced[0]).toMatchObject({ length: 1, hops: [{ relation: 'CO_MENTIONED' }] });
  });

  it('Tom Cruise to Keith Urban: their marriages to Nicole Kidman, not the article naming both', async () => {
    const tag = uniq('rk');
    const people = [
      { ref: 't', name: 'Tom Cruise' },
      { ref: 'k', name: 'Keith Urban' },
    ];
    // invented text: the two named in one sentence, in two articles, a strong co-mention
    await ingest(tag, people, 'Tom Cruise and Keith Urban waved from the same balcony.');
    await ingest(tag, people, 'Keith Urban nodded to Tom Cruise at the premiere.');
    const found = await paths('Tom Cruise', 'Keith Urban', { first: 3 });
    expect(found[0].hops.map((h) => h.relation)).toEqual(['SPOUSE', 'SPOUSE']);
    expect(found.every((p) => p.hops.every((h) => h.relation !== 'CO_MENTIONED'))).toBe(true);
    // positive control: the co-mention is there, and strong
    expect((await paths('Tom Cruise', 'Keith Urban', { via: ['CO_MENTIONED'] }))[0]).toMatchObject({ length: 1 });
  });

  it('uses a co-mention when no family path exists within maxHops', async () => {
    const tag = uniq('rk');
    const [dee, eli, fay] = [`Dee Park ${tag}`, `Eli Rowe ${tag}`, `Fay Rowe ${tag}`];
    await ingest(
      tag,
      [
        { ref: 'd', name: dee },
        { ref: 'e', name: eli },
      ],
      `${dee} thanked ${eli} on stage.`,
    );
    await ingest(
      tag,
      [
        { ref: 'e', name: eli },
        { ref: 'f', name: fay },
      ],
      undefined,
      [{ kind: 'PARENT', from: 'e', to: 'f' }],
    );
    const found = await paths(dee, fay, { maxHops: 4 });
    expect(found[0].hops.map((h) => h.relation)).toEqual(['CO_MENTIONED', 'PARENT']);
    // positive control for the family-first search: Eli to Fay is the family hop alone
    expect((await paths(eli, fay))[0].hops.map((h) => h.relation)).toEqual(['PARENT']);
  });
});

describe('co-mention rule: close together, or in two articles', () => {
  it('one article naming two people sentences apart links nothing; a second article does', async () => {
    const tag = uniq('rk');
    const [gil, hal] = [`Gil Sten ${tag}`, `Hal Moor ${tag}`];
    const people = [
      { ref: 'g', name: gil },
      { ref: 'h', name: hal },
    ];
    await ingest(tag, people, `${gil} spoke first. The crowd cheered for a while. ${hal} closed the night.`);
    expect(await paths(gil, hal)).toEqual([]);
    await ingest(tag, people);
    expect((await paths(gil, hal))[0].hops.map((h) => h.relation)).toEqual(['CO_MENTIONED']);
  });

  it('keeps a pair named in one sentence of one article, and counts it on the edge', async () => {
    const tag = uniq('rk');
    const [ivy, jon, kai] = [`Ivy Lark ${tag}`, `Jon Dale ${tag}`, `Kai Dale ${tag}`];
    await ingest(
      tag,
      [
        { ref: 'i', name: ivy },
        { ref: 'j', name: jon },
        { ref: 'k', name: kai },
      ],
      `${ivy} and ${jon} sang a duet. Much later that year, after the tour, ${kai} released a record.`,
    );
    expect((await paths(ivy, jon))[0].hops.map((h) => h.relation)).toEqual(['CO_MENTIONED']);
    expect(await paths(ivy, kai)).toEqual([]);
    const edges = await t.ok(
      'query($q: String!, $p: JSON) { runCypher(query: $q, params: $p) { rows } }',
      {
        q: 'MATCH (a:Person)-[c:CO_MENTIONED]-(b:Person) WHERE a.name = $a RETURN b.name, c.strong, size(c.nearIds) ORDER BY b.name',
        p: { a: ivy },
      },
      ANALYST_KEY,
    );
    expect(edges.runCypher.rows).toEqual([
      [jon, true, 1],
      [kai, false, 0],
    ]);
  });
});

describe('topPeople: stated relations by default, co-mentions by weight', () => {
  it('ranks a parent of 30 above someone named beside 120 people, and the weight turns it round', async () => {
    const tag = uniq('rk');
    const hub = `Hub Nash ${tag}`;
    const crowd = Array.from({ length: 120 }, (_, i) => ({ ref: `c${i}`, name: `Guest ${i} Tally ${tag}` }));
    await ingest(tag, [{ ref: 'hub', name: hub }, ...crowd], crowd.map((c) => `${hub} greeted ${c.name}.`).join(' '));
    const parent = `Pam Brood ${tag}`;
    const kids = Array.from({ length: 30 }, (_, i) => ({ ref: `k${i}`, name: `Kid ${i} Brood ${tag}` }));
    await ingest(
      tag,
      [{ ref: 'p', name: parent }, ...kids],
      undefined,
      kids.map((k) => ({ kind: 'PARENT', from: 'p', to: k.ref })),
    );
    const [hubId, parentId] = [await idOf(hub), await idOf(parent)];
    const rank = async (w?: number) => {
      const top = (await t.ok(TOP, { w })).topPeople as { score: number; person: { id: string } }[];
      const at = (id: string) => top.findIndex((r) => r.person.id === id);
      return { top, hub: at(hubId), parent: at(parentId) };
    };
    const byDefault = await rank();
    expect(byDefault.top[byDefault.parent].score).toBe(30);
    expect(byDefault.hub === -1 || byDefault.hub > byDefault.parent).toBe(true);
    const weighted = await rank(1);
    expect(weighted.hub).toBeGreaterThanOrEqual(0);
    expect(weighted.top[weighted.hub].score).toBe(120);
    expect(weighted.hub).toBeLessThan(weighted.parent);
    expect((await rank(0.5)).top.find((r) => r.person.id === hubId)?.score).toBe(60);
  });

  it('refuses a negative or huge weight', async () => {
    for (const w of [-1, 11]) expect((await t.gql(TOP, { w })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
