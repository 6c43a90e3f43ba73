import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../server/context';
import { Article, ArticleConnection, Quote } from '../schema/article.type';
import { DateTimeScalar } from '../schema/common.types';
import { EventInterface } from '../schema/event.type';
import { Person } from '../schema/person.type';
import { ArticleRecord } from '../graph/records';
import { QuoteRecord, countArticles, listArticles } from '../graph/article.queries';
import { checkPageSize, decodeCursor, toPage } from '../pagination';
import { articleConnection } from './connections';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true })
  article(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.article.load(id);
  }

  @Query(() => ArticleConnection)
  async articles(
    @Ctx() ctx: Context,
    @Arg('mentioning', () => ID, { nullable: true }) mentioning?: string | null,
    @Arg('from', () => DateTimeScalar, { nullable: true }) from?: Date | null,
    @Arg('to', () => DateTimeScalar, { nullable: true }) to?: Date | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ArticleConnection> {
    const limit = checkPageSize(first);
    const filter = { mentioning: mentioning ?? null, from: from?.toISOString() ?? null, to: to?.toISOString() ?? null };
    const [rows, total] = await Promise.all([
      listArticles(ctx.db, filter, decodeCursor(after, 2), limit + 1),
      countArticles(ctx.db, filter),
    ]);
    return articleConnection(toPage(rows, limit, total));
  }

  @FieldResolver(() => [Person])
  mentions(@Root() a: ArticleRecord, @Ctx() ctx: Context) {
    return ctx.loaders.mentions.load(a.id);
  }

  @FieldResolver(() => [EventInterface])
  events(@Root() a: ArticleRecord, @Ctx() ctx: Context) {
    return ctx.loaders.reportedEvents.load(a.id);
  }

  @FieldResolver(() => [Quote])
  quotes(@Root() a: ArticleRecord, @Ctx() ctx: Context) {
    return ctx.loaders.quotes.load(a.id);
  }
}

@Resolver(() => Quote)
export class QuoteResolver {
  @FieldResolver(() => Article)
  article(@Root() q: QuoteRecord, @Ctx() ctx: Context) {
    return ctx.loaders.article.load(q.articleId);
  }
}
