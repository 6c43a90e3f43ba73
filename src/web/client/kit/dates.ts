// Dates as the API gives them: as precise as the source, and shown no more precisely.
// Pure (no DOM), so tests/unit can run it under Node.

export interface PartialDate {
  iso: string;
  precision?: 'YEAR' | 'MONTH' | 'DAY';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2020" → "2020", "2020-09" → "September 2020", "2020-09-28" → "28 September 2020"; null → "date unknown". */
export function formatPartialDate(date: PartialDate | null | undefined): string {
  if (!date) return 'date unknown';
  const match = /^(-?\d{1,4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.iso);
  if (!match) return date.iso;
  const [, year, month, day] = match;
  // the precision field wins over the string's length: a DAY date is never shown as a month
  const precision = date.precision ?? (day ? 'DAY' : month ? 'MONTH' : 'YEAR');
  const yearText = String(Number(year));
  if (precision === 'YEAR' || !month) return yearText;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (precision === 'MONTH' || !day) return `${monthName} ${yearText}`;
  return `${Number(day)} ${monthName} ${yearText}`;
}

/** "(born 1962)", "(1920–2014)", "(died 1537)" or "" when neither date is known. */
export function formatLifespan(birth: PartialDate | null | undefined, death: PartialDate | null | undefined): string {
  const born = birth ? formatPartialDate(birth) : null;
  const died = death ? formatPartialDate(death) : null;
  if (born && died) return `(${born} – ${died})`;
  if (born) return `(born ${born})`;
  if (died) return `(died ${died})`;
  return '';
}

/** An article's publication instant as a day: "2021-09-29T08:00:00.000Z" → "29 September 2021". */
export function formatPublished(isoInstant: string): string {
  return formatPartialDate({ iso: isoInstant.slice(0, 10), precision: 'DAY' });
}

/** The month names, for selects. */
export function monthNames(): string[] {
  return [...MONTHS];
}

/** Days in a month of a leap year (29 February has anniversaries too). */
export function daysInMonth(month: number): number {
  return new Date(Date.UTC(2024, month, 0)).getUTCDate();
}

/** A partial date typed into a form, or null when it is not one ("2020", "2020-09", "2020-09-30"). */
export function parsePartialDateInput(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(trimmed) ? trimmed : null;
}
