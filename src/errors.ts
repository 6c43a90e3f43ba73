import { GraphQLError } from 'graphql';

/** Stable codes clients can switch on; the message is for humans. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'UNAVAILABLE'
  | 'QUERY_TOO_COMPLEX'
  | 'TIMEOUT'
  | 'ARTICLE_RETRACTED'
  | 'INTERNAL_SERVER_ERROR';

export const PUBLIC_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'UNAVAILABLE',
  'QUERY_TOO_COMPLEX',
  'TIMEOUT',
  'ARTICLE_RETRACTED',
]);

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Bad input: `field` is the path of the offending input field, e.g. `input.people[2].name`. */
export class BadInputError extends AppError {
  constructor(field: string, problem: string) {
    super('BAD_USER_INPUT', `${field}: ${problem}`, { field });
  }
}

export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} not found`);
