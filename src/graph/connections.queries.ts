import { Db, Statement } from './run';
import { PersonRecord, toPerson } from './records';
import { shownIn } from './standing';
import { currentPersonId } from './person-ids';

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
 * One statement for a search: the endpoints (through merge redirects), the k shortest paths
 * between them with the edge each hop took, and, when asked, the people on them (W7 of the
 * benchmark: 1 statement, was 4). Looking up every edge between consecutive people here too
 * (a CALL over the pairs) doubled the cold planning time (about 5 s against 2.5 s at load 37,
 * past the 5 s PATH_TIMEOUT_MS), so that lookup stays its own statement, sent only when a
 * search includes co-mentions (see findEdgesBetween). SHORTEST k needs its count and
 * quantifier as literals: they are validated integers and the types come from EDGE_TYPES,
 * never from user text.
 */
function pathsStatement(search: PathSearch, withPeople: boolean): Statement {
  const types = [...new Set(search.edgeTypes)].join('|');
  return {
    name: withPeople ? 'connections.pathsWithPeople' : 'connections.paths',
    cypher: `
${currentPersonId('$from', 'fromId')}
${currentPersonId('$to', 'toId')}
OPTIONAL MATCH (a:Person {id: fromId})
OPTIONAL MATCH (b:Person {id: toId})
CALL (a, b) {
  OPTIONAL MATCH p = SHORTEST ${Math.trunc(search.k)} (a)-[r:${types} WHERE (${STRONG_ONLY}) AND (${SHOWN_ONLY})]-{1,${Math.trunc(search.maxHops)}}(b)
  WHERE a <> b
  RETURN collect(p) AS paths
}
RETURN fromId, toId, a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
  [p IN paths | [n IN nodes(p) | n.id]] AS ids,
  [p IN paths | [r IN relationships(p) | {a: startNode(r).id, b: endNode(r).id, type: type(r), factId: r.id, articleIds: r.articleIds}]] AS hops${
    withPeople ? ', [n IN reduce(all = [], p IN paths | all + nodes(p)) | properties(n)] AS people' : ''
  }`,
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

export interface EdgeRecord {
  a: string;
  b: string;
  type: string;
  /** the relationship runs from a to b (for PARENT_OF: a is the parent) */
  fromA: boolean;
  factId: string | null;
  articleIds: string[];
}

export interface PathsFound {
  /** the endpoints' current ids (a merged id names the person it went into), null when there is no such person */
  from: string | null;
  to: string | null;
  /** person-id sequences of the k shortest paths, shortest first */
  sequences: string[][];
  /** the edge each hop of those paths took */
  edges: EdgeRecord[];
  /** the people on the paths, when asked for */
  people: Map<string, PersonRecord>;
}

type EdgeRow = { a: string; b: string; type: string; fromA?: boolean; factId?: string | null; articleIds?: string[] | null };
const toEdge = (e: EdgeRow): EdgeRecord => ({
  a: e.a,
  b: e.b,
  type: e.type,
  fromA: e.fromA ?? true,
  factId: e.factId ?? null,
  articleIds: e.articleIds ?? [],
});

/** The paths of a search, their edges and (withPeople) their people, in one statement; throws TIMEOUT past the time limit. */
export async function findPaths(db: Db, search: PathSearch, withPeople: boolean): Promise<PathsFound> {
  const params = { from: search.from, to: search.to, standings: search.standings };
  const row = (await db.read(pathsStatement(search, withPeople), params, { timeoutMs: search.timeoutMs })).records[0];
  const people = withPeople ? (row.get('people') as Record<string, unknown>[]).map(toPerson) : [];
  return {
    from: row.get('fromFound') ? (row.get('fromId') as string) : null,
    to: row.get('toFound') ? (row.get('toId') as string) : null,
    sequences: row.get('ids') as string[][],
    edges: (row.get('hops') as EdgeRow[][]).flat().map(toEdge),
    people: new Map(people.map((p) => [p.id, p])),
  };
}

/** Every allowed edge between each pair of people; co-mentions only when strong. */
export async function findEdgesBetween(db: Db, pairs: [string, string][], edgeTypes: string[], standings: string[]): Promise<EdgeRecord[]> {
  if (pairs.length === 0) return [];
  const result = await db.read(EDGES_BETWEEN, { pairs, edgeTypes, standings });
  return result.records.map((r) =>
    toEdge({
      a: r.get('a'),
      b: r.get('b'),
      type: r.get('type'),
      fromA: r.get('fromA'),
      factId: r.get('factId'),
      articleIds: r.get('articleIds'),
    }),
  );
}
