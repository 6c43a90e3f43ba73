import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Connection, connectionOf } from './connection-of';

/** Fields that need a loader or a conversion are added by PersonResolver. */
@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;

  birthDate!: string | null;
  deathDate!: string | null;
}

@ObjectType()
export class SpouseLink {
  @Field(() => Person)
  person!: Person;

  since!: string | null;
  until!: string | null;
  factId!: string;
}

@ObjectType()
export class KinLink {
  @Field(() => Person)
  person!: Person;

  factId!: string;
}

@ObjectType({ description: 'a person who may be the same as this one: an editor merges them or leaves them apart' })
export class PossibleDuplicate {
  @Field(() => Person)
  person!: Person;

  @Field(() => ID, { nullable: true, description: 'the article that named one of them without saying which; null for a dataset' })
  articleId!: string | null;

  @Field(() => String, { description: 'why they were not merged, e.g. same-name/unconfirmed' })
  reason!: string;
}

@ObjectType()
export class PersonHit {
  @Field(() => Person)
  person!: Person;

  @Field(() => Float)
  score!: number;
}

export const PersonConnection = connectionOf('Person', () => Person);
export type PersonConnection = Connection<Person>;
