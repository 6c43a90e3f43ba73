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
 * between them, every allowed edge between consecutive people of those paths, and, when
 * asked, the people on them (W7 of the benchmark: 1 statement, was 4). SHORTEST k needs its
 * count and quantifier as literals: they are validated integers and the types come from
 * EDGE_TYPES, never from user text.
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
  RETURN collect(nodes(p)) AS paths
}
CALL (paths) {
  UNWIND paths AS path
  UNWIND range(0, size(path) - 2) AS i
  WITH DISTINCT path[i] AS x, path[i + 1] AS y
  MATCH (x)-[r:SPOUSE_OF|PARENT_OF|CO_MENTIONED]-(y)
  WHERE type(r) IN $edgeTypes AND (${STRONG_ONLY}) AND (${SHOWN_ONLY})
  RETURN collect({a: x.id, b: y.id, type: type(r), fromA: startNode(r) = x, factId: r.id, articleIds: r.articleIds}) AS edges
}
RETURN fromId, toId, a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, [path IN paths | [n IN path | n.id]] AS ids, edges${
      withPeople ? ', [n IN reduce(all = [], path IN paths | all + path) | properties(n)] AS people' : ''
    }`,
  };
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

export interface PathsFound {
  /** the endpoints' current ids (a merged id names the person it went into), null when there is no such person */
  from: string | null;
  to: string | null;
  /** person-id sequences of the k shortest paths, shortest first */
  sequences: string[][];
  /** every allowed edge between consecutive people of those paths; co-mentions only when strong */
  edges: EdgeRecord[];
  /** the people on the paths, when asked for */
  people: Map<string, PersonRecord>;
}

/** The paths of a search, their edges and (withPeople) their people, in one statement; throws TIMEOUT past the time limit. */
export async function findPaths(db: Db, search: PathSearch, withPeople: boolean): Promise<PathsFound> {
  const params = { from: search.from, to: search.to, standings: search.standings, edgeTypes: [...new Set(search.edgeTypes)] };
  const row = (await db.read(pathsStatement(search, withPeople), params, { timeoutMs: search.timeoutMs })).records[0];
  type EdgeRow = Omit<EdgeRecord, 'factId' | 'articleIds'> & { factId?: string | null; articleIds?: string[] | null };
  const people = withPeople ? (row.get('people') as Record<string, unknown>[]).map(toPerson) : [];
  return {
    from: row.get('fromFound') ? (row.get('fromId') as string) : null,
    to: row.get('toFound') ? (row.get('toId') as string) : null,
    sequences: row.get('ids') as string[][],
    edges: (row.get('edges') as EdgeRow[]).map((e) => ({ ...e, factId: e.factId ?? null, articleIds: e.articleIds ?? [] })),
    people: new Map(people.map((p) => [p.id, p])),
  };
}
