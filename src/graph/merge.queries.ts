import type { EventFact, EventPlan, KinFact, KinPlan, SpouseFact, SpousePlan } from '../editorial/merge-plan';
import { MIN_SHARED_ARTICLES } from '../ingest/co-mentions';
import { setAliasText, strongCoMention } from './ingest.queries';
import { currentPersonId } from './person-ids';
import { Statement, Tx } from './run';

/**
 * The statements of `mergePeople` (src/editorial/merge-people.ts), in the order it runs them,
 * all in one write transaction: read what the two people have, then apply the plan of
 * src/editorial/merge-plan.ts, then retire `from` behind a redirect.
 */
const s = (name: string, cypher: string): Statement => ({ name: `merge.${name}`, cypher });

/** The two people as their ids name them now, locked (a write) in id order; null where none. */
const LOCK_PAIR = s(
  'lockPair',
  `
UNWIND $ids AS asked
${currentPersonId('asked', 'pid')}
OPTIONAL MATCH (p:Person {id: pid})
WITH asked, p ORDER BY p.id
SET p.updatedAt = datetime()
RETURN asked, p.id AS id`,
);

const READ_FACTS = s(
  'readFacts',
  `
MATCH (f:Person {id: $from}), (i:Person {id: $into})
RETURN [(f)-[r:SPOUSE_OF]-(o:Person) | {id: r.id, other: o.id, since: r.since, until: r.until}] AS fromSpouses,
       [(i)-[r:SPOUSE_OF]-(o:Person) | {id: r.id, other: o.id, since: r.since, until: r.until}] AS intoSpouses,
       [(f)-[r:PARENT_OF]->(o:Person) | {id: r.id, other: o.id}] AS fromChildren,
       [(f)<-[r:PARENT_OF]-(o:Person) | {id: r.id, other: o.id}] AS fromParents,
       [(i)-[r:PARENT_OF]->(o:Person) | {id: r.id, other: o.id}] AS intoChildren,
       [(i)<-[r:PARENT_OF]-(o:Person) | {id: r.id, other: o.id}] AS intoParents,
       [(f)-[:PARTICIPATED_IN]->(e:Event) | {id: e.id, kind: e.kind, date: e.date, title: e.title,
          participants: [(p:Person)-[:PARTICIPATED_IN]->(e) | p.id], child: head([(e)-[:INVOLVES_CHILD]->(c:Person) | c.id])}] +
       [(e:Event)-[:INVOLVES_CHILD]->(f) WHERE NOT EXISTS { (f)-[:PARTICIPATED_IN]->(e) } | {id: e.id, kind: e.kind, date: e.date,
          title: e.title, participants: [(p:Person)-[:PARTICIPATED_IN]->(e) | p.id], child: f.id}] AS fromEvents`,
);

/** The evidence and remembered rejections of facts (to re-point them). */
const READ_EVIDENCE = s(
  'readEvidence',
  `
UNWIND $factIds AS fid
CALL (fid) {
  MATCH (v:Evidence {factId: fid})
  RETURN collect({id: v.id, originId: v.originId, factId: fid}) AS evidence
}
CALL (fid) {
  MATCH (x:Rejection {factId: fid})
  RETURN collect({key: x.key, factId: fid}) AS rejections
}
RETURN evidence, rejections`,
);

/** Relations between the two: they would be a person's relation to themself. */
const DROP_FACTS = s(
  'dropFacts',
  `
UNWIND $ids AS fid
CALL (fid) { MATCH ()-[r:SPOUSE_OF {id: fid}]->() DELETE r }
CALL (fid) { MATCH ()-[r:PARENT_OF {id: fid}]->() DELETE r }
CALL (fid) { MATCH (v:Evidence {factId: fid}) DELETE v }
CALL (fid) { MATCH (x:Rejection {factId: fid}) DELETE x }`,
);

const COLLAPSE_SPOUSES = s(
  'collapseSpouses',
  `
UNWIND $rows AS row
MATCH ()-[old:SPOUSE_OF {id: row.old}]->()
DELETE old
WITH row
MATCH ()-[t:SPOUSE_OF {id: row.target}]->()
SET t.since = row.since, t.until = row.until`,
);

/** A marriage of `from` becomes `into`'s, with its id, dates and standing; ends in id order like ingestion writes them. */
const MOVE_SPOUSES = s(
  'moveSpouses',
  `
UNWIND $rows AS row
MATCH ()-[old:SPOUSE_OF {id: row.old}]->()
MATCH (a:Person {id: row.a}), (b:Person {id: row.b})
CREATE (a)-[n:SPOUSE_OF]->(b)
SET n = properties(old)
DELETE old`,
);

const DELETE_KIN = s(
  'deleteKin',
  `
UNWIND $ids AS fid
MATCH ()-[r:PARENT_OF {id: fid}]->()
DELETE r`,
);

const MOVE_KIN = s(
  'moveKin',
  `
UNWIND $rows AS row
MATCH ()-[old:PARENT_OF {id: row.old}]->()
MATCH (p:Person {id: row.parent}), (c:Person {id: row.child})
CREATE (p)-[n:PARENT_OF]->(c)
SET n = properties(old)
DELETE old`,
);

/**
 * Everything else that points at `from` now points at `into`: name keys, mentions (held ones too;
 * a listed `from` makes `into` listed, see ./standing.ts), quotes,
 * event roles, possible-duplicate marks (those between the two are settled and go), and
 * co-mentions, which join `into`'s edge to the same person (ends in id order, article lists
 * united, strength recomputed as ingestion does).
 */
const MOVE_LINKS = s(
  'moveLinks',
  `
MATCH (f:Person {id: $from}), (i:Person {id: $into})
CALL (f, i) { MATCH (k:NameKey)-[r:KEY_OF]->(f) MERGE (k)-[:KEY_OF]->(i) DELETE r }
CALL (f, i) { MATCH (a:Article)-[r:MENTIONS]->(f) MERGE (a)-[:MENTIONS]->(i) DELETE r }
CALL (f, i) { MATCH (a:Article)-[r:HOLDS]->(f) MERGE (a)-[:HOLDS]->(i) DELETE r }
CALL (f, i) { WITH f, i WHERE NOT f:Held REMOVE i:Held }
CALL (f, i) { MATCH (q:Quote)-[r:SAID_BY]->(f) MERGE (q)-[:SAID_BY]->(i) DELETE r }
CALL (f, i) { MATCH (f)-[r:PARTICIPATED_IN]->(e:Event) MERGE (i)-[:PARTICIPATED_IN]->(e) DELETE r }
CALL (f, i) { MATCH (e:Event)-[r:INVOLVES_CHILD]->(f) MERGE (e)-[:INVOLVES_CHILD]->(i) DELETE r }
CALL (f, i) {
  MATCH (f)-[r:POSSIBLE_DUPLICATE]-(o:Person)
  CALL (f, i, r, o) {
    WITH f, i, r, o WHERE o <> i AND startNode(r) = f
    MERGE (i)-[d:POSSIBLE_DUPLICATE]->(o) SET d.articleId = r.articleId, d.reason = r.reason
  }
  CALL (f, i, r, o) {
    WITH f, i, r, o WHERE o <> i AND startNode(r) = o
    MERGE (o)-[d:POSSIBLE_DUPLICATE]->(i) SET d.articleId = r.articleId, d.reason = r.reason
  }
  DELETE r
}
CALL (f, i) {
  MATCH (f)-[c:CO_MENTIONED]-(o:Person)
  CALL (i, o, c) {
    WITH i, o, c WHERE o <> i
    CALL (i, o) {
      WITH i, o WHERE i.id < o.id
      MERGE (i)-[t:CO_MENTIONED]->(o) ON CREATE SET t.articleIds = [], t.nearIds = []
      RETURN t
      UNION
      WITH i, o WHERE i.id > o.id
      MERGE (o)-[t:CO_MENTIONED]->(i) ON CREATE SET t.articleIds = [], t.nearIds = []
      RETURN t
    }
    SET t.articleIds = t.articleIds + [x IN c.articleIds WHERE NOT x IN t.articleIds],
        t.nearIds = coalesce(t.nearIds, []) + [x IN coalesce(c.nearIds, []) WHERE NOT x IN coalesce(t.nearIds, [])]
    SET t.count = size(t.articleIds)
    SET ${strongCoMention('t')}
  }
  DELETE c
}`,
);

/** Renamed events take the id ingestion would give them now (src/editorial/merge-plan.ts planEvents). */
const RENAME_EVENTS = s(
  'renameEvents',
  `
UNWIND $rows AS row
MATCH (e:Event {id: row.old})
SET e.id = row.id`,
);

/** A duplicate event goes into its target: the articles reporting it and the posts marking it move, missing details fill in. */
const FOLD_EVENTS = s(
  'foldEvents',
  `
UNWIND $rows AS row
MATCH (old:Event {id: row.old}), (t:Event {id: row.target})
SET t.platform = coalesce(t.platform, old.platform), t.quote = coalesce(t.quote, old.quote), t.cause = coalesce(t.cause, old.cause)
WITH old, t
CALL (old, t) { MATCH (a:Article)-[:REPORTS]->(old) MERGE (a)-[:REPORTS]->(t) }
CALL (old, t) {
  MATCH (old)-[c:COMMEMORATES]->(x:Event) WHERE x <> t
  MERGE (t)-[n:COMMEMORATES]->(x) ON CREATE SET n.origins = []
  SET n.origins = n.origins + [o IN c.origins WHERE NOT o IN n.origins]
}
CALL (old, t) {
  MATCH (x:Event)-[c:COMMEMORATES]->(old) WHERE x <> t
  MERGE (x)-[n:COMMEMORATES]->(t) ON CREATE SET n.origins = []
  SET n.origins = n.origins + [o IN c.origins WHERE NOT o IN n.origins]
}
DETACH DELETE old`,
);

const RETARGET_EVIDENCE = s(
  'retargetEvidence',
  `
UNWIND $rows AS row
MATCH (v:Evidence {id: row.id})
SET v.id = row.newId, v.factId = row.factId`,
);

const REKEY_REJECTIONS = s(
  'rekeyRejections',
  `
UNWIND $rows AS row
MATCH (x:Rejection {key: row.key})
CALL (x, row) { WITH x, row WHERE row.newKey IS NULL DELETE x }
CALL (x, row) { WITH x, row WHERE row.newKey IS NOT NULL SET x.key = row.newKey, x.factId = row.factId }`,
);

/**
 * `into` keeps its name and takes `from`'s names as aliases and any detail it lacks, and what
 * an editor set on either stays set (editorFields, removedKeys: see update-person.queries.ts); `from`
 * goes, leaving a redirect (and earlier redirects to it now lead to `into`). Returns what still
 * points at `from`: the merge refuses to delete a person with links it did not move.
 */
const RETIRE = s(
  'retire',
  `
MATCH (f:Person {id: $from}), (i:Person {id: $into})
WITH f, i, [a IN [f.name] + coalesce(f.aliases, []) WHERE a <> i.name] AS offered
SET i.aliases = reduce(acc = coalesce(i.aliases, []), a IN offered | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    i.description = coalesce(i.description, f.description),
    i.birthDate = coalesce(i.birthDate, f.birthDate),
    i.deathDate = coalesce(i.deathDate, f.deathDate),
    i.editedAt = coalesce(i.editedAt, f.editedAt),
    i.editorFields = coalesce(i.editorFields, []) + [x IN coalesce(f.editorFields, []) WHERE NOT x IN coalesce(i.editorFields, [])],
    i.removedKeys = [k IN coalesce(i.removedKeys, []) + [x IN coalesce(f.removedKeys, []) WHERE NOT x IN coalesce(i.removedKeys, [])]
                     WHERE NOT EXISTS { (:NameKey {key: k})-[:KEY_OF]->(i) }]
${setAliasText('i')}
WITH f, i, COUNT { (f)--() } AS left
CALL (f, i, left) {
  WITH f, i WHERE left = 0
  MERGE (m:MergedPerson {id: f.id}) SET m.into = i.id, m.at = datetime()
  WITH f, i
  OPTIONAL MATCH (earlier:MergedPerson {into: f.id})
  SET earlier.into = i.id
}
CALL (f, left) { WITH f WHERE left = 0 DELETE f }
RETURN left`,
);

export interface MergeFacts {
  fromSpouses: SpouseFact[];
  intoSpouses: SpouseFact[];
  fromKin: { children: KinFact[]; parents: KinFact[] };
  intoKin: { children: KinFact[]; parents: KinFact[] };
  fromEvents: EventFact[];
}

/** Per asked id, the id of the person it names now (null: nobody); both are locked. */
export async function lockPair(tx: Tx, ids: [string, string]): Promise<Map<string, string | null>> {
  const result = await tx.run(LOCK_PAIR, { ids });
  return new Map(result.records.map((r) => [r.get('asked') as string, r.get('id') as string | null]));
}

export async function readMergeFacts(tx: Tx, from: string, into: string): Promise<MergeFacts> {
  const r = (await tx.run(READ_FACTS, { from, into })).records[0];
  return {
    fromSpouses: r.get('fromSpouses'),
    intoSpouses: r.get('intoSpouses'),
    fromKin: { children: r.get('fromChildren'), parents: r.get('fromParents') },
    intoKin: { children: r.get('intoChildren'), parents: r.get('intoParents') },
    fromEvents: r.get('fromEvents'),
  };
}

export async function readEvidenceOf(
  tx: Tx,
  factIds: string[],
): Promise<{ evidence: { id: string; originId: string; factId: string }[]; rejections: { key: string; factId: string }[] }> {
  if (factIds.length === 0) return { evidence: [], rejections: [] };
  const result = await tx.run(READ_EVIDENCE, { factIds: [...new Set(factIds)] });
  return {
    evidence: result.records.flatMap((r) => r.get('evidence')),
    rejections: result.records.flatMap((r) => r.get('rejections')),
  };
}

/** Applies the relation plans: drops, collapses and moves of spouse and parent links. */
export async function applyRelationPlans(tx: Tx, spouses: SpousePlan, kin: KinPlan): Promise<void> {
  const dropped = [...spouses.drop, ...kin.drop];
  if (dropped.length > 0) await tx.run(DROP_FACTS, { ids: dropped });
  if (spouses.collapse.length > 0) await tx.run(COLLAPSE_SPOUSES, { rows: spouses.collapse });
  if (spouses.move.length > 0) await tx.run(MOVE_SPOUSES, { rows: spouses.move });
  if (kin.collapse.length > 0) await tx.run(DELETE_KIN, { ids: kin.collapse.map((c) => c.old) });
  if (kin.move.length > 0) await tx.run(MOVE_KIN, { rows: kin.move });
}

export async function moveLinks(tx: Tx, from: string, into: string): Promise<void> {
  await tx.run(MOVE_LINKS, { from, into, minShared: MIN_SHARED_ARTICLES });
}

/** Renames first, so that folds find their targets under their final ids. */
export async function applyEventPlan(tx: Tx, plan: EventPlan): Promise<void> {
  if (plan.rename.length > 0) await tx.run(RENAME_EVENTS, { rows: plan.rename });
  if (plan.fold.length > 0) await tx.run(FOLD_EVENTS, { rows: plan.fold });
}

export async function retargetEvidence(
  tx: Tx,
  evidence: { id: string; newId: string; factId: string }[],
  rejections: { key: string; newKey: string | null; factId: string }[],
): Promise<void> {
  if (evidence.length > 0) await tx.run(RETARGET_EVIDENCE, { rows: evidence });
  if (rejections.length > 0) await tx.run(REKEY_REJECTIONS, { rows: rejections });
}

/** Retires `from` (see RETIRE); returns how many links were left on it (0: done). */
export async function retire(tx: Tx, from: string, into: string): Promise<number> {
  const left = (await tx.run(RETIRE, { from, into })).records[0]?.get('left');
  return typeof left === 'number' ? left : Number(left);
}
