/** Date expressions resolved against the publication date, at the precision the text supports; never after publication. */
import { DatePrecision } from '../dates/partial-date';
import { NUMBER_WORDS } from './kin';
import { MONTHS, alt } from './vocab';

/** How much of the publication date is known: "2017" from ingest-folder is YEAR, a dated page DAY. */
export type PubPrecision = DatePrecision;
const PRECISION_LENGTH: Record<PubPrecision, number> = { YEAR: 4, MONTH: 7, DAY: 10 };

export interface FoundDate {
  iso: string;
  start: number;
  end: number;
  relative: boolean;
}

const MONTHS_LC = MONTHS.map((m) => m.toLowerCase());
const MON = `(${alt(MONTHS, ['Jan\\.?', 'Feb\\.?', 'Mar\\.?', 'Apr\\.?', 'Jun\\.?', 'Jul\\.?', 'Aug\\.?', 'Sept?\\.?', 'Oct\\.?', 'Nov\\.?', 'Dec\\.?'])})`;
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WD = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const NUM = '(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (m: string) => MONTHS_LC.findIndex((x) => x.startsWith(m.toLowerCase().replace('.', '').slice(0, 3))) + 1;
const num = (w: string) => (/^\d+$/.test(w) ? Number(w) : w === 'a' || w === 'an' ? 1 : (NUMBER_WORDS[w.toLowerCase()] ?? 1));
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Holidays that fix a day: used when a post is dated by one ("shared on National Sons Day"). */
function holiday(name: string, year: number): string | undefined {
  const nth = (month: number, weekday: number, n: number) => {
    const d = new Date(Date.UTC(year, month - 1, 1));
    const first = (weekday - d.getUTCDay() + 7) % 7;
    return `${year}-${pad(month)}-${pad(1 + first + 7 * (n - 1))}`;
  };
  const n = name.toLowerCase();
  if (n.includes('sons day')) return `${year}-09-28`; // US National Sons Day
  if (n.includes('daughters day')) return `${year}-09-25`;
  if (n.includes('valentine')) return `${year}-02-14`;
  if (n.includes('christmas day')) return `${year}-12-25`;
  if (n.includes('christmas eve')) return `${year}-12-24`;
  if (n.includes("new year's eve")) return `${year}-12-31`;
  if (n.includes('mother')) return nth(5, 0, 2); // US Mother's Day
  if (n.includes('father')) return nth(6, 0, 3);
  if (n.includes('thanksgiving')) return nth(11, 4, 4);
  return undefined;
}

/**
 * Find date expressions in `text`, resolved against `pub`. Dates after publication are moved back a year (no year
 * given) or dropped. When only the year (or month) of publication is known, `published` is any instant of it: a
 * date counts as after publication only past the period's end, relative dates count back from that end, and a
 * relative date ("on Wednesday", "last month") is cut to the period's precision: the text cannot say more than the
 * publication date does.
 */
export function findDates(text: string, published: Date, pubPrecision: PubPrecision = 'DAY'): FoundDate[] {
  // counted back from the period's last day: "on Wednesday" in a 2017 article is in 2017, not late 2016
  const pub = pubPrecision === 'DAY' ? published : new Date(`${periodEnd(published, pubPrecision)}T00:00:00Z`);
  const py = pub.getUTCFullYear();
  const pm = pub.getUTCMonth() + 1;
  const pubIso = periodEnd(pub, pubPrecision);
  const cut = PRECISION_LENGTH[pubPrecision];
  const out: FoundDate[] = [];
  const taken = (s: number, e: number) => out.some((d) => s < d.end && e > d.start);
  const add = (re: RegExp, f: (m: RegExpExecArray) => string | undefined, relative: boolean) => {
    for (const m of text.matchAll(new RegExp(re.source, 'gi'))) {
      const s = m.index!;
      const e = s + m[0].length;
      if (taken(s, e)) continue;
      const found = f(m as RegExpExecArray);
      const iso = relative && found ? found.slice(0, cut) : found;
      if (iso && iso.slice(0, iso.length) <= pubIso.slice(0, iso.length)) out.push({ iso, start: s, end: e, relative });
    }
  };
  const noYear = (mo: number, day?: number) => {
    let y = py;
    const iso = (yy: number) => (day ? `${yy}-${pad(mo)}-${pad(day)}` : `${yy}-${pad(mo)}`);
    if (iso(y) > pubIso.slice(0, iso(y).length)) y--;
    return iso(y);
  };
  add(
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MON},? (\\d{4})\\b`),
    (m) => `${m[3]}-${pad(monthOf(m[2]))}-${pad(+m[1])}`,
    false,
  );
  add(new RegExp(`\\b${MON} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`), (m) => `${m[3]}-${pad(monthOf(m[1]))}-${pad(+m[2])}`, false);
  add(new RegExp(`\\b${MON} (?:of )?(?:last year|the previous year)\\b`), (m) => `${py - 1}-${pad(monthOf(m[1]))}`, true);
  add(new RegExp(`\\b${MON} (?:of )?this year\\b`), (m) => `${py}-${pad(monthOf(m[1]))}`, true);
  add(
    new RegExp(`\\blast ${MON}\\b`),
    (m) => (monthOf(m[1]) < pm ? `${py}-${pad(monthOf(m[1]))}` : `${py - 1}-${pad(monthOf(m[1]))}`),
    true,
  );
  add(new RegExp(`\\b${MON},? (\\d{4})\\b`), (m) => `${m[2]}-${pad(monthOf(m[1]))}`, false);
  add(new RegExp(`\\b(?:${WD},? )?${MON} (\\d{1,2})(?:st|nd|rd|th)?\\b`), (m) => noYear(monthOf(m[2]), +m[3]), true);
  add(new RegExp(`\\b(?:${WD},? )?(\\d{1,2})(?:st|nd|rd|th)? ${MON}\\b`), (m) => noYear(monthOf(m[3]), +m[2]), true);
  add(
    /\b(?:in|since|from|of|by|until|to|year|early|late|mid-?) ?(\d{4})\b|\b(\d{4})(?='s)|\b(\d{4})\b(?=[,.]? (?:wedding|divorce|marriage))/,
    (m) => {
      const y = +(m[1] ?? m[2] ?? m[3]);
      return y >= 1800 && y <= py ? String(y) : undefined;
    },
    false,
  );
  add(new RegExp(`\\b${NUM} (year|month|week|day)s? ago\\b`), (m) => shift(pub, m[2], num(m[1])), true);
  add(
    /\b(?:last|this past|earlier this) (year|month|week)\b/,
    (m) => (m[0].toLowerCase().startsWith('earlier') ? String(py) : shift(pub, m[1], 1)),
    true,
  );
  add(/\byesterday\b/, () => shift(pub, 'day', 1), true);
  add(/\btoday\b/, () => pubIso, true);
  add(
    new RegExp(`\\b(?:on|last|this past) ${WD}\\b`),
    (m) => {
      const back = (pub.getUTCDay() - DAYS.indexOf(m[1].toLowerCase()) + 7) % 7 || (m[0].toLowerCase().startsWith('on') ? 0 : 7);
      return ymd(new Date(pub.getTime() - back * 86400000));
    },
    true,
  );
  add(new RegExp(`\\b(?:in|on|since|from|of) (?:early |late |mid-)?${MON}\\b(?! \\d)`), (m) => noYear(monthOf(m[1])), true);
  add(
    /\b(?:on|an?) ((?:National [A-Z][a-z]+ Day)|(?:(?:Mother|Father)['’]s Day)|Valentine['’]s Day|Christmas (?:Day|Eve)|New Year['’]s Eve|Thanksgiving)/,
    (m) => {
      const h = holiday(m[1], py);
      return h && h > pubIso ? holiday(m[1], py - 1) : h;
    },
    true,
  );
  return out.sort((a, b) => a.start - b.start);
}

/** The last day the publication date can be: itself, or the end of its month or year. */
function periodEnd(pub: Date, precision: PubPrecision): string {
  if (precision === 'YEAR') return `${pub.getUTCFullYear()}-12-31`;
  if (precision === 'MONTH') return ymd(new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + 1, 0)));
  return ymd(pub);
}

function shift(pub: Date, unit: string, n: number): string {
  const d = new Date(pub.getTime());
  const u = unit.toLowerCase();
  if (u === 'year') return String(d.getUTCFullYear() - n);
  if (u === 'month') {
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() - n);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  const back = new Date(pub.getTime() - n * (u === 'week' ? 7 : 1) * 86400000);
  return u === 'week' ? ymd(back).slice(0, 7) : ymd(back);
}

/** "a year after <date>" -> the date one year on (same precision), capped at publication. */
export function addYears(iso: string, n: number, pub: Date, pubPrecision: PubPrecision = 'DAY'): string | undefined {
  const out = String(Number(iso.slice(0, 4)) + n) + iso.slice(4);
  return out <= periodEnd(pub, pubPrecision).slice(0, out.length) ? out : undefined;
}

/** Birth year from an age in years (or months) at publication: YEAR precision, may be one year late. */
export function birthYearFromAge(age: number, unit: 'year' | 'month' | 'week' | undefined, pub: Date): string {
  if (unit === 'month' || unit === 'week') return shift(pub, unit, age).slice(0, 4);
  return String(pub.getUTCFullYear() - age);
}
