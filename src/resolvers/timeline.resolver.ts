import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Context } from '../server/context';
import { EventKind } from '../schema/common.types';
import { EventConnection } from '../schema/event.type';
import { findCurrentPeople, findOnThisDay, findTimeline, TimelineFilter } from '../graph/timeline.queries';
import { checkPageSize, decodeCursor, toPage } from '../pagination';
import { parsePartialDate, requirePartialDate } from '../dates/partial-date';
import { AppError, BadInputError } from '../errors';
import { eventConnection } from './connections';
import { ACCEPTED_ONLY_DOC, standingsFor } from '../graph/standing';

export const MAX_TIMELINE_PEOPLE = 100;
const streamKey = (e: { date: string | null; id: string }) => [e.date ?? '~', e.id];

@Resolver()
export class TimelineResolver {
  @Query(() => EventConnection, {
    description:
      'events of these people (and, with includeFamily, their spouses, children and parents) in date order; from/to are partial dates',
  })
  async timeline(
    @Arg('personIds', () => [ID]) personIds: string[],
    @Ctx() ctx: Context,
    @Arg('includeFamily', () => Boolean, { nullable: true, defaultValue: false }) includeFamily: boolean,
    @Arg('kinds', () => [EventKind], { nullable: true }) kinds?: EventKind[] | null,
    @Arg('from', () => String, { nullable: true }) from?: string | null,
    @Arg('to', () => String, { nullable: true }) to?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('acceptedOnly', () => Boolean, { defaultValue: false, description: ACCEPTED_ONLY_DOC }) acceptedOnly?: boolean,
  ): Promise<EventConnection> {
    const ids = [...new Set(personIds)];
    if (ids.length === 0) throw new BadInputError('personIds', 'must name at least one person');
    if (ids.length > MAX_TIMELINE_PEOPLE) throw new BadInputError('personIds', `at most ${MAX_TIMELINE_PEOPLE} people`);
    const limit = checkPageSize(first);
    const filter = { ...rangeFilter(kinds, from, to, null), standings: standingsFor(acceptedOnly) };
    const cursor = decodeCursor(after, 2);
    const { current, missing } = await findCurrentPeople(ctx.db, ids);
    if (missing.length > 0) throw new AppError('NOT_FOUND', `no person with id ${missing.map((m) => `"${m}"`).join(', ')}`);
    const { events, total } = await findTimeline(ctx.db, current, includeFamily ?? false, filter, cursor, limit + 1);
    return eventConnection(toPage(events, limit, total), streamKey);
  }

  @Query(() => EventConnection, {
    description: 'events on this month and day in any year (anniversaries), oldest first; only day-precise dates match',
  })
  async onThisDay(
    @Arg('month', () => Int) month: number,
    @Arg('day', () => Int) day: number,
    @Ctx() ctx: Context,
    @Arg('kinds', () => [EventKind], { nullable: true }) kinds?: EventKind[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<EventConnection> {
    const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (!parsePartialDate(`2000-${monthDay}`)) throw new BadInputError('day', `${month}/${day} is not a calendar day`);
    const limit = checkPageSize(first);
    const filter = { ...rangeFilter(kinds, null, null, monthDay), standings: standingsFor(false) };
    const { events, total } = await findOnThisDay(ctx.db, filter, decodeCursor(after, 2), limit + 1);
    return eventConnection(toPage(events, limit, total), streamKey);
  }
}

function rangeFilter(
  kinds: EventKind[] | null | undefined,
  from: string | null | undefined,
  to: string | null | undefined,
  monthDay: string | null,
): Omit<TimelineFilter, 'standings'> {
  const check = (value: string | null | undefined, field: string) => {
    if (value === null || value === undefined || value === '') return null;
    return requirePartialDate(value, field);
  };
  const range = { from: check(from, 'from'), to: check(to, 'to') };
  if (range.from && range.to && range.to + '\uffff' < range.from) throw new BadInputError('to', 'is before from');
  return { kinds: kinds && kinds.length > 0 ? kinds : null, ...range, monthDay };
}
