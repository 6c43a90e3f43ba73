import { Statement, Tx } from './run';
import { shown } from './standing';

const s = (name: string, cypher: string): Statement => ({ name: `relationCounts.${name}`, cypher });

/** Cypher: the stated relations `p` has, the score topPeople ranks by (analysis.queries.ts). */
export const RELATIONS_OF = (p: string): string => `COUNT { (${p})-[r:SPOUSE_OF|PARENT_OF]-() WHERE ${shown('r')} }`;

/**
 * `p.relations` is RELATIONS_OF(p), kept on the person so that topPeople reads the index
 * person_relations instead of counting every person's edges (1M people: a full scan per
 * request). Every write that shows, hides, creates or deletes a family edge ends with this
 * statement for the edge's two people: refreshStanding passes the facts it refreshed (the
 * edges still there) and the people whose edges went (sweep, merge).
 */
const REFRESH_RELATION_COUNTS = s(
  'refresh',
  `
CALL () {
  UNWIND $factIds AS fid
  MATCH (a:Person)-[:SPOUSE_OF {id: fid}]->(b:Person)
  RETURN a, b
  UNION
  UNWIND $factIds AS fid
  MATCH (a:Person)-[:PARENT_OF {id: fid}]->(b:Person)
  RETURN a, b
  UNION
  UNWIND $ids AS id
  MATCH (a:Person {id: id})
  RETURN a, a AS b
}
UNWIND [a, b] AS p
WITH DISTINCT p
SET p.relations = ${RELATIONS_OF('p')}`,
);

/** Recounts `relations` of the people at either end of these facts, and of these people. */
export async function refreshRelationCounts(tx: Tx, factIds: readonly string[], personIds: readonly string[] = []): Promise<void> {
  if (factIds.length === 0 && personIds.length === 0) return;
  await tx.run(REFRESH_RELATION_COUNTS, { factIds, ids: [...new Set(personIds)] });
}

/** A store written before the count existed, or a bulk load (bench/scale/load.ts): people without it get it. */
export const BACKFILL_RELATION_COUNTS = s('backfill', `MATCH (p:Person) WHERE p.relations IS NULL SET p.relations = ${RELATIONS_OF('p')}`);
