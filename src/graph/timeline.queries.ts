import { Db, Statement } from './run';
import { EventRecord, toEvent } from './records';
import { toNumber } from './values';
import { shownIn } from './standing';
import { currentPersonId } from './person-ids';

const s = (name: string, cypher: string): Statement => ({ name: `timeline.${name}`, cypher });

/**
 * Chronological order of a stream: the partial date as a string (so "2020-09" sorts after
 * "2020-08-31" and before "2020-09-01"), undated events last ('~' sorts after digits), id
 * breaks ties. A range keeps events whose period overlaps it: a "2020" event is inside
 * from "2020-09", a "2020-08-31" event is not.
 */
const FILTER_AND_PAGE = `
WITH DISTINCT e
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ${shownIn('e')}
  AND ($monthDay IS NULL OR e.monthDay = $monthDay)
  AND ($from IS NULL OR (e.date IS NOT NULL AND e.date + '\uffff' >= $from))
  AND ($to IS NULL OR (e.date IS NOT NULL AND e.date <= $to + '\uffff'))
WITH collect({e: e, k: coalesce(e.date, '~')}) AS stream
CALL (stream) {
  UNWIND stream AS r
  WITH r WHERE $after IS NULL OR r.k > $after[0] OR (r.k = $after[0] AND r.e.id > $after[1])
  WITH r ORDER BY r.k, r.e.id LIMIT toInteger($limit)
  RETURN collect(properties(r.e)) AS page
}
RETURN page, size(stream) AS total`;

const TIMELINE = s(
  'ofPeople',
  `
MATCH (seed:Person) WHERE seed.id IN $ids
CALL (seed) {
  RETURN seed AS person
  UNION
  WITH seed WHERE $family
  MATCH (seed)-[k:SPOUSE_OF|PARENT_OF]-(kin:Person) WHERE ${shownIn('k')}
  RETURN kin AS person
}
WITH DISTINCT person
MATCH (person)-[:PARTICIPATED_IN|INVOLVES_CHILD]-(e:Event)
${FILTER_AND_PAGE}`,
);

const ON_THIS_DAY = s(
  'onThisDay',
  `
MATCH (e:Event {monthDay: $monthDay})
${FILTER_AND_PAGE}`,
);

/** Each asked id as the person's id now (see ./person-ids), and the ids no person has. */
const CURRENT_PEOPLE = s(
  'currentPeople',
  `
UNWIND $ids AS id
${currentPersonId('id', 'pid')}
OPTIONAL MATCH (p:Person {id: pid})
RETURN collect(CASE WHEN p IS NULL THEN id END) AS missing, collect(p.id) AS current`,
);

export interface TimelineFilter {
  kinds: string[] | null;
  from: string | null;
  to: string | null;
  monthDay: string | null;
  /** the standings of the events (and family links) shown: see ./standing.ts */
  standings: string[];
}

export interface TimelinePage {
  events: EventRecord[];
  total: number;
}

/** Events of these people (and with `family`, their spouses, children and parents), each once, in date order. */
export async function findTimeline(
  db: Db,
  ids: string[],
  family: boolean,
  filter: TimelineFilter,
  after: unknown[] | null,
  limit: number,
): Promise<TimelinePage> {
  return page(await db.read(TIMELINE, { ids, family, ...filter, after, limit }));
}

/** Events on one month and day (day-precise dates only) across all years, in date order. */
export async function findOnThisDay(db: Db, filter: TimelineFilter, after: unknown[] | null, limit: number): Promise<TimelinePage> {
  return page(await db.read(ON_THIS_DAY, { ...filter, after, limit }));
}

/** The ids among these that name no person. */
/** The people these ids name now (a merged id gives the person it went into), and the ids that name nobody. */
export async function findCurrentPeople(db: Db, ids: string[]): Promise<{ current: string[]; missing: string[] }> {
  const row = (await db.read(CURRENT_PEOPLE, { ids })).records[0];
  return { current: [...new Set<string>(row?.get('current') ?? [])], missing: row?.get('missing') ?? [] };
}

function page(result: { records: { get(key: string): unknown }[] }): TimelinePage {
  const row = result.records[0];
  if (!row) return { events: [], total: 0 };
  return { events: (row.get('page') as Record<string, unknown>[]).map(toEvent), total: toNumber(row.get('total')) };
}
