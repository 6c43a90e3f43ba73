import { DatasetIn, EventIn, RelationIn } from '../ingest/types';

/** A dataset relation as the reference JSON holds it: a marriage may say how it ended. */
export type DatasetRelationIn = RelationIn & { endCause?: string | null };

/**
 * The timeline events a reference dataset states by its dates, as data (rule id -> event):
 * a person's birth date is a BIRTH (the person is both participant and child, as for a
 * birth worked out from an age); a marriage's start date is a MARRIAGE; the end date of a
 * marriage ended by divorce is a DIVORCE. Undated facts make no event. Each event quotes
 * the dataset line it comes from, with its confidence, so Evidence reads the same as the
 * relation's; ids come from eventKey (kind, date, participants), so an article reporting
 * the same wedding adds its evidence to this one event.
 */
export function referenceEvents(dataset: Pick<DatasetIn, 'people' | 'relations'>): EventIn[] {
  const names = new Map(dataset.people.map((p) => [p.ref, p.name]));
  const births: EventIn[] = dataset.people
    .filter((p) => p.birthDate)
    .map((p) => ({
      ref: `birth:${p.ref}`,
      kind: 'BIRTH',
      title: `Birth: ${p.name}`,
      date: p.birthDate,
      participants: [p.ref],
      child: p.ref,
      quote: `${p.name}, born ${p.birthDate}`,
      confidence: 1,
    }));
  const couples = (dataset.relations as DatasetRelationIn[]).filter((r) => r.kind === 'SPOUSE');
  const couple = (r: DatasetRelationIn) => `${names.get(r.from)} and ${names.get(r.to)}`;
  const marriages: EventIn[] = couples
    .filter((r) => r.since)
    .map((r) => ({
      ref: `marriage:${r.from}:${r.to}:${r.since}`,
      kind: 'MARRIAGE',
      title: `Marriage: ${couple(r)}`,
      date: r.since,
      participants: [r.from, r.to],
      quote: r.quote,
      confidence: r.confidence,
    }));
  const divorces: EventIn[] = couples
    .filter((r) => r.until && r.endCause === 'divorce')
    .map((r) => ({
      ref: `divorce:${r.from}:${r.to}:${r.until}`,
      kind: 'DIVORCE',
      title: `Divorce: ${couple(r)}`,
      date: r.until,
      participants: [r.from, r.to],
      quote: r.quote,
      confidence: r.confidence,
    }));
  const byRef = new Map([...births, ...marriages, ...divorces].map((e) => [e.ref!, e]));
  return [...byRef.values()];
}
