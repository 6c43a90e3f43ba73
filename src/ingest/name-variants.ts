/**
 * Name variants of one person, as data: a married name ("Kim Kardashian West" for "Kim
 * Kardashian"), a middle name or initial added or dropped ("Sarah J. Parker", "Sarah Parker"),
 * and one-token stage names ("Rihanna"). Each rule says when a variant may be the same person;
 * a wrong merge is worse than a duplicate, so a variant matches only when something confirms it.
 * Pure: name keys in (see ./keys nameKey), decisions out.
 */
import nlp from 'compromise';
import { Candidate, contradiction, MentionFacts } from './identity';
import { nameKey as nameKeyOf } from './keys';
import { nameGender, PARTICLES } from '../extract/lexicon';
import { nicknameForms } from './nicknames';

/** Generation marks: "Hank Williams Jr." is the son of "Hank Williams", never a variant of him. */
export const GENERATIONAL: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

export type VariantRuleId = 'variant/married-name' | 'variant/middle-name';

export interface VariantRule {
  id: VariantRuleId;
  why: string;
  /** the duplicate reason recorded when the variant is not confirmed */
  unconfirmed: string;
  /**
   * null when the keys are not this variant; else the added surname (null for a middle name)
   * and whether the mention is the married form (then the candidate is the base name)
   */
  test: (mention: string[], candidate: string[]) => { surname: string | null; mentionMarried: boolean } | null;
}

const tokens = (key: string): string[] => key.split(' ');
const initialOf = (a: string, b: string): boolean => (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
const sameName = (a: string, b: string): boolean => a === b || initialOf(a, b);

/** The shorter list of middle names fits, in order, into the longer, an initial standing for a name. */
function middlesFit(shorter: string[], longer: string[]): boolean {
  let j = 0;
  for (const m of shorter) {
    while (j < longer.length && !sameName(m, longer[j])) j++;
    if (j === longer.length) return false;
    j++;
  }
  return true;
}

/** `longer` is `shorter` with one more surname at the end: the added (married) surname, else null. */
function addedSurname(longer: string[], shorter: string[]): string | null {
  if (shorter.length < 2 || longer.length !== shorter.length + 1) return null;
  return shorter.every((t, i) => t === longer[i]) ? longer[longer.length - 1] : null;
}

export const VARIANT_RULES: VariantRule[] = [
  {
    id: 'variant/married-name',
    why:
      'a full name plus one surname ("Kim Kardashian West", or hyphenated "Kardashian-West") is that person when the base name’s spouse has that surname; ' +
      'not for a male first name: "Frank Lloyd Wright" is not the director "Frank Lloyd", though his wife is a Wright',
    unconfirmed: 'married-name/unconfirmed',
    test: (m, c) => {
      if (nameGender(m[0]) === 'm') return null;
      const married = addedSurname(m, c);
      const surname = married ?? addedSurname(c, m);
      return surname ? { surname, mentionMarried: married !== null } : null;
    },
  },
  {
    id: 'variant/middle-name',
    why: 'same first and last name, a middle name or initial added or dropped, initials consistent ("Sarah J. Parker", "Sarah Parker")',
    unconfirmed: 'middle-name/unconfirmed',
    test: (m, c) => {
      if (m.length === c.length && m.every((t, i) => t === c[i])) return null;
      if (m[0] !== c[0] || m[0].length < 2 || m[m.length - 1] !== c[c.length - 1] || Math.min(m.length, c.length) < 2) return null;
      const [short, long] = m.length <= c.length ? [m, c] : [c, m];
      const fit = middlesFit(short.slice(1, -1), long.slice(1, -1));
      return fit && (short.length < long.length || short.some((t, i) => t !== long[i])) ? { surname: null, mentionMarried: false } : null;
    },
  },
];

/**
 * Particles of a territorial or family designation ("Charles Louis of Bourbon", "Anne de
 * Bretagne"): in such names a second given name marks another person (cousins and siblings
 * share the designation), so neither variant rule applies to them.
 */
export const DESIGNATION_PARTICLES: ReadonlySet<string> = new Set(['of', ...PARTICLES]);

/** Titles and ordinals of a peerage ("Thomas Brassey, 1st Earl Brassey" is the son of "Thomas Brassey"). */
export const PEERAGE: ReadonlySet<string> = new Set([
  'earl',
  'duke',
  'duchess',
  'baron',
  'baroness',
  'viscount',
  'marquess',
  'count',
  'countess',
  'lord',
  'lady',
  'sir',
  'dame',
]);

const notVariant = (t: string[]) => t.some((x) => GENERATIONAL.has(x) || DESIGNATION_PARTICLES.has(x) || PEERAGE.has(x) || /\d/.test(x));

/** The rule by which two name keys are variants of one name, or null ("Jr." and "of Bourbon" never are). */
export function variantOf(
  mentionKey: string,
  candidateKey: string,
): { rule: VariantRule; surname: string | null; mentionMarried: boolean } | null {
  const m = tokens(mentionKey);
  const c = tokens(candidateKey);
  if (notVariant(m) || notVariant(c)) return null;
  for (const rule of VARIANT_RULES) {
    const hit = rule.test(m, c);
    if (hit) return { rule, ...hit };
  }
  return null;
}

/** What the graph read for a variant lookup: the key a person matched under, then the names of its spouses. */
export interface VariantCandidate extends Candidate {
  key: string;
  /** name keys of the candidate's spouses in the graph */
  spouseKeys: string[];
}

/** The name keys a variant of this full-name key could be stored under, besides the lookup by prefix. */
export function variantLookup(key: string): { first: string; last: string; bases: string[] } | null {
  const t = tokens(key);
  if (t.length < 2 || notVariant(t)) return null;
  return { first: t[0], last: t[t.length - 1], bases: t.length >= 3 ? [t.slice(0, -1).join(' ')] : [] };
}

export type VariantChoice = { match: string; rule: VariantRuleId } | { match: null; duplicates: { id: string; reason: string }[] };

const lastToken = (key: string): string => key.slice(key.lastIndexOf(' ') + 1);

/**
 * Picks the person a full-name mention is a variant of. A married name is confirmed by a
 * spouse of the base name with the added surname (in the graph, or stated by the article:
 * `articleSpouseKeys`; the married form's own spouse is no proof, he may have given her the
 * name), any variant by the article's family (Candidate.confirmed). Exactly one confirmed person,
 * nothing contradicting, is chosen; otherwise none, and every viable variant is recorded as a
 * possible duplicate with its rule's reason.
 */
export function chooseVariant(
  mentionKey: string,
  candidates: VariantCandidate[],
  m: MentionFacts,
  articleSpouseKeys: string[],
): VariantChoice {
  const confirmed = new Map<string, VariantRuleId>();
  const duplicates = new Map<string, string>();
  for (const c of candidates) {
    const v = variantOf(mentionKey, c.key);
    if (!v || contradiction(c, m) !== null) continue;
    const spouse = (keys: string[]) => v.surname !== null && keys.some((k) => k.includes(' ') && lastToken(k) === v.surname);
    // the base name's spouse has the surname: the candidate's in the graph when the mention is the married form
    // (or the article's, if the graph knows no spouse of hers), else the mention's in the article
    const base = v.mentionMarried ? [...c.spouseKeys, ...(c.spouseKeys.length === 0 ? articleSpouseKeys : [])] : articleSpouseKeys;
    if (c.confirmed || spouse(base)) confirmed.set(c.id, v.rule.id);
    else if (!duplicates.has(c.id)) duplicates.set(c.id, v.rule.unconfirmed);
  }
  if (confirmed.size === 1) {
    const [[id, rule]] = [...confirmed];
    return { match: id, rule };
  }
  for (const [id, rule] of confirmed) duplicates.set(id, VARIANT_RULES.find((r) => r.id === rule)!.unconfirmed);
  return { match: null, duplicates: [...duplicates].map(([id, reason]) => ({ id, reason })) };
}

// --- one-token names ----------------------------------------------------------------

const LEXICON: Record<string, string | string[]> = (
  nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }
).model().one.lexicon;

/**
 * compromise's given-name tags. Not extract/lexicon's isFirstName, which also counts the
 * "Person" tag: that tag is compromise's list of famous mononyms (Rihanna, Beyonce, Drake,
 * Eminem, Bono), exactly the stage names this rule lets through.
 */
const GIVEN_NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName']);

function lexiconTags(word: string): string[] {
  const t = LEXICON[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

/** How other people in the graph use the token: as the first or the last token of their names. */
export interface TokenUses {
  asFirst: boolean;
  asLast: boolean;
}

export const NO_USES: TokenUses = { asFirst: false, asLast: false };

export interface MononymRule {
  id: string;
  why: string;
  /** true: this one-token name stays scoped to its article */
  test: (key: string, own: string[], others: string[], graph: TokenUses) => boolean;
}

/** Each rule keeps a one-token name inside its article; a name none of them holds back is a stage name, global. */
export const MONONYM_SCOPED: MononymRule[] = [
  {
    id: 'mononym/too-short',
    why: 'one or two letters, or digits, are initials and numbers, not a name',
    test: (key) => key.length < 3 || /\d/.test(key),
  },
  {
    id: 'mononym/given-name',
    why: 'a given name ("Jack", "Kim", "Adele", "Cher") names many people: two articles’ Kims are two people until something says otherwise',
    test: (key) => lexiconTags(key).some((t) => GIVEN_NAME_TAGS.has(t)),
  },
  {
    id: 'mononym/common-word',
    why: 'a word with another meaning ("Prince", "Seal", "Pink") is as often a title, a thing or a short form as a stage name',
    test: (key) => {
      const t = lexiconTags(key);
      return t.length > 0 && !t.includes('Person');
    },
  },
  {
    id: 'mononym/has-full-name',
    why: 'the article gives this person a longer name too (an alias): the one token is not the whole name',
    test: (_key, own) => own.some((k) => k.includes(' ')),
  },
  {
    id: 'mononym/short-form',
    why: 'another person of the article has a longer name ending or starting with the token ("Sir Francis Drake" then "Drake")',
    test: (key, _own, others) => others.some((k) => k.endsWith(` ${key}`) || k.startsWith(`${key} `)),
  },
  {
    id: 'mononym/graph-first-name',
    why: 'someone in the graph has it as a first name ("Kanye West", "Suri Cruise"): a given name the lexicon lacks, and "Kim" is never "Kim Kardashian"',
    test: (_key, _own, _others, graph) => graph.asFirst,
  },
  {
    id: 'mononym/graph-surname',
    why: 'someone in the graph has it as a surname ("Betsy Drake", "Kate Bush"): an article’s bare "Drake" or "Bush" may be a short form',
    test: (_key, _own, _others, graph) => graph.asLast,
  },
];

/** The id of the first rule that keeps this one-token name in its article, or null: a stage name. */
export function mononymScope(key: string, own: string[], others: string[], graph: TokenUses = NO_USES): string | null {
  return MONONYM_SCOPED.find((r) => r.test(key, own, others, graph))?.id ?? null;
}

/** A person the article's relation points at in the graph: a spouse, parent or child of someone the mention is related to. */
export interface Relative extends Candidate {
  /** the person the article relates the mention to, already resolved */
  via: string;
  /** which of via's relatives this is: 'spouses', 'children' or 'parents' */
  dir: string;
}

/** One way a relative's name may be the one-token name: the tiers of chooseRelative, in order. */
export interface FamilyRule {
  id: string;
  why: string;
  test: (key: string, relative: string[], dir: string) => boolean;
}

const generational = (t: string[]) => t.some((x) => GENERATIONAL.has(x));

export const FAMILY_RULES: FamilyRule[] = [
  {
    id: 'mononym/family-first-name',
    why: 'the relative’s first name is the token: "Kanye West’s wife Kim" is his wife Kim Kardashian',
    test: (key, t) => t.length >= 2 && t[0] === key && !generational(t),
  },
  {
    id: 'mononym/family-nickname',
    why: 'the relative’s first name is a nickname form of the token (./nicknames): "his wife Kimberly" is his wife Kim Kardashian',
    test: (key, t) => t.length >= 2 && nicknameForms(key).includes(t[0]) && !generational(t),
  },
  {
    id: 'mononym/same-parent-child',
    why: 'another article named this parent’s child by the same one token: "Jack", son of Chris Pratt, in two articles is one son',
    test: (key, t, dir) => dir === 'children' && t.length === 1 && t[0] === key,
  },
];

/**
 * A one-token given name the article relates to a known person is that person's one relative of
 * that kind whose name fits the first FAMILY_RULES tier that any relative fits, when exactly one
 * relative fits it and no date contradicts. Several (two ex-wives named Kim) in that tier, or none
 * in every tier: null. A one-token relative fits only as a child: the same parent's "Jack" in two
 * articles, never a "Jack" of another family.
 */
export function chooseRelative(key: string, relatives: Relative[], m: MentionFacts): { match: string; rule: string } | null {
  const alive = relatives.filter((r) => contradiction(r, m) === null);
  for (const rule of FAMILY_RULES) {
    const ids = new Set(alive.filter((r) => rule.test(key, tokens(nameKeyOf(r.name)), r.dir)).map((r) => r.id));
    if (ids.size === 1) return { match: [...ids][0], rule: rule.id };
    if (ids.size > 1) return null;
  }
  return null;
}
