import { Db, Statement } from './run';
import { BACKFILL_RELATION_COUNTS } from './relation-counts.queries';

/**
 * Constraints and indexes, each idempotent (IF NOT EXISTS), applied at every start.
 * Ids are unique per label; names, alias keys, dates and fact keys are indexed for the
 * lookups ingestion and the loaders make; one full-text index serves searchPeople.
 */
const SCHEMA_STATEMENTS: readonly Statement[] = [
  ['person_id', 'CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE'],
  ['article_id', 'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE'],
  ['article_url', 'CREATE CONSTRAINT article_url IF NOT EXISTS FOR (a:Article) REQUIRE a.url IS UNIQUE'],
  ['event_id', 'CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE'],
  ['quote_id', 'CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (q:Quote) REQUIRE q.id IS UNIQUE'],
  ['name_key', 'CREATE CONSTRAINT name_key IF NOT EXISTS FOR (k:NameKey) REQUIRE k.key IS UNIQUE'],
  ['evidence_id', 'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE'],
  ['person_name', 'CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name, p.id)'],
  // topPeople reads people by their relation count in order (./relation-counts.queries.ts)
  ['person_relations', 'CREATE INDEX person_relations IF NOT EXISTS FOR (p:Person) ON (p.relations)'],
  ['person_birth', 'CREATE INDEX person_birth IF NOT EXISTS FOR (p:Person) ON (p.birthDate)'],
  ['event_date', 'CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)'],
  ['event_month_day', 'CREATE INDEX event_month_day IF NOT EXISTS FOR (e:Event) ON (e.monthDay)'],
  ['event_key', 'CREATE INDEX event_key IF NOT EXISTS FOR (e:Event) ON (e.key)'],
  ['article_published', 'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)'],
  ['evidence_fact', 'CREATE INDEX evidence_fact IF NOT EXISTS FOR (v:Evidence) ON (v.factId)'],
  ['evidence_article', 'CREATE INDEX evidence_article IF NOT EXISTS FOR (v:Evidence) ON (v.articleId)'],
  ['evidence_dataset', 'CREATE INDEX evidence_dataset IF NOT EXISTS FOR (v:Evidence) ON (v.datasetId)'],
  ['evidence_origin', 'CREATE INDEX evidence_origin IF NOT EXISTS FOR (v:Evidence) ON (v.originId)'],
  ['spouse_id', 'CREATE INDEX spouse_id IF NOT EXISTS FOR ()-[r:SPOUSE_OF]-() ON (r.id)'],
  ['parent_id', 'CREATE INDEX parent_id IF NOT EXISTS FOR ()-[r:PARENT_OF]-() ON (r.id)'],
  // ENDS WITH on name keys (a stage name someone else has as a surname): a text index, not a scan
  ['name_key_text', 'CREATE TEXT INDEX name_key_text IF NOT EXISTS FOR (k:NameKey) ON (k.key)'],
  ['rejection_key', 'CREATE CONSTRAINT rejection_key IF NOT EXISTS FOR (x:Rejection) REQUIRE x.key IS UNIQUE'],
  ['retraction_article', 'CREATE CONSTRAINT retraction_article IF NOT EXISTS FOR (x:Retraction) REQUIRE x.articleId IS UNIQUE'],
  ['editorial_action_id', 'CREATE CONSTRAINT editorial_action_id IF NOT EXISTS FOR (x:EditorialAction) REQUIRE x.id IS UNIQUE'],
  ['editorial_action_at', 'CREATE INDEX editorial_action_at IF NOT EXISTS FOR (x:EditorialAction) ON (x.at, x.id)'],
  ['evidence_review', 'CREATE INDEX evidence_review IF NOT EXISTS FOR (v:Evidence) ON (v.status, v.confidence, v.id)'],
  // merge redirects: every person-id argument looks its id up here (./person-ids.ts); a merge re-points those into it
  ['merged_person_id', 'CREATE CONSTRAINT merged_person_id IF NOT EXISTS FOR (m:MergedPerson) REQUIRE m.id IS UNIQUE'],
  ['merged_person_into', 'CREATE INDEX merged_person_into IF NOT EXISTS FOR (m:MergedPerson) ON (m.into)'],
  ['rejection_fact', 'CREATE INDEX rejection_fact IF NOT EXISTS FOR (x:Rejection) ON (x.factId)'],
  ['person_names_ft', 'CREATE FULLTEXT INDEX person_names IF NOT EXISTS FOR (p:Person) ON EACH [p.name, p.aliasText]'],
].map(([name, cypher]) => ({ name: `schema.${name}`, cypher }));

const AWAIT_INDEXES: Statement = { name: 'schema.await', cypher: 'CALL db.awaitIndexes(300)' };

/**
 * A store written before evidence had a standing: what it holds was curated or is already
 * trusted, so it is ACCEPTED (machine-read evidence of that time cannot be told apart).
 * Each statement touches only what lacks the property, so at later starts it finds nothing.
 */
const BACKFILL_STANDING: readonly Statement[] = [
  ['evidence', "MATCH (v:Evidence) WHERE v.status IS NULL SET v.status = 'ACCEPTED'"],
  ['spouses', "MATCH ()-[r:SPOUSE_OF]->() WHERE r.standing IS NULL SET r.standing = 'ACCEPTED'"],
  ['parents', "MATCH ()-[r:PARENT_OF]->() WHERE r.standing IS NULL SET r.standing = 'ACCEPTED'"],
  ['events', "MATCH (e:Event) WHERE e.standing IS NULL SET e.standing = 'ACCEPTED'"],
].map(([name, cypher]) => ({ name: `schema.backfillStanding.${name}`, cypher }));

/** Applies every constraint and index, waits until they are online, then backfills standing and relation counts. */
export async function applySchema(db: Db): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await db.write(statement);
  await db.read(AWAIT_INDEXES);
  for (const statement of BACKFILL_STANDING) await db.write(statement);
  await db.write(BACKFILL_RELATION_COUNTS);
}
