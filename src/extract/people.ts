/** Person discovery: capitalised sequences that look like names, merged into clusters with aliases. */
import nlp from 'compromise';
import { Sentence } from './text';
import {
  HONORIFICS,
  MONTH_NAME,
  ORG_TAIL,
  PARTICLES,
  ROLE_WORDS,
  isCommonWord,
  isFirstName,
  isLastName,
  isPlace,
  nameGender,
} from './lexicon';
import { KIN_SLOT, childSlotNames } from './kin';
import { findMononyms } from './mononyms';
import { SPEECH_VERBS, alt } from './vocab';

/** "X said", "X's, wrote": the name is a speaker */
const SAID_AFTER = new RegExp(`^['’]?s?,?\\s+(${alt(SPEECH_VERBS)})\\b`);

export interface Cluster {
  id: number;
  name: string;
  forms: Set<string>;
  gender?: 'f' | 'm';
  /** the gender came from the text ("actress X", "his wife X"), not from the first name */
  genderCued?: boolean;
  mentions: number;
  firstSent: number;
  /** introduced as someone's child ("son Jack"): not an antecedent for she/he when an adult fits */
  child?: boolean;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

const DATE_PREP = 'in|since|until|by|last|this|next|early|late|mid|of|on|from';
/** a word that makes a following month a date: "In August", "since June" */
const PREP = new RegExp(`^(?:${DATE_PREP})$`, 'i');
const DATE_PREP_BEFORE = new RegExp(`\\b(?:${DATE_PREP})\\s+$`, 'i');

const TOKEN = /[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*/g;

/** Capitalised word runs ("Chrissy Teigen", "Portia de Rossi"), without a trailing possessive. */
export function capitalisedSpans(text: string): Span[] {
  const toks: Span[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let w = m[0].replace(/['’]s$/, '').replace(/\.$/, (d) => (/^([A-Z]\.)+$/.test(m[0]) || /^(Jr|Sr|Jnr)\.$/.test(m[0]) ? d : ''));
    w = w.replace(/['’-]+$/, '');
    toks.push({ start: m.index!, end: m.index! + w.length, text: w });
  }
  const spans: Span[] = [];
  let cur: Span[] = [];
  const flush = () => {
    // "… and Malcolm X. Attallah Shabazz": an initial followed by two more names ends one name (not "John F. Kennedy")
    const k = cur.findIndex(
      (t, i) => i > 0 && /^[A-Z]\.$/.test(t.text) && cur.slice(i + 1).filter((x) => !/^(Jr|Sr|Jnr)\.?$/.test(x.text)).length >= 2,
    );
    if (k > 0) {
      const rest = cur.slice(k + 1);
      cur = cur.slice(0, k + 1);
      cur[k] = { ...cur[k], end: cur[k].end - 1, text: cur[k].text.slice(0, -1) };
      flush();
      cur = rest;
    }
    // "In August Madonna said": a month after a preposition is a date, not a first name
    if (cur.length > 2 && PREP.test(cur[0].text) && MONTH_NAME.test(cur[1].text)) cur = cur.slice(1); // "In August Laura Finch"
    if (cur.length > 1 && MONTH_NAME.test(cur[0].text) && DATE_PREP_BEFORE.test(text.slice(Math.max(0, cur[0].start - 8), cur[0].start))) {
      spans.push({ start: cur[0].start, end: cur[0].end, text: cur[0].text });
      cur = cur.slice(1);
    }
    if (
      cur.length > 1 &&
      MONTH_NAME.test(cur[0].text) &&
      spans.length &&
      PREP.test(spans[spans.length - 1].text) &&
      spans[spans.length - 1].end === cur[0].start - 1
    )
      cur = cur.slice(1);
    // "Hank Williams Jr. He started": a generational suffix ends the name
    const jr = cur.findIndex((t, i) => i > 0 && i < cur.length - 1 && /^(Jr|Sr|Jnr)\.$/.test(t.text));
    if (jr > 0) {
      const rest = cur.slice(jr + 1);
      cur = cur.slice(0, jr + 1);
      flush();
      cur = rest;
    }
    while (cur.length && PARTICLES.has(cur[cur.length - 1].text)) cur.pop();
    if (cur.length)
      spans.push({ start: cur[0].start, end: cur[cur.length - 1].end, text: text.slice(cur[0].start, cur[cur.length - 1].end) });
    cur = [];
  };
  for (const t of toks) {
    const cap = /^[A-ZÀ-ÖØ-Þ]/.test(t.text) || (cur.length > 0 && /^d['’][A-ZÀ-ÖØ-Þ]/.test(t.text)); // "Valéry Giscard d'Estaing"
    const gapOk = cur.length > 0 && /^ $/.test(text.slice(cur[cur.length - 1].end, t.start));
    if (cur.length && !gapOk) flush();
    if (cap || (cur.length && PARTICLES.has(t.text))) cur.push(t);
    else flush();
  }
  flush();
  return spans;
}

const words = (s: string) => s.split(/\s+/);

/**
 * Title, role and award words that sit capitalised before a name and are not part of it ("Justice Kaplan", "Rocker Doherty",
 * "Oscar-winner Sir Anthony Hopkins"); the lexicon may know some as given names (Justice), so they are listed here.
 */
const LEAD_TITLE = new Set([
  'rt',
  'hon',
  'justice',
  'judge',
  'magistrate',
  'coroner',
  'rocker',
  'crooner',
  'diva',
  'supermodel',
  'superstar',
  'megastar',
  'popstar',
  'hitmaker',
  'veteran',
  'legend',
  'icon',
  'senator',
  'governor',
  'mayor',
  'chancellor',
  'minister',
  'councillor',
  'detective',
  'inspector',
  'sergeant',
  'constable',
  'officer',
  'captain',
  'colonel',
  'general',
  'professor',
  'reverend',
  'rev',
  'bishop',
  'archbishop',
  'pope',
  'baroness',
  'baron',
  'earl',
  'duke',
  'duchess',
  'count',
  'countess',
  'chef',
  'coach',
  'boss',
  'frontman',
  'frontwoman',
]);
/** "Oscar-winner", "Bafta-winning", "Grammy-nominated", "X Factor-winner": an award compound before a name */
const AWARD_LEAD = /^[A-Z][\w]*-(?:winner|winning|nominated|nominee|award-winning|winning)$/i;
/** a word that starts a span and is a title, not a name part */
export const isLeadTitle = (w: string): boolean => LEAD_TITLE.has(w.toLowerCase().replace('.', '')) || AWARD_LEAD.test(w);

/** Drop leading honorifics/roles/titles/common words ("Husband John Legend" -> "John Legend", "Justice Kaplan" -> "Kaplan"). */
export function trimSpan(s: Span): Span | undefined {
  const ws = words(s.text);
  let i = 0;
  let off = 0;
  while (
    i < ws.length - 1 &&
    (HONORIFICS.has(ws[i].toLowerCase().replace('.', '')) ||
      ROLE_WORDS.has(ws[i].toLowerCase()) ||
      isLeadTitle(ws[i]) ||
      (i === 0 && isCommonWord(ws[i]) && !isFirstName(ws[i])))
  ) {
    off += ws[i].length + 1;
    i++;
  }
  const rest = ws.slice(i);
  if (rest.length === 1 && (isCommonWord(rest[0]) || HONORIFICS.has(rest[0].toLowerCase()))) return undefined;
  return { start: s.start + off, end: s.end, text: rest.join(' ') };
}

function looksLikeOrg(ws: string[]): boolean {
  const last = ws[ws.length - 1].toLowerCase();
  if (
    ORG_TAIL.has(last) ||
    (/^(Santa|San|Los|Las|Fort|Mount|Lake|Port|Palm|West|East|North|South|New)$/.test(ws[0]) && ws.length === 2 && !isFirstName(ws[0]))
  )
    return true;
  if (ws.some((w) => /^[A-Z]{2,}$/.test(w) && !/^(JR|II|III)$/.test(w)) && ws.length > 1) return true;
  return ws.some((w) => isPlace(w)) && !isFirstName(ws[0]);
}

/** "Sierra Leone", "Costa Rica": every word tagged a country or city by compromise (not "Portia Lane", a guessed address) */
function isWholePlace(name: string): boolean {
  const terms = (nlp(name).json() as { terms: { tags: string[] }[] }[])[0]?.terms ?? [];
  return terms.length > 1 && terms.every((t) => t.tags.includes('Country') || t.tags.includes('City'));
}

function hasCue(text: string, s: Span): boolean {
  const before = text.slice(Math.max(0, s.start - 30), s.start).toLowerCase();
  const after = text.slice(s.end, s.end + 25);
  const prevWord = /([a-z\-é]+)[,:]?\s+(?:[\d]+-year-old\s+)?$/.exec(before)?.[1];
  if (prevWord && ROLE_WORDS.has(prevWord)) return true;
  if (/^['’]?s?,\s*\d{1,3}\s*[,;)]/.test(after) || /^\s*\(\d{1,3}\)/.test(after)) return true;
  // "Khloe Kardashian's ex-husband": only people have husbands, sons and mothers
  if (
    /^\s?['’]s\s+(?:(?:late|ex-|former|new|first|second|eldest|youngest|oldest|baby|little|\d+-year-old)\s*)?(?:husband|wife|ex-husband|ex-wife|widow|son|sons|daughter|daughters|mother|father|mom|mum|dad|children|kids|sister|brother|parents)\b/.test(
      text.slice(s.end, s.end + 40),
    )
  )
    return true;
  return SAID_AFTER.test(after);
}

/** Is this (trimmed) span a person's full name? */
export function isPersonName(sentence: string, s: Span, compromisePeople: Set<string>, loneWords: Set<string> = new Set()): boolean {
  const ws = words(s.text);
  if (ws.length < 2 || ws.length > 5 || looksLikeOrg(ws) || isWholePlace(s.text)) return false;
  if (/^(The|A|An|This|That|Mr\.?|Mrs\.?)$/.test(ws[0])) return false;
  if (ws[ws.length - 1] === 'I') return false; // "my best friend Beyonce I love you"

  const cue = hasCue(sentence, s) || compromisePeople.has(s.text);
  const common = ws.filter((w) => isCommonWord(w) && !isFirstName(w) && !PARTICLES.has(w)).length;
  const first = isFirstName(ws[0]);
  const last = ws[ws.length - 1];
  if (common > 0) return common < ws.length && (first || isLastName(last) || (cue && !isCommonWord(last))) && (cue || !isCommonWord(ws[0]));
  return first || isLastName(ws[ws.length - 1]) || cue || (ws.length === 2 && loneWords.has(ws[1]));
}

/** capitalised words that also stand alone (not inside a longer capitalised run) somewhere in the text */
function loneCapitalised(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const sp of capitalisedSpans(s.text)) if (!sp.text.includes(' ')) out.add(sp.text);
  return out;
}

export function compromisePeopleOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const p of nlp(text).people().out('array') as string[]) out.add(p.replace(/[.,;:'’s]+$/, '').trim());
  return out;
}

/** First pass: full names from non-headline sentences, then single names in child/spouse slots. */
export function discoverPeople(sentences: Sentence[]): Cluster[] {
  const clusters: Cluster[] = [];
  const add = (name: string, sent: number) => {
    const norm = name.toLowerCase();
    const ws = words(norm);
    for (const c of clusters) {
      const cw = words(c.name.toLowerCase());
      const jr = (x: string[]) => x.some((w) => /^jr\.?$/.test(w));
      const sub = (a: string[], b: string[]) =>
        jr(a) === jr(b) &&
        ((a[0] === b[0] && a.every((w) => b.includes(w))) || (a.length >= 2 && a.join(' ') === b.slice(-a.length).join(' ')));
      if ([...c.forms].some((f) => f.toLowerCase() === norm) || (ws.length > 1 && cw.length > 1 && (sub(ws, cw) || sub(cw, ws)))) {
        c.forms.add(name);
        return;
      }
    }
    clusters.push({ id: clusters.length, name, forms: new Set([name]), gender: nameGender(words(name)[0]), mentions: 0, firstSent: sent });
  };
  const lone = loneCapitalised(sentences);
  for (const s of sentences) {
    if (s.headline) continue;
    const cp = compromisePeopleOf(s.text);
    for (const raw of capitalisedSpans(s.text)) {
      const t = trimSpan(raw);
      if (t && isPersonName(s.text, t, cp, lone)) add(t.text, s.idx);
      // mid-sentence "actress Ruby Dee", "divorce from Robin Wright": a common first word kept when the whole is a cued name
      else if (
        raw.start > 0 &&
        !/[.!?]\s*$/.test(s.text.slice(0, raw.start)) &&
        t &&
        t.start > raw.start &&
        words(raw.text).length === 2 &&
        !ROLE_WORDS.has(words(raw.text)[0].toLowerCase()) &&
        !isLeadTitle(words(raw.text)[0]) &&
        !HONORIFICS.has(words(raw.text)[0].toLowerCase().replace('.', ''))
      ) {
        const last = words(raw.text)[1];
        if ((isLastName(last) && !isCommonWord(last)) || (hasCue(s.text, raw) && isPersonName(s.text, raw, cp, lone))) add(raw.text, s.idx);
      }
    }
  }
  // "Miley Cyrus's sister, Noah Cyrus": an unknown first word before a found person's surname is a relative's name
  const surnames = new Set(
    clusters
      .map((c) => words(c.name))
      .filter((w) => w.length >= 2)
      .map((w) => w[w.length - 1]),
  );
  for (const s of sentences) {
    if (s.headline) continue;
    for (const raw of capitalisedSpans(s.text)) {
      const t = trimSpan(raw);
      const ws = t ? words(t.text) : [];
      if (!t || t.start !== raw.start || ws.length !== 2 || !surnames.has(ws[1]) || clusters.some((c) => c.forms.has(t.text))) continue;
      if (
        isCommonWord(ws[0]) ||
        isPlace(ws[0]) ||
        HONORIFICS.has(ws[0].toLowerCase()) ||
        ROLE_WORDS.has(ws[0].toLowerCase()) ||
        isLeadTitle(ws[0]) ||
        MONTH_NAME.test(ws[0]) ||
        !/^[A-Z][a-zà-ÿ'’-]+$/.test(ws[0])
      )
        continue;
      add(t.text, s.idx);
    }
  }
  for (const s of sentences) {
    if (s.headline) continue;
    for (const n of childSlotNames(s.text)) {
      if (!clusters.some((c) => words(c.name).includes(n) || c.forms.has(n))) add(n, s.idx);
    }
  }
  // prefix: a nickname cut from a known name ("Jen" for Jennifer Aniston)
  const known = (w: string, prefix = false) =>
    clusters.some((c) => [...c.forms].some((f) => words(f).some((x) => x === w || (prefix && w.length >= 3 && x.startsWith(w)))));
  for (const m of findMononyms(sentences, known)) add(fullNameOf(sentences, m.name) ?? m.name, m.sent);
  return mergeAliases(sentences, dropTitles(sentences, clusters));
}

/**
 * "Martha Quillfeather Wins Award" over a body that says only "Quillfeather, 45, said": a one-word name the article gives in
 * full elsewhere (a headline, or a span discovery did not take) is that full name, so the surname joins one person. The
 * word before must be a given name or an unknown capitalised word (not a common word, place or title); exactly one such
 * full name must exist, else the single name stays as it is.
 */
function fullNameOf(sentences: Sentence[], single: string): string | undefined {
  const found = new Set<string>();
  for (const s of sentences)
    for (const raw of capitalisedSpans(s.text)) {
      const ws = words(raw.text);
      for (let k = 1; k < ws.length; k++) {
        if (ws[k] !== single) continue;
        const first = ws[k - 1];
        if (!/^[A-Z][a-zà-ÿ'’-]+$/.test(first) || isLeadTitle(first) || MONTH_NAME.test(first)) continue;
        if (HONORIFICS.has(first.toLowerCase()) || ROLE_WORDS.has(first.toLowerCase()) || isPlace(first)) continue;
        if (!isFirstName(first) && isCommonWord(first)) continue;
        if (k >= 2 && /^(?:And|&)$/.test(ws[k - 2])) return undefined; // "Martha And Tom Quillfeather": two people, none sure
        found.add(`${first} ${single}`);
      }
    }
  return found.size === 1 ? [...found][0] : undefined;
}

const TITLE_BEFORE =
  /\b(?:film|movie|biopic|drama|comedy|thriller|musical|series|show|sitcom|soap|album|single|song|novel|book|play|opera|starred in|starring in|star of|role in|roles in|appeared in|appearing in|for (?:his|her|their) (?:role|part|work) in)\s+$/i;
const TITLE_AFTER =
  /^['’]?s?\s+(?:star|stars|director|actress|actor|co-star|cast|producer|writer|creator|sequel|franchise|premiere|soundtrack|trailer)\b/;

/**
 * "starred in Forrest Gump", "the film Vera Drake", "Vera Drake director Mike Leigh": a name that is a work's title wherever it is
 * cued, and nowhere cued as a person, is not a person.
 */
function dropTitles(sentences: Sentence[], clusters: Cluster[]): Cluster[] {
  const title = new Set<number>();
  const person = new Set<number>();
  for (const s of sentences) {
    for (const raw of capitalisedSpans(s.text)) {
      const t = trimSpan(raw) ?? raw;
      const c = clusters.find((k) => k.forms.has(t.text));
      if (!c) continue;
      const before = s.text.slice(Math.max(0, raw.start - 40), raw.start);
      const after = s.text.slice(t.end, t.end + 30);
      // (not "his role in Bertolucci's Last Tango": the possessive is the film's maker)
      if ((TITLE_BEFORE.test(before) && !/^['’]s?\s/.test(after)) || TITLE_AFTER.test(after)) title.add(c.id);
      else if (hasCue(s.text, t)) person.add(c.id);
    }
  }
  const out = clusters.filter((c) => !title.has(c.id) || person.has(c.id));
  out.forEach((c, i) => (c.id = i));
  return out;
}

/** "Jay Z, whose legal name is Shawn Carter": one person. Merges the second cluster into the first and renumbers. */
function mergeAliases(sentences: Sentence[], clusters: Cluster[]): Cluster[] {
  const find = (n: string) => clusters.find((c) => c.forms.has(n));
  for (const s of sentences) {
    for (const m of s.text.matchAll(
      /([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}),? (?:whose (?:legal|real|birth|full) name is|born|née|real name) ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2})/g,
    )) {
      const a = find(m[1]) ?? clusters.find((c) => [...c.forms].some((f) => m[1].endsWith(f)));
      const b = find(m[2]);
      if (!a || !b || a === b) continue;
      b.forms.forEach((f) => a.forms.add(f));
      clusters.splice(clusters.indexOf(b), 1);
    }
  }
  clusters.forEach((c, i) => (c.id = i));
  return clusters;
}

export { KIN_SLOT };
