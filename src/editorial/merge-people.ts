import { AppError, BadInputError } from '../errors';
import { logEditorialAction } from '../graph/editorial.queries';
import { findExistingEventIds, refreshStanding } from '../graph/ingest.queries';
import * as q from '../graph/merge.queries';
import { Db } from '../graph/run';
import { planEvents, planEvidence, planKin, planRejections, planSpouses, rekeyed } from './merge-plan';

export interface MergeRequest {
  from: string;
  into: string;
  actor: string;
  reason: string;
}

/**
 * Merges two records of one person in one write transaction: every relation, event role,
 * mention, quote, name key, co-mention and piece of evidence of `from` moves to `into`,
 * duplicate facts collapse (./merge-plan.ts), and `from` is left as a redirect to `into`.
 * Returns the id of the merged person. Merging a pair again (a client's retry) changes nothing. The two are locked first, in id order, as an
 * ingestion locks the people it writes; an ingestion that resolved `from` before the merge
 * committed finds it gone once it holds its locks, and runs again (src/ingest/ingest.ts).
 */
export async function mergePeople(db: Db, request: MergeRequest): Promise<string> {
  if (request.from === request.into) throw new BadInputError('into', 'a person cannot be merged into themself');
  return db.writeTx(async (tx) => {
    const now = await q.lockPair(tx, [request.from, request.into]);
    for (const [field, asked] of [
      ['from', request.from],
      ['into', request.into],
    ] as const)
      if (!now.get(asked)) throw new AppError('NOT_FOUND', `no person with id "${asked}"`, { field });
    const [from, into] = [now.get(request.from)!, now.get(request.into)!];
    if (from === into) return into; // merged already: a retried request succeeds and changes nothing

    const facts = await q.readMergeFacts(tx, from, into);
    const spouses = planSpouses(into, facts.fromSpouses, facts.intoSpouses);
    const kin = planKin(into, facts.fromKin, facts.intoKin);
    const existing = await findExistingEventIds(
      tx,
      facts.fromEvents.map((e) => rekeyed(from, into, e)),
    );
    const events = planEvents(from, into, facts.fromEvents, existing);
    const renamed = new Map<string, string>([
      ...spouses.collapse.map((c) => [c.old, c.target] as const),
      ...kin.collapse.map((c) => [c.old, c.target] as const),
      ...events.rename.map((r) => [r.old, r.id] as const),
      ...events.fold.map((f) => [f.old, f.target] as const),
    ]);
    const targets = [...new Set(renamed.values())];
    const held = await q.readEvidenceOf(tx, [...renamed.keys(), ...targets]);

    await q.applyRelationPlans(tx, spouses, kin);
    await q.moveLinks(tx, from, into);
    await q.applyEventPlan(tx, events);
    const kept = new Set(held.evidence.filter((v) => !renamed.has(v.factId)).map((v) => v.id));
    await q.retargetEvidence(tx, planEvidence(held.evidence, renamed, kept), planRejections(held.rejections, renamed));
    // edges moved onto `into` keep their ids, so `into` is recounted by name
    await refreshStanding(tx, targets, [into]);

    const left = await q.retire(tx, from, into);
    if (left > 0) throw new AppError('INTERNAL_SERVER_ERROR', `merge left ${left} links on "${from}"; nothing was changed`);
    await logEditorialAction(tx, { action: 'MERGE_PEOPLE', actor: request.actor, target: from, reason: request.reason });
    return into;
  });
}
