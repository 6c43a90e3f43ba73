/**
 * Nicknames ("Bill" of "William", "Kim" of "Kimberly", "Chris" of "Christopher"): the pairs of
 * data/nicknames/names.csv (the carltonnorthern "nicknames" list, Apache-2.0, see its README).
 * A nickname is weaker evidence than a middle initial: "Chris Evans" may be Christopher or
 * Christine, "Bill" is a nickname of Robert too. So a nickname form of a full name is that person
 * only when the family the article names confirms it; unconfirmed, it is recorded as a possible
 * duplicate for an editor. Pure but for reading the list once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../paths';
import { Candidate, contradiction, MentionFacts } from './identity';
import { nameGender } from '../extract/lexicon';

export const NICKNAMES_CSV = path.join('data', 'nicknames', 'names.csv');

/** Rule ids, as they appear on POSSIBLE_DUPLICATE.reason and in the README. */
export const NICKNAME_RULE = 'variant/nickname';
export const NICKNAME_UNCONFIRMED = 'nickname/unconfirmed';

/**
 * Each name's forms one pair away, both ways ("bill" -> william, billy, robert ...). Only one
 * step: two nicknames of one name ("Bill", "Will") are not forms of each other.
 */
export function parseNicknames(csv: string): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  const add = (a: string, b: string) => forms.set(a, (forms.get(a) ?? new Set()).add(b));
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [a, relation, b] = line.split(',').map((x) => x.trim().toLowerCase());
    if (relation !== 'has_nickname' || !a || !b || a === b) continue;
    add(a, b);
    add(b, a);
  }
  return forms;
}

let table: Map<string, Set<string>> | undefined;

/** The list, read on first use. */
export function nicknameTable(): Map<string, Set<string>> {
  table ??= parseNicknames(readFileSync(path.join(projectRoot(), NICKNAMES_CSV), 'utf8'));
  return table;
}

/**
 * The other forms of a first name (a name key token), sorted; none where the lexicon gives the two
 * forms different genders ("Chris" may be Christina, but "Christopher" is not "Christina").
 */
export function nicknameForms(first: string, forms = nicknameTable()): string[] {
  const gender = nameGender(first);
  return [...(forms.get(first) ?? [])].filter((f) => !gender || !nameGender(f) || nameGender(f) === gender).sort();
}

/** The name keys a full-name key could be stored under with its first name as a nickname or the name of one. */
export function nicknameKeys(key: string, forms = nicknameTable()): string[] {
  const [first, ...rest] = key.split(' ');
  if (rest.length === 0) return [];
  return nicknameForms(first, forms).map((f) => [f, ...rest].join(' '));
}

export type NicknameChoice = { match: string } | { match: null; duplicates: { id: string; reason: string }[] };

/**
 * Of the people under a nickname key of the mention, the one the article's family confirms
 * (Candidate.confirmed: a spouse, parent or child of theirs is someone this article relates to the
 * mention), when exactly one is and no date contradicts it. Otherwise none, and every viable one is
 * a possible duplicate.
 */
export function chooseNickname(candidates: Candidate[], m: MentionFacts): NicknameChoice {
  const viable = [...new Map(candidates.filter((c) => contradiction(c, m) === null).map((c) => [c.id, c])).values()];
  const confirmed = viable.filter((c) => c.confirmed);
  if (confirmed.length === 1) return { match: confirmed[0].id };
  return { match: null, duplicates: viable.map((c) => ({ id: c.id, reason: NICKNAME_UNCONFIRMED })) };
}
