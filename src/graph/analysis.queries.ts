import { Db, Statement } from './run';
import { PersonRecord, inKeyOrder, toPerson } from './records';
import { toNumber } from './values';
import { evidenceShown, personShown, shown } from './standing';

const s = (name: string, cypher: string): Statement => ({ name: `analysis.${name}`, cypher });

/**
 * Score: the stated relations a person has (SPOUSE_OF and PARENT_OF edges, either direction,
 * kept as `p.relations`: ./relation-counts.queries.ts), read in order from the
 * person_relations index, so a page costs the same at 18k people as at 1M.
 */
const TOP_PEOPLE = s(
  'topPeople',
  `
MATCH (p:Person) WHERE p.relations >= 0 AND ${personShown('p')}
WITH p ORDER BY p.relations DESC, p.name, p.id LIMIT toInteger($limit)
RETURN properties(p) AS p, p.relations AS score`,
);

/**
 * With co-mentions weighed in (`weight` for each strong co-mention, see
 * src/ingest/co-mentions.ts) the score is not stored: every person is scored, a scan.
 */
const TOP_PEOPLE_WEIGHTED = s(
  'topPeopleWeighted',
  `
MATCH (p:Person) WHERE ${personShown('p')}
WITH p, p.relations + $weight * COUNT { (p)-[c:CO_MENTIONED]-() WHERE c.strong = true } AS score
ORDER BY score DESC, p.name, p.id LIMIT toInteger($limit)
RETURN properties(p) AS p, score`,
);

/** Each count alone in its subquery, so Neo4j answers it from its count store. */
const GRAPH_STATS = s(
  'graphStats',
  `
CALL () { MATCH (p:Person) RETURN count(p) AS everyone }
CALL () { MATCH (h:Held) RETURN count(h) AS held }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Event) WHERE ${shown('e')} RETURN count(e) AS events }
CALL () { MATCH ()-[r:SPOUSE_OF]->() WHERE ${shown('r')} RETURN count(r) AS spouseEdges }
CALL () { MATCH ()-[r:PARENT_OF]->() WHERE ${shown('r')} RETURN count(r) AS parentEdges }
CALL () { MATCH ()-[r:CO_MENTIONED]->() RETURN count(r) AS coMentionPairs }
CALL () { MATCH (v:Evidence) WHERE ${evidenceShown('v')} RETURN count(v) AS evidence }
RETURN everyone - held AS people, articles, events, spouseEdges, parentEdges, coMentionPairs, evidence`,
);

const CO_MENTIONS = s(
  'coMentions',
  `
UNWIND $ids AS id
CALL (id) {
  MATCH (:Person {id: id})-[c:CO_MENTIONED]-(o:Person)
  WITH c, o ORDER BY c.count DESC, o.name, o.id LIMIT toInteger($limit)
  RETURN collect({p: properties(o), count: c.count}) AS links
}
RETURN id, links`,
);

export interface RankedPersonRecord {
  person: PersonRecord;
  score: number;
}

/** Most connected people first (stated relations, plus weighted co-mentions: see TOP_PEOPLE), ties by name then id. */
export async function findTopPeople(db: Db, limit: number, coMentionWeight = 0): Promise<RankedPersonRecord[]> {
  const result = await db.read(coMentionWeight > 0 ? TOP_PEOPLE_WEIGHTED : TOP_PEOPLE, { limit, weight: coMentionWeight });
  return result.records.map((r) => ({ person: toPerson(r.get('p')), score: toNumber(r.get('score')) }));
}

export interface GraphStatsRecord {
  people: number;
  articles: number;
  events: number;
  spouseEdges: number;
  parentEdges: number;
  coMentionPairs: number;
  evidence: number;
}

/** Node and edge counts of the whole graph. */
export async function countGraph(db: Db): Promise<GraphStatsRecord> {
  const record = (await db.read(GRAPH_STATS)).records[0];
  const n = (key: string) => toNumber(record.get(key));
  return {
    people: n('people'),
    articles: n('articles'),
    events: n('events'),
    spouseEdges: n('spouseEdges'),
    parentEdges: n('parentEdges'),
    coMentionPairs: n('coMentionPairs'),
    evidence: n('evidence'),
  };
}

export interface CoMentionRecord {
  person: PersonRecord;
  articleCount: number;
}

/** For each person, who shares the most articles with them, then by name; at most `limit` each. */
export async function findCoMentions(db: Db, ids: readonly string[], limit: number): Promise<CoMentionRecord[][]> {
  const result = await db.read(CO_MENTIONS, { ids, limit });
  type Row = { p: Record<string, unknown>; count: unknown };
  const found = new Map(
    result.records.map((r) => [
      r.get('id') as string,
      (r.get('links') as Row[]).map((l) => ({ person: toPerson(l.p), articleCount: toNumber(l.count) })),
    ]),
  );
  return inKeyOrder(ids, found, []);
}
