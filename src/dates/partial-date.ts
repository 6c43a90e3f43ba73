import { BadInputError } from '../errors';

/**
 * Partial dates are kept as ISO strings of 4, 7 or 10 characters ("2020", "2020-09",
 * "2020-09-30"). Their plain string order is the order we want: "2020-09" sorts after
 * "2020-08-31" and before "2020-09-01" and "2020-10", so Neo4j can order and range-scan
 * them with an ordinary index and no fake day is ever invented.
 */
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

export interface PartialDateValue {
  iso: string;
  year: number;
  month: number | null;
  day: number | null;
  precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "2020", "2020-09" or "2020-09-30"; returns null for anything else, including impossible days. */
export function parsePartialDate(text: string): PartialDateValue | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > daysInMonth(year, month!))) return null;
  const precision: DatePrecision = day !== null ? 'DAY' : month !== null ? 'MONTH' : 'YEAR';
  return { iso: match[0], year, month, day, precision };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The stored iso string as a value for the API; null stays null. */
export function toPartialDate(iso: string | null | undefined): PartialDateValue | null {
  return iso ? parsePartialDate(iso) : null;
}

/**
 * Upper bound (exclusive) for a `to` filter given as a partial date: everything that starts
 * with the prefix is inside it, so "2020-09" as `to` keeps "2020-09-30" and "2020-09".
 */
export function endOfPrefix(iso: string): string {
  return `${iso}\uffff`;
}

/** The iso form of a partial date given in input field `field`; anything else is BAD_USER_INPUT naming the field. */
export function requirePartialDate(value: string, field: string): string {
  const date = parsePartialDate(value);
  if (!date) throw new BadInputError(field, `"${value}" is not a date like 2020, 2020-09 or 2020-09-30`);
  return date.iso;
}
