/** What event rules look for besides their trigger: platforms, hedges, who died, which dates a wedding's (event.ts). */
import { FoundDate } from '../dates';
import { EVENT_HEDGES, HEDGES, KILLED_TO_DEATH, KILLING_VERBS, alt } from '../vocab';

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
/** a hedge anywhere in the sentence: "reportedly", "rumoured", "would" */
export const HYPO = new RegExp(`\\b(${alt(HEDGES, EVENT_HEDGES)})\\b`, 'i');
export const ANNIV = /\b(anniversary|tribute|honou?red|remembered|years? ago today|(?:a|one) year (?:after|since))\b/i;
export const POSTVERB = /\b(posted|shared|wrote|captioned|tweeted|took to|uploaded|announced|posting|sharing|writing|post)\b/i;

export function platformOf(text: string): string | undefined {
  return PLATFORM.find(([re]) => re.test(text))?.[1];
}

export const idsIn = (tpl: string) => [...new Set([...tpl.matchAll(/⟦([\d+]+)⟧/g)].flatMap((m) => m[1].split('+').map(Number)))];

export function nearestDate(ds: FoundDate[], pos: number): FoundDate | undefined {
  return [...ds].sort((a, b) => Math.abs(a.start - pos) - Math.abs(b.start - pos))[0];
}

/** who announced: "⟦x⟧ (…) announced/revealed/confirmed (…) pregnant/expecting", or "⟦x⟧'s (…) pregnancy announcement" */
export function pregnancyAnnouncer(t: string): number | undefined {
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
export const DEATH_TRIGGER = new RegExp(
  `\\bdie[sd]\\b|\\bpassed away\\b|\\bfound dead\\b|\\b${KILLED_TO_DEATH}\\b|\\b(?:death|murder) of (?:[a-z-]+ ){0,2}?⟦|⟧'s (?:[a-z]+ )?(?:death|murder)\\b|\\bcommitted suicide\\b|\\bkilled himself|\\bkilled herself`,
  'i',
);

/** the person who died: "X died", "the death of X", "X's death"; the sentence subject only if no "Y's son, who died" sits in between */
export function deathOf(t: string, raw: string): number | undefined {
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
export function weddingDates(raw: string, ds: FoundDate[]): FoundDate[] | undefined {
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
