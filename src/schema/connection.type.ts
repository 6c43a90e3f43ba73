import { Field, Int, ObjectType } from 'type-graphql';
import { Evidence, RelationKind } from './common.types';
import { Person } from './person.type';

@ObjectType()
export class PathHop {
  @Field(() => Person)
  from!: Person;

  @Field(() => Person)
  to!: Person;

  @Field(() => RelationKind)
  relation!: RelationKind;

  @Field(() => [Evidence])
  evidence!: Evidence[];
}

@ObjectType()
export class ConnectionPath {
  @Field(() => Int)
  length!: number;

  @Field(() => [Person])
  people!: Person[];

  @Field(() => [PathHop])
  hops!: PathHop[];
}
