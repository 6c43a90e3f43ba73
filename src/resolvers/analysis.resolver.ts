import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../server/context';
import { CoMention, ExportFormat, GraphExport, GraphStats, RankedPerson } from '../schema/analysis.type';
import { Person } from '../schema/person.type';
import { PersonRecord } from '../graph/records';
import { CoMentionRecord, countGraph, findTopPeople } from '../graph/analysis.queries';
import { exportNeighbourhood, GraphExportResult } from '../export/neighbourhood.export';
import { checkPageSize } from '../pagination';
import { BadInputError } from '../errors';

/** A co-mention may count up to ten stated relations; more would only rank crowds. */
export const MAX_CO_MENTION_WEIGHT = 10;

function checkWeight(weight: number): number {
  if (!Number.isFinite(weight) || weight < 0 || weight > MAX_CO_MENTION_WEIGHT)
    throw new BadInputError('coMentionWeight', `must be between 0 and ${MAX_CO_MENTION_WEIGHT}`);
  return weight;
}

/** Person fields that look at the graph around a person; merged by type-graphql with PersonResolver's. */
@Resolver(() => Person)
export class PersonAnalysisResolver {
  @FieldResolver(() => [CoMention], { description: 'people mentioned in the same articles, most shared articles first' })
  coMentioned(
    @Root() p: PersonRecord,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first?: number,
  ): Promise<CoMentionRecord[]> {
    const limit = checkPageSize(first, 'first', 10);
    return ctx.loaders.coMentions.get({ limit }).load(p.id);
  }
}

@Resolver()
export class AnalysisResolver {
  @Query(() => [RankedPerson], {
    description:
      'people ranked by how connected they are: score is the number of stated relations (spouse, parent/child), plus coMentionWeight for each co-mention that means something; ties by name',
  })
  topPeople(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number,
    @Arg('coMentionWeight', () => Float, {
      nullable: true,
      defaultValue: 0,
      description: `0 to ${MAX_CO_MENTION_WEIGHT}: what one co-mention adds to the score (a stated relation adds 1)`,
    })
    coMentionWeight: number,
  ) {
    return findTopPeople(ctx.db, checkPageSize(first, 'first', 10), checkWeight(coMentionWeight ?? 0));
  }

  @Query(() => GraphStats)
  async graphStats(@Ctx() ctx: Context): Promise<GraphStats> {
    const counts = await countGraph(ctx.db);
    return { ...counts, relations: counts.spouseEdges + counts.parentEdges };
  }

  @Query(() => GraphExport, {
    description: "a person's neighbourhood (spouse, parent/child and co-mention edges, up to 3 hops) as a file for Gephi or Cytoscape",
  })
  exportNeighbourhood(
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: Context,
    @Arg('hops', () => Int, { nullable: true, defaultValue: 1, description: '1 to 3' }) hops: number,
    @Arg('format', () => ExportFormat, { nullable: true, defaultValue: ExportFormat.GRAPHML }) format: ExportFormat,
    @Arg('maxNodes', () => Int, { nullable: true, defaultValue: 500, description: '1 to 2000; the nearest people are kept' })
    maxNodes: number,
  ): Promise<GraphExportResult> {
    return exportNeighbourhood(ctx.db, { personId, hops: hops ?? 1, format: format ?? ExportFormat.GRAPHML, maxNodes: maxNodes ?? 500 });
  }
}
