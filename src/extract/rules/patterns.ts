/**
 * The pieces relation patterns are made of. Patterns read a sentence template (coref.ts): each person is `⟦id⟧`, a
 * couple `⟦a+b⟧`, a quotation `«Q»`. Word lists come from vocab.ts, once.
 */
import {
  CHILD_NOUNS,
  CHILD_NOUNS_LAST,
  HEDGES,
  KIN_ROLE_NOUNS,
  MORE_SPEECH_VERBS,
  RELATION_HEDGES,
  SPEECH_VERBS,
  SPOUSE_NOUNS,
  alt,
} from '../vocab';

/** one mention: a person `⟦3⟧` or a couple `⟦3+5⟧` (group: the ids) */
export const R = '⟦([\\d+]+)⟧';
/** words before a child noun: "late", "eldest", "two", "5-year-old", "twin" (up to three) */
export const ADJ =
  '(?:(?:late|other|eldest|oldest|youngest|younger|older|young|little|baby|newborn|adorable|first|second|third|fourth|adopted|only|beloved|new|two|three|four|five|six|seven|[\\w]+-(?:year|month|week)-old|twin)[ ,]+){0,3}';
export const CHILD = `(?:${alt(CHILD_NOUNS, CHILD_NOUNS_LAST, ['brood'])})`;
const AGE = '(?:[\\w]+-(?:year|month|week)-old (?:twins? |sons? |daughters? )?)';
/** one child in a list: "a son, ⟦3⟧", "5-year-old ⟦3⟧", "⟦3⟧, 5"; not a speaker ("⟦3⟧ said") nor a possessor */
const ITEM = `(?:(?:(?:a |an )?(?:[\\w]+-(?:year|month|week)-old )?${CHILD},? )?${AGE}?⟦\\d+⟧(?!'s)(?!,? (?:${alt(SPEECH_VERBS, MORE_SPEECH_VERBS)})\\b)(?:, (?:\\d{1,2}|[a-z]+)(?=[,;.)]| and| [—–]|$))?)`;
/** a list of children: "⟦3⟧, 5, ⟦4⟧ and ⟦6⟧" (group: the whole list, read with listIds) */
export const LIST = `(${ITEM}(?:(?:[,;]|[,;]? and|,? &| [—–]|:) ${ITEM})*)`;
export const SPOUSE_W = `(?:${alt(SPOUSE_NOUNS)})`;
export const SPOUSE_ADJ =
  '(?:(?:late|former|ex-|new|then-|then|now|now-|second|third|fourth|first|current|[a-z]+-born|[A-Z][a-z]+-born) ?){0,2}';
export const ROLE_W = `(?:${alt(KIN_ROLE_NOUNS)})`;
/** up to two lower-case words between a kin noun and a name ("husband, actor ⟦3⟧"), never a clause word */
export const GAP =
  '(?:,? (?:(?!and\\b|with\\b|of\\b|to\\b|or\\b|for\\b|when\\b|while\\b|after\\b|before\\b|because\\b|if\\b|that\\b|who\\b|as\\b|is\\b|was\\b|has\\b|had\\b|said\\b|says\\b)[a-z][a-z-]* ){0,2}?)?,? ?';
/** a hedge after the last mention ("rumoured to have married"): the relation is not stated */
export const HYPO = new RegExp(`\\b(${alt(HEDGES, RELATION_HEDGES)})\\b[^⟦]*$`, 'i');
/** not a stated fact: a question */
export const QUESTION = /\?\s*$/;

export const ADJ_TAIL = new RegExp(`${ADJ}$`);
/** the ids of one mention group ("3+5" -> [3, 5]) */
export const ids = (s: string): number[] => s.split('+').map(Number);
/** the ids of a LIST group, in order */
export const listIds = (s: string): number[] => [...s.matchAll(/⟦(\d+)⟧/g)].map((m) => Number(m[1]));

export function rx(src: string): RegExp {
  return new RegExp(src, 'g');
}

/*
 * Patterns that state a child and a marriage at once: a parent rule and a spouse rule read the same match, as one ORDER
 * step (engine.ts), the parent first.
 */
/** "her daughter Z, who X shares with (ex-)husband Y" (groups: Z, X, the word before Y, Y) */
export const SHARES_CHILD_WITH = rx(
  `${CHILD},? ${R},? (?:who|whom) ${R} (?:shares|shared|had|has|welcomed|adopted) with (${SPOUSE_ADJ}${SPOUSE_W} |(?:ex|ex-boyfriend|ex-girlfriend|boyfriend|girlfriend|partner) )?${R}`,
);
/** "Hazel, her 2-year-old daughter with husband John" (groups: child, parent, other parent) */
export const CHILD_WITH_SPOUSE = rx(`${R}, ${R}'s ${ADJ}${CHILD} with ${SPOUSE_ADJ}${SPOUSE_W},? ${R}`);
/** "X has gone on to have three children with wife Y: sons A, 4, and B, 1" (groups: X, the word before Y, Y, the list) */
export const HAVE_CHILDREN_WITH = rx(
  `${R}(?!'s)(?:,? (?:[a-z]+,? ){0,5}?)(?:have|has|had|welcomed|shares?|adopted) (?:[a-z]+ )?${CHILD} (?:together )?with (${SPOUSE_ADJ}${SPOUSE_W} |ex-(?:boyfriend|girlfriend) |(?:ex-)?partner )?${R}(?: —|:|,)? ${LIST}`,
);
/** "Y, who shares a 10-year-old son Z with former fiancée W" (groups: Y, the list, the word before W, W) */
export const WHO_SHARES_CHILD = rx(
  `${R}(?!'s),? who (?:shares|shared|has|had) (?:a |an |two |three |four )?${ADJ}${CHILD},? ${LIST},? with (${SPOUSE_ADJ}${SPOUSE_W} |(?:former |ex-)?(?:fianc[ée]e?|boyfriend|girlfriend|partner) |ex )?${R}(?!'s)`,
);
