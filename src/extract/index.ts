/** Offline, deterministic article extractor: text -> ArticleInput draft (people, relations, events, quotes). */
import { calibratedConfidence } from './calibration';
import { resolveAll } from './coref';
import { birthYearFromAge } from './dates';
import { findEvents, FoundEvent } from './events';
import { NUMBER_WORDS } from './kin';
import { Cluster, discoverPeople } from './people';
import { Occurrence, PersonScore, scorePerson } from './person-confidence';
import { findQuotes } from './quotes';
import { propagateToSpouses } from './rules/co-parent';
import { findRelations } from './rules/engine';
import { splitSentences } from './text';
import {
  ArticleDraft,
  EventDraft,
  ExtractionInputError,
  ExtractionResult,
  ExtractOptions,
  MAX_TEXT_CHARS,
  PersonDraft,
  RelationDraft,
} from './types';

export * from './types';

const NON_LATIN = /[^\u0000-\u024F\u2000-\u206F\s]/g;
const ENGLISH = /\b(the|and|of|to|in|is|was|her|his|with|for)\b/gi;

function validate(opts: ExtractOptions): string[] {
  if (typeof opts.text !== 'string' || opts.text.trim() === '')
    throw new ExtractionInputError('text is empty: give the article text to extract from');
  if (opts.text.length > MAX_TEXT_CHARS)
    throw new ExtractionInputError(
      `text is ${opts.text.length} characters, over the limit of ${MAX_TEXT_CHARS}: split the article or trim it`,
    );
  if (!(opts.publishedAt instanceof Date) || Number.isNaN(opts.publishedAt.getTime()))
    throw new ExtractionInputError('publishedAt is not a valid date');
  const warnings: string[] = [];
  const words = opts.text.split(/\s+/).length;
  if (
    (opts.text.match(NON_LATIN)?.length ?? 0) > opts.text.length * 0.3 ||
    (words >= 8 && (opts.text.match(ENGLISH)?.length ?? 0) < words * 0.06)
  ) {
    warnings.push('the text does not look like English: the extractor reads English only, so the draft may be empty or wrong');
  }
  return warnings;
}

export function extractArticle(opts: ExtractOptions): ExtractionResult {
  const warnings = validate(opts);
  // no-break and thin spaces read as spaces, and runs of spaces as one ("White  died")
  const text = opts.text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u2009\u202f]/g, ' ')
    .replace(/[ \t]{2,}/g, ' ');
  const pub = opts.publishedAt;
  const sentences = splitSentences(text);
  const title = (opts.title ?? sentences[0]?.text ?? '').trim().slice(0, 300);
  const clusters = discoverPeople(sentences);
  const resolved = resolveAll(sentences, clusters);
  const childIds = childClusters(resolved);
  let rels = findRelations(resolved);
  rels = propagateToSpouses(rels, resolved, (id) => [...clusters[id].forms], text);
  const events = mergeEvents(findEvents(resolved, rels, pub, childIds, opts.publishedAtPrecision ?? 'DAY'));
  const quotes = findQuotes(text, resolved);
  const used = new Set<number>();
  for (const r of resolved) for (const m of r.mentions) if (m.kind === 'name') m.ids.forEach((i) => used.add(i));
  const ref = (id: number) => `p${id + 1}`;
  const scores = new Map(clusters.filter((c) => used.has(c.id)).map((c) => [c.id, personScore(c, resolved, rels, events, quotes)]));
  const people: PersonDraft[] = clusters
    .filter((c) => used.has(c.id))
    .map((c) => ({ ...personDraft(c, resolved), confidence: scores.get(c.id)!.confidence }));
  const sentText = (i: number) => sentences[i].text;
  const relations: RelationDraft[] = rels.map((r) => ({
    kind: r.kind,
    from: ref(r.a),
    to: ref(r.b),
    quote: sentText(r.sent),
    confidence: r.confidence,
    rule: r.rule,
    ...(r.factors ? { factors: r.factors } : {}),
  }));
  const eventDrafts: EventDraft[] = events.map((e, i) => eventDraft(e, i, clusters, ref, sentText(e.sent)));
  for (const e of eventDrafts) linkCommemorates(e, eventDrafts, events);
  eventDrafts.push(...ageBirths(resolved, clusters, pub, eventDrafts.length, ref));
  addSince(relations, eventDrafts);
  for (const r of relations) r.confidence = calibratedConfidence('relation', r.rule, r.factors);
  for (const e of eventDrafts) e.confidence = calibratedConfidence('event', e.rule);
  if (people.length === 0) warnings.push('no people found in the text');
  const draft: ArticleDraft = {
    ...(opts.url ? { url: opts.url } : {}),
    title: title || 'Untitled',
    ...(opts.publisher ? { publisher: opts.publisher } : {}),
    publishedAt: pub.toISOString(),
    body: text,
    people,
    relations,
    events: eventDrafts,
    quotes: quotes.map((q) => ({ text: q.text, ...(q.speaker !== undefined && used.has(q.speaker) ? { speaker: ref(q.speaker) } : {}) })),
  };
  const personRules = Object.fromEntries([...scores].map(([id, sc]) => [ref(id), sc.rules]));
  return { draft, warnings, personRules };
}

const GENDERED = /^(?:she|her|hers|herself|he|him|his|himself)$/i;

/** The person cues of one cluster: the text around each of its name mentions, pronouns, relations, events, quotes. */
function personScore(
  c: Cluster,
  resolved: ReturnType<typeof resolveAll>,
  rels: ReturnType<typeof findRelations>,
  events: FoundEvent[],
  quotes: ReturnType<typeof findQuotes>,
): PersonScore {
  const occurrences: Occurrence[] = [];
  let pronouns = 0;
  let surnameAlone = 0;
  const words = c.name.split(' ');
  for (const r of resolved)
    for (const m of r.mentions) {
      if (m.ids.length !== 1 || m.ids[0] !== c.id) continue;
      if (m.kind === 'name') {
        occurrences.push({ before: r.sent.text.slice(Math.max(0, m.start - 40), m.start), after: r.sent.text.slice(m.end, m.end + 40) });
        if (words.length > 1 && r.sent.text.slice(m.start, m.end) === words[words.length - 1]) surnameAlone++;
      } else if (m.kind === 'pronoun' && !m.ambiguous && GENDERED.test(r.sent.text.slice(m.start, m.end))) pronouns++;
    }
  return scorePerson({
    name: c.name,
    occurrences,
    genderCued: !!c.genderCued,
    pronouns,
    surnameAlone,
    related: rels.some((r) => r.a === c.id || r.b === c.id) || events.some((e) => e.people.includes(c.id) || e.child === c.id),
    speaker: quotes.some((q) => q.speaker === c.id),
  });
}

function personDraft(c: Cluster, resolved: ReturnType<typeof resolveAll>): PersonDraft {
  const aliases = new Set<string>([...c.forms].filter((f) => f !== c.name));
  for (const r of resolved)
    for (const m of r.mentions)
      if (m.kind === 'name' && m.ids[0] === c.id) {
        const t = r.sent.text.slice(m.start, m.end);
        if (t !== c.name && !c.name.startsWith(t + ' ') && c.name.includes(t)) aliases.add(t);
      }
  return { ref: `p${c.id + 1}`, name: c.name, ...(aliases.size ? { aliases: [...aliases] } : {}) };
}

/** People named right after child words ("son Jack") are children in this article. */
export function childClusters(resolved: ReturnType<typeof resolveAll>): Set<number> {
  const out = new Set<number>();
  for (const r of resolved)
    for (const m of r.tpl.matchAll(/\b(?:sons?|daughters?|children|kids|twins|baby|newborn|child)\b[^⟦.]{0,40}?⟦(\d+)⟧/g))
      out.add(Number(m[1]));
  return out;
}

function mergeEvents(evs: FoundEvent[]): FoundEvent[] {
  const out: FoundEvent[] = [];
  for (const e of evs) {
    const same = out.find(
      (o) =>
        o.kind === e.kind &&
        o.kind !== 'SOCIAL_POST' &&
        o.people.some((p) => e.people.includes(p)) &&
        (!o.date || !e.date || o.date.slice(0, 4) === e.date.slice(0, 4) || o.weakDate || e.weakDate),
    );
    if (!same) {
      out.push({ ...e });
      continue;
    }
    if (!same.date || (same.weakDate && e.date && !e.weakDate) || (e.date && same.date && e.date.startsWith(same.date) && !e.weakDate)) {
      same.date = e.date ?? same.date;
      same.weakDate = e.weakDate;
    }
    same.child ??= e.child;
    same.cause ??= e.cause;
    same.platform ??= e.platform;
  }
  return out;
}

const TITLES: Record<string, string> = {
  BIRTH: 'Birth',
  DEATH: 'Death',
  MARRIAGE: 'Marriage',
  DIVORCE: 'Divorce',
  PREGNANCY_ANNOUNCEMENT: 'Pregnancy announcement',
  PREGNANCY_LOSS: 'Pregnancy loss',
  ANNIVERSARY_POST: 'Anniversary post',
  SOCIAL_POST: 'Social media post',
  ESSAY: 'Essay',
  STATEMENT: 'Statement',
  OTHER: 'Event',
};

function eventDraft(e: FoundEvent, i: number, clusters: Cluster[], ref: (id: number) => string, quote: string): EventDraft {
  const names = e.people.map((p) => clusters[p].name).join(' and ');
  return {
    ref: `e${i + 1}`,
    kind: e.kind,
    title: `${TITLES[e.kind]}: ${names}${e.platform ? ` (${e.platform})` : ''}`,
    ...(e.date ? { date: e.date } : {}),
    participants: [...new Set([...e.people, ...(e.child !== undefined ? [e.child] : [])])].map(ref),
    ...(e.child !== undefined ? { child: ref(e.child) } : {}),
    ...(e.platform ? { platform: e.platform } : {}),
    ...(e.cause ? { cause: e.cause } : {}),
    quote,
    confidence: e.confidence,
    rule: e.rule,
  };
}

function linkCommemorates(d: EventDraft, all: EventDraft[], found: FoundEvent[]): void {
  const f = found[Number(d.ref.slice(1)) - 1];
  if (d.kind !== 'ANNIVERSARY_POST' || !f.commemorates) return;
  const target = all.find((o) => o.kind === f.commemorates && o.participants.some((p) => d.participants.includes(p)));
  if (target) d.commemorates = target.ref;
}

/** "five-year-old Luna", "Cyrus, 24": approximate BIRTH events (YEAR precision, confidence 0.4, below the default ingest threshold). */
function ageBirths(
  resolved: ReturnType<typeof resolveAll>,
  clusters: Cluster[],
  pub: Date,
  n: number,
  ref: (id: number) => string,
): EventDraft[] {
  const seen = new Map<number, EventDraft>();
  for (const r of resolved) {
    for (const m of r.mentions) {
      if (m.kind !== 'name' || seen.has(m.ids[0])) continue;
      const pre = /(\w+)-(year|month|week)-old (?:(?:twin )?(?:sons?|daughters?|twins|boy|girl) )?$/.exec(
        r.sent.text.slice(Math.max(0, m.start - 40), m.start),
      );
      const post = /^(?:['’]s)?, (\d{1,3})(?=[,;)]| and)/.exec(r.sent.text.slice(m.end, m.end + 8));
      let age: number | undefined;
      let unit: 'year' | 'month' | 'week' | undefined;
      if (pre) [age, unit] = [/^\d+$/.test(pre[1]) ? Number(pre[1]) : NUMBER_WORDS[pre[1].toLowerCase()], pre[2] as 'year'];
      else if (post) [age, unit] = [Number(post[1]), 'year'];
      if (age === undefined || age > 110) continue;
      const id = m.ids[0];
      seen.set(id, {
        ref: `e${n + seen.size + 1}`,
        kind: 'BIRTH',
        title: `Birth: ${clusters[id].name} (about ${birthYearFromAge(age, unit, pub)}, from stated age ${age})`,
        date: birthYearFromAge(age, unit, pub),
        participants: [ref(id)],
        child: ref(id),
        quote: r.sent.text,
        confidence: 0.4,
        rule: 'event/birth-from-age',
      });
    }
  }
  return [...seen.values()];
}

function addSince(rels: RelationDraft[], events: EventDraft[]): void {
  for (const r of rels.filter((x) => x.kind === 'SPOUSE')) {
    const has = (e: EventDraft) => e.participants.includes(r.from) && e.participants.includes(r.to) && e.date && e.confidence >= 0.8;
    const m = events.find((e) => e.kind === 'MARRIAGE' && has(e));
    const d = events.find((e) => e.kind === 'DIVORCE' && has(e));
    if (m) r.since = m.date;
    if (d) r.until = d.date;
  }
}
