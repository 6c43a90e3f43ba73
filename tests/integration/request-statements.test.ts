import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { inventedSurname, testDriver } from '../helpers/graph';

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

const SHOWN = "r.standing IN ['ACCEPTED', 'PROPOSED']";
type Named = { id: string; kids?: Named[] };

/** The answer read straight from the graph, level by level, in the API's orders (children oldest first, spouses earliest first). */
async function treeFromGraph(id: string, kinds: ('children' | 'spouses')[]): Promise<Named> {
  if (kinds.length === 0) return { id };
  const [kind, ...rest] = kinds;
  const cypher =
    kind === 'children'
      ? `MATCH (:Person {id: $id})-[r:PARENT_OF]->(o:Person) WHERE ${SHOWN} RETURN o.id AS id ORDER BY coalesce(o.birthDate, '9999'), o.name`
      : `MATCH (:Person {id: $id})-[r:SPOUSE_OF]-(o:Person) WHERE ${SHOWN} RETURN o.id AS id ORDER BY coalesce(r.since, ''), o.name`;
  const ids = (await driver.executeQuery(cypher, { id })).records.map((r) => r.get('id') as string);
  return { id, kids: await Promise.all(ids.map((k) => treeFromGraph(k, rest))) };
}

/** The API's answer in the same shape. */
function treeFromApi(p: any, kinds: string[]): Named {
  if (kinds.length === 0) return { id: p.id };
  const [kind, ...rest] = kinds;
  return { id: p.id, kids: p[kind].map((l: any) => treeFromApi(l.person, rest)) };
}

const nest = (kinds: string[]): string => (kinds.length === 0 ? 'id' : `id ${kinds[0]} { person { ${nest(kinds.slice(1))} } }`);
const size = (n: Named): number => 1 + (n.kids ?? []).reduce((sum, k) => sum + size(k), 0);

describe('statements per request stay bounded by the depth of the query', () => {
  it('W3, person → children → spouses → children: 2 statements in 1 transaction, the answer of the graph', async () => {
    const kinds = ['children', 'spouses', 'children'] as const;
    const res = await t.gql(`{ person(id: "christian-ix-of-denmark") { ${nest([...kinds])} } }`);
    expect(res.errors).toBeUndefined();
    const expected = await treeFromGraph('christian-ix-of-denmark', [...kinds]);
    expect(size(expected)).toBeGreaterThan(20); // the reference data holds his descendants' marriages
    expect(treeFromApi(res.data!.person, [...kinds])).toEqual(expected);
    expect(res.dbQueries).toBe(2); // the person, then one family statement for all three levels (was 4)
    expect(res.dbTransactions).toBe(1);
  });

  it('five levels of children: the read-ahead reaches three, the fifth level is one more statement', async () => {
    const kinds = ['children', 'children', 'children', 'children', 'children'] as const;
    const res = await t.gql(`{ person(id: "christian-ix-of-denmark") { ${nest([...kinds])} } }`);
    expect(res.errors).toBeUndefined();
    expect(treeFromApi(res.data!.person, [...kinds])).toEqual(await treeFromGraph('christian-ix-of-denmark', [...kinds]));
    expect(res.dbQueries).toBe(3);
    expect(res.dbTransactions).toBe(1);
  });

  it('a family field without family below it reads ahead nothing: W1 is the person and one family batch', async () => {
    const res = await t.gql(
      '{ person(id: "chrissy-teigen") { spouses { person { id } } children { person { id } } parents { person { id } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.person.children.length).toBeGreaterThan(0);
    expect(res.dbQueries).toBe(2);
    expect(res.dbTransactions).toBe(1);
  });

  it('connections: endpoints, paths, edges and people in one statement; evidence one more', async () => {
    const ask = (selection: string) =>
      t.gql(`{ connections(from: "mickey-rooney", to: "woody-allen", maxHops: 6, first: 1) { ${selection} } }`);
    const people = await ask('people { id }');
    expect(people.errors).toBeUndefined();
    expect(people.data!.connections[0].people.map((p: any) => p.id)).toEqual([
      'mickey-rooney',
      'ava-gardner',
      'frank-sinatra',
      'mia-farrow',
      'ronan-farrow',
      'woody-allen',
    ]);
    expect(people.dbQueries).toBe(1);
    const evidence = await ask('length hops { relation evidence { source } }');
    expect(evidence.errors).toBeUndefined();
    expect(evidence.data!.connections[0].hops.map((h: any) => h.relation)).toEqual(['SPOUSE', 'SPOUSE', 'SPOUSE', 'PARENT', 'CHILD']);
    expect(evidence.dbQueries).toBe(2);
  });
});

describe('one read transaction per query; mutations keep their own', () => {
  it('every root field of a query reads in the same transaction', async () => {
    const res = await t.gql(
      '{ a: person(id: "chrissy-teigen") { name spouses { person { name } } } people { totalCount } searchPeople(text: "Mia Farrow", first: 1) { person { id } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.dbQueries).toBe(4);
    expect(res.dbTransactions).toBe(1);
  });

  it('a mutation writes in a write transaction and reads what it wrote in transactions of their own', async () => {
    const surname = inventedSurname();
    const input = {
      url: `https://statements.example/${surname.toLowerCase()}`,
      title: `${surname} wedding`,
      publishedAt: '2025-05-01T00:00:00Z',
      people: [
        { ref: 'a', name: `Ilse ${surname}` },
        { ref: 'b', name: `Tomas ${surname}` },
      ],
      relations: [{ from: 'a', to: 'b', kind: 'SPOUSE' }],
    };
    const res = await t.gql(
      'mutation($input: ArticleInput!) { ingestArticle(input: $input) { relationsCreated article { mentions { name spouses { person { name } } } } } }',
      { input },
      EDITOR_KEY,
    );
    expect(res.errors).toBeUndefined();
    const mentions = res.data!.ingestArticle.article.mentions;
    expect(mentions.map((m: any) => m.spouses.map((s: any) => s.person.name))).toEqual(
      expect.arrayContaining([[`Tomas ${surname}`], [`Ilse ${surname}`]]),
    );
    // the write transaction, then the reads of the answer each alone (article, mentions, family): none shared
    expect(res.dbTransactions).toBe(4);
  });
});
