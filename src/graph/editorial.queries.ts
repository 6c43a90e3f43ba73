import { randomUUID } from 'node:crypto';
import { Db, Statement, Tx } from './run';
import { EvidenceRecord, toEvidence } from './records';
import { toNumber } from './values';
import { refreshStanding } from './ingest.queries';
import { UNDECIDED } from './standing';

const s = (name: string, cypher: string): Statement => ({ name: `editorial.${name}`, cypher });

/** Undecided evidence (held included), least confident first, id breaking ties; `after` is the [confidence, id] of the last one seen. */
const REVIEW_QUEUE = s(
  'reviewQueue',
  `
MATCH (v:Evidence) WHERE v.status IN $undecided
  AND ($after IS NULL OR v.confidence > $after[0] OR (v.confidence = $after[0] AND v.id > $after[1]))
WITH v ORDER BY v.confidence, v.id LIMIT toInteger($limit)
RETURN properties(v) AS v`,
);

const COUNT_QUEUE = s('countQueue', 'MATCH (v:Evidence) WHERE v.status IN $undecided RETURN count(v) AS n');

/**
 * Sets the decision on the evidence and, for a rejection, remembers it by fact and quote: a
 * later ingestion of the same words for the same fact, from this url or another, writes its
 * evidence as REJECTED (ingest.queries.ts EVIDENCE_SET). Accepting lifts such a rejection.
 */
const DECIDE = s(
  'decide',
  `
MATCH (v:Evidence {id: $id})
SET v.status = CASE $decision WHEN 'ACCEPT' THEN 'ACCEPTED' ELSE 'REJECTED' END,
    v.decision = $decision, v.decidedAt = datetime()
WITH v, v.factId + '|' + coalesce(v.quote, '') AS key
CALL (v, key) {
  WITH v, key WHERE $decision = 'REJECT'
  MERGE (x:Rejection {key: key})
  ON CREATE SET x.evidenceId = v.id, x.factId = v.factId, x.at = datetime(), x.reason = $reason
}
CALL (key) {
  WITH key WHERE $decision = 'ACCEPT'
  OPTIONAL MATCH (x:Rejection {key: key})
  DELETE x
}
RETURN properties(v) AS v`,
);

const LOG_ACTION = s(
  'logAction',
  `
CREATE (x:EditorialAction {id: $id, at: datetime(), action: $action, actor: $actor, target: $target, reason: $reason})`,
);

/** Newest first, id breaking ties; `after` is the [at, id] of the last one seen. */
const EDITORIAL_LOG = s(
  'log',
  `
MATCH (x:EditorialAction)
WHERE $after IS NULL OR x.at < datetime($after[0]) OR (x.at = datetime($after[0]) AND x.id < $after[1])
WITH x ORDER BY x.at DESC, x.id DESC LIMIT toInteger($limit)
RETURN x {.id, .action, .actor, .target, .reason, at: toString(x.at)} AS x`,
);

const COUNT_LOG = s('countLog', 'MATCH (x:EditorialAction) RETURN count(x) AS n');

/** What editors can do; part of the contract's EditorialAction.action. */
export type EditorialActionKind = 'REVIEW_ACCEPT' | 'REVIEW_REJECT' | 'RETRACT_ARTICLE' | 'MERGE_PEOPLE' | 'UPDATE_PERSON';

export interface EditorialEntry {
  action: EditorialActionKind;
  /** the key's name, or its fingerprint (src/config.ts) */
  actor: string;
  /** the id of the evidence, article or person acted on */
  target: string;
  reason: string | null;
}

export interface EditorialActionRecord extends EditorialEntry {
  id: string;
  /** ISO date-time with the store's full precision: the cursor keeps it exactly */
  at: string;
}

/** Proposed evidence, least confident first. */
export async function listReviewQueue(db: Db, after: unknown[] | null, limit: number): Promise<EvidenceRecord[]> {
  const result = await db.read(REVIEW_QUEUE, { after, limit, undecided: UNDECIDED });
  return result.records.map((r) => toEvidence(r.get('v')));
}

export async function countReviewQueue(db: Db): Promise<number> {
  return toNumber((await db.read(COUNT_QUEUE, { undecided: UNDECIDED })).records[0].get('n'));
}

/**
 * Accepts or rejects one piece of evidence, recomputes its fact's standing and logs the
 * action, in one write transaction; null (and nothing written) when no evidence has the id.
 */
export async function decideEvidence(
  db: Db,
  decision: 'ACCEPT' | 'REJECT',
  id: string,
  actor: string,
  reason: string | null,
): Promise<EvidenceRecord | null> {
  return db.writeTx(async (tx) => {
    const row = (await tx.run(DECIDE, { id, decision, reason })).records[0];
    if (!row) return null;
    const evidence = toEvidence(row.get('v'));
    await refreshStanding(tx, [evidence.factId]);
    await logEditorialAction(tx, { action: decision === 'ACCEPT' ? 'REVIEW_ACCEPT' : 'REVIEW_REJECT', actor, target: id, reason });
    return evidence;
  });
}

/** Records one editorial action in the caller's transaction, so that it commits or rolls back with the change. */
export async function logEditorialAction(tx: Tx, entry: EditorialEntry): Promise<void> {
  await tx.run(LOG_ACTION, { id: randomUUID(), ...entry });
}

/** Editorial actions, newest first. */
export async function listEditorialLog(db: Db, after: unknown[] | null, limit: number): Promise<EditorialActionRecord[]> {
  const result = await db.read(EDITORIAL_LOG, { after, limit });
  return result.records.map((r) => {
    const x = r.get('x') as Record<string, unknown>;
    return {
      id: String(x.id),
      at: String(x.at),
      action: x.action as EditorialActionKind,
      actor: String(x.actor),
      target: String(x.target),
      reason: x.reason === null || x.reason === undefined ? null : String(x.reason),
    };
  });
}

export async function countEditorialLog(db: Db): Promise<number> {
  return toNumber((await db.read(COUNT_LOG)).records[0].get('n'));
}
