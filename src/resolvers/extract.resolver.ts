import { Arg, Authorized, Ctx, Float, Mutation, Query, Resolver } from 'type-graphql';
import { Context } from '../server/context';
import { DatePrecision, DateTimeScalar } from '../schema/common.types';
import { Extraction } from '../schema/extraction.type';
import { IngestReport } from '../schema/article.type';
import { draftToArticle, extractDraft, publicDraft } from '../ingest/from-text';
import { ingestArticle } from '../ingest/ingest';
import { AppError } from '../errors';
import { Extractor, inlineExtractor } from '../extract-pool/extract-pool';
import { WRITE_THRESHOLD } from '../extract/calibration';

const PRECISION_DOC =
  'how much of publishedAt is known (default DAY); with YEAR, "on Wednesday" or "last month" gives the year only, never a day';

@Resolver()
export class ExtractResolver {
  /** the app passes its worker pool (build-schema.ts); without one, e.g. printing the schema, it extracts inline */
  constructor(private readonly extractor: Extractor = inlineExtractor) {}

  @Query(() => Extraction, {
    description: "read an article's text and propose the people, relations, events and quotes it states; writes nothing",
  })
  async extractArticle(
    @Arg('text', () => String) text: string,
    @Arg('publishedAt', () => DateTimeScalar) publishedAt: Date,
    @Arg('title', () => String, { nullable: true }) title?: string | null,
    @Arg('url', () => String, { nullable: true }) url?: string | null,
    @Arg('publisher', () => String, { nullable: true }) publisher?: string | null,
    @Arg('publishedAtPrecision', () => DatePrecision, { nullable: true, description: PRECISION_DOC })
    publishedAtPrecision?: DatePrecision | null,
  ): Promise<Extraction> {
    const { draft, warnings } = await extractDraft(this.extractor, {
      text,
      publishedAt,
      publishedAtPrecision: publishedAtPrecision ?? undefined,
      title: title ?? undefined,
      url: url ?? undefined,
      publisher: publisher ?? undefined,
    });
    return { draft: publicDraft(draft), warnings };
  }

  @Authorized('editor')
  @Mutation(() => IngestReport, {
    description:
      'extract, then ingest the relations and events at or above minConfidence (a confidence is the measured precision of the rule ' +
      `that found it; at the default ${WRITE_THRESHOLD}, 0.97 of written relations were right on held-out labelled articles); ` +
      'all or nothing, idempotent per url',
  })
  async ingestArticleText(
    @Arg('text', () => String) text: string,
    @Arg('publishedAt', () => DateTimeScalar) publishedAt: Date,
    @Ctx() ctx: Context,
    @Arg('title', () => String, { nullable: true }) title?: string | null,
    @Arg('url', () => String, { nullable: true }) url?: string | null,
    @Arg('publisher', () => String, { nullable: true }) publisher?: string | null,
    @Arg('minConfidence', () => Float, { nullable: true, defaultValue: WRITE_THRESHOLD }) minConfidence?: number,
    @Arg('publishedAtPrecision', () => DatePrecision, { nullable: true, description: PRECISION_DOC })
    publishedAtPrecision?: DatePrecision | null,
  ): Promise<IngestReport> {
    const { draft, warnings } = await extractDraft(this.extractor, {
      text,
      publishedAt,
      publishedAtPrecision: publishedAtPrecision ?? undefined,
      title: title ?? undefined,
      url: url ?? undefined,
      publisher: publisher ?? undefined,
    });
    const report = await ingestArticle(ctx.db, draftToArticle(draft, minConfidence ?? WRITE_THRESHOLD, warnings), 'PROPOSED');
    const article = await ctx.loaders.article.load(report.articleId!);
    if (!article) throw new AppError('INTERNAL_SERVER_ERROR', 'ingested article could not be read back');
    return { ...report, warnings: [...warnings, ...report.warnings], article };
  }
}
