import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';

/** The contract's `DateTime` and `JSON` scalars. */
export const DateTimeScalar = DateTimeResolver;
export const JSONScalar = JSONResolver;

export enum DatePrecision { YEAR = 'YEAR', MONTH = 'MONTH', DAY = 'DAY' }
registerEnumType(DatePrecision, { name: 'DatePrecision' });

export enum EventKind {
  BIRTH = 'BIRTH',
  DEATH = 'DEATH',
  MARRIAGE = 'MARRIAGE',
  DIVORCE = 'DIVORCE',
  PREGNANCY_ANNOUNCEMENT = 'PREGNANCY_ANNOUNCEMENT',
  PREGNANCY_LOSS = 'PREGNANCY_LOSS',
  ANNIVERSARY_POST = 'ANNIVERSARY_POST',
  SOCIAL_POST = 'SOCIAL_POST',
  ESSAY = 'ESSAY',
  STATEMENT = 'STATEMENT',
  OTHER = 'OTHER',
}
registerEnumType(EventKind, { name: 'EventKind' });

export enum RelationKind { SPOUSE = 'SPOUSE', PARENT = 'PARENT', CHILD = 'CHILD', CO_MENTIONED = 'CO_MENTIONED' }
registerEnumType(RelationKind, {
  name: 'RelationKind',
  valuesConfig: {
    PARENT: { description: 'from is a parent of to' },
    CHILD: { description: 'from is a child of to' },
    CO_MENTIONED: { description: 'from and to are mentioned in the same article' },
  },
});

@ObjectType({ description: 'A calendar date known to the day, the month, or only the year.' })
export class PartialDate {
  @Field(() => String, { description: '2020, 2020-09 or 2020-09-30, as precise as the source allows' })
  iso!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true })
  month!: number | null;

  @Field(() => Int, { nullable: true })
  day!: number | null;

  @Field(() => DatePrecision)
  precision!: DatePrecision;
}

export enum ReviewStatus { ACCEPTED = 'ACCEPTED', PROPOSED = 'PROPOSED', REJECTED = 'REJECTED' }
registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  description: `Where a piece of evidence stands. Curated input (structured ingestion, reference data, an
editor's decision) is ACCEPTED; machine-read evidence is PROPOSED until an editor decides.
REJECTED evidence is hidden from every read and is not brought back by re-ingesting its article.`,
});

export enum ReviewDecision { ACCEPT = 'ACCEPT', REJECT = 'REJECT' }
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

@ObjectType({ description: 'Where a fact comes from: the article (or reference dataset) that states it, and the words that state it.' })
export class Evidence {
  /** resolved to `article` by EvidenceResolver */
  articleId!: string | null;

  @Field(() => ID)
  id!: string;

  @Field(() => ReviewStatus)
  status!: ReviewStatus;

  @Field(() => Boolean, {
    description:
      'PROPOSED evidence read below the write threshold (minConfidence): it and a fact that has nothing else are shown by no ' +
      'read but the review queue until an editor accepts it',
  })
  held!: boolean;

  @Field(() => String, { nullable: true, description: 'the extraction rule that produced this evidence; null for curated input' })
  rule!: string | null;

  @Field(() => String, { description: "the article's publisher, or the dataset's name (e.g. Wikidata)" })
  source!: string;

  @Field(() => String, { nullable: true, description: 'the sentence or clause that states the fact' })
  quote!: string | null;

  @Field(() => Float, { description: '0..1; curated facts are 1, machine-extracted facts less' })
  confidence!: number;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
