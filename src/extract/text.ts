/** Sentence splitting with offsets; paragraph numbers; title-case detection. */
import { isCommonWord, isFirstName } from './lexicon';
export interface Sentence {
  idx: number;
  para: number;
  start: number;
  text: string;
  /** a Title Case headline line: used for matching known names, not for discovering new ones */
  headline: boolean;
}

const ABBREV = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'jnr',
  'snr',
  'vs',
  'no',
  'prof',
  'gen',
  'rev',
  'sgt',
  'capt',
  'lt',
  'col',
  'gov',
  'sen',
  'rep',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'inc',
  'ltd',
  'co',
  'etc',
  'mt',
  'ft',
]);

function isBoundary(text: string, dot: number): boolean {
  const ch = text[dot];
  if (ch !== '.') return true;
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([A-Za-z]+)$/.exec(before)?.[1] ?? '';
  if (ABBREV.has(word.toLowerCase())) return false;
  if (/^[A-Z]$/.test(word)) {
    // initials ("Joseph R. Biden") unless a common sentence-opening word follows ("Malcolm X. Besides")
    const next = /^\s+([A-Za-z]+)/.exec(text.slice(dot + 1))?.[1] ?? '';
    return isCommonWord(next) && !isFirstName(next);
  }
  if (/\d$/.test(before) && /^\d/.test(text.slice(dot + 1))) return false;
  return true;
}

/** Split into sentences: at . ! ? (plus closing quotes/brackets) followed by space and a capital, quote or digit; and at line breaks. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  let idx = 0;
  const lines = text.split(/\n/);
  let offset = 0;
  for (const line of lines) {
    if (line.trim() === '') {
      para++;
      offset += line.length + 1;
      continue;
    }
    const re = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[A-Z0-9])/g;
    let last = 0;
    let m: RegExpExecArray | null;
    const pieces: [number, number][] = [];
    while ((m = re.exec(line))) {
      const dotPos = m.index + m[0].search(/[.!?…]/) + (m[0].match(/^[.!?…]+/)?.[0].length ?? 1) - 1;
      if (!isBoundary(line, dotPos)) continue;
      pieces.push([last, m.index + m[0].length]);
      last = m.index + m[0].length;
    }
    pieces.push([last, line.length]);
    for (const [s, e] of pieces) {
      const raw = line.slice(s, e);
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (t) out.push({ idx: idx++, para, start: offset + s + lead, text: t, headline: isHeadline(t) });
    }
    para++;
    offset += line.length + 1;
  }
  return out;
}

const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'vs']);

/** A line where nearly every word is capitalised ("Kevin Hart and Wife Eniko Parrish Share Sweet Photos"). */
export function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && !SMALL.has(w.toLowerCase()));
  if (words.length < 4) return false;
  const caps = words.filter((w) => /^[A-Z]/.test(w)).length;
  return caps / words.length >= 0.85 || line === line.toUpperCase();
}
