/** The ingestion inputs as plain data; the GraphQL input classes have this shape. */
export type RelationKindIn = 'SPOUSE' | 'PARENT' | 'CHILD' | 'CO_MENTIONED';

export interface PersonIn {
  ref: string;
  id?: string | null;
  name: string;
  aliases?: string[] | null;
  description?: string | null;
  birthDate?: string | null;
  deathDate?: string | null;
  /** an extractor's confidence that the name is a person (0..1): see ./person-gate */
  confidence?: number | null;
  /** written only for held facts (./from-text): a new person is not listed until one is accepted */
  held?: boolean;
}

export interface RelationIn {
  kind: RelationKindIn;
  from: string;
  to: string;
  since?: string | null;
  until?: string | null;
  quote?: string | null;
  confidence?: number | null;
  /** the extraction rule behind a machine-read relation; the GraphQL input has no such field */
  rule?: string | null;
  /** below the write threshold: stored for review, not shown (./from-text); no GraphQL field */
  held?: boolean;
}

export interface EventIn {
  ref?: string | null;
  kind: string;
  title: string;
  date?: string | null;
  participants: string[];
  child?: string | null;
  platform?: string | null;
  commemorates?: string | null;
  quote?: string | null;
  cause?: string | null;
  confidence?: number | null;
  /** the extraction rule behind a machine-read event; the GraphQL input has no such field */
  rule?: string | null;
  /** below the write threshold: stored for review, not shown (./from-text); no GraphQL field */
  held?: boolean;
}

export interface QuoteIn {
  speaker?: string | null;
  text: string;
}

export interface ArticleIn {
  url?: string | null;
  title: string;
  publisher?: string | null;
  publishedAt: Date;
  body?: string | null;
  people: PersonIn[];
  relations?: RelationIn[] | null;
  events?: EventIn[] | null;
  quotes?: QuoteIn[] | null;
}

/** A reference dataset (e.g. Wikidata): people, relations and events with no article behind them. */
export interface DatasetIn {
  source: string;
  people: PersonIn[];
  relations: RelationIn[];
  events?: EventIn[] | null;
}

export interface IngestReport {
  articleId: string | null;
  peopleCreated: number;
  peopleMatched: number;
  relationsCreated: number;
  eventsCreated: number;
  /** relations and events stored HELD for review (src/ingest/from-text.ts); 0 for curated input */
  heldForReview: number;
  warnings: string[];
}
