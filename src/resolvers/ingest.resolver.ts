import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Context } from '../server/context';
import { ArticleInput } from '../schema/article.input';
import { IngestReport } from '../schema/article.type';
import { ingestArticle } from '../ingest/ingest';
import { AppError } from '../errors';

@Resolver()
export class IngestResolver {
  @Authorized('editor')
  @Mutation(() => IngestReport, { description: 'all or nothing, idempotent per url' })
  async ingestArticle(@Arg('input', () => ArticleInput) input: ArticleInput, @Ctx() ctx: Context): Promise<IngestReport> {
    const report = await ingestArticle(ctx.db, input);
    ctx.log.info('article ingested', {
      articleId: report.articleId,
      peopleCreated: report.peopleCreated,
      relationsCreated: report.relationsCreated,
      eventsCreated: report.eventsCreated,
    });
    const article = await ctx.loaders.article.load(report.articleId!);
    if (!article) throw new AppError('INTERNAL_SERVER_ERROR', 'ingested article could not be read back');
    return { ...report, article };
  }
}
