/**
 * The event engine: for each sentence, the rules of rules/event.ts in EVENT_ORDER, each a trigger and a finder of who
 * and when. The order matters twice: a post rule (anniversary, announcement, essay) keeps the plain social-post rule
 * from firing on its sentence, and mergeEvents keeps the first of two same events' dates.
 */
import { Resolved } from './coref';
import { FoundDate, PubPrecision, findDates } from './dates';
import { EVENT_RULES } from './rules/event';
import { HYPO, idsIn, nearestDate, platformOf } from './rules/event-cues';
import { EventFind, EventRule, EventSentence, FoundRelation } from './rules/types';
import { EventKind } from './types';

export interface FoundEvent {
  kind: EventKind;
  people: number[];
  child?: number;
  date?: string;
  weakDate?: boolean;
  platform?: string;
  cause?: string;
  commemorates?: EventKind;
  sent: number;
  /** the rule's strength until extractArticle replaces it with the calibrated confidence */
  confidence: number;
  /** the id of the trigger that found it ("event/marriage-dated"): Evidence.rule once ingested */
  rule: string;
}

/** The one order the event rules run in, for every sentence. */
export const EVENT_ORDER: readonly string[] = [
  'event/anniversary-post',
  'event/pregnancy-loss',
  'event/marriage-dated',
  'event/marriage-undated',
  'event/divorce',
  'event/death',
  'event/birth',
  'event/pregnancy-announcement',
  'event/essay',
  'event/social-post',
  'event/statement',
];
const BY_ID = new Map(EVENT_RULES.map((r) => [r.id, r]));
const ORDERED: readonly EventRule[] = EVENT_ORDER.map((id) => {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`EVENT_ORDER names an unknown rule ${id}`);
  return rule;
});

export function findEvents(
  sents: Resolved[],
  rels: FoundRelation[],
  pub: Date,
  childIds: Set<number>,
  pubPrecision: PubPrecision = 'DAY',
): FoundEvent[] {
  const out: FoundEvent[] = [];
  sents.forEach((r, k) => {
    if (r.sent.headline) return;
    const s = eventSentence(r, k, sents, rels, pub, childIds, pubPrecision);
    if (!s) return;
    for (const rule of ORDERED) {
      if (!rule.pattern.test(s.tpl)) continue;
      const f = rule.find(s);
      if (!f) continue;
      const e = eventOf(rule, f, s);
      if (e) out.push(e);
      if (rule.posts) s.posted = true;
    }
    // "The post was shared on May 3": the date of the post the sentences before told
    if (/^The (?:post|photo|picture|tribute|message) was (?:shared|posted) on/i.test(s.raw) && s.dates.length) {
      const last = [...out].reverse().find((e) => /POST/.test(e.kind));
      if (last && (!last.date || s.dates[0].iso.startsWith(last.date))) last.date = s.dates[0].iso;
    }
  });
  return out;
}

function eventSentence(
  r: Resolved,
  k: number,
  sents: Resolved[],
  rels: FoundRelation[],
  pub: Date,
  childIds: Set<number>,
  pubPrecision: PubPrecision,
): EventSentence | undefined {
  const raw = r.sent.text;
  const dates = findDates(
    raw.replace(/“[^”]*”?|"[^"]*"/g, (q) => ' '.repeat(q.length)),
    pub,
    pubPrecision,
  );
  const people = idsIn(r.tpl);
  if (!people.length) return undefined;
  const tpl = r.tpl.replace(/«Q»/g, ' ');
  const platform = platformOf(tpl);
  return {
    raw,
    tpl,
    people,
    subject: people[0],
    dates,
    hypo: HYPO.test(tpl),
    platform,
    nextPlatform: platform ?? platformOf(sents[k + 1]?.tpl.replace(/«Q»/g, ' ') ?? ''),
    prevTpl: k > 0 ? sents[k - 1].tpl : undefined,
    posted: false,
    couple: () => {
      const sp = rels.find((x) => x.kind === 'SPOUSE' && people.includes(x.a) && people.includes(x.b));
      if (sp) return [sp.a, sp.b];
      const adults = people.filter((p) => !childIds.has(p));
      if (adults.length >= 2) return adults.slice(0, 2);
      const other = rels.find((x) => x.kind === 'SPOUSE' && (x.a === adults[0] || x.b === adults[0]));
      return other ? [other.a, other.b] : adults;
    },
    rels,
    childIds,
    sent: r.sent.idx,
    pub,
    pubPrecision,
  };
}

/** The event a find states: dated by the date nearest its word (which must be in the sentence), or as it says. */
function eventOf(rule: EventRule, f: EventFind, s: EventSentence): FoundEvent | undefined {
  const base = { kind: rule.kind, people: f.people, sent: s.sent, confidence: rule.strength, rule: rule.id };
  if (!('near' in f)) return { ...base, date: f.date, ...('weakDate' in f ? { weakDate: f.weakDate } : {}), ...f.extra };
  const m = f.near.exec(s.tpl);
  if (!m || !f.people.length) return undefined;
  const rm = f.near.exec(s.raw);
  const d: FoundDate | undefined = nearestDate(f.dates ?? s.dates, rm ? rm.index : 0);
  return {
    ...base,
    date: d?.iso,
    weakDate: d?.relative && /^\d{4}-\d\d$/.test(d.iso) && !/year/.test(s.raw.slice(d.start, d.end)),
    ...f.extra,
  };
}
