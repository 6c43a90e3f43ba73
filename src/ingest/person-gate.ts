/**
 * Which people of an input are written. A person with no confidence (curated input) always is; one with a
 * confidence is written when it reaches PERSON_MIN_CONFIDENCE, or when they take part in a relation or an event
 * of the input, or speak one of its quotes (at SPEAKER_MIN_CONFIDENCE or more): a stated fact about someone is
 * evidence that they are someone.
 */

/**
 * 0.8: a full name with a given name the lexicon knows scores 0.85 with no cue, so it passes unless one cue says
 * title, group, firm or place (every such cue weighs 0.2 or more); an unknown full name (0.65) or a one-word name
 * (0.6) needs a person cue. On the labelled sets (eval/labels, 238 articles) this threshold keeps most labelled
 * people and drops most extra names; see `people written` in scripts/evaluate-extraction.ts.
 */
export const PERSON_MIN_CONFIDENCE = 0.8;

/**
 * 0.3: a quote is weaker evidence of a person than a relation or an event: "a Ladbrokes spokesman said" gives
 * the quote to the firm. Of the 11 quote-only speakers of the 548 shared articles that scored below 0.3, 10 were
 * not people ("Police", "Sky", "Muse"); below this, the quote is kept without its speaker.
 */
export const SPEAKER_MIN_CONFIDENCE = 0.3;

interface GatePerson {
  ref: string;
  confidence?: number | null;
}

export interface GateFacts {
  people: GatePerson[];
  relations?: { from: string; to: string }[] | null;
  events?: { participants: string[]; child?: string | null }[] | null;
  quotes?: { speaker?: string | null }[] | null;
}

/** The refs of the people to write (see the module comment); the others are dropped with one warning. */
export function peopleToWrite(facts: GateFacts, warnings: string[]): Set<string> {
  const stated = new Set<string>();
  for (const r of facts.relations ?? []) stated.add(r.from).add(r.to);
  for (const e of facts.events ?? []) {
    e.participants.forEach((p) => stated.add(p));
    if (e.child) stated.add(e.child);
  }
  const confidence = new Map(facts.people.map((p) => [p.ref, p.confidence]));
  const speaks = (ref: string) => {
    const c = confidence.get(ref);
    return c === null || c === undefined || c >= SPEAKER_MIN_CONFIDENCE;
  };
  for (const q of facts.quotes ?? []) if (q.speaker && speaks(q.speaker)) stated.add(q.speaker);
  const keep = facts.people.filter(
    (p) => p.confidence === null || p.confidence === undefined || p.confidence >= PERSON_MIN_CONFIDENCE || stated.has(p.ref),
  );
  const dropped = facts.people.length - keep.length;
  if (dropped > 0)
    warnings.push(
      `${dropped} name(s) below person confidence ${PERSON_MIN_CONFIDENCE}, in no relation, event or quote, were not written as people`,
    );
  return new Set(keep.map((p) => p.ref));
}

/**
 * The facts with only the people to write: those dropped are in no relation or event, so every ref still
 * resolves; a quote whose speaker is not written stays, unattributed.
 */
export function withWrittenPeople<F extends GateFacts>(facts: F, warnings: string[]): F {
  const written = peopleToWrite(facts, warnings);
  const quotes = facts.quotes?.map((q) => (q.speaker && !written.has(q.speaker) ? { ...q, speaker: null } : q));
  return { ...facts, people: facts.people.filter((p) => written.has(p.ref)), ...(quotes ? { quotes } : {}) };
}
