/**
 * What reads show. A fact (spouse or parent relationship, event) carries `standing`, the best
 * status of its evidence (ingest.queries.ts REFRESH_STANDING): it is shown while that is
 * ACCEPTED or PROPOSED, and with `acceptedOnly` only while it is ACCEPTED. Evidence itself is
 * shown while its own status is one of those.
 *
 * HELD is machine-read evidence below the write threshold (src/ingest/from-text.ts): stored and
 * in the review queue, but shown by no read until an editor accepts it. A person written only
 * for held facts carries the label `Held` and is listed nowhere until one of them is shown.
 */
export type Standing = 'ACCEPTED' | 'PROPOSED' | 'HELD' | 'REJECTED';

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

/** Cypher: evidence `v` is shown (listed and counted) by public reads. */
export const evidenceShown = (v: string): string => `${v}.status IN ['ACCEPTED', 'PROPOSED']`;

/** What the review queue lists: evidence no editor has decided on, held or not. */
export const UNDECIDED = ['PROPOSED', 'HELD'] as const;

/** Cypher: person `p` is listed by public reads (not a person only held facts name). */
export const personShown = (p: string): string => `NOT ${p}:Held`;

/** The argument every read that can be narrowed takes, with one name and one meaning. */
export const ACCEPTED_ONLY_DOC = 'only facts with ACCEPTED evidence (curated, or accepted by an editor); default: every fact not rejected';
