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

@ObjectType()
export class PersonHit {
  @Field(() => Person)
  person!: Person;

  @Field(() => Float)
  score!: number;
}

export const PersonConnection = connectionOf('Person', () => Person);
export type PersonConnection = Connection<Person>;
