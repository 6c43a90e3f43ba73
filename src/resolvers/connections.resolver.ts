import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Context } from '../server/context';
import { RelationKind } from '../schema/common.types';
import { ConnectionPath } from '../schema/connection.type';
import { findConnections, PathResult } from '../connections/find-connections';
import { ExportFormat, GraphExport } from '../schema/analysis.type';
import { exportConnections } from '../export/connections.export';

@Resolver()
export class ConnectionsResolver {
  @Query(() => [ConnectionPath], { description: 'shortest paths between two people, each hop with its evidence' })
  connections(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Ctx() ctx: Context,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 4 }) maxHops: number,
    @Arg('first', () => Int, { nullable: true, defaultValue: 3 }) first: number,
    @Arg('via', () => [RelationKind], { nullable: true }) via?: RelationKind[] | null,
  ): Promise<PathResult[]> {
    return findConnections(ctx, { from, to, maxHops: maxHops ?? 4, first: first ?? 3, via: via ?? null });
  }

  @Query(() => GraphExport, { description: 'the result of connections as a file for Gephi (GraphML) or Cytoscape (JSON)' })
  async exportConnections(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Ctx() ctx: Context,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 4 }) maxHops: number,
    @Arg('first', () => Int, { nullable: true, defaultValue: 3 }) first: number,
    @Arg('via', () => [RelationKind], { nullable: true }) via?: RelationKind[] | null,
    @Arg('format', () => ExportFormat, { nullable: true, defaultValue: ExportFormat.GRAPHML }) format?: ExportFormat,
  ): Promise<GraphExport> {
    const paths = await findConnections(ctx, { from, to, maxHops: maxHops ?? 4, first: first ?? 3, via: via ?? null });
    return exportConnections(paths, format ?? ExportFormat.GRAPHML) as GraphExport;
  }
}
