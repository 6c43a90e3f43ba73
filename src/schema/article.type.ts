import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from './common.types';
import { Connection, connectionOf } from './connection-of';
import { Person } from './person.type';

/** mentions, events and quotes are added by ArticleResolver. */
@ObjectType()
export class Article {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => DateTimeScalar)
  publishedAt!: Date;
}

@ObjectType()
export class Quote {
  @Field(() => String)
  text!: string;

  @Field(() => Person, { nullable: true })
  speaker!: Person | null;

  articleId!: string;
}

@ObjectType()
export class IngestReport {
  @Field(() => Article)
  article!: Article;

  @Field(() => Int)
  peopleCreated!: number;

  @Field(() => Int)
  peopleMatched!: number;

  @Field(() => Int)
  relationsCreated!: number;

  @Field(() => Int)
  eventsCreated!: number;

  @Field(() => Int, {
    description: 'relations and events held for review (below minConfidence): stored, in the review queue, shown by no read until accepted',
  })
  heldForReview!: number;

  @Field(() => [String])
  warnings!: string[];
}

export const ArticleConnection = connectionOf('Article', () => Article);
export type ArticleConnection = Connection<Article>;
