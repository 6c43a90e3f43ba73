import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './common.types';

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
export class PersonEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Person)
  node!: Person;
}

@ObjectType()
export class PersonConnection {
  @Field(() => [PersonEdge])
  edges!: PersonEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType()
export class PersonHit {
  @Field(() => Person)
  person!: Person;

  @Field(() => Float)
  score!: number;
}
