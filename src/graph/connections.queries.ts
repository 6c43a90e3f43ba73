import { Db, Statement } from './run';
import { PersonRecord, toPerson } from './records';
import { shownIn } from './standing';

/** Graph relationship types behind each API relation kind; only these names reach Cypher. */
export const EDGE_TYPES = { SPOUSE: 'SPOUSE_OF', PARENT: 'PARENT_OF', CHILD: 'PARENT_OF', CO_MENTIONED: 'CO_MENTIONED' } as const;
export type EdgeKind = keyof typeof EDGE_TYPES;

export interface PathSearch {
  from: string;
  to: string;
  maxHops: number;
  /** how many shortest paths Neo4j enumerates, shortest first */
  k: number;
  edgeTypes: string[];
  timeoutMs: number;
  /** the standings of the family edges walked (see ./standing.ts); co-mentions have none */
  standings: string[];
}

/** Family edges: what the sources state. A path made only of these is stronger than any with a co-mention. */
export const FAMILY_EDGE_TYPES: readonly string[] = ['SPOUSE_OF', 'PARENT_OF'];

/** A co-mention edge is walked only when it means something (`strong`: see src/ingest/co-mentions.ts). */
const STRONG_ONLY = "type(r) <> 'CO_MENTIONED' OR r.strong = true";

/** A family edge is walked while its standing is one of `$standings` (a rejected one never). */
const SHOWN_ONLY = `type(r) = 'CO_MENTIONED' OR ${shownIn('r')}`;

/**
 * SHORTEST k needs its count and quantifier as literals: they are validated integers and
 * the types come from EDGE_TYPES, never from user text.
 */
function shortestStatement(search: PathSearch): Statement {
  const types = [...new Set(search.edgeTypes)].join('|');
  return {
    name: 'connections.shortest',
    cypher: `
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH p = SHORTEST ${Math.trunc(search.k)} (a)-[r:${types} WHERE (${STRONG_ONLY}) AND (${SHOWN_ONLY})]-{1,${Math.trunc(search.maxHops)}}(b)
RETURN [n IN nodes(p) | n.id] AS ids`,
  };
}

const EDGES_BETWEEN: Statement = {
  name: 'connections.edgesBetween',
  cypher: `
UNWIND $pairs AS pair
MATCH (a:Person {id: pair[0]})-[r:SPOUSE_OF|PARENT_OF|CO_MENTIONED]-(b:Person {id: pair[1]})
WHERE type(r) IN $edgeTypes AND (${STRONG_ONLY}) AND (${SHOWN_ONLY})
RETURN pair[0] AS a, pair[1] AS b, type(r) AS type, startNode(r) = a AS fromA, r.id AS factId, r.articleIds AS articleIds`,
};

const PEOPLE: Statement = {
  name: 'connections.people',
  cypher: 'UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN properties(p) AS p',
};

/** Person-id sequences of the k shortest paths, shortest first; throws TIMEOUT past the time limit. */
export async function findShortestPaths(db: Db, search: PathSearch): Promise<string[][]> {
  const params = { from: search.from, to: search.to, standings: search.standings };
  const result = await db.read(shortestStatement(search), params, { timeoutMs: search.timeoutMs });
  return result.records.map((r) => r.get('ids') as string[]);
}

export interface EdgeRecord {
  a: string;
  b: string;
  type: string;
  /** the relationship runs from a to b (for PARENT_OF: a is the parent) */
  fromA: boolean;
  factId: string | null;
  articleIds: string[];
}

/** Every allowed edge between each pair of people; co-mentions only when strong. */
export async function findEdgesBetween(db: Db, pairs: [string, string][], edgeTypes: string[], standings: string[]): Promise<EdgeRecord[]> {
  if (pairs.length === 0) return [];
  const result = await db.read(EDGES_BETWEEN, { pairs, edgeTypes, standings });
  return result.records.map((r) => ({
    a: r.get('a'),
    b: r.get('b'),
    type: r.get('type'),
    fromA: r.get('fromA'),
    factId: r.get('factId') ?? null,
    articleIds: r.get('articleIds') ?? [],
  }));
}

export async function findPeopleMap(db: Db, ids: string[]): Promise<Map<string, PersonRecord>> {
  const result = await db.read(PEOPLE, { ids });
  return new Map(
    result.records.map((r) => {
      const p = toPerson(r.get('p'));
      return [p.id, p];
    }),
  );
}
