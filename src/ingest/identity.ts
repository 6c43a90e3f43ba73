/**
 * When a mention is an existing person: the rules, as data, that decide a match is safe.
 * A name of one token ("Jack", "Kim") stays in its article, but for stage names and family
 * first names (./name-variants); a full name matches a person with that name or alias unless
 * the dates contradict it, and of several namesakes the one the article's family confirms is
 * meant; with none, a confirmed married or middle-name variant (./name-variants). Otherwise a
 * new person is written, beside a record of the possible duplicate for an editor.
 */
import { slugify } from './keys';

/** A person already in the graph under the mention's name key. */
export interface Candidate {
  id: string;
  name: string;
  birthDate: string | null;
  deathDate: string | null;
  /** a spouse, parent or child of the candidate has the full name of someone this article relates to the mention */
  confirmed: boolean;
}

/** What the input says about the mention, against which a candidate is checked. */
export interface MentionFacts {
  birthDate: string | null;
  deathDate: string | null;
  /** the article's publication day (yyyy-mm-dd), null for a dataset */
  articleDate: string | null;
  /** dates of events and marriages the mention takes part in alive (weddings, divorces, announcements) */
  aliveOn: string[];
}

/**
 * A birth year from an age ("Seymour, 69,") can be a year early: a person turns 69 some day in
 * the year. So years more than this far apart contradict, nearer ones do not.
 */
export const YEAR_TOLERANCE = 1;

/** Dead this many years before an event, a person cannot take part in it (a father can die before his child's birth). */
export const DEAD_GRACE_YEARS = 1;

const year = (date: string): number => Number(date.slice(0, 4));

export interface ContradictionRule {
  id: string;
  why: string;
  test: (c: Candidate, m: MentionFacts) => boolean;
}

/** Each rule says why this candidate cannot be the person the mention means. */
export const CONTRADICTIONS: ContradictionRule[] = [
  {
    id: 'dates/born-after-article',
    why: 'an article cannot name someone born after it was published',
    test: (c, m) => !!c.birthDate && !!m.articleDate && year(c.birthDate) > year(m.articleDate),
  },
  {
    id: 'dates/birth-differs',
    why: 'the input gives a birth year more than YEAR_TOLERANCE from the candidate’s',
    test: (c, m) => !!c.birthDate && !!m.birthDate && Math.abs(year(c.birthDate) - year(m.birthDate)) > YEAR_TOLERANCE,
  },
  {
    id: 'dates/death-differs',
    why: 'the input gives a death year more than YEAR_TOLERANCE from the candidate’s',
    test: (c, m) => !!c.deathDate && !!m.deathDate && Math.abs(year(c.deathDate) - year(m.deathDate)) > YEAR_TOLERANCE,
  },
  {
    id: 'dates/born-after-death',
    why: 'the candidate was born more than DEAD_GRACE_YEARS after the mention died (the actress Jane Seymour, born 1951, is not the queen, died 1537)',
    test: (c, m) => !!c.birthDate && !!m.deathDate && year(c.birthDate) > year(m.deathDate) + DEAD_GRACE_YEARS,
  },
  {
    id: 'dates/died-before-birth',
    why: 'the candidate died more than DEAD_GRACE_YEARS before the mention was born',
    test: (c, m) => !!c.deathDate && !!m.birthDate && year(m.birthDate) > year(c.deathDate) + DEAD_GRACE_YEARS,
  },
  {
    id: 'dates/dead-before-event',
    why: 'the candidate died more than DEAD_GRACE_YEARS before a wedding, divorce or announcement the mention takes part in',
    test: (c, m) => !!c.deathDate && m.aliveOn.some((d) => year(d) > year(c.deathDate!) + DEAD_GRACE_YEARS),
  },
];

/** The id of the first rule the candidate breaks, or null when nothing contradicts it. */
export function contradiction(c: Candidate, m: MentionFacts): string | null {
  return CONTRADICTIONS.find((rule) => rule.test(c, m))?.id ?? null;
}

export type Choice =
  { match: string; rule: 'identity/previous' | 'identity/confirmed' | 'identity/only-candidate' } | { match: null; duplicates: string[] };

/** Why a new person was written beside these namesakes: recorded on POSSIBLE_DUPLICATE. */
export const DUPLICATE_REASON = 'same-name/unconfirmed';

/**
 * Picks the person a full-name mention is, from candidates in preference order (exact name
 * first). A candidate this source already named before wins (re-ingestion is stable), then one
 * the article's family confirms, then the only candidate nothing contradicts. Of several
 * unconfirmed namesakes none is chosen: the caller writes a new person and records them.
 */
export function choosePerson(candidates: Candidate[], m: MentionFacts, previous: ReadonlySet<string>): Choice {
  const viable = candidates.filter((c) => contradiction(c, m) === null);
  const before = viable.find((c) => previous.has(c.id));
  if (before) return { match: before.id, rule: 'identity/previous' };
  const confirmed = viable.find((c) => c.confirmed);
  if (confirmed) return { match: confirmed.id, rule: 'identity/confirmed' };
  if (viable.length === 1) return { match: viable[0].id, rule: 'identity/only-candidate' };
  return { match: null, duplicates: viable.map((c) => c.id) };
}

/** A name key of one token: "jack", "beyonce"; "jay z" and "chrissy teigen" have two. */
export function isSingleToken(key: string): boolean {
  return !key.includes(' ');
}

/**
 * The id of a one-token person, the same on every ingestion of its source: in an article,
 * the name plus the article ("jack-1a2b3c4d"), so two articles' Jacks are two people; in a
 * dataset, the name alone (one dataset names one "Aaliyah").
 */
export function scopedId(name: string, articleId: string | null): string {
  return articleId ? `${slugify(name)}-${articleId.replace(/^art_/, '').slice(0, 8)}` : slugify(name);
}
