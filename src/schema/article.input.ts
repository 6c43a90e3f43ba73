import { Field, Float, ID, InputType } from 'type-graphql';
import { PERSON_MIN_CONFIDENCE } from '../ingest/person-gate';
import { DateTimeScalar, EventKind, RelationKind } from './common.types';

@InputType({ description: 'A person as an article names them. ref links the person within this input.' })
export class PersonInput {
  @Field(() => String)
  ref!: string;

  @Field(() => ID, { nullable: true, description: "an existing person's id; otherwise the person is matched by name or alias, or created" })
  id?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { nullable: true })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  deathDate?: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      `an extractor's confidence (0..1) that the name is a person; below ${PERSON_MIN_CONFIDENCE} the person is written only when in a relation, event or quote of this input`,
  })
  confidence?: number | null;
}

@InputType()
export class RelationInput {
  @Field(() => RelationKind)
  kind!: RelationKind;

  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => String, { nullable: true })
  since?: string | null;

  @Field(() => String, { nullable: true })
  until?: string | null;

  @Field(() => String, { nullable: true })
  quote?: string | null;

  @Field(() => Float, { nullable: true })
  confidence?: number | null;
}

@InputType()
export class EventInput {
  @Field(() => String, { nullable: true })
  ref?: string | null;

  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'a partial date: 2020, 2020-09 or 2020-09-30' })
  date?: string | null;

  @Field(() => [String])
  participants!: string[];

  @Field(() => String, { nullable: true })
  child?: string | null;

  @Field(() => String, { nullable: true })
  platform?: string | null;

  @Field(() => String, { nullable: true, description: "ref of another event in this input, or an existing event's id" })
  commemorates?: string | null;

  @Field(() => String, { nullable: true })
  quote?: string | null;

  @Field(() => String, { nullable: true })
  cause?: string | null;

  @Field(() => Float, { nullable: true })
  confidence?: number | null;
}

@InputType()
export class QuoteInput {
  @Field(() => String, { nullable: true })
  speaker?: string | null;

  @Field(() => String)
  text!: string;
}

@InputType()
export class ArticleInput {
  @Field(() => String, { nullable: true, description: 'natural key: the same url ingested twice updates one article' })
  url?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field(() => DateTimeScalar)
  publishedAt!: Date;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => [PersonInput])
  people!: PersonInput[];

  @Field(() => [RelationInput], { nullable: true })
  relations?: RelationInput[] | null;

  @Field(() => [EventInput], { nullable: true })
  events?: EventInput[] | null;

  @Field(() => [QuoteInput], { nullable: true })
  quotes?: QuoteInput[] | null;
}
