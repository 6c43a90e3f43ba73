import { Db, Statement } from './run';
import { EventRecord, PersonRecord, inKeyOrder, toEvent, toPerson } from './records';
import { toNumber } from './values';
import { shown } from './standing';

const s = (name: string, cypher: string): Statement => ({ name: `event.${name}`, cypher });

const EVENTS_BY_IDS = s(
  'byIds',
  `
UNWIND $ids AS id MATCH (e:Event {id: id}) WHERE ${shown('e')} RETURN id, properties(e) AS e`,
);

/** Undated events sort as '' so that they come last, newest first. */
const EVENTS_OF_PEOPLE = s(
  'ofPeople',
  `
UNWIND $ids AS id
CALL (id) {
  MATCH (:Person {id: id})-[:PARTICIPATED_IN]->(e:Event)
  WHERE ($kinds IS NULL OR e.kind IN $kinds) AND ${shown('e')}
  WITH e, coalesce(e.date, '') AS d
  WHERE $after IS NULL OR d < $after[0] OR (d = $after[0] AND e.id < $after[1])
  WITH e, d ORDER BY d DESC, e.id DESC LIMIT toInteger($limit)
  RETURN collect(properties(e)) AS events
}
CALL (id) {
  MATCH (:Person {id: id})-[:PARTICIPATED_IN]->(e:Event)
  WHERE ($kinds IS NULL OR e.kind IN $kinds) AND ${shown('e')}
  RETURN count(e) AS total
}
RETURN id, events, total`,
);

const PARTICIPANTS = s(
  'participants',
  `
UNWIND $ids AS id
MATCH (p:Person)-[:PARTICIPATED_IN]->(:Event {id: id})
WITH id, p ORDER BY p.name
RETURN id, collect(properties(p)) AS people`,
);

const CHILD = s(
  'child',
  `
UNWIND $ids AS id
MATCH (:Event {id: id})-[:INVOLVES_CHILD]->(p:Person)
RETURN id, properties(p) AS p`,
);

const COMMEMORATES = s(
  'commemorates',
  `
UNWIND $ids AS id
MATCH (:Event {id: id})-[:COMMEMORATES]->(t:Event) WHERE ${shown('t')}
RETURN id, properties(t) AS e`,
);

export async function findEventsByIds(db: Db, ids: readonly string[]): Promise<(EventRecord | null)[]> {
  const result = await db.read(EVENTS_BY_IDS, { ids });
  return inKeyOrder(ids, new Map(result.records.map((r) => [r.get('id') as string, toEvent(r.get('e'))])), null);
}

export interface EventPageRecord {
  events: EventRecord[];
  total: number;
}

/** Each person's events newest first (undated last); `after` is [date or '', id] of the last one seen. */
export async function findEventsOfPeople(
  db: Db,
  ids: readonly string[],
  kinds: string[] | null,
  after: unknown[] | null,
  limit: number,
): Promise<EventPageRecord[]> {
  const result = await db.read(EVENTS_OF_PEOPLE, { ids, kinds, after, limit });
  const found = new Map(
    result.records.map((r) => [
      r.get('id') as string,
      {
        events: (r.get('events') as Record<string, unknown>[]).map(toEvent),
        total: toNumber(r.get('total')),
      },
    ]),
  );
  return inKeyOrder(ids, found, { events: [], total: 0 });
}

export async function findParticipants(db: Db, ids: readonly string[]): Promise<PersonRecord[][]> {
  const result = await db.read(PARTICIPANTS, { ids });
  const found = new Map(result.records.map((r) => [r.get('id') as string, (r.get('people') as Record<string, unknown>[]).map(toPerson)]));
  return inKeyOrder(ids, found, []);
}

/** The child a pregnancy loss (or birth) concerns; null where none is named. */
export async function findEventChildren(db: Db, ids: readonly string[]): Promise<(PersonRecord | null)[]> {
  const result = await db.read(CHILD, { ids });
  return inKeyOrder(ids, new Map(result.records.map((r) => [r.get('id') as string, toPerson(r.get('p'))])), null);
}

/** The earlier event a post marks; null where none. */
export async function findCommemorated(db: Db, ids: readonly string[]): Promise<(EventRecord | null)[]> {
  const result = await db.read(COMMEMORATES, { ids });
  return inKeyOrder(ids, new Map(result.records.map((r) => [r.get('id') as string, toEvent(r.get('e'))])), null);
}
