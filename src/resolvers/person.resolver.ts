import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../server/context';
import { EventKind, PartialDate } from '../schema/common.types';
import { KinLink, Person, PersonConnection, PersonHit, PossibleDuplicate, SpouseLink } from '../schema/person.type';
import { EventConnection } from '../schema/event.type';
import { ArticleConnection } from '../schema/article.type';
import { PersonRecord } from '../graph/records';
import { countPeople, listPeople, searchPeopleFullText } from '../graph/person.queries';
import { checkPageSize, decodeCursor, toPage } from '../pagination';
import { toPartialDate } from '../dates/partial-date';
import { buildLuceneQuery, rankHits } from '../search/person-search';
import { BadInputError } from '../errors';
import { ACCEPTED_ONLY_DOC } from '../graph/standing';
import { articleConnection, eventConnection, toConnection } from './connections';
import { selectedFields } from './selection';
import { familyPlanOf } from './family-plan';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PersonRecord | null> {
    return ctx.loaders.person.load(id);
  }

  /** Sends the page only when edges (of a non-empty page) or pageInfo are asked for, the count only for totalCount. */
  @Query(() => PersonConnection)
  async people(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PersonConnection> {
    const limit = checkPageSize(first);
    const cursor = decodeCursor(after, 2);
    const asked = selectedFields(info);
    const [rows, total] = await Promise.all([
      asked.has('pageInfo') || (asked.has('edges') && limit > 0) ? listPeople(ctx.db, cursor, limit + 1) : [],
      asked.has('totalCount') ? countPeople(ctx.db) : 0,
    ]);
    return toConnection(toPage(rows as Person[], limit, total), (p) => [p.name, p.id]);
  }

  @Query(() => [PersonHit], { description: 'full-text, alias-aware, typo-tolerant person search, best match first' })
  async searchPeople(
    @Arg('text', () => String) text: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number,
  ): Promise<PersonHit[]> {
    const limit = checkPageSize(first);
    if (text.length > 200) throw new BadInputError('text', 'is longer than 200 characters');
    const lucene = buildLuceneQuery(text);
    if (!lucene || limit === 0) return [];
    return rankHits(text, await searchPeopleFullText(ctx.db, lucene, limit), limit) as PersonHit[];
  }

  @FieldResolver(() => PartialDate, { nullable: true })
  birthDate(@Root() p: PersonRecord): PartialDate | null {
    return toPartialDate(p.birthDate) as PartialDate | null;
  }

  @FieldResolver(() => PartialDate, { nullable: true })
  deathDate(@Root() p: PersonRecord): PartialDate | null {
    return toPartialDate(p.deathDate) as PartialDate | null;
  }

  @FieldResolver(() => [SpouseLink])
  spouses(
    @Root() p: PersonRecord,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('acceptedOnly', () => Boolean, { defaultValue: false, description: ACCEPTED_ONLY_DOC }) acceptedOnly: boolean,
  ) {
    return ctx.loaders.family
      .get({ acceptedOnly })
      .load(p.id, familyPlanOf(info))
      .then((f) => f.spouses);
  }

  @FieldResolver(() => [KinLink])
  children(
    @Root() p: PersonRecord,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('acceptedOnly', () => Boolean, { defaultValue: false, description: ACCEPTED_ONLY_DOC }) acceptedOnly: boolean,
  ) {
    return ctx.loaders.family
      .get({ acceptedOnly })
      .load(p.id, familyPlanOf(info))
      .then((f) => f.children);
  }

  @FieldResolver(() => [KinLink])
  parents(
    @Root() p: PersonRecord,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('acceptedOnly', () => Boolean, { defaultValue: false, description: ACCEPTED_ONLY_DOC }) acceptedOnly: boolean,
  ) {
    return ctx.loaders.family
      .get({ acceptedOnly })
      .load(p.id, familyPlanOf(info))
      .then((f) => f.parents);
  }

  @FieldResolver(() => [PossibleDuplicate], {
    description: 'namesakes an ingestion could not tell this person from: written apart, recorded here for an editor',
  })
  possibleDuplicates(@Root() p: PersonRecord, @Ctx() ctx: Context) {
    return ctx.loaders.possibleDuplicates.load(p.id);
  }

  @FieldResolver(() => EventConnection, { description: "this person's events, newest first" })
  async events(
    @Root() p: PersonRecord,
    @Ctx() ctx: Context,
    @Arg('kinds', () => [EventKind], { nullable: true }) kinds?: EventKind[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<EventConnection> {
    const limit = checkPageSize(first);
    const args = { kinds: kinds ?? null, after: decodeCursor(after, 2), limit };
    const { events, total } = await ctx.loaders.eventsOfPerson.get(args).load(p.id);
    return eventConnection(toPage(events, limit, total), (e) => [e.date ?? '', e.id]);
  }

  @FieldResolver(() => ArticleConnection, { description: 'articles that mention this person, newest first' })
  async mentionedIn(
    @Root() p: PersonRecord,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ArticleConnection> {
    const limit = checkPageSize(first);
    const { articles, total } = await ctx.loaders.articlesMentioning.get({ after: decodeCursor(after, 2), limit }).load(p.id);
    return articleConnection(toPage(articles, limit, total));
  }
}
