import http from 'node:http';
import { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYST_KEY, EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { Db } from '../../src/graph/run';
import { handleNeighbourhoodExport, isNeighbourhoodExportRoute } from '../../src/export/export.http';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.app.stop();
});

const RUN = `query ($query: String!, $params: JSON, $timeoutMs: Int) {
  runCypher(query: $query, params: $params, timeoutMs: $timeoutMs) { columns rows truncated }
}`;
const cypher = async (query: string, params?: unknown, timeoutMs?: number) =>
  (await t.ok(RUN, { query, params, timeoutMs }, ANALYST_KEY)).runCypher;
const countPeople = async () => (await cypher('MATCH (p:Person) RETURN count(p) AS n')).rows[0][0];

describe('runCypher', () => {
  it('runs a read with parameters and returns rows as arrays in column order', async () => {
    const result = await cypher('MATCH (p:Person {id: $id}) RETURN p.name, p.id AS id', { id: 'chrissy-teigen' });
    expect(result).toEqual({ columns: ['p.name', 'id'], rows: [['Chrissy Teigen', 'chrissy-teigen']], truncated: false });
  });

  it('refuses a write before running it, naming the clause, and the graph is unchanged', async () => {
    const before = await countPeople();
    for (const query of ["CREATE (:Person {id: 'analysis-x', name: 'X'})", "// harmless\nMERGE (:Person {id: 'analysis-x', name: 'X'})"]) {
      const res = await t.gql(RUN, { query }, ANALYST_KEY);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/refused (CREATE|MERGE)/);
    }
    expect(await countPeople()).toBe(before);
    expect((await cypher("MATCH (p:Person {id: 'analysis-x'}) RETURN p")).rows).toEqual([]);
  });

  it('caps rows at 1000 and says so', async () => {
    const capped = await cypher('UNWIND range(1, 5000) AS x RETURN x');
    expect(capped.rows).toHaveLength(1000);
    expect(capped.rows.at(-1)).toEqual([1000]);
    expect(capped.truncated).toBe(true);
    const exact = await cypher('UNWIND range(1, $n) AS x RETURN x', { n: 1000 });
    expect(exact.rows).toHaveLength(1000);
    expect(exact.truncated).toBe(false);
  });

  it('converts nodes, relationships, paths, temporal values and big integers to JSON', async () => {
    const result = await cypher(`
      MATCH p = (a:Person {id: 'chrissy-teigen'})-[r:SPOUSE_OF]-(b:Person)
      RETURN a, r, p, date('2020-09-30') AS d, datetime('2021-09-28T08:00:00Z') AS t, 9007199254740993 AS big`);
    const [a, r, p, d, dt, big] = result.rows[0];
    expect(a).toMatchObject({ labels: ['Person'], properties: { id: 'chrissy-teigen', name: 'Chrissy Teigen' } });
    expect(r).toMatchObject({ type: 'SPOUSE_OF' });
    expect([r.start, r.end]).toContain(a.elementId);
    expect(p.segments).toHaveLength(1);
    expect(p.end.properties.name).toBe('John Legend');
    expect(d).toBe('2020-09-30');
    expect(dt).toBe('2021-09-28T08:00:00Z');
    expect(big).toBe('9007199254740993');
  });

  it('runs allow-listed procedures, standalone or with YIELD', async () => {
    const labels = await cypher('CALL db.labels()');
    expect(labels.columns).toEqual(['label']);
    expect(labels.rows).toContainEqual(['Person']);
    const hits = await cypher(
      "CALL db.index.fulltext.queryNodes('person_names', 'teigen') YIELD node, score RETURN node.name AS name LIMIT 1",
    );
    expect(hits.rows).toEqual([['Chrissy Teigen']]);
  });

  it('gives Neo4j syntax errors back as BAD_USER_INPUT with the analyst line numbers', async () => {
    const res = await t.gql(RUN, { query: 'MATCH (n)\nRETURN n.name AS' }, ANALYST_KEY);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/line 2,/);
  });

  it('wants params to be an object', async () => {
    const res = await t.gql(RUN, { query: 'RETURN 1 AS x', params: [1] }, ANALYST_KEY);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'params' });
  });

  it('stops a slow query at its time limit with TIMEOUT', async () => {
    const res = await t.gql(
      RUN,
      { query: 'MATCH (a:Person), (b:Person) WHERE a.name < b.name RETURN count(*) AS n', timeoutMs: 200 },
      ANALYST_KEY,
    );
    expect(res.errors?.[0].extensions?.code).toBe('TIMEOUT');
  });

  it('needs the analyst key: none is UNAUTHENTICATED, an editor key FORBIDDEN', async () => {
    expect((await t.gql(RUN, { query: 'RETURN 1 AS x' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(RUN, { query: 'RETURN 1 AS x' }, EDITOR_KEY)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('topPeople, graphStats, coMentioned', () => {
  it('ranks people by their stated relations (spouse and parent edges), ties by name', async () => {
    const top = (await t.ok('{ topPeople(first: 10) { score person { id name } } }')).topPeople;
    expect(top).toHaveLength(10);
    for (let i = 1; i < top.length; i++) {
      const [a, b] = [top[i - 1], top[i]];
      expect(a.score > b.score || (a.score === b.score && a.person.name <= b.person.name)).toBe(true);
    }
    const degree = await cypher('MATCH (p:Person {id: $id}) RETURN COUNT { (p)-[:SPOUSE_OF|PARENT_OF]-() } AS d', {
      id: top[0].person.id,
    });
    expect(top[0].score).toBe(degree.rows[0][0]);
    const higher = await cypher('MATCH (p:Person) WHERE COUNT { (p)-[:SPOUSE_OF|PARENT_OF]-() } > $d RETURN count(p) AS n', {
      d: top[9].score,
    });
    expect(higher.rows[0][0]).toBeLessThan(10);
  });

  it('counts the graph', async () => {
    const data = await t.ok(
      '{ graphStats { people articles events relations spouseEdges parentEdges coMentionPairs evidence } people(first: 0) { totalCount } }',
    );
    const s = data.graphStats;
    expect(s.people).toBe(data.people.totalCount);
    expect(s.relations).toBe(s.spouseEdges + s.parentEdges);
    const check = await cypher('MATCH ()-[r:PARENT_OF]->() RETURN count(r) AS parents');
    expect(s.parentEdges).toBe(check.rows[0][0]);
    expect(s.articles).toBeGreaterThanOrEqual(1);
    expect(s.events).toBeGreaterThanOrEqual(2);
    expect(s.coMentionPairs).toBeGreaterThanOrEqual(1);
    expect(s.evidence).toBeGreaterThan(s.relations);
  });

  it("lists Chrissy Teigen's co-mentioned people, most shared articles first, then by name", async () => {
    const chrissy = (await t.ok('{ person(id: "chrissy-teigen") { coMentioned(first: 10) { articleCount person { name } } } }')).person;
    const names = chrissy.coMentioned.map((c: any) => c.person.name);
    expect(names).toContain('John Legend');
    const keys = chrissy.coMentioned.map((c: any) => [-c.articleCount, c.person.name]);
    expect(keys).toEqual([...keys].sort((a: any, b: any) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)));
    const one = (await t.ok('{ person(id: "chrissy-teigen") { coMentioned(first: 1) { person { name } } } }')).person;
    expect(one.coMentioned).toEqual([{ person: { name: names[0] } }]);
  });

  it('batches coMentioned for a page of people into one query', async () => {
    const res = await t.gql('{ people(first: 20) { edges { node { coMentioned(first: 3) { articleCount } } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.dbQueries).toBe(2); // the page and one batch of co-mentions (no count: totalCount is not asked)
  });

  it('degree of Chrissy Teigen equals her spouses, children, parents and co-mentions', async () => {
    const p = (
      await t.ok(
        '{ person(id: "chrissy-teigen") { spouses { person { id } } children { person { id } } parents { person { id } } coMentioned(first: 100) { person { id } } } }',
      )
    ).person;
    const top = await cypher('MATCH (p:Person {id: "chrissy-teigen"}) RETURN COUNT { (p)-[:SPOUSE_OF|PARENT_OF|CO_MENTIONED]-() } AS d');
    expect(p.spouses.length + p.children.length + p.parents.length + p.coMentioned.length).toBe(top.rows[0][0]);
  });
});

const EXPORT = `query ($id: ID!, $hops: Int, $format: ExportFormat, $maxNodes: Int) {
  exportNeighbourhood(personId: $id, hops: $hops, format: $format, maxNodes: $maxNodes) { format mimeType content nodeCount edgeCount truncated }
}`;

describe('exportNeighbourhood', () => {
  it("exports Chrissy Teigen's neighbourhood as Cytoscape JSON with John Legend and her children", async () => {
    const file = (await t.ok(EXPORT, { id: 'chrissy-teigen', format: 'CYTOSCAPE' })).exportNeighbourhood;
    expect(file.mimeType).toBe('application/json');
    const { elements } = JSON.parse(file.content);
    const labels = elements.nodes.map((n: any) => n.data.label);
    expect(labels).toEqual(expect.arrayContaining(['Chrissy Teigen', 'John Legend', 'Luna Stephens', 'Miles Stephens', 'Jack Stephens']));
    expect(file.nodeCount).toBe(elements.nodes.length);
    expect(file.edgeCount).toBe(elements.edges.length);
    const rel = (s: string, tgt: string) =>
      elements.edges.filter((e: any) => e.data.source === s && e.data.target === tgt).map((e: any) => e.data.relation);
    expect([...rel('chrissy-teigen', 'john-legend'), ...rel('john-legend', 'chrissy-teigen')]).toContain('SPOUSE');
    expect(rel('chrissy-teigen', 'luna-stephens')).toContain('PARENT');
    // edges among the neighbours are included too: John Legend is Luna's parent
    expect(rel('john-legend', 'luna-stephens')).toContain('PARENT');
    expect(file.truncated).toBe(false);
  });

  it('exports GraphML by default and keeps the nearest people under maxNodes', async () => {
    const file = (await t.ok(EXPORT, { id: 'chrissy-teigen', hops: 2, maxNodes: 3 })).exportNeighbourhood;
    expect(file.format).toBe('GRAPHML');
    expect(file.mimeType).toBe('application/graphml+xml');
    expect(file.content.startsWith('<?xml')).toBe(true);
    expect(file.content).toContain('>Chrissy Teigen</data>');
    expect(file.nodeCount).toBe(3);
    expect(file.truncated).toBe(true);
  });

  it('refuses unknown people and out-of-range hops', async () => {
    expect((await t.gql(EXPORT, { id: 'nobody-at-all' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(EXPORT, { id: 'chrissy-teigen', hops: 4 })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'hops',
    });
  });

  it('serves the same file over plain HTTP GET', async () => {
    const db = new Db(t.app.driver, t.app.database);
    const server = http.createServer((req, res) => {
      const route = (req.url ?? '/').split('?')[0];
      if (!isNeighbourhoodExportRoute(route)) return void res.writeHead(404).end();
      handleNeighbourhoodExport(db, req, res).catch(() => res.writeHead(500).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/export/neighbourhood`;
    try {
      const res = await fetch(`${base}/chrissy-teigen?hops=1&format=cytoscape`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="chrissy-teigen-neighbourhood.cyjs"');
      const labels = ((await res.json()) as any).elements.nodes.map((n: any) => n.data.label);
      expect(labels).toContain('John Legend');
      const xml = await fetch(`${base}/chrissy-teigen`);
      expect(xml.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
      expect(await xml.text()).toContain('John Legend');
      expect((await fetch(`${base}/nobody-at-all`)).status).toBe(404);
      const bad = await fetch(`${base}/chrissy-teigen?format=pdf`);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({ error: 'format: must be graphml or cytoscape', code: 'BAD_USER_INPUT' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
