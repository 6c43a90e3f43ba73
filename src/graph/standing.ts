/**
 * What reads show. A fact (spouse or parent relationship, event) carries `standing`, the best
 * status of its evidence (ingest.queries.ts REFRESH_STANDING): it is shown while that is not
 * REJECTED, and with `acceptedOnly` only while it is ACCEPTED. Evidence itself is shown while
 * its own status is not REJECTED.
 */
export type Standing = 'ACCEPTED' | 'PROPOSED' | 'REJECTED';

/** Default reads: a fact shows while some evidence of it is not rejected. */
export const SHOWN = ['ACCEPTED', 'PROPOSED'] as const;

/** The `$standings` parameter of a read that takes `acceptedOnly`. */
export function standingsFor(acceptedOnly: boolean | null | undefined): string[] {
  return acceptedOnly ? ['ACCEPTED'] : [...SHOWN];
}

/** Cypher: `v` (a fact) is shown by a default read. */
export const shown = (v: string): string => `${v}.standing IN ['ACCEPTED', 'PROPOSED']`;

/** Cypher: `v` (a fact) is shown by a read with `$standings` (see standingsFor). */
export const shownIn = (v: string): string => `${v}.standing IN $standings`;

/** The argument every read that can be narrowed takes, with one name and one meaning. */
export const ACCEPTED_ONLY_DOC = 'only facts with ACCEPTED evidence (curated, or accepted by an editor); default: every fact not rejected';
