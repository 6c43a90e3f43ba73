import { Db, Statement, Tx } from './run';
import { toNumber } from './values';
import { evidenceShown, personShown, shown } from './standing';
import { currentPersonId } from './person-ids';

/** Co-mentions have no evidence and so no standing; family edges show while not rejected. */
const SHOWN_EDGE = `(type(r) = 'CO_MENTIONED' OR ${shown('r')})`;

const s = (name: string, cypher: string): Statement => ({ name: `neighbourhood.${name}`, cypher });

const PERSON_PROPS = 'p {.id, .name, .description, .birthDate, .deathDate}';

const START = s(
  'start',
  `${currentPersonId('$id', 'pid')} MATCH (p:Person {id: pid}) WHERE ${personShown('p')} RETURN ${PERSON_PROPS} AS p`,
);

/** The next ring out, nearest rings are kept whole first; within a ring, by name. */
const NEXT_RING = s(
  'ring',
  `
UNWIND $frontier AS id
MATCH (:Person {id: id})-[r:SPOUSE_OF|PARENT_OF|CO_MENTIONED]-(p:Person)
WHERE NOT p.id IN $seen AND ${SHOWN_EDGE}
WITH DISTINCT p ORDER BY p.name, p.id LIMIT toInteger($room)
RETURN ${PERSON_PROPS} AS p`,
);

const EDGES = s(
  'edges',
  `
UNWIND $ids AS id
MATCH (a:Person {id: id})-[r:SPOUSE_OF|PARENT_OF|CO_MENTIONED]->(b:Person)
WHERE b.id IN $ids AND ${SHOWN_EDGE}
RETURN a.id AS source, b.id AS target, type(r) AS type, r.id AS id, r.since AS since, r.until AS until,
       CASE type(r) WHEN 'CO_MENTIONED' THEN coalesce(r.count, 0) ELSE COUNT { (v:Evidence {factId: r.id}) WHERE ${evidenceShown('v')} } END AS evidenceCount
ORDER BY source, target, type`,
);

export interface NeighbourRecord {
  id: string;
  name: string;
  description: string | null;
  birthDate: string | null;
  deathDate: string | null;
  /** rings out from the start person: 0 for the start */
  hop: number;
}

export interface NeighbourEdgeRecord {
  id: string | null;
  source: string;
  target: string;
  type: 'SPOUSE_OF' | 'PARENT_OF' | 'CO_MENTIONED';
  since: string | null;
  until: string | null;
  /** Evidence nodes of a family fact; articles naming both people, for CO_MENTIONED */
  evidenceCount: number;
}

export interface NeighbourhoodRecord {
  people: NeighbourRecord[];
  edges: NeighbourEdgeRecord[];
  /** more people were within reach than maxNodes */
  truncated: boolean;
}

/**
 * People within `hops` spouse/parent/co-mention edges of a person (the start included, at
 * most `maxNodes`) and the edges among them; null when the person does not exist. One
 * read transaction, one statement per ring: breadth-first, so a cap drops the farthest.
 */
export async function findNeighbourhood(db: Db, id: string, hops: number, maxNodes: number): Promise<NeighbourhoodRecord | null> {
  return db.readTx(async (tx) => {
    const start = (await tx.run(START, { id })).records[0];
    if (!start) return null;
    const people: NeighbourRecord[] = [{ ...toNeighbour(start.get('p')), hop: 0 }];
    let frontier = [people[0].id];
    let truncated = false;
    for (let hop = 1; hop <= hops && frontier.length > 0; hop++) {
      const room = maxNodes - people.length;
      const ring = await nextRing(
        tx,
        frontier,
        people.map((p) => p.id),
        room,
      );
      truncated = ring.length > room;
      const kept = ring.slice(0, room).map((p) => ({ ...p, hop }));
      people.push(...kept);
      frontier = kept.map((p) => p.id);
      if (truncated) break;
    }
    const edges = (await tx.run(EDGES, { ids: people.map((p) => p.id) })).records.map((r) => ({
      id: r.get('id') as string | null,
      source: r.get('source') as string,
      target: r.get('target') as string,
      type: r.get('type') as NeighbourEdgeRecord['type'],
      since: r.get('since') as string | null,
      until: r.get('until') as string | null,
      evidenceCount: toNumber(r.get('evidenceCount')),
    }));
    return { people, edges, truncated };
  });
}

/** One more than there is room for, so the caller knows whether the ring was cut. */
async function nextRing(tx: Tx, frontier: string[], seen: string[], room: number): Promise<Omit<NeighbourRecord, 'hop'>[]> {
  return (await tx.run(NEXT_RING, { frontier, seen, room: room + 1 })).records.map((r) => toNeighbour(r.get('p')));
}

function toNeighbour(p: Record<string, unknown>): Omit<NeighbourRecord, 'hop'> {
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: String(p.id),
    name: String(p.name),
    description: str(p.description),
    birthDate: str(p.birthDate),
    deathDate: str(p.deathDate),
  };
}
