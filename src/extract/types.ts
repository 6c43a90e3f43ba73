/** Draft types mirroring the GraphQL contract inputs (ArticleInput and friends) as plain JSON. */
export type RelationKind = 'SPOUSE' | 'PARENT' | 'CHILD';
export type EventKind =
  | 'BIRTH'
  | 'DEATH'
  | 'MARRIAGE'
  | 'DIVORCE'
  | 'PREGNANCY_ANNOUNCEMENT'
  | 'PREGNANCY_LOSS'
  | 'ANNIVERSARY_POST'
  | 'SOCIAL_POST'
  | 'ESSAY'
  | 'STATEMENT'
  | 'OTHER';

export interface PersonDraft {
  ref: string;
  name: string;
  aliases?: string[];
  description?: string;
  birthDate?: string;
  deathDate?: string;
  /** how sure the extractor is that the name is a person (0..1, two decimals; src/extract/person-confidence.ts) */
  confidence?: number;
}

export interface RelationDraft {
  kind: RelationKind;
  from: string;
  to: string;
  since?: string;
  until?: string;
  quote?: string;
  confidence: number;
  /** the extraction rule that found it; kept out of the JSON extractArticle returns (see publicDraft) */
  rule?: string;
  /** named circumstances that lowered its confidence ("unnamed-side"); kept out like rule */
  factors?: string[];
}

export interface EventDraft {
  ref: string;
  kind: EventKind;
  title: string;
  date?: string;
  participants: string[];
  child?: string;
  platform?: string;
  commemorates?: string;
  quote?: string;
  cause?: string;
  confidence: number;
  /** the extraction rule that found it; kept out of the JSON extractArticle returns (see publicDraft) */
  rule?: string;
}

export interface QuoteDraft {
  speaker?: string;
  text: string;
}

export interface ArticleDraft {
  url?: string;
  title: string;
  publisher?: string;
  publishedAt: string;
  body?: string;
  people: PersonDraft[];
  relations: RelationDraft[];
  events: EventDraft[];
  quotes: QuoteDraft[];
}

export interface ExtractOptions {
  text: string;
  publishedAt: Date;
  /** how much of publishedAt is known (default DAY): relative dates are never more precise than it */
  publishedAtPrecision?: 'YEAR' | 'MONTH' | 'DAY';
  title?: string;
  url?: string;
  publisher?: string;
}

export interface ExtractionResult {
  draft: ArticleDraft;
  warnings: string[];
  /** debug, not part of the draft: the person-confidence rule ids that fired, by person ref */
  personRules?: Record<string, string[]>;
}

/** Longest accepted input, in characters (about 15,000 words: far beyond a news story). */
export const MAX_TEXT_CHARS = 100_000;

/** Bad input (empty, over the cap, wrong date): the service maps it to BAD_USER_INPUT. */
export class ExtractionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionInputError';
  }
}
