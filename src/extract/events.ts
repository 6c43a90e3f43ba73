/** Life events and posts from sentences: trigger words, participants from mentions, dates from dates.ts. */
import { Resolved } from './coref';
import { FoundDate, PubPrecision, addYears, findDates } from './dates';
import { FoundRelation } from './rules/types';
import { EventKind } from './types';
import { EVENT_HEDGES, HEDGES, KILLED_TO_DEATH, KILLING_VERBS, alt } from './vocab';

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
  confidence: number;
  /** the id of the trigger that found it ("event/marriage-dated"): Evidence.rule once ingested */
  rule: string;
}

const PLATFORM: [RegExp, string][] = [
  [/\binstagram\b/i, 'Instagram'],
  [/\b(twitter|tweet(?:ed|s)?)\b/i, 'Twitter'],
  [/\bX \(formerly Twitter\)/, 'X'],
  [/\bfacebook\b/i, 'Facebook'],
  [/\btiktok\b/i, 'TikTok'],
  [/\bsnapchat\b/i, 'Snapchat'],
  [/\breddit\b/i, 'Reddit'],
  [/\byoutube\b/i, 'YouTube'],
  [/\bmedium\b(?! ?-)/, 'Medium'],
];
const HYPO = new RegExp(`\\b(${alt(HEDGES, EVENT_HEDGES)})\\b`, 'i');
const ANNIV = /\b(anniversary|tribute|honou?red|remembered|years? ago today|(?:a|one) year (?:after|since))\b/i;
const POSTVERB = /\b(posted|shared|wrote|captioned|tweeted|took to|uploaded|announced|posting|sharing|writing|post)\b/i;

export function platformOf(text: string): string | undefined {
  return PLATFORM.find(([re]) => re.test(text))?.[1];
}

const idsIn = (tpl: string) => [...new Set([...tpl.matchAll(/⟦([\d+]+)⟧/g)].flatMap((m) => m[1].split('+').map(Number)))];

function nearestDate(ds: FoundDate[], pos: number): FoundDate | undefined {
  return [...ds].sort((a, b) => Math.abs(a.start - pos) - Math.abs(b.start - pos))[0];
}

/** who announced: "⟦x⟧ (…) announced/revealed/confirmed (…) pregnant/expecting", or "⟦x⟧'s (…) pregnancy announcement" */
function pregnancyAnnouncer(t: string): number | undefined {
  const m =
    /⟦(\d+)⟧(?:'s)? (?:[a-z]+ ){0,3}?(?:announced|revealed|confirmed|confirms|shared)\b[^.«]{0,60}\b(?:pregnan\w*|expecting|baby on the way|having a baby)/i.exec(
      t,
    ) ?? /⟦(\d+)⟧'s (?:[\w-]+ ){0,2}?pregnancy announcement/i.exec(t);
  return m ? Number(m[1]) : undefined;
}

const KIN_NOUN =
  /'s (?:[\w-]+ ){0,2}(?:son|daughter|mother|father|grandmother|grandfather|wife|husband|brother|sister|friend|mom|dad|uncle|aunt|cousin|child)\b[^⟦]*$/i;

/** how a death is told right after the dead's name ("X died", "X, who was strangled to death") */
const DEATH_VERB = `(?:die[sd]|passed away|found dead|committed suicide|killed|${KILLED_TO_DEATH})`;
/** "X died", "X, who died in 2004", "X, a civil rights activist, died in Miami", "the death of X", "X's death" */
const DEATH_OF = new RegExp(
  `(⟦\\d+⟧)(?:'s| (?:has |had |was )?|,? who (?:has |had |was )?|, (?:has |had |was )?|, (?!and\\b|but\\b|who\\b)[^⟦,;«]{1,80}?, (?:has |had )?)${DEATH_VERB}|(?:death|murder) of (?:[a-z-]+ ){0,2}?(⟦\\d+⟧)(?!'s)|(⟦\\d+⟧)'s (?:[a-z]+ )?(?:death|murder)`,
  'gi',
);
/** ", was found dead" right after a name that closes a relative clause: the death is the clause's subject's */
const RELATIVE_CLAUSE_END = new RegExp(`^, (?:has |had |was )?(?:die|pass|found|comm|kill|${alt(KILLING_VERBS)})`, 'i');
/** a sentence that tells a death (deathOf then finds whose) */
const DEATH_TRIGGER = new RegExp(
  `\\bdie[sd]\\b|\\bpassed away\\b|\\bfound dead\\b|\\b${KILLED_TO_DEATH}\\b|\\b(?:death|murder) of (?:[a-z-]+ ){0,2}?⟦|⟧'s (?:[a-z]+ )?(?:death|murder)\\b|\\bcommitted suicide\\b|\\bkilled himself|\\bkilled herself`,
  'i',
);

/** the person who died: "X died", "the death of X", "X's death"; the sentence subject only if no "Y's son, who died" sits in between */
function deathOf(t: string, raw: string): number | undefined {
  // "her death was accidental": a pronoun's death is left to the sentences that name the dead
  if (
    /\b(?:her|his|their)\s+(?:[a-z]+\s+)?death\b/i.test(raw) &&
    !/\bdie[sd]\b|\bpassed away\b|\bfound dead\b|\bdeath of\b|[A-Z][\w-]*['’]s?\s+(?:[a-z]+\s+)?death\b/.test(raw)
  )
    return undefined;
  // "X died", "X, who died in 2004", "X, a civil rights activist, died in Miami", "the death of X", "X's death"
  // (not "Y, who was married to X, was found dead": that is Y)
  for (const m of t.matchAll(DEATH_OF)) {
    // "Y, who was married to X, was found dead": X closes a relative clause; the dead is Y
    if (m[1] && RELATIVE_CLAUSE_END.test(m[0].slice(m[1].length)) && /\b(?:who|whom|whose|which)\b[^,]*$/i.test(t.slice(0, m.index)))
      continue;
    return Number((m[1] ?? m[2] ?? m[3]).slice(1, -1));
  }
  if (/⟧,? who\b[^,]*, (?:has |had |was )?(?:die[sd]|found dead)/i.test(t)) return relativeSubject(t);
  const trigger = t.search(/\bdie[sd]\b|\bpassed away\b|\bfound dead\b|\bdeath\b|\bsuicide\b|\bkilled\b/i);
  const s = /^(⟦\d+⟧)/.exec(t);
  if (!s || trigger < 0 || KIN_NOUN.test(t.slice(0, trigger)) || /death of ⟦\d+⟧'s/.test(t)) return undefined;
  return Number(s[1].slice(1, -1));
}

/** the sentence subject of "Y, who …, died" */
function relativeSubject(t: string): number | undefined {
  const s = /^(?:[A-Z][\w ]{0,20}, )?(⟦\d+⟧)(?!'s)/.exec(t);
  return s ? Number(s[1].slice(1, -1)) : undefined;
}

/** dates that may be a wedding's: not "met in 2009", "dating since"; none at all for a state ("was married to", "were married for") */
function weddingDates(raw: string, ds: FoundDate[]): FoundDate[] | undefined {
  const before = (d: FoundDate) => raw.slice(Math.max(0, d.start - 45), d.start);
  const since = ds.filter((d) => /married[^,;]{0,40}\bsince \d{4}$/i.test(raw.slice(Math.max(0, d.start - 45), d.end)));
  if (since.length) return since; // "has been married to Y since 2015"
  const ok = ds.filter(
    (d) =>
      !/\b(?:met|dating|dated|engaged|since|honours?|received|born)\b(?:(?! and | but | then )[^,;]){0,40}$/i.test(
        before(d) + raw.slice(d.start, d.end).replace(/\d{4}.*$/, ''),
      ),
  );
  const state =
    /\b(?:was|were|is|are|been|previously|once)(?: [a-z]+ly| already)? married (?:to|for)\b/i.test(raw) &&
    !/tied the knot|wedding|nuptials|got married|\bwed\b/i.test(raw);
  return state ? undefined : ok;
}

export function findEvents(
  sents: Resolved[],
  rels: FoundRelation[],
  pub: Date,
  childIds: Set<number>,
  pubPrecision: PubPrecision = 'DAY',
): FoundEvent[] {
  const out: FoundEvent[] = [];
  sents.forEach((r, k) => {
    const raw = r.sent.text;
    const tpl = r.tpl;
    if (r.sent.headline) return;
    const ds = findDates(
      raw.replace(/“[^”]*”?|"[^"]*"/g, (q) => ' '.repeat(q.length)),
      pub,
      pubPrecision,
    );
    const people = idsIn(tpl);
    if (!people.length) return;
    const subject = people[0];
    const couple = () => {
      const sp = rels.find((x) => x.kind === 'SPOUSE' && people.includes(x.a) && people.includes(x.b));
      if (sp) return [sp.a, sp.b];
      const adults = people.filter((p) => !childIds.has(p));
      if (adults.length >= 2) return adults.slice(0, 2);
      const other = rels.find((x) => x.kind === 'SPOUSE' && (x.a === adults[0] || x.b === adults[0]));
      return other ? [other.a, other.b] : adults;
    };
    const add = (rule: string, kind: EventKind, re: RegExp, ps: number[], conf: number, extra: Partial<FoundEvent> = {}, dates = ds) => {
      const m = re.exec(tpl.replace(/«Q»/g, ' '));
      if (!m || !ps.length) return false;
      const rm = re.exec(raw);
      const d = nearestDate(dates, rm ? rm.index : 0);
      out.push({
        kind,
        people: ps,
        date: d?.iso,
        weakDate: d?.relative && /^\d{4}-\d\d$/.test(d.iso) && !/year/.test(raw.slice(d.start, d.end)),
        sent: r.sent.idx,
        confidence: conf,
        rule,
        ...extra,
      });
      return true;
    };
    const tplNoQ = tpl.replace(/«Q»/g, ' ');
    const hypo = HYPO.test(tplNoQ);
    const platform = platformOf(tplNoQ);
    const nextPlatform = platform ?? platformOf(sents[k + 1]?.tpl.replace(/«Q»/g, ' ') ?? '');
    let posted = false;
    if (ANNIV.test(tplNoQ) && (POSTVERB.test(tplNoQ) || /tribute|honou?r|remember/.test(tplNoQ)) && nextPlatform) {
      const after = /(?:a|one) year (?:after|since)/i.test(raw) && ds.length ? addYears(ds[0].iso, 1, pub, pubPrecision) : undefined;
      const commemorates: EventKind = /loss|miscarr|late son|late daughter|death|died/i.test(raw) ? 'PREGNANCY_LOSS' : 'MARRIAGE';
      out.push({
        kind: 'ANNIVERSARY_POST',
        people: [subject],
        date: after ?? ds.find((d) => d.relative)?.iso,
        platform: nextPlatform,
        commemorates,
        sent: r.sent.idx,
        confidence: 0.8,
        rule: 'event/anniversary-post',
      });
      posted = true;
    }
    if (/\b(miscarriage|miscarried|pregnancy loss|stillbirth|stillborn|lost (?:the|their|her) baby)\b/i.test(tplNoQ)) {
      const cause = /(?:diagnosed (?:her |him )?with|due to|caused by|because of) (?:an? )?([a-z][a-z -]{3,60}?)(?=[,.;]| and\b|$)/.exec(
        raw,
      )?.[1];
      const child = people.find((p) => childIds.has(p));
      const ds2 = ds.filter((d) => !/ago|after/.test(raw.slice(d.start - 8, d.start)));
      const d = ds2[ds2.length - 1];
      out.push({
        kind: 'PREGNANCY_LOSS',
        people: people.filter((p) => !childIds.has(p)).slice(0, 1),
        child,
        cause,
        date: d?.iso,
        weakDate: d && d.relative && !/year/.test(raw.slice(d.start, d.end)),
        sent: r.sent.idx,
        confidence: 0.85,
        rule: 'event/pregnancy-loss',
      });
    }
    if (!hypo && !/anniversary|engage/i.test(tplNoQ) && (ds.length || /tied the knot|got married|wedding|nuptials|\bwed\b/i.test(tplNoQ))) {
      const cp = couple();
      const wd = weddingDates(raw, ds);
      if (cp.length === 2 && wd)
        add('event/marriage-dated', 'MARRIAGE', /\b(married|wed|tied the knot|wedding|nuptials)\b/i, cp, 0.85, {}, wd);
    }
    // "Linda married the composer David Foster": a wedding stated without a date is still an event (undated); only when the
    // sentence itself gives the marriage as a relation, and never for a state ("was married to")
    if (
      !hypo &&
      !ds.length &&
      /⟧ (?:later |then |secretly |eventually |also |quietly )?(?:married|wed)\b(?! (?:for|in a|since))/i.test(tplNoQ) &&
      !/\b(?:was|were|is|are|been) (?:\w+ )?married\b|\banniversary|\bengage/i.test(tplNoQ)
    ) {
      const sp = rels.find((x) => x.kind === 'SPOUSE' && x.sent === r.sent.idx && x.confidence >= 0.8);
      if (sp) add('event/marriage-undated', 'MARRIAGE', /\b(married|wed)\b/i, [sp.a, sp.b], 0.8, {}, []);
    }
    if (
      !/\b(rumou?r|speculat|talks)\w*/i.test(tplNoQ) &&
      /\b(divorced?|filed for divorce|divorce from|separated)\b/i.test(tplNoQ) &&
      !/\bwill\b|\bwould\b|intend/i.test(tplNoQ)
    ) {
      const cp = couple();
      if (cp.length === 2) add('event/divorce', 'DIVORCE', /\b(divorce|divorced|separated)\b/i, cp, 0.8);
    }
    // a death told in a relative clause ("X, who died in 2001, would have been delighted") is a fact whatever the main clause says
    const relDeath = /⟧,? who (?:has |had )?(?:died|passed away)\b/i.test(tplNoQ);
    if (DEATH_TRIGGER.test(tplNoQ) && (!hypo || relDeath)) {
      const who = deathOf(tplNoQ, raw);
      if (who !== undefined) add('event/death', 'DEATH', /\b(die[sd]|passed away|found dead|death|murder|suicide|killed)\b/i, [who], 0.8);
    }
    // "the couple welcomed their first child": coref has made "their" the couple's ⟦a+b⟧'s
    if (
      /\bwas born\b|^born\b|\bgave birth\b|\bwelcomed (?:their\b|a\b|her\b|his\b|⟦[\d+]+⟧'s)|\barrival of (?:their|her|his)\b/i.test(tplNoQ)
    ) {
      const child = people.find((p) => childIds.has(p));
      // "X was born and raised in London": a birthplace with no date and no new baby is not a timeline event
      const dated = ds.length > 0 || child !== undefined || /\bgave birth\b|\bwelcomed\b|\barrival\b/i.test(tplNoQ);
      const ps = /^born\b/i.test(tplNoQ) ? [subject] : people;
      if (dated) add('event/birth', 'BIRTH', /\b(born|birth|welcomed|arrival)\b/i, ps, 0.8, child !== undefined ? { child } : {});
    }
    const announcer = pregnancyAnnouncer(tplNoQ);
    if (announcer !== undefined && !/\bnot\b|n't|denied|rumou?r|maybe|mock\w*|jok\w*/i.test(tplNoQ)) {
      const sp = rels.find((x) => x.kind === 'SPOUSE' && (x.a === announcer || x.b === announcer));
      const pair = new RegExp(`⟦${announcer}⟧ and ⟦(\\d+)⟧|⟦(\\d+)⟧ and ⟦${announcer}⟧`).exec(tplNoQ);
      const cp = sp ? [sp.a, sp.b] : pair ? [announcer, Number(pair[1] ?? pair[2])] : [announcer];
      add(
        'event/pregnancy-announcement',
        'PREGNANCY_ANNOUNCEMENT',
        /\b(pregnan\w*|expecting|baby)\b/i,
        cp,
        0.8,
        platform ? { platform } : {},
      );
      posted = true;
    }
    if (/\b(essay|op-ed|open letter)\b/i.test(tplNoQ)) {
      const venue =
        platform ??
        /\b(?:in|on|for) (?:the )?((?:[A-Z][\w']+ ?){1,3})/.exec(raw.slice(raw.search(/essay|op-ed|open letter/i)))?.[1]?.trim();
      add('event/essay', 'ESSAY', /\b(essay|op-ed|open letter)\b/i, [subject], 0.8, venue ? { platform: venue } : {});
      posted = true;
    }
    if (!posted && platform && POSTVERB.test(tplNoQ) && !/\buser\b|\bfans?\b/.test(tplNoQ.split('⟦')[0])) {
      if (!(k > 0 && ANNIV.test(sents[k - 1].tpl) && !platformOf(sents[k - 1].tpl)))
        add('event/social-post', 'SOCIAL_POST', POSTVERB, [subject], 0.8, { platform });
    }
    if (/\b(?:in|issued|released) a statement\b/i.test(tplNoQ)) add('event/statement', 'STATEMENT', /statement/i, [subject], 0.7);
    const sharedOn = /^The (?:post|photo|picture|tribute|message) was (?:shared|posted) on/i.test(raw) && ds.length;
    if (sharedOn) {
      const last = [...out].reverse().find((e) => /POST/.test(e.kind));
      if (last && (!last.date || ds[0].iso.startsWith(last.date))) last.date = ds[0].iso;
    }
  });
  return out;
}
