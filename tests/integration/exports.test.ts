import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYST_KEY, startTestApp, TestApp } from '../helpers/app';

/** Exports of the seed graph for scripts/check-exports.py (networkx, igraph), run by .ci/run after npm test. */
const OUT = path.resolve(__dirname, '..', '..', '.ci-exports');

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.app.stop();
});

const cypher = async (query: string, params?: unknown) =>
  (await t.ok('query ($q: String!, $p: JSON) { runCypher(query: $q, params: $p) { rows } }', { q: query, p: params }, ANALYST_KEY))
    .runCypher.rows as unknown[][];

const NEIGHBOURHOOD = 'query ($f: ExportFormat) { exportNeighbourhood(personId: "chrissy-teigen", hops: 1, format: $f) { content } }';
const CONNECTIONS =
  'query ($f: ExportFormat) { exportConnections(from: "mickey-rooney", to: "woody-allen", maxHops: 6, first: 1, format: $f) { content } }';

interface CyEdge {
  data: { source: string; target: string; relation: string; evidenceCount: number; symmetric: boolean };
}
const cyEdges = async (query: string): Promise<CyEdge[]> =>
  JSON.parse(Object.values(await t.ok(query, { f: 'CYTOSCAPE' }))[0].content).elements.edges;

describe('exports of the seed graph', () => {
  it('writes GraphML and Cytoscape files of a neighbourhood and of a path for the python check', async () => {
    mkdirSync(OUT, { recursive: true });
    const files: Record<string, [string, string]> = {
      'neighbourhood.graphml': [NEIGHBOURHOOD, 'GRAPHML'],
      'neighbourhood.cyjs': [NEIGHBOURHOOD, 'CYTOSCAPE'],
      'connections.graphml': [CONNECTIONS, 'GRAPHML'],
      'connections.cyjs': [CONNECTIONS, 'CYTOSCAPE'],
    };
    for (const [name, [query, format]] of Object.entries(files)) {
      const content = (Object.values(await t.ok(query, { f: format }))[0] as { content: string }).content;
      expect(content.length).toBeGreaterThan(100);
      writeFileSync(path.join(OUT, name), content);
    }
  });

  it('names relations as the GraphQL enum RelationKind does', async () => {
    const kinds = (await t.ok('{ __type(name: "RelationKind") { enumValues { name } } }')).__type.enumValues.map(
      (v: { name: string }) => v.name,
    );
    const used = new Set([...(await cyEdges(NEIGHBOURHOOD)), ...(await cyEdges(CONNECTIONS))].map((e) => e.data.relation));
    expect([...used].sort()).toEqual(['CO_MENTIONED', 'PARENT', 'SPOUSE']);
    for (const relation of used) expect(kinds).toContain(relation);
  });

  it('points parent edges parent -> child and counts the evidence of each edge as the graph holds it', async () => {
    const edges = await cyEdges(NEIGHBOURHOOD);
    const parent = edges.find(
      (e) => e.data.source === 'chrissy-teigen' && e.data.target === 'luna-stephens' && e.data.relation === 'PARENT',
    )!;
    expect(parent.data.symmetric).toBe(false);
    expect(edges.some((e) => e.data.source === 'luna-stephens' && e.data.target === 'chrissy-teigen')).toBe(false);
    // every family edge against the Evidence nodes of its fact; one of them has several (a real count, not a constant)
    const family = edges
      .filter((e) => e.data.relation !== 'CO_MENTIONED')
      .map((e) => [e.data.relation === 'PARENT' ? 'PARENT_OF' : 'SPOUSE_OF', e.data.source, e.data.target, e.data.evidenceCount]);
    const held = await cypher(
      `UNWIND $edges AS e MATCH (a:Person {id: e[1]})-[r]->(b:Person {id: e[2]}) WHERE type(r) = e[0]
      RETURN e[0], a.id, b.id, COUNT { (v:Evidence {factId: r.id}) } ORDER BY a.id, b.id`,
      { edges: family },
    );
    const byIds = (rows: unknown[][]) => [...rows].sort((x, y) => `${x[1]}${x[2]}`.localeCompare(`${y[1]}${y[2]}`));
    expect(byIds(family)).toEqual(byIds(held));
    expect(Math.max(...family.map((f) => f[3] as number))).toBeGreaterThan(1);
    const co = edges.find((e) => e.data.relation === 'CO_MENTIONED')!;
    const [[articles]] = await cypher('MATCH (:Person {id: $a})-[c:CO_MENTIONED]-(:Person {id: $b}) RETURN size(c.articleIds)', {
      a: co.data.source,
      b: co.data.target,
    });
    expect(co.data.symmetric).toBe(true);
    expect(co.data.evidenceCount).toBe(articles);
    // a path's hops count their evidence too (the CHILD hop of the path is written as PARENT)
    const path = await cyEdges(CONNECTIONS);
    expect(path.length).toBe(5);
    expect(path.every((e) => e.data.evidenceCount > 0)).toBe(true);
  });
});
