import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Context } from '../server/context';
import { Evidence, ReviewDecision } from '../schema/common.types';
import { EditorialActionConnection, EvidenceConnection, PersonPatch, RetractReport } from '../schema/editorial.type';
import { Person } from '../schema/person.type';
import { countEditorialLog, countReviewQueue, decideEvidence, listEditorialLog, listReviewQueue } from '../graph/editorial.queries';
import { checkPageSize, decodeCursor, toPage } from '../pagination';
import { AppError, BadInputError } from '../errors';
import { toConnection } from './connections';
import { PersonRecord } from '../graph/records';
import { mergePeople } from '../editorial/merge-people';
import { checkPatch } from '../ingest/person-patch';
import { updatePerson } from '../graph/update-person.queries';
import { retractArticle } from '../graph/retract.queries';
import { articleIdForUrl } from '../ingest/ingest';

@Resolver()
export class EditorialResolver {
  @Query(() => EvidenceConnection, { description: 'machine-read evidence waiting for an editor, least confident first' })
  async reviewQueue(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<EvidenceConnection> {
    const limit = checkPageSize(first);
    const [rows, total] = await Promise.all([listReviewQueue(ctx.db, decodeCursor(after, 2), limit + 1), countReviewQueue(ctx.db)]);
    return toConnection(toPage(rows as Evidence[], limit, total), (v) => [v.confidence, v.id]);
  }

  @Query(() => EditorialActionConnection, { description: 'what editors did, newest first' })
  async editorialLog(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<EditorialActionConnection> {
    const limit = checkPageSize(first);
    const [rows, total] = await Promise.all([listEditorialLog(ctx.db, decodeCursor(after, 2), limit + 1), countEditorialLog(ctx.db)]);
    const page = toPage(rows, limit, total);
    const connection = toConnection(page, (x) => [x.at, x.id]);
    return { ...connection, edges: connection.edges.map((e) => ({ ...e, node: { ...e.node, at: new Date(e.node.at) } })) };
  }

  @Authorized('editor')
  @Mutation(() => Evidence, { description: 'accept or reject one piece of evidence (editor); a rejection is remembered' })
  async reviewEvidence(
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => ReviewDecision) decision: ReviewDecision,
    @Ctx() ctx: Context,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ): Promise<Evidence> {
    const why = reason?.trim() || null;
    if (decision === ReviewDecision.REJECT && !why) throw new BadInputError('reason', 'a rejection needs a reason');
    const evidence = await decideEvidence(ctx.db, decision, id, ctx.actor!, why);
    if (!evidence) throw new AppError('NOT_FOUND', `no evidence with id "${id}"`);
    return evidence as Evidence;
  }

  @Authorized('editor')
  @Mutation(() => RetractReport, {
    description: 'withdraw an article (editor): its mentions, quotes and evidence go, and so do facts and people left with nothing else',
  })
  async retractArticle(
    @Arg('url', () => String) url: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<RetractReport> {
    const report = await retractArticle(ctx.db, {
      articleId: articleIdForUrl(url),
      url: url.trim(),
      reason: requireReason(reason),
      actor: ctx.actor!,
    });
    if (!report) throw new AppError('NOT_FOUND', `no article with url "${url.trim()}"`);
    ctx.log.info('article retracted', { ...report });
    return report;
  }

  @Authorized('editor')
  @Mutation(() => Person, {
    description: 'two records are one person (editor): everything of `from` moves onto `into`; `from` keeps resolving to `into`',
  })
  async mergePeople(
    @Arg('from', () => ID) from: string,
    @Arg('into', () => ID) into: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<PersonRecord> {
    const merged = await mergePeople(ctx.db, { from, into, actor: ctx.actor!, reason: requireReason(reason) });
    return (await ctx.loaders.person.load(merged))!;
  }

  @Authorized('editor')
  @Mutation(() => Person, { description: 'correct a person (editor)' })
  async updatePerson(
    @Arg('id', () => ID) id: string,
    @Arg('patch', () => PersonPatch) patch: PersonPatch,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<PersonRecord> {
    const person = await updatePerson(ctx.db, id, checkPatch(patch), ctx.actor!, requireReason(reason));
    if (!person) throw new AppError('NOT_FOUND', `no person with id "${id}"`);
    return person;
  }
}

/** Every editorial change is on the record with a reason. */
function requireReason(reason: string | null | undefined): string {
  const why = reason?.trim();
  if (!why) throw new BadInputError('reason', 'must not be empty');
  return why;
}
