import { Statement } from '../../src/graph/run';

/**
 * Bulk writes of the synthetic graph (./generate.ts), one UNWIND batch each, into a store whose
 * schema (src/graph/schema.queries.ts) is applied first. CREATE, not the product's MERGE: every
 * id is new, and the product's own checks (identity, standing from evidence) have nothing to
 * decide; what is written has the shape ingestion gives it (src/graph/ingest.queries.ts).
 */
const s = (name: string, cypher: string): Statement => ({ name: `scale.${name}`, cypher });

/** Every name key first, so that people batches only read them (no two batches create one key). */
export const CREATE_NAME_KEYS = s('nameKeys', 'UNWIND $keys AS key MERGE (:NameKey {key: key})');

export const CREATE_PEOPLE = s(
  'people',
  `
UNWIND $rows AS row
MATCH (k:NameKey {key: row.key})
CREATE (p:Person {id: row.id, name: row.name, aliases: row.aliases, aliasText: '', description: row.description,
                  birthDate: row.birthDate, createdAt: datetime()})
CREATE (k)-[:KEY_OF]->(p)`,
);

export const CREATE_ARTICLES = s(
  'articles',
  `
UNWIND $rows AS row
CREATE (:Article {id: row.id, url: row.url, title: row.title, publisher: row.publisher,
                  publishedAt: datetime(row.publishedAt), updatedAt: datetime()})`,
);

/** Evidence as EVIDENCE_SET writes it; an article's evidence makes it mention the fact's people. */
const EVIDENCE = `
CREATE (v:Evidence)
SET v = row.evidence, v.status = 'ACCEPTED', v.ingestId = $ingestId
WITH row, people WHERE row.evidence.articleId IS NOT NULL
MATCH (art:Article {id: row.evidence.articleId})
UNWIND people AS p
MERGE (art)-[:MENTIONS]->(p)`;

export const CREATE_SPOUSES = s(
  'spouses',
  `
UNWIND $rows AS row
MATCH (a:Person {id: row.a}), (b:Person {id: row.b})
CREATE (a)-[:SPOUSE_OF {id: row.id, since: row.since, standing: 'ACCEPTED'}]->(b)
WITH row, [a, b] AS people
${EVIDENCE}`,
);

export const CREATE_PARENTS = s(
  'parents',
  `
UNWIND $rows AS row
MATCH (a:Person {id: row.a}), (b:Person {id: row.b})
CREATE (a)-[:PARENT_OF {id: row.id, standing: 'ACCEPTED'}]->(b)
WITH row, [a, b] AS people
${EVIDENCE}`,
);

export const CREATE_EVENTS = s(
  'events',
  `
UNWIND $rows AS row
CREATE (e:Event {id: row.id, kind: row.kind, title: row.title, date: row.date, monthDay: row.monthDay,
                 standing: 'ACCEPTED', createdAt: datetime()})
WITH row, e
CALL (row, e) {
  UNWIND row.participants AS pid
  MATCH (p:Person {id: pid})
  CREATE (p)-[:PARTICIPATED_IN]->(e)
  RETURN collect(p) AS people
}
CALL (row, e) {
  WITH row, e WHERE row.evidence.articleId IS NOT NULL
  MATCH (art:Article {id: row.evidence.articleId})
  CREATE (art)-[:REPORTS]->(e)
}
${EVIDENCE}`,
);
