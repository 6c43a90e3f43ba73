/**
 * Parsing of the Wikidata fact files (CSV of marriages, question/answer JSON) and the
 * normalisation of their names, dates and end causes. Pure: strings in, plain data out.
 */
// ---------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------

/**
 * RFC 4180 CSV parser: comma separated, fields may be double-quoted, quotes inside a
 * quoted field are doubled (""), quoted fields may contain commas and line breaks.
 * Accepts LF or CRLF line endings and a leading UTF-8 BOM. Blank lines are skipped.
 */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStarted = false; // distinguishes an empty line from a line with one empty field
  const endRow = (): void => {
    if (fieldStarted || row.length > 0) {
      row.push(field);
      rows.push(row);
    }
    row = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inQuotes) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field += c;
      }
      continue;
    }
    if (c === '"') {
      inQuotes = true;
      fieldStarted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      fieldStarted = true;
    } else if (c === '\n') {
      endRow();
    } else if (c === '\r') {
      if (src[i + 1] === '\n') i++;
      endRow();
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new Error('CSV: unterminated quoted field');
  endRow();
  return rows;
}

/** One row of celebrity-marriages.csv, raw strings (not yet cleaned). */
export interface MarriageRow {
  celebrity: string;
  spouse: string;
  startDate: string;
  endDate: string;
  endCause: string;
  celebrityBirth: string;
  spouseBirth: string;
}

const MARRIAGE_COLUMNS = {
  celebrity: 'Celebrity',
  spouse: 'Spouse',
  startDate: 'Start_Date',
  endDate: 'End_Date',
  endCause: 'End_Cause',
  celebrityBirth: 'Celebrity_Birth',
  spouseBirth: 'Spouse_Birth',
} as const satisfies Record<keyof MarriageRow, string>;

/** Parses celebrity-marriages.csv by header name (column order does not matter). */
export function parseMarriagesCsv(text: string): MarriageRow[] {
  const rows = parseCsv(text);
  if (rows.length === 0) return [];
  const header = rows[0].map((h) => h.trim());
  const index = {} as Record<keyof MarriageRow, number>;
  for (const key of Object.keys(MARRIAGE_COLUMNS) as (keyof MarriageRow)[]) {
    const i = header.indexOf(MARRIAGE_COLUMNS[key]);
    if (i < 0) throw new Error(`CSV: missing column ${MARRIAGE_COLUMNS[key]}`);
    index[key] = i;
  }
  return rows.slice(1).map((r) => {
    const get = (k: keyof MarriageRow): string => r[index[k]] ?? '';
    return {
      celebrity: get('celebrity'),
      spouse: get('spouse'),
      startDate: get('startDate'),
      endDate: get('endDate'),
      endCause: get('endCause'),
      celebrityBirth: get('celebrityBirth'),
      spouseBirth: get('spouseBirth'),
    };
  });
}

// ---------------------------------------------------------------------------
// Question/answer JSON (EntityQuestions)
// ---------------------------------------------------------------------------

export interface QaPair { question: string; answers: string[] }

export type QaKind = 'spouse' | 'child';

/** Parses a P26/P40 file: a JSON array of {question: string, answers: string[]}. */
export function parseQaJson(text: string): QaPair[] {
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) throw new Error('Q/A JSON: expected an array');
  return data.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null) throw new Error(`Q/A JSON: item ${i} is not an object`);
    const { question, answers } = item as { question?: unknown; answers?: unknown };
    if (typeof question !== 'string') throw new Error(`Q/A JSON: item ${i} has no question`);
    if (!Array.isArray(answers) || !answers.every((a) => typeof a === 'string')) {
      throw new Error(`Q/A JSON: item ${i} has no string answers`);
    }
    return { question, answers: answers as string[] };
  });
}

const SPOUSE_QUESTION = /^\s*who is\s+(.+?)\s+married to\s*\?\s*$/is;
// "X's child?" and, for names ending in s, "X' child?"; straight or curly apostrophe.
const CHILD_QUESTION = /^\s*who is\s+(.+?)(?:['\u2019]s|(?<=s)['\u2019])\s+child\s*\?\s*$/is;

/**
 * Extracts the subject name from "Who is X married to?" / "Who is X's child?".
 * Names may contain commas and apostrophes ("Francis Greville, 5th Earl of Warwick",
 * "Françoise d'Aubigné"); only the trailing possessive is stripped. Returns the
 * cleaned name, or undefined when the question does not match or the name is unusable.
 */
export function extractSubject(question: string, kind: QaKind): string | undefined {
  const m = (kind === 'spouse' ? SPOUSE_QUESTION : CHILD_QUESTION).exec(question);
  return m ? cleanName(m[1]) : undefined;
}

// ---------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------

const BARE_QID = /^Q\d+$/;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Trims a label and rejects what is not a name: empty strings, bare Wikidata ids
 * (Q123: the label was missing) and URLs (Wikidata "genid" blank nodes = unknown value).
 */
export function cleanName(raw: string | undefined | null): string | undefined {
  if (raw == null) return undefined;
  const name = raw.trim();
  if (name === '' || BARE_QID.test(name) || URL_LIKE.test(name)) return undefined;
  return name;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/;

/**
 * Normalises a date cell. `YYYY-01-01` is how the CSV stores year-only dates, so it
 * becomes year precision `YYYY` (a real 1 January date is indistinguishable and is
 * also reduced to the year - accepted loss). Wikidata's `-00-00` month/day also means
 * year precision, `-MM-00` month precision. Anything else that is not a date (empty,
 * genid URL) gives undefined.
 */
export function normaliseDate(raw: string | undefined | null): string | undefined {
  if (raw == null) return undefined;
  const m = ISO_DATE.exec(raw.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if ((mo === '01' && d === '01') || mo === '00') return y;
  if (d === '00') return `${y}-${mo}`;
  return `${y}-${mo}-${d}`;
}

/** Number of date components: YYYY = 1, YYYY-MM = 2, YYYY-MM-DD = 3. */
export function precision(date: string): number {
  return date.split('-').length;
}

/** True when both dates can denote the same day (equal, or one refines the other). */
export function datesCompatible(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}

/** Of two compatible-or-not dates, keep the first defined, upgraded to the more precise. */
export function pickDate(current: string | undefined, next: string | undefined): string | undefined {
  if (current === undefined) return next;
  if (next === undefined) return current;
  return precision(next) > precision(current) && datesCompatible(current, next) ? next : current;
}

/**
 * End causes are kept verbatim in the quote, except the death variants. Wikidata's
 * "death of subject" / "death of subject's spouse" are relative to the statement's
 * subject and are recorded inconsistently (the CSV has Humphrey Bogart -> Lauren Bacall
 * AND Lauren Bacall -> Humphrey Bogart both as "death of subject's spouse"), so they do
 * not reliably tell who died. They collapse to plain "death"; no death date is inferred.
 */
export function normaliseEndCause(raw: string | undefined | null): string | undefined {
  const cause = raw?.trim().replace(/\s+/g, ' ');
  if (!cause) return undefined;
  if (/\bdeath\b/i.test(cause)) return 'death';
  return cause;
}
