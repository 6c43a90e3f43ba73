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
  relations: (e: NEvent) => Omit<NRelation, 'quote' | 'confidence'>[];
}

export const IMPLIED_RULES: ImpliedRule[] = [
  {
    id: 'implied/marriage-spouses',
    kind: 'MARRIAGE',
    relations: (e) =>
      e.participants.length === 2 ? [{ kind: 'SPOUSE', from: e.participants[0], to: e.participants[1], since: e.date, until: null }] : [],
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
 * The relations the events imply, minus those the facts already state (same kind and pair,
 * and for spouses a start date that agrees); the rest merge with stored ones by pair and date.
 */
export function impliedRelations(facts: Pick<NormalizedFacts, 'events' | 'relations'>): NRelation[] {
  const known = new Map<string, NRelation[]>();
  const remember = (r: NRelation) => known.set(pairOf(r), [...(known.get(pairOf(r)) ?? []), r]);
  facts.relations.forEach(remember);
  const out: NRelation[] = [];
  for (const event of facts.events) {
    for (const rule of IMPLIED_RULES.filter((x) => x.kind === event.kind)) {
      for (const r of rule.relations(event)) {
        const implied: NRelation = { ...r, quote: event.quote ?? event.title, confidence: event.confidence };
        if ((known.get(pairOf(implied)) ?? []).some((s) => sinceAgrees(s, implied))) continue;
        out.push(implied);
        remember(implied);
      }
    }
  }
  return out;
}

/** Spouses are a pair either way round; a parent link has a direction. */
function pairOf(r: NRelation): string {
  const ends = r.kind === 'SPOUSE' ? [r.from, r.to].sort() : [r.from, r.to];
  return `${r.kind}\u0000${ends.join('\u0000')}`;
}

function sinceAgrees(x: NRelation, y: NRelation): boolean {
  return !x.since || !y.since || x.since.startsWith(y.since) || y.since.startsWith(x.since);
}
