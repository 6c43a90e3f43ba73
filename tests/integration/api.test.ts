import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, findBreakingChanges } from 'graphql';
import { buildAppSchema, printAppSchema } from '../../src/schema/build-schema';
import { startTestApp, TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.app.stop();
});

const root = path.resolve(__dirname, '..', '..');

describe('schema', () => {
  it('the committed schema/schema.graphql is what the code generates', async () => {
    const generated = printAppSchema(await buildAppSchema());
    expect(readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8')).toBe(generated);
  });

  it('breaks nothing in the public contract (schema/contract.graphql: shared/contract/api.graphql and editorial.graphql)', () => {
    const contract = buildSchema(readFileSync(path.join(root, 'schema', 'contract.graphql'), 'utf8'));
    const ours = buildSchema(readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8'));
    expect(findBreakingChanges(contract, ours).map((c) => c.description)).toEqual([]);
  });
});

const WIDE = (first: number) => `{ people(first: ${first}) { edges { node { name
  spouses { person { name } since { iso } evidence { source article { title } } }
  children { person { name } evidence { source } }
  parents { person { name } }
  events(first: 3) { totalCount edges { node { title participants { name } } } }
  mentionedIn(first: 2) { totalCount edges { node { title } } } } } } }`;

describe('batching', () => {
  it('50 people with spouses, children, parents, events and articles cost a handful of queries, as 5 people do', async () => {
    const small = await t.gql(WIDE(5));
    const large = await t.gql(WIDE(50));
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const people = large.data!.people.edges.map((e: any) => e.node);
    expect(people).toHaveLength(50);
    // the page really holds relations to fetch, so the count means something
    expect(people.some((p: any) => p.spouses.length > 0)).toBe(true);
    // list + count, then one batch per field: spouses, children, parents, events, mentionedIn, evidence,
    // participants, article: the count follows the query's shape, never its rows
    const links = people.reduce(
      (n: number, p: any) => n + p.spouses.length + p.children.length + p.parents.length + p.events.edges.length,
      0,
    );
    expect(links).toBeGreaterThan(50);
    expect(large.dbQueries).toBeLessThanOrEqual(10);
    expect(small.dbQueries).toBeLessThanOrEqual(10);
  });
});

describe('pagination', () => {
  it('pages of 7 walk the same people as one page of 49, each once, by name', async () => {
    const all = (await t.ok('{ people(first: 49) { edges { node { id name } } } }')).people.edges.map((e: any) => e.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 7; i++) {
      const data: any = await t.ok(
        'query($after: String) { people(first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...data.people.edges.map((e: any) => e.node.id));
      expect(data.people.pageInfo.hasNextPage).toBe(true);
      after = data.people.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('refuses a cursor it did not issue, and pages over the cap', async () => {
    const bad = await t.gql('{ people(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const big = await t.gql('{ people(first: 101) { totalCount } }');
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0].message).toContain('100');
  });

  it("pages a person's events newest first with cursors", async () => {
    const q =
      'query($after: String) { searchPeople(text: "Chrissy Teigen", first: 1) { person { events(first: 2, after: $after) { totalCount edges { node { date { iso } } } pageInfo { hasNextPage endCursor } } } } }';
    const dates: string[] = [];
    let after: string | null = null;
    let total: number | undefined;
    for (;;) {
      const page: any = (await t.ok(q, { after })).searchPeople[0].person.events;
      total = page.totalCount;
      dates.push(...page.edges.map((e: any) => e.node.date.iso));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    // the seed article's five events, and her Wikidata birth (1985-11-30) among the reference events
    expect(dates).toHaveLength(total ?? -1);
    expect(total).toBeGreaterThanOrEqual(6);
    expect(dates).toContain('1985-11-30');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('lists articles mentioning a person, filtered by publication time', async () => {
    const chrissy = (await t.ok('{ searchPeople(text: "Chrissy Teigen", first: 1) { person { id } } }')).searchPeople[0].person.id;
    const inRange = await t.ok(
      'query($id: ID) { articles(mentioning: $id, from: "2021-09-29T00:00:00Z", to: "2021-09-29T23:59:59Z") { totalCount edges { node { title publisher mentions { name } quotes { text speaker { name } } } } } }',
      { id: chrissy },
    );
    expect(inRange.articles.totalCount).toBe(1);
    const seed = inRange.articles.edges[0].node;
    expect(seed.publisher).toBe('Gulf News (Tabloid!)');
    expect(seed.quotes[0].speaker.name).toBe('Chrissy Teigen');
    const outOfRange = await t.ok('query($id: ID) { articles(mentioning: $id, to: "2021-01-01T00:00:00Z") { totalCount } }', {
      id: chrissy,
    });
    expect(outOfRange.articles.totalCount).toBe(0);
  });
});

describe('searchPeople', () => {
  const top = async (text: string) =>
    (await t.ok(`query($text: String!) { searchPeople(text: $text, first: 5) { score person { name } } }`, { text })).searchPeople;
  it('ranks the exact name first', async () => {
    expect((await top('John Legend'))[0].person.name).toBe('John Legend');
  });
  it('matches aliases', async () => {
    expect((await top('Teigen')).map((h: any) => h.person.name)).toContain('Chrissy Teigen');
  });
  it('forgives typos', async () => {
    expect((await top('Chrisy Tiegen'))[0].person.name).toBe('Chrissy Teigen');
    expect((await top('Elizabth Tayler'))[0].person.name).toBe('Elizabeth Taylor');
  });
  it('answers nonsense and Lucene syntax with an empty list, not an error', async () => {
    expect(await top('zzqxj vvkwp')).toEqual([]);
    expect(Array.isArray(await top('name:"x" AND (y OR'))).toBe(true);
  });
});

describe('operations', () => {
  it('serves /healthz, /readyz and Prometheus /metrics with request durations and db query counts', async () => {
    expect((await fetch(`${t.base}/healthz`)).status).toBe(200);
    expect((await fetch(`${t.base}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${t.base}/metrics`)).text();
    expect(metrics).toMatch(/^db_queries_total\{mode="read",statement="person\.list"\} \d+/m);
    expect(metrics).toContain('http_request_duration_seconds_bucket');
  });

  it('echoes the request id', async () => {
    const res = await fetch(t.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-123' },
      body: '{"query":"{ graphStats { people } }"}',
    });
    expect(res.headers.get('x-request-id')).toBe('req-123');
  });

  it('refuses a too deep query before running it', async () => {
    const nest = (levels: number): string => (levels === 0 ? 'name' : `spouses { person { ${nest(levels - 1)} } }`);
    const deep = `{ people(first: 1) { edges { node { ${nest(6)} } } } }`;
    const res = await t.gql(deep);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0].message).toMatch(/depth \d+ exceeds the limit of 12/);
    expect(res.dbQueries).toBe(0);
  });

  it('refuses a too wide query before running it', async () => {
    const wide =
      '{ people(first: 100) { edges { node { events(first: 100) { edges { node { participants { events(first: 100) { edges { node { title } } } } } } } } } } }';
    const res = await t.gql(wide);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0].message).toMatch(/cost \d+ exceeds/);
  });

  it('shows clients no internals for malformed requests', async () => {
    const res = await fetch(t.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ person(id: 1 "}',
    });
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stack|neo4j|cypher/i);
  });
});
