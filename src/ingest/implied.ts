import { NEvent, NormalizedFacts, NRelation } from './validate';

/**
 * Relations an event states by itself, as data: a wedding of two people says they are
 * spouses from its date; a birth with named parents says each is a parent of the child.
 * The relation carries the event's own quote and confidence, so it passes or fails the
 * same confidence rules the event did.
 */
interface ImpliedRule {
  id: string;
  kind: string;
  relations: (e: NEvent) => Omit<NRelation, 'quote' | 'confidence' | 'rule' | 'held'>[];
}

export const IMPLIED_RULES: ImpliedRule[] = [
  {
    id: 'implied/marriage-spouses',
    kind: 'MARRIAGE',
    relations: (e) =>
      e.participants.length === 2 ? [{ kind: 'SPOUSE', from: e.participants[0], to: e.participants[1], since: e.date, until: null }] : [],
  },
  {
    id: 'implied/divorce-ends-marriage',
    kind: 'DIVORCE',
    relations: (e) =>
      e.participants.length === 2 ? [{ kind: 'SPOUSE', from: e.participants[0], to: e.participants[1], since: null, until: e.date }] : [],
  },
  {
    id: 'implied/birth-parents',
    kind: 'BIRTH',
    relations: (e) =>
      e.child === null
        ? []
        : e.participants
            .filter((p) => p !== e.child)
            .map((p) => ({ kind: 'PARENT' as const, from: p, to: e.child!, since: null, until: null })),
  },
];

/**
 * The input's relations with what its events imply: a relation the facts already state (same
 * kind and pair, and for spouses a start date that agrees) is not added again, but takes the
 * end date a divorce gives it; the rest merge with stored ones by pair and date.
 */
export function withImpliedRelations(facts: Pick<NormalizedFacts, 'events' | 'relations'>): NRelation[] {
  const all = facts.relations.map((r) => ({ ...r }));
  const known = new Map<string, NRelation[]>();
  const remember = (r: NRelation) => known.set(pairOf(r), [...(known.get(pairOf(r)) ?? []), r]);
  all.forEach(remember);
  for (const event of facts.events) {
    for (const rule of IMPLIED_RULES.filter((x) => x.kind === event.kind)) {
      for (const r of rule.relations(event)) {
        const implied: NRelation = {
          ...r,
          quote: event.quote ?? event.title,
          confidence: event.confidence,
          rule: event.rule && rule.id,
          held: event.held,
        };
        const stated = latestFirst((known.get(pairOf(implied)) ?? []).filter((s) => sinceAgrees(s, implied) && before(s, implied)))[0];
        if (stated) {
          // a held divorce does not end a shown marriage: it waits for review with its event
          if (!implied.held || stated.held) stated.until ??= implied.until;
          continue;
        }
        all.push(implied);
        remember(implied);
      }
    }
  }
  return all;
}

/** Spouses are a pair either way round; a parent link has a direction. */
function pairOf(r: NRelation): string {
  const ends = r.kind === 'SPOUSE' ? [r.from, r.to].sort() : [r.from, r.to];
  return `${r.kind}\u0000${ends.join('\u0000')}`;
}

/** A divorce ends a marriage that began before it, not a later remarriage of the same pair. */
function before(stated: NRelation, implied: NRelation): boolean {
  return !implied.until || !stated.since || stated.since <= implied.until;
}

function latestFirst(relations: NRelation[]): NRelation[] {
  return [...relations].sort((x, y) => (y.since ?? '').localeCompare(x.since ?? ''));
}

function sinceAgrees(x: NRelation, y: NRelation): boolean {
  return !x.since || !y.since || x.since.startsWith(y.since) || y.since.startsWith(x.since);
}

/** Only the relations the events add (those the facts do not already state). */
export function impliedRelations(facts: Pick<NormalizedFacts, 'events' | 'relations'>): NRelation[] {
  return withImpliedRelations(facts).slice(facts.relations.length);
}
