/**
 * What merging person `from` into person `into` does to their facts, decided in pure functions
 * (src/graph/merge.queries.ts applies it in one transaction). Facts that become duplicates
 * collapse into one and keep all their evidence; a fact between the two becomes a relation of
 * a person with themself and is dropped with its evidence.
 */
import { eventKey } from '../ingest/ingest';

export interface SpouseFact {
  id: string;
  other: string;
  since: string | null;
  until: string | null;
}

/** A parent or child link of one of the two: `other` is the child (or the parent). */
export interface KinFact {
  id: string;
  other: string;
}

export interface EventFact {
  id: string;
  kind: string;
  date: string | null;
  title: string;
  participants: string[];
  child: string | null;
}

export interface SpousePlan {
  /** facts between the two: deleted with their evidence */
  drop: string[];
  /** `from`'s marriages that are one of `into`'s: the target takes the more precise dates */
  collapse: { old: string; target: string; since: string | null; until: string | null }[];
  /** `from`'s other marriages, re-attached to `into` (a, b: the ends in id order) */
  move: { old: string; a: string; b: string }[];
}

/** As UPSERT_SPOUSES in ingest.queries.ts: "2013" and "2013-09-14" are one wedding, an unknown date joins any. */
const sameWedding = (x: string | null, y: string | null): boolean => x === null || y === null || x.startsWith(y) || y.startsWith(x);

const preciser = (x: string | null, y: string | null): string | null => ((y?.length ?? 0) > (x?.length ?? 0) ? y : x);

export function planSpouses(into: string, fromFacts: SpouseFact[], intoFacts: SpouseFact[]): SpousePlan {
  const plan: SpousePlan = { drop: [], collapse: [], move: [] };
  const targets = intoFacts.map((f) => ({ ...f }));
  for (const f of fromFacts) {
    if (f.other === into) {
      plan.drop.push(f.id);
      continue;
    }
    const t = targets.find((x) => x.other === f.other && sameWedding(x.since, f.since));
    if (!t) {
      const [a, b] = [into, f.other].sort();
      plan.move.push({ old: f.id, a, b });
      targets.push({ ...f });
      continue;
    }
    t.since = preciser(t.since, f.since);
    t.until = preciser(t.until, f.until);
    plan.collapse.push({ old: f.id, target: t.id, since: t.since, until: t.until });
  }
  // a later collapse can refine a target an earlier one already wrote: the last dates win
  const last = new Map(plan.collapse.map((c) => [c.target, c]));
  plan.collapse = plan.collapse.map((c) => ({ ...c, since: last.get(c.target)!.since, until: last.get(c.target)!.until }));
  return plan;
}

export interface KinPlan {
  drop: string[];
  collapse: { old: string; target: string }[];
  move: { old: string; parent: string; child: string }[];
}

/** `from`'s children and parents: one link per parent and child, none between the two. */
export function planKin(
  into: string,
  fromKin: { children: KinFact[]; parents: KinFact[] },
  intoKin: { children: KinFact[]; parents: KinFact[] },
): KinPlan {
  const plan: KinPlan = { drop: [], collapse: [], move: [] };
  const side = (mine: KinFact[], theirs: KinFact[], link: (other: string) => { parent: string; child: string }) => {
    for (const f of mine) {
      const target = theirs.find((t) => t.other === f.other);
      if (f.other === into) plan.drop.push(f.id);
      else if (target) plan.collapse.push({ old: f.id, target: target.id });
      else plan.move.push({ old: f.id, ...link(f.other) });
    }
  };
  side(fromKin.children, intoKin.children, (child) => ({ parent: into, child }));
  side(fromKin.parents, intoKin.parents, (parent) => ({ parent, child: into }));
  return plan;
}

export interface EventPlan {
  /** events folded into another: their links and evidence move to `into`, then they go */
  fold: { old: string; target: string }[];
  /** events that keep existing under the id their new participants give them */
  rename: { old: string; id: string }[];
}

/**
 * `from`'s events with `into` in its place get the id ingestion would give them now (eventKey),
 * so that re-ingesting an article finds them; two that get one id are one event. `existing`:
 * which of the new ids are events already (into's own).
 */
export function planEvents(from: string, into: string, fromEvents: EventFact[], existing: ReadonlySet<string>): EventPlan {
  const plan: EventPlan = { fold: [], rename: [] };
  const survivors = new Map<string, string>(); // new id -> the event that carries it
  for (const e of [...fromEvents].sort((x, y) => (x.id < y.id ? -1 : 1))) {
    const id = rekeyed(from, into, e);
    const carrier = survivors.get(id) ?? (existing.has(id) && id !== e.id ? id : undefined);
    if (carrier) plan.fold.push({ old: e.id, target: carrier });
    else {
      survivors.set(id, e.id);
      if (id !== e.id) plan.rename.push({ old: e.id, id });
    }
  }
  // folds onto a survivor that is renamed later target it by its final id
  const finalId = new Map(plan.rename.map((r) => [r.old, r.id]));
  plan.fold = plan.fold.map((f) => ({ ...f, target: finalId.get(f.target) ?? f.target }));
  return plan;
}

/** The id ingestion gives `from`'s event once `into` stands in for `from`. */
export function rekeyed(from: string, into: string, e: EventFact): string {
  const participants = [...new Set(e.participants.map((p) => (p === from ? into : p)))];
  return eventKey(e.kind, e.date, participants, e.child === from ? into : e.child, e.title);
}

export interface EvidenceRow {
  id: string;
  originId: string;
  factId: string;
}

/**
 * Evidence of a fact that changed id follows it, and takes the id ingestion would give it
 * (origin|fact) unless another piece already has it: then both stay, and the next ingestion
 * of that origin sweeps the stale one.
 */
export function planEvidence(
  rows: EvidenceRow[],
  renamed: ReadonlyMap<string, string>,
  keptIds: ReadonlySet<string>,
): { id: string; newId: string; factId: string }[] {
  const taken = new Set(keptIds);
  return rows.flatMap((v) => {
    const factId = renamed.get(v.factId);
    if (!factId) return [];
    const wanted = `${v.originId}|${factId}`;
    const newId = taken.has(wanted) ? v.id : wanted;
    taken.add(newId);
    return [{ id: v.id, newId, factId }];
  });
}

/**
 * Remembered rejections (key: fact|quote) follow their fact too; one that the target fact
 * already remembers for the same quote is dropped (newKey null).
 */
export function planRejections(
  rows: { key: string; factId: string }[],
  renamed: ReadonlyMap<string, string>,
): { key: string; newKey: string | null; factId: string }[] {
  const taken = new Set(rows.filter((x) => !renamed.has(x.factId)).map((x) => x.key));
  return rows.flatMap((x) => {
    const factId = renamed.get(x.factId);
    if (!factId) return [];
    const newKey = factId + x.key.slice(x.factId.length);
    const kept = taken.has(newKey) ? null : newKey;
    if (kept) taken.add(kept);
    return [{ key: x.key, newKey: kept, factId }];
  });
}
