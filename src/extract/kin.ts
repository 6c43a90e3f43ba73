/** Kinship vocabulary and name lists after kin words ("sons Brooklyn, 17, Romeo, 13, and Cruz, 11"). */
import { isCalendarOrBrand, isCommonWord, isFirstName } from './lexicon';
import { CHILD_NOUNS, CHILD_NOUNS_LAST, NON_NAME_HONORIFICS, NON_NAMES, PARENT_NOUNS, SPOUSE_NOUNS, STEP_CHILD_NOUNS, alt } from './vocab';

const NOT_NAME = new RegExp(`^(${alt(NON_NAMES, NON_NAME_HONORIFICS)})$`);

export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

export const CHILD_WORDS = alt(CHILD_NOUNS, STEP_CHILD_NOUNS, CHILD_NOUNS_LAST);
export const SPOUSE_WORDS = alt(SPOUSE_NOUNS, ['former husband', 'former wife']);
export const PARENT_WORDS = alt(PARENT_NOUNS);
export const KIN_SLOT = new RegExp(`\\b(?:${CHILD_WORDS}|${SPOUSE_WORDS})\\b`, 'i');

const AGE_PREFIX = /^(?:(\d{1,2}|[a-z]+)-(year|month|week)-old\s+(?:(?:twin\s+)?(?:sons?|daughters?|twins|boy|girl)\s+)?)/i;
const NAME = /^((?:[A-Z][a-zà-ÿ'’-]+|[A-Z]{2,}(?:-[A-Z])?)(?:\s+(?:[A-Z][a-zà-ÿ'’-]+|Jr\.?|[A-Z](?![\w'’.])))?(?:\s+[A-Z][a-zà-ÿ'’-]+)?)/;

export interface ListedName {
  name: string;
  age?: number;
  unit?: 'year' | 'month' | 'week';
  start: number;
  end: number;
}

function ageOf(tok: string): number | undefined {
  const n = /^\d+$/.test(tok) ? Number(tok) : NUMBER_WORDS[tok.toLowerCase()];
  return n === undefined || n > 110 ? undefined : n;
}

/** Parse "Name, 5, Name and N-year-old Name" starting at `pos` (just after a kin word). */
export function parseNameList(text: string, pos: number): ListedName[] {
  const out: ListedName[] = [];
  let i = pos;
  for (;;) {
    const sep = /^(?:\s+together)?(?:,|:|;|\s+—|\s+–|\s+-)?\s*(?:and\s+|&\s+)?/.exec(text.slice(i))!;
    if (out.length > 0 && !/,|;|and|&/.test(sep[0])) break;
    if (out.length === 0 && /and|&/.test(sep[0])) break;
    let j = i + sep[0].length;
    let age: number | undefined;
    let unit: ListedName['unit'];
    const ap = AGE_PREFIX.exec(text.slice(j));
    if (ap) {
      age = ageOf(ap[1]);
      unit = ap[2].toLowerCase() as ListedName['unit'];
      j += ap[0].length;
    }
    const nm = NAME.exec(text.slice(j));
    if (!nm) break;
    let name = nm[1].replace(/['’]s?$/, '');
    const ws = name.split(/\s+/);
    while (ws.length > 1 && isCommonWord(ws[ws.length - 1]) && !isFirstName(ws[ws.length - 1])) ws.pop();
    name = ws.join(' ');
    if (NOT_NAME.test(ws[0]) || isCalendarOrBrand(ws[0])) break;
    let end = j + name.length;
    const suffix = /^,\s*(\d{1,2}|[a-z]+)(?=\s*(?:[,;.)]|and\b|$))/.exec(text.slice(end));
    if (suffix && ageOf(suffix[1]) !== undefined) {
      age = ageOf(suffix[1]);
      unit = 'year';
      end += suffix[0].length;
    }
    out.push({ name, age, unit, start: j, end });
    i = end;
  }
  return out;
}

/** Names right after child/spouse words, for discovering one-word names ("her son Jack", "twins Knox and Vivienne"). */
export function childSlotNames(text: string): string[] {
  const re = new RegExp(
    `\\b(?:${CHILD_WORDS}|${SPOUSE_WORDS}|${PARENT_WORDS}|(?:${PARENT_WORDS}|parents) (?:of|to)|ex|sisters?|brothers?)\\b,?\\s*`,
    'g',
  );
  const out: string[] = [];
  for (const m of text.matchAll(re)) {
    for (const it of parseNameList(text, m.index! + m[0].length - (m[0].endsWith(' ') ? 1 : 0))) out.push(it.name);
  }
  return out;
}
