import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, Evidence } from './common.types';
import { Connection, connectionOf } from './connection-of';

export const EvidenceConnection = connectionOf('Evidence', () => Evidence);
export type EvidenceConnection = Connection<Evidence>;

@ObjectType({ description: 'one thing an editor did' })
export class EditorialAction {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => String, { description: 'REVIEW_ACCEPT, REVIEW_REJECT, RETRACT_ARTICLE, MERGE_PEOPLE or UPDATE_PERSON' })
  action!: string;

  @Field(() => String, { description: 'who did it: the name configured for the API key' })
  actor!: string;

  @Field(() => ID, { description: 'the id of the evidence, article or person acted on' })
  target!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

export const EditorialActionConnection = connectionOf('EditorialAction', () => EditorialAction);
export type EditorialActionConnection = Connection<EditorialAction>;

@ObjectType()
export class RetractReport {
  @Field(() => ID)
  articleId!: string;

  @Field(() => Int)
  evidenceRemoved!: number;

  @Field(() => Int)
  factsRemoved!: number;

  @Field(() => Int)
  peopleRemoved!: number;
}

/** A correction (updatePerson): a field left out stays; null clears description, birthDate or deathDate, and aliases: null means none. */
@InputType()
export class PersonPatch {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [String], { nullable: true })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  deathDate?: string | null;
}
