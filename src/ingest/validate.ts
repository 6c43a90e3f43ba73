import { BadInputError } from '../errors';
import { requirePartialDate } from '../dates/partial-date';
import { nameKey } from './keys';
import { EventIn, PersonIn, QuoteIn, RelationIn } from './types';

export const EVENT_KINDS = [
  'BIRTH',
  'DEATH',
  'MARRIAGE',
  'DIVORCE',
  'PREGNANCY_ANNOUNCEMENT',
  'PREGNANCY_LOSS',
  'ANNIVERSARY_POST',
  'SOCIAL_POST',
  'ESSAY',
  'STATEMENT',
  'OTHER',
] as const;
const EVENT_KIND_SET: ReadonlySet<string> = new Set(EVENT_KINDS);

export interface NPerson {
  ref: string;
  id: string | null;
  name: string;
  aliases: string[];
  keys: string[];
  description: string | null;
  birthDate: string | null;
  deathDate: string | null;
  /** how sure an extractor was that this is a person; null for curated input */
  confidence: number | null;
  /** named only by held facts (see ./from-text) */
  held: boolean;
}

export interface NRelation {
  kind: 'SPOUSE' | 'PARENT';
  /** for PARENT: the parent */
  from: string;
  to: string;
  since: string | null;
  until: string | null;
  quote: string | null;
  confidence: number;
  /** the extraction rule that read it from text; null for curated input */
  rule: string | null;
  /** stored for review and shown by no read (see ./from-text) */
  held: boolean;
}

export interface NEvent {
  ref: string;
  kind: string;
  title: string;
  date: string | null;
  participants: string[];
  child: string | null;
  platform: string | null;
  commemorates: string | null;
  quote: string | null;
  cause: string | null;
  confidence: number;
  /** the extraction rule that read it from text; null for curated input */
  rule: string | null;
  /** stored for review and shown by no read (see ./from-text) */
  held: boolean;
}

export interface NQuote {
  speaker: string | null;
  text: string;
}

export interface NormalizedFacts {
  people: NPerson[];
  relations: NRelation[];
  events: NEvent[];
  quotes: NQuote[];
}

export interface FactsIn {
  people: PersonIn[];
  relations?: RelationIn[] | null;
  events?: EventIn[] | null;
  quotes?: QuoteIn[] | null;
}

/** Checks every field and returns the facts in one canonical form; throws BAD_USER_INPUT naming the field. */
export function normalizeFacts(input: FactsIn, at: string): NormalizedFacts {
  const people = input.people.map((p, i) => normalizePerson(p, `${at}.people[${i}]`));
  const refs = uniqueRefs(
    people.map((p) => p.ref),
    `${at}.people`,
    'ref',
  );
  const events = (input.events ?? []).map((e, i) => normalizeEvent(e, i, refs, `${at}.events[${i}]`));
  uniqueRefs(
    events.map((e) => e.ref),
    `${at}.events`,
    'ref',
  );
  return {
    people,
    relations: (input.relations ?? []).map((r, i) => normalizeRelation(r, refs, `${at}.relations[${i}]`)),
    events,
    quotes: (input.quotes ?? []).map((q, i) => normalizeQuote(q, refs, `${at}.quotes[${i}]`)),
  };
}

function normalizePerson(p: PersonIn, at: string): NPerson {
  const { name, aliases, keys } = normalizeNames(p.name, p.aliases ?? [], at);
  const ref = requireText(p.ref, `${at}.ref`);
  const birthDate = optionalDate(p.birthDate, `${at}.birthDate`);
  const deathDate = optionalDate(p.deathDate, `${at}.deathDate`);
  if (isBefore(deathDate, birthDate)) throw new BadInputError(`${at}.deathDate`, 'is before birthDate');
  return {
    ref,
    id: p.id?.trim() || null,
    name,
    aliases,
    keys,
    description: optionalText(p.description),
    birthDate,
    deathDate,
    confidence: p.confidence === null || p.confidence === undefined ? null : confidence(p.confidence, `${at}.confidence`),
    held: p.held === true,
  };
}

/**
 * A person's name and aliases as they are stored: trimmed, aliases without blanks, repeats or
 * the name itself; `keys` the name keys of all of them, the name's first. `at` is the person's
 * path; an empty name, or one with no letter or digit anywhere, is BAD_USER_INPUT at `${at}.name`.
 */
export function normalizeNames(rawName: string | null | undefined, rawAliases: readonly string[], at: string) {
  const name = requireText(rawName, `${at}.name`);
  const aliases = [...new Set(rawAliases.map((a) => a.trim()).filter((a) => a && a !== name))];
  const keys = [...new Set([name, ...aliases].map(nameKey).filter(Boolean))];
  if (keys.length === 0) throw new BadInputError(`${at}.name`, 'must contain a letter or digit');
  return { name, aliases, keys };
}

/** A free text such as a description: trimmed, and null when blank. */
export function optionalText(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

/**
 * Whether partial date `date` is before `other`; false when either is missing, and when one
 * contains the other ("2019" is not before "2019-06": the same year may be the same day).
 */
export function isBefore(date: string | null, other: string | null): boolean {
  return !!date && !!other && date < other && !other.startsWith(date);
}

function normalizeRelation(r: RelationIn, refs: ReadonlySet<string>, at: string): NRelation {
  if (r.kind === 'CO_MENTIONED') throw new BadInputError(`${at}.kind`, 'CO_MENTIONED is derived from mentions and cannot be ingested');
  const from = requireRef(r.from, refs, `${at}.from`);
  const to = requireRef(r.to, refs, `${at}.to`);
  if (from === to) throw new BadInputError(`${at}.to`, 'a person cannot be related to themself');
  const since = optionalDate(r.since, `${at}.since`);
  const until = optionalDate(r.until, `${at}.until`);
  if (isBefore(until, since)) throw new BadInputError(`${at}.until`, 'is before since');
  if (r.kind !== 'SPOUSE' && (since || until)) throw new BadInputError(`${at}.since`, 'only spouse relations have since/until');
  const flip = r.kind === 'CHILD';
  return {
    kind: r.kind === 'SPOUSE' ? 'SPOUSE' : 'PARENT',
    from: flip ? to : from,
    to: flip ? from : to,
    since,
    until,
    quote: r.quote?.trim() || null,
    confidence: confidence(r.confidence, `${at}.confidence`),
    rule: r.rule ?? null,
    held: r.held === true,
  };
}

function normalizeEvent(e: EventIn, index: number, refs: ReadonlySet<string>, at: string): NEvent {
  if (!EVENT_KIND_SET.has(e.kind)) throw new BadInputError(`${at}.kind`, `unknown event kind "${e.kind}"`);
  const participants = [...new Set(e.participants.map((p, i) => requireRef(p, refs, `${at}.participants[${i}]`)))];
  return {
    ref: e.ref?.trim() || `#event${index}`,
    kind: e.kind,
    title: requireText(e.title, `${at}.title`),
    date: optionalDate(e.date, `${at}.date`),
    participants,
    child: e.child ? requireRef(e.child, refs, `${at}.child`) : null,
    platform: e.platform?.trim() || null,
    commemorates: e.commemorates?.trim() || null,
    quote: e.quote?.trim() || null,
    cause: e.cause?.trim() || null,
    confidence: confidence(e.confidence, `${at}.confidence`),
    rule: e.rule ?? null,
    held: e.held === true,
  };
}

function normalizeQuote(q: QuoteIn, refs: ReadonlySet<string>, at: string): NQuote {
  return {
    speaker: q.speaker ? requireRef(q.speaker, refs, `${at}.speaker`) : null,
    text: requireText(q.text, `${at}.text`),
  };
}

function uniqueRefs(refs: string[], at: string, field: string): ReadonlySet<string> {
  const seen = new Set<string>();
  refs.forEach((ref, i) => {
    if (seen.has(ref)) throw new BadInputError(`${at}[${i}].${field}`, `duplicate ref "${ref}"`);
    seen.add(ref);
  });
  return seen;
}

function requireText(value: string | null | undefined, at: string): string {
  const text = value?.trim();
  if (!text) throw new BadInputError(at, 'must not be empty');
  return text;
}

function requireRef(ref: string, refs: ReadonlySet<string>, at: string): string {
  if (!refs.has(ref)) throw new BadInputError(at, `unknown person ref "${ref}"`);
  return ref;
}

/** A partial date in its iso form; null when missing or blank, BAD_USER_INPUT at `at` when not a date. */
export function optionalDate(value: string | null | undefined, at: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requirePartialDate(value, at);
}

function confidence(value: number | null | undefined, at: string): number {
  if (value === null || value === undefined) return 1;
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new BadInputError(at, `${value} is outside 0..1`);
  return value;
}
