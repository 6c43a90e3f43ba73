import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { selectedFields } from './selection';
import { Context } from '../server/context';
import { RelationKind } from '../schema/common.types';
import { ConnectionPath } from '../schema/connection.type';
import { ExportFormat, GraphExport } from '../schema/analysis.type';
import { findConnections, PathResult } from '../connections/find-connections';
import { exportConnections } from '../export/connections.export';
import { ACCEPTED_ONLY_DOC } from '../graph/standing';

@ArgsType()
class ConnectionsArgs {
  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => Int, { nullable: true, defaultValue: 4 })
  maxHops!: number;

  @Field(() => Int, { nullable: true, defaultValue: 3 })
  first!: number;

  @Field(() => [RelationKind], { nullable: true })
  via?: RelationKind[] | null;

  @Field(() => Boolean, { defaultValue: false, description: ACCEPTED_ONLY_DOC })
  acceptedOnly!: boolean;
}

const search = (ctx: Context, a: ConnectionsArgs, needs?: { people: boolean; evidence: boolean }): Promise<PathResult[]> =>
  findConnections(ctx, {
    from: a.from,
    to: a.to,
    maxHops: a.maxHops ?? 4,
    first: a.first ?? 3,
    via: a.via ?? null,
    acceptedOnly: a.acceptedOnly ?? false,
    needs,
  });

/** A path's people are loaded when read (on it or on its hops), its hops' evidence when read. */
function needsOf(info: GraphQLResolveInfo): { people: boolean; evidence: boolean } {
  const hop = selectedFields(info, ['hops']);
  return { people: selectedFields(info).has('people') || hop.has('from') || hop.has('to'), evidence: hop.has('evidence') };
}

@Resolver()
export class ConnectionsResolver {
  @Query(() => [ConnectionPath], {
    description:
      'paths between two people, each hop with its evidence; stated relations first: co-mention hops only when no spouse or parent path exists within maxHops, or when via names them',
  })
  connections(
    @Args(() => ConnectionsArgs) args: ConnectionsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PathResult[]> {
    return search(ctx, args, needsOf(info));
  }

  @Query(() => GraphExport, { description: 'the result of connections as a file for Gephi (GraphML) or Cytoscape (JSON)' })
  async exportConnections(
    @Args(() => ConnectionsArgs) args: ConnectionsArgs,
    @Ctx() ctx: Context,
    @Arg('format', () => ExportFormat, { nullable: true, defaultValue: ExportFormat.GRAPHML }) format?: ExportFormat,
  ): Promise<GraphExport> {
    return exportConnections(await search(ctx, args), format ?? ExportFormat.GRAPHML) as GraphExport;
  }
}
