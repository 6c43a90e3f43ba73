import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './common.types';

export interface Edge<T> { cursor: string; node: T }
export interface Connection<T> { edges: Edge<T>[]; pageInfo: PageInfo; totalCount: number }

/** `<Name>Edge` and `<Name>Connection`, the cursor-paged list of one node type. */
export function connectionOf<T extends object>(name: string, node: () => ClassType<T> | (abstract new () => T)): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}
