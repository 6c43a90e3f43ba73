/** One-word stage names (Seal, Ciara, Rihanna, "Jay Z", JAY-Z): accepted only with a person cue next to them. */
import { Sentence } from './text';
import { Span, capitalisedSpans } from './people';
import { HONORIFICS, MONTH_NAME, ORG_TAIL, ROLE_WORDS, isCalendarOrBrand, isCommonWord, isFirstName, isPlace } from './lexicon';
import { AVOWAL_VERBS, NON_MONONYMS, NON_NAMES, PERFORMING_VERBS, SPEECH_VERBS, alt } from './vocab';

const NOT_NAME = new RegExp(`^(${alt(NON_NAMES, NON_MONONYMS)})$`);
const SAY = new RegExp(`^(?:['’]s)?,?\\s+(?:${alt(SPEECH_VERBS, AVOWAL_VERBS, PERFORMING_VERBS)})\\b`);
const KIN_AFTER =
  /^['’]s\s+(?:(?:late|ex-|former|new)\s*)?(?:husband|wife|daughter|son|children|kids|twins|mother|mom|mum|father|dad|baby)\b/;
const AGE_AFTER = /^,\s*\d{1,3}\s*(?:[,;)]|\.(?!\d)|$)/;
// "Hazel, her 2-year-old daughter with …": a kin apposition after the name
const KIN_APPOSITION =
  /^,\s+(?:her|his|their)\s+(?:[\w-]+\s+){0,2}?(?:daughter|son|child|baby|stepdaughter|stepson|husband|wife|mother|father|sister|brother)\b/;

/** the single name in a span, after leading honorifics/role words ("Husband JAY-Z" -> "JAY-Z"; "Jay Z" kept whole) */
function single(s: Span): { span: Span; role: boolean } | undefined {
  const ws = s.text.split(' ');
  let i = 0;
  let off = 0;
  let role = false;
  while (i < ws.length - 1 && (HONORIFICS.has(ws[i].toLowerCase().replace('.', '')) || ROLE_WORDS.has(ws[i].toLowerCase()))) {
    role ||= !HONORIFICS.has(ws[i].toLowerCase().replace('.', '')) && !/^(mr|mrs|ms|dr)\.?$/i.test(ws[i]);
    off += ws[i].length + 1;
    i++;
  }
  const rest = ws.slice(i);
  const ok = rest.length === 1 || (rest.length === 2 && /^[B-HJ-Z]$/.test(rest[1]));
  if (!ok) return undefined;
  return { span: { start: s.start + off, end: s.end, text: rest.join(' ') }, role };
}

function excluded(w: string): boolean {
  const first = w.split(/[ -]/)[0];
  if (
    NOT_NAME.test(first) ||
    isCalendarOrBrand(first) ||
    isPlace(first) ||
    ORG_TAIL.has(first.toLowerCase()) ||
    HONORIFICS.has(first.toLowerCase())
  )
    return true;
  if (/^(?:Oscars?|Emmys?|Grammys?|Baftas?|Globes?|Razzies?)$/.test(w)) return true; // awards, not people
  if (/^[A-Z]{2,}$/.test(w) || w.length < 3 || w.includes('.') || /(?:ly|ing)$/.test(w) || MONTH_NAME.test(first)) return true; // acronyms (BBC, KIM as a shouted first word)
  return /^[A-Z][a-z]*[A-Z]/.test(w) && !/-/.test(w); // camel-case brands (YouTube, LaLa) unless hyphenated
}

/** Does this occurrence carry a person cue: role word before, age/said/kin after, or coordination with a known person? */
function cued(text: string, sp: Span, role: boolean, known: (w: string) => boolean): boolean {
  const before = text.slice(Math.max(0, sp.start - 40), sp.start);
  if (/\bthe\s+$/i.test(before)) return false; // "the Huntsman": a role or title, not a name
  if (role) return true;
  const after = text.slice(sp.end, sp.end + 40);
  const prev = /([A-Za-z-]+)[,:]?\s+$/.exec(before)?.[1]?.toLowerCase();
  if (prev && !HONORIFICS.has(prev) && !/^(mr|mrs|ms|dr|miss)$/.test(prev) && (ROLE_WORDS.has(prev) || prev === 'bff' || prev === 'pal'))
    return true;
  if (/\b(?:woman|man|girl|boy|son|daughter|baby|wife|husband)\s+(?:named|called)\s+$/i.test(before)) return true; // "a woman named Linda"
  if (/\b(?:gave birth to|welcomed|adopted)\s+(?:(?:a |their |her |his )?(?:son|daughter|baby(?: girl| boy)?)\s*,?\s*)?$/i.test(before))
    return true; // "gave birth to Shiloh"
  if (AGE_AFTER.test(after) || SAY.test(after) || KIN_AFTER.test(after) || KIN_APPOSITION.test(after)) return true;
  if (/^,? (?:who[^.,]{0,60}? )?with (?:her |his )?(?:husband|wife) [A-Z]/.test(text.slice(sp.end, sp.end + 100))) return true;
  const nb = /([A-Z][\w'’-]*)(?:['’]s)?,?\s+(?:and|&)\s+$|([A-Z][\w'’-]*),\s+$/.exec(before);
  const na = /^(?:['’]s)?,?\s+(?:and|&)\s+([A-Z][\w'’-]*)|^,\s+([A-Z][\w'’-]*)(?=[^.]*\band\b)/.exec(after);
  if (na && !na[1] && sp.start === 0) return false; // "Unfortunately, Schnabel": a sentence adverb
  return !!((nb && known(nb[1] ?? nb[2])) || (na && known(na[1] ?? na[2])));
}

/** Single names with a person cue somewhere in the text; `known` says whether a word belongs to a person already found. */
export function findMononyms(sentences: Sentence[], known: (w: string, prefix?: boolean) => boolean): { name: string; sent: number }[] {
  const seen = new Map<string, { sent: number; cue: boolean; count: number }>();
  for (const s of sentences) {
    if (s.headline) continue;
    for (const raw of capitalisedSpans(s.text)) {
      const one = single(raw);
      if (!one || excluded(one.span.text) || known(one.span.text.split(' ')[0])) continue;
      const w = one.span.text;
      const cur = seen.get(w) ?? { sent: s.idx, cue: false, count: 0 };
      cur.count++;
      cur.cue ||= cued(s.text, one.span, one.role, known);
      seen.set(w, cur);
    }
  }
  for (const [w, v] of seen) if (!v.cue && v.count >= 2 && isFirstName(w) && !isCommonWord(w)) v.cue = true;
  const names = [...seen.keys()];
  const partOfLonger = (w: string) => names.some((n) => n !== w && (n.split(' ').includes(w) || n.startsWith(w)));
  return [...seen.entries()]
    .filter(([w, v]) => v.cue && !partOfLonger(w) && !known(w, true))
    .map(([name, v]) => ({ name: fuller(sentences, name), sent: v.sent }));
}

/** "Dee" stands alone but the text also says "Ruby Dee": use the two-word form */
function fuller(sentences: Sentence[], w: string): string {
  if (w.includes(' ')) return w;
  for (const s of sentences) {
    for (const sp of capitalisedSpans(s.text)) {
      const ws = sp.text.split(' ');
      if (ws.length === 2 && ws[1] === w && sp.start > 0 && !ROLE_WORDS.has(ws[0].toLowerCase()) && !NOT_NAME.test(ws[0])) return sp.text;
    }
  }
  return w;
}
