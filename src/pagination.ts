import { BadInputError } from './errors';

export const MAX_PAGE_SIZE = 100;

/** Opaque keyset cursor: the sort values of the last row seen, never an offset. */
export function encodeCursor(values: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(['v1', ...values])).toString('base64url');
}

/** Decodes a cursor made by encodeCursor with `arity` sort values; anything else is BAD_USER_INPUT. */
export function decodeCursor(cursor: string | null | undefined, arity: number, field = 'after'): (string | number | null)[] | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed[0] === 'v1' && parsed.length === arity + 1) return parsed.slice(1);
  } catch {
    // fall through to the error below
  }
  throw new BadInputError(field, 'is not a cursor this API issued');
}

/** Checks `first` against the page-size cap. */
export function checkPageSize(first: number | null | undefined, field = 'first', fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new BadInputError(field, `must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  totalCount: number;
}

/** Rows were fetched with limit+1: the extra one only says there is a next page. */
export function toPage<T>(rows: T[], limit: number, totalCount: number): Page<T> {
  return { items: rows.slice(0, limit), hasNextPage: rows.length > limit, totalCount };
}
