import { Db, Statement } from './run';
import { EventRecord, toEvent } from './records';
import { toNumber } from './values';
import { shown } from './standing';
import { currentPersonId } from './person-ids';

const s = (name: string, cypher: string): Statement => ({ name: `timelineExport.${name}`, cypher });

/**
 * One statement, so one read transaction: the person (through a merge redirect), with
 * `$family` their spouses, children and parents, then their shown events, dated ones in date
 * order (the partial-date string order, see timeline.queries.ts) up to `$max`, each with its
 * participants and its `$perEvent` most confident evidence that is not rejected.
 */
const TIMELINE_EXPORT = s(
  'ofPerson',
  `
${currentPersonId('$id', 'pid')}
MATCH (seed:Person {id: pid})
CALL (seed) {
  RETURN seed AS person
  UNION
  WITH seed WHERE $family
  MATCH (seed)-[k:SPOUSE_OF|PARENT_OF]-(kin:Person) WHERE ${shown('k')}
  RETURN kin AS person
}
WITH seed, collect(DISTINCT person) AS people
CALL (people) {
  UNWIND people AS person
  MATCH (person)-[:PARTICIPATED_IN|INVOLVES_CHILD]-(e:Event) WHERE ${shown('e')}
  WITH DISTINCT e ORDER BY e.date, e.id
  RETURN collect(e) AS events
}
WITH seed, [e IN events WHERE e.date IS NOT NULL] AS dated, size([e IN events WHERE e.date IS NULL]) AS undated
CALL (dated) {
  UNWIND dated[0..toInteger($max)] AS e
  CALL (e) {
    OPTIONAL MATCH (p:Person)-[:PARTICIPATED_IN]->(e)
    WITH p ORDER BY p.name
    RETURN collect(p.name) AS participants
  }
  CALL (e) {
    OPTIONAL MATCH (v:Evidence {factId: e.id}) WHERE v.status <> 'REJECTED'
    WITH v ORDER BY v.confidence DESC, v.id LIMIT toInteger($perEvent)
    OPTIONAL MATCH (a:Article {id: v.articleId})
    RETURN collect(v {.source, .quote, .confidence, .status, article: a {.title, .url, .publisher}}) AS evidence
  }
  RETURN collect({event: properties(e), participants: participants, evidence: evidence}) AS slides
}
RETURN seed {.id, .name} AS person, slides, size(dated) AS dated, undated`,
);

export interface TimelineExportEvidence {
  source: string;
  quote: string | null;
  confidence: number;
  status: string;
  article: { title: string | null; url: string | null; publisher: string | null } | null;
}

export interface TimelineExportEvent {
  event: EventRecord;
  participants: string[];
  evidence: TimelineExportEvidence[];
}

export interface TimelineExportRecord {
  person: { id: string; name: string };
  /** the first `max` dated events, in date order */
  events: TimelineExportEvent[];
  /** dated events in all (more than `events.length` when `max` cut the list) */
  dated: number;
  /** events with no date: a TimelineJS slide needs one, so they are never in `events` */
  undated: number;
}

/** A person's (and with `family`, their family's) timeline for export; null when no person has the id. */
export async function findTimelineExport(
  db: Db,
  id: string,
  options: { family: boolean; max: number; perEvent: number },
): Promise<TimelineExportRecord | null> {
  const row = (await db.read(TIMELINE_EXPORT, { id, ...options })).records[0];
  if (!row) return null;
  type Slide = { event: Record<string, unknown>; participants: string[]; evidence: Record<string, unknown>[] };
  const events = (row.get('slides') as Slide[]).map((slide) => ({
    event: toEvent(slide.event),
    participants: slide.participants,
    evidence: slide.evidence.map(toExportEvidence),
  }));
  // collect() after UNWIND keeps order in practice, but Cypher does not promise it
  events.sort((a, b) => compareDates(a.event, b.event));
  return { person: row.get('person'), events, dated: toNumber(row.get('dated')), undated: toNumber(row.get('undated')) };
}

function toExportEvidence(v: Record<string, unknown>): TimelineExportEvidence {
  const article = v.article as TimelineExportEvidence['article'];
  return {
    source: String(v.source),
    quote: v.quote === null || v.quote === undefined ? null : String(v.quote),
    confidence: toNumber(v.confidence),
    status: String(v.status ?? 'ACCEPTED'),
    article: article && (article.title || article.url) ? article : null,
  };
}

function compareDates(a: EventRecord, b: EventRecord): number {
  const [x, y] = [a.date ?? '~', b.date ?? '~'];
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
