import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { startTestApp, TestApp } from '../helpers/app';
import { testDriver } from '../helpers/graph';
import { encodeCursor } from '../../src/pagination';
import { LIST_PEOPLE } from '../../src/graph/person.queries';

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

const PAGE = `query($first: Int, $after: String) { people(first: $first, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;

type Plan = { dbHits?: number; operatorType: string; children: Plan[] };
const hits = (p: Plan): number => (p.dbHits ?? 0) + p.children.reduce((sum, c) => sum + hits(c), 0);
const operators = (p: Plan): string[] => [p.operatorType.replace(/@.*$/, ''), ...p.children.flatMap(operators)];

describe('people: keyset pages by (name, id)', () => {
  it('pages in the order a direct ORDER BY name, id gives, across names shared by several people', async () => {
    const direct = await driver.executeQuery('MATCH (p:Person) RETURN p.id AS id ORDER BY p.name, p.id LIMIT 150');
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: any = (await t.ok(PAGE, { first: 30, after })).people;
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(direct.records.map((r) => r.get('id')));

    // a cursor inside a run of one name (two people of one label) continues with that name's next id
    const shared = await driver.executeQuery(
      'MATCH (p:Person) WITH p.name AS name, collect(p.id) AS ids WHERE size(ids) >= 2 RETURN name, ids ORDER BY name LIMIT 1',
    );
    const name = shared.records[0].get('name') as string;
    const ids = [...(shared.records[0].get('ids') as string[])].sort();
    const next = (await t.ok(PAGE, { first: 2, after: encodeCursor([name, ids[0]]) })).people;
    const expected = await driver.executeQuery(
      'MATCH (p:Person) WHERE p.name > $name OR (p.name = $name AND p.id > $id) RETURN p.id AS id ORDER BY p.name, p.id LIMIT 2',
      { name, id: ids[0] },
    );
    expect(next.edges.map((e: any) => e.node.id)).toEqual(expected.records.map((r) => r.get('id')));
    expect(next.edges[0].node.id).toBe(ids[1]);
  });

  it('a deep page costs the db hits of the first: index seeks in order, no label scan', async () => {
    const deep = await driver.executeQuery('MATCH (p:Person) RETURN p.name AS name, p.id AS id ORDER BY p.name, p.id SKIP 12000 LIMIT 1');
    const profile = async (name: string, id: string) =>
      (await driver.executeQuery(`PROFILE ${LIST_PEOPLE.cypher}`, { name, id, limit: 21 })).summary.profile as unknown as Plan;
    const first = await profile('', '');
    const later = await profile(deep.records[0].get('name'), deep.records[0].get('id'));
    expect(operators(first)).not.toContain('NodeByLabelScan');
    expect(operators(first)).toContain('NodeIndexSeek');
    expect(Math.abs(hits(later) - hits(first))).toBeLessThanOrEqual(10);
    expect(hits(first)).toBeLessThan(500); // the seed graph holds 17,595 people: a scan is > 50,000
  });

  it('sends only the statements the selection needs', async () => {
    const cases: [string, number][] = [
      ['{ people { totalCount } }', 1],
      ['{ people(first: 0) { totalCount edges { cursor } } }', 1],
      ['{ people(first: 3) { edges { node { id } } } }', 1],
      ['{ people(first: 3) { ...count } } fragment count on PersonConnection { totalCount }', 1],
      ['{ people(first: 0) { pageInfo { hasNextPage } } }', 1],
      ['{ people(first: 3) { totalCount pageInfo { hasNextPage } edges { node { id } } } }', 2],
    ];
    for (const [query, statements] of cases) {
      const res = await t.gql(query);
      expect(res.errors, query).toBeUndefined();
      expect(res.dbQueries, query).toBe(statements);
    }
    const both = (await t.ok('{ people(first: 3) { totalCount edges { node { id } } } }')).people;
    expect(both.totalCount).toBeGreaterThan(17_000);
    expect(both.edges).toHaveLength(3);
    expect((await t.ok('{ people(first: 0) { pageInfo { hasNextPage } } }')).people.pageInfo.hasNextPage).toBe(true);
  });

  it('a person with spouses, children and parents is 2 statements: the person and one family batch', async () => {
    const query = `{ person(id: "bertrand-russell") {
      spouses { person { name } } children { person { name } } parents { person { name } } } }`;
    const res = await t.gql(query);
    expect(res.errors).toBeUndefined();
    expect(res.dbQueries).toBe(2);
    const russell = res.data!.person;
    expect(russell.spouses.length).toBeGreaterThanOrEqual(3); // four marriages in the reference data
    expect(russell.children.length).toBeGreaterThan(0);
    expect(russell.parents.length).toBeGreaterThan(0);
    // each list as before: the family batch answers every field alike, in its own order
    const direct = await driver.executeQuery(
      `MATCH (:Person {id: 'bertrand-russell'})-[r:SPOUSE_OF]-(o:Person) WHERE r.standing IN ['ACCEPTED', 'PROPOSED']
       RETURN o.name AS name ORDER BY coalesce(r.since, ''), o.name`,
    );
    expect(russell.spouses.map((x: any) => x.person.name)).toEqual(direct.records.map((r) => r.get('name')));
    const narrowed = await t.gql(
      `{ person(id: "bertrand-russell") { spouses { since { iso } } accepted: spouses(acceptedOnly: true) { since { iso } } } }`,
    );
    expect(narrowed.dbQueries).toBe(3); // one family batch per argument set
  });
});
