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

const CONNECTIONS = `query($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $via: [RelationKind!]) {
  connections(from: $from, to: $to, maxHops: $maxHops, first: $first, via: $via) {
    length people { name }
    hops { from { name } to { name } relation evidence { source quote confidence article { title } } } } }`;
const INGEST = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { relationsCreated } }';
const idOf = async (name: string) =>
  (await t.ok('query($n: String!) { searchPeople(text: $n, first: 1) { person { id name } } }', { n: name })).searchPeople[0].person.id;

describe('connections on the reference graph', () => {
  it('Mickey Rooney to Woody Allen: five hops through three marriages and a son, with Wikidata evidence on every hop', async () => {
    const res = await t.gql(CONNECTIONS, { from: await idOf('Mickey Rooney'), to: await idOf('Woody Allen'), maxHops: 6, first: 1 });
    expect(res.errors).toBeUndefined();
    const [path] = res.data!.connections;
    expect(path.length).toBe(5);
    expect(path.people.map((p: any) => p.name)).toEqual([
      'Mickey Rooney',
      'Ava Gardner',
      'Frank Sinatra',
      'Mia Farrow',
      'Ronan Farrow',
      'Woody Allen',
    ]);
    expect(path.hops.map((h: any) => h.relation)).toEqual(['SPOUSE', 'SPOUSE', 'SPOUSE', 'PARENT', 'CHILD']);
    for (const hop of path.hops) {
      expect(hop.evidence.length).toBeGreaterThan(0);
      expect(hop.evidence[0].source).toBe('Wikidata');
      expect(hop.evidence[0].quote).toMatch(/^Wikidata P(26|40)/);
    }
    expect(res.dbQueries).toBeLessThanOrEqual(6);
  });

  it('sends only the statements its selection reads: endpoints, search, edges and people in one, then evidence', async () => {
    const ids = { from: await idOf('Mickey Rooney'), to: await idOf('Woody Allen') };
    const ask = async (selection: string) => {
      const res = await t.gql(
        `query($from: ID!, $to: ID!) { connections(from: $from, to: $to, maxHops: 6, first: 1) { ${selection} } }`,
        ids,
      );
      expect(res.errors, selection).toBeUndefined();
      return res;
    };
    const lengthOnly = await ask('length');
    expect(lengthOnly.data!.connections).toEqual([{ length: 5 }]);
    expect(lengthOnly.dbQueries).toBe(1);
    expect((await ask('length people { name }')).dbQueries).toBe(1);
    expect((await ask('hops { to { name } }')).dbQueries).toBe(1);
    const full = await ask('...on ConnectionPath { hops { evidence { quote } } } people { name }');
    expect(full.dbQueries).toBe(2);
    expect(full.data!.connections[0].hops[0].evidence.length).toBeGreaterThan(0);
  });

  it('lists the shortest paths first, then longer ones', async () => {
    const data = await t.ok(CONNECTIONS, { from: 'luna-stephens', to: 'john-legend', first: 3 });
    const lengths = data.connections.map((p: any) => p.length);
    expect(lengths[0]).toBe(1);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(data.connections[0].hops[0]).toMatchObject({ relation: 'CHILD', from: { name: 'Luna Stephens' }, to: { name: 'John Legend' } });
    expect(data.connections[0].hops[0].evidence[0].quote).toContain('Teigen and Legend also have a daughter');
  });

  it('narrows edge kinds with via', async () => {
    const spousesOnly = await t.ok(CONNECTIONS, {
      from: await idOf('Mickey Rooney'),
      to: await idOf('Woody Allen'),
      maxHops: 6,
      via: ['SPOUSE'],
    });
    expect(spousesOnly.connections).toEqual([]);
  });

  it('gives clear answers for the same person, unknown people, no path and bad bounds', async () => {
    expect((await t.ok(CONNECTIONS, { from: 'chrissy-teigen', to: 'chrissy-teigen' })).connections).toEqual([]);
    const unknown = await t.gql(CONNECTIONS, { from: 'chrissy-teigen', to: 'nobody-at-all' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const far = await t.ok(CONNECTIONS, { from: 'chrissy-teigen', to: await idOf('Mickey Rooney'), maxHops: 2 });
    expect(far.connections).toEqual([]);
    const tooFar = await t.gql(CONNECTIONS, { from: 'chrissy-teigen', to: 'john-legend', maxHops: 7 });
    expect(tooFar.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('exportConnections', () => {
  it('gives the paths as GraphML for Gephi, parent edges pointing from parent to child', async () => {
    const data = await t.ok(
      '{ exportConnections(from: "mickey-rooney", to: "woody-allen", maxHops: 6, first: 1) { format mimeType nodeCount edgeCount content } }',
    );
    const out = data.exportConnections;
    expect(out).toMatchObject({ format: 'GRAPHML', nodeCount: 6, edgeCount: 5 });
    expect(out.content).toContain('<graphml');
    expect(out.content).toMatch(/<edge[^>]*source="woody-allen"[^>]*target="ronan-farrow"/);
    const json = await t.ok('{ exportConnections(from: "luna-stephens", to: "john-legend", format: CYTOSCAPE, first: 1) { content } }');
    const elements = JSON.parse(json.exportConnections.content).elements;
    expect(elements.nodes.map((n: any) => n.data.id).sort()).toEqual(['john-legend', 'luna-stephens']);
  });
});

describe('connections through co-mentions', () => {
  it('links people named in the same articles, citing the articles, and stays quick around a hub with hundreds of co-mentions', async () => {
    const tag = uniq('co');
    const crowd = Array.from({ length: 300 }, (_, i) => ({ ref: `c${i}`, name: `Crowd ${i} ${tag}` }));
    await t.ok(
      INGEST,
      {
        input: {
          url: `https://co.example/${tag}/gala`,
          title: `Gala night ${tag}`,
          publisher: 'Gala Weekly',
          publishedAt: '2023-03-01T00:00:00Z',
          // one sentence per guest: the hub and each guest are named close together, guests are not
          body: crowd.map((c) => `Hub ${tag} greeted ${c.name}.`).join(' '),
          people: [{ ref: 'hub', name: `Hub ${tag}` }, ...crowd],
        },
      },
      EDITOR_KEY,
    );
    await t.ok(
      INGEST,
      {
        input: {
          url: `https://co.example/${tag}/lunch`,
          title: `Lunch ${tag}`,
          publisher: 'Lunch Daily',
          publishedAt: '2023-03-02T00:00:00Z',
          body: `Crowd 7 ${tag} had lunch with Outsider ${tag}.`,
          people: [
            { ref: 'x', name: `Crowd 7 ${tag}` },
            { ref: 'y', name: `Outsider ${tag}` },
          ],
        },
      },
      EDITOR_KEY,
    );
    const res = await t.gql(CONNECTIONS, { from: await idOf(`Outsider ${tag}`), to: await idOf(`Hub ${tag}`), maxHops: 4, first: 2 });
    expect(res.errors).toBeUndefined();
    const [path] = res.data!.connections;
    expect(path.length).toBe(2);
    expect(path.hops.map((h: any) => h.relation)).toEqual(['CO_MENTIONED', 'CO_MENTIONED']);
    expect(path.hops[0].evidence[0]).toMatchObject({ source: 'Lunch Daily', article: { title: `Lunch ${tag}` } });
    expect(path.hops[1].evidence[0]).toMatchObject({ source: 'Gala Weekly', article: { title: `Gala night ${tag}` } });
    const coMentioned = await t.ok('query($id: ID!) { person(id: $id) { coMentioned(first: 3) { articleCount person { name } } } }', {
      id: await idOf(`Hub ${tag}`),
    });
    expect(coMentioned.person.coMentioned).toHaveLength(3);
  });
});
