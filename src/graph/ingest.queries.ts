import type { Candidate } from '../ingest/identity';
import type { Relative, TokenUses, VariantCandidate } from '../ingest/name-variants';
import { Statement, Tx } from './run';
import { shown } from './standing';
import { currentPersonId } from './person-ids';
import { toNumber } from './values';
import { MIN_SHARED_ARTICLES } from '../ingest/co-mentions';
import { refreshRelationCounts } from './relation-counts.queries';

/** What every write of one ingestion shares: who states the facts, and this run's stamp. */
export interface Origin {
  /** "article:<id>" or "dataset:<key>": evidence of one origin is replaced as a whole */
  originId: string;
  articleId: string | null;
  datasetId: string | null;
  source: string;
  ingestId: string;
  /** where this origin's evidence stands when written: curated input ACCEPTED, machine-read PROPOSED (a held row HELD) */
  status: 'ACCEPTED' | 'PROPOSED';
}

const s = (name: string, cypher: string): Statement => ({ name: `ingest.${name}`, cypher });

/**
 * A person by id, and the candidates for a name: people with the name key as a name or alias,
 * exact name first, each with whether a spouse, parent or child of theirs has one of the
 * `related` full-name keys (the family the article names). A null key asks for no candidates.
 * The input's own aliases are not used to match: short forms ("Ana", "Teigen") would merge
 * different people.
 */
const RESOLVE_PEOPLE = s(
  'resolvePeople',
  `
UNWIND $rows AS row
${currentPersonId('row.id', 'rowId')}
OPTIONAL MATCH (byId:Person {id: rowId})
CALL (row) {
  OPTIONAL MATCH (:NameKey {key: row.key})-[:KEY_OF]->(p:Person)
  WITH row, p WHERE p IS NOT NULL
  WITH row, p, EXISTS {
    MATCH (p)-[f:SPOUSE_OF|PARENT_OF]-(:Person)<-[:KEY_OF]-(k:NameKey) WHERE k.key IN row.related AND ${shown('f')}
  } AS confirmed
  ORDER BY CASE WHEN p.name = row.name THEN 0 ELSE 1 END, p.id
  RETURN collect({id: p.id, name: p.name, birthDate: p.birthDate, deathDate: p.deathDate, confirmed: confirmed}) AS candidates
}
RETURN row.ref AS ref, byId.id AS byId, candidates,
       CASE WHEN byId IS NULL THEN null ELSE {id: byId.id, name: byId.name, birthDate: byId.birthDate, deathDate: byId.deathDate} END AS byIdPerson`,
);

/**
 * People a full name may be a variant of (see ingest/name-variants): name keys with the same
 * first token that are the name less its last token (`bases`), end in the same last token
 * (a middle name added or dropped), or are the name plus more (a surname added). The rules
 * decide which of these are variants; this only narrows the keys by the NameKey index.
 */
const RESOLVE_VARIANTS = s(
  'resolveVariants',
  `
UNWIND $rows AS row
CALL (row) {
  MATCH (k:NameKey) WHERE k.key STARTS WITH row.first + ' ' AND k.key <> row.key
    AND (k.key IN row.bases OR k.key ENDS WITH ' ' + row.last OR k.key STARTS WITH row.key + ' ')
  MATCH (k)-[:KEY_OF]->(p:Person)
  WITH row, k, p, EXISTS {
    MATCH (p)-[f:SPOUSE_OF|PARENT_OF]-(:Person)<-[:KEY_OF]-(r:NameKey) WHERE r.key IN row.related AND ${shown('f')}
  } AS confirmed, [(p)-[f:SPOUSE_OF]-(:Person)<-[:KEY_OF]-(sk:NameKey) WHERE ${shown('f')} | sk.key] AS spouseKeys
  ORDER BY p.id, k.key
  RETURN collect({id: p.id, name: p.name, key: k.key, birthDate: p.birthDate, deathDate: p.deathDate,
                  confirmed: confirmed, spouseKeys: spouseKeys}) AS candidates
}
RETURN row.ref AS ref, candidates`,
);

/** A new person written beside namesakes the article could not choose between, for an editor to merge or part. */
const LINK_POSSIBLE_DUPLICATES = s(
  'linkPossibleDuplicates',
  `
UNWIND $rows AS row
MATCH (a:Person {id: row.from}), (b:Person {id: row.to})
MERGE (a)-[d:POSSIBLE_DUPLICATE]->(b)
SET d.articleId = row.articleId, d.reason = row.reason`,
);

/** Ids a new person cannot take: people's, and merged-away ids, which keep naming the person they went into. */
const EXISTING_PERSON_IDS = s(
  'existingPersonIds',
  `
UNWIND $ids AS id
WITH id WHERE EXISTS { MATCH (:Person {id: id}) } OR EXISTS { MATCH (:MergedPerson {id: id}) }
RETURN id`,
);

const EXISTING_EVENT_IDS = s(
  'existingEventIds',
  `
UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN e.id AS id`,
);

const LOCK_PEOPLE = s(
  'lockPeople',
  `
UNWIND $ids AS id
MATCH (p:Person {id: id})
SET p.updatedAt = datetime()
RETURN collect(p.id) AS locked`,
);

/**
 * Creates (or finds) the name keys an ingestion will resolve, in key order, before it reads
 * them. A key another transaction has just created is locked until that one commits, so a
 * concurrent ingestion of the same new name waits, then finds the person it made, instead
 * of reading "no such name" and creating a second one.
 */
const LOCK_NAME_KEYS = s(
  'lockNameKeys',
  `
UNWIND $keys AS key
MERGE (k:NameKey {key: key})`,
);

/** The text the person_names full-text index reads for a person's aliases (p.name is indexed itself). */
export const setAliasText = (p: string): string => `SET ${p}.aliasText = reduce(acc = '', a IN ${p}.aliases | acc + a + ' | ')`;

/**
 * A person's name is set once, when created, with the label Held when only held facts name them
 * (./standing.ts); any row that is not held lifts it. Stated aliases are added; a description fills a
 * gap; a date fills a gap or refines its prefix ("1985" -> "1985-06-01"). What an editor set
 * stays (update-person.queries.ts): the fields in `editorFields` are not touched, and names
 * whose key is in `removedKeys` (aliases an editor removed) are neither added nor keyed again.
 */
const UPSERT_PEOPLE = s(
  'upsertPeople',
  `
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.createdAt = datetime(), p.heldNew = row.held, p.relations = 0
FOREACH (_ IN CASE WHEN p.heldNew THEN [1] ELSE [] END | SET p:Held)
FOREACH (_ IN CASE WHEN row.held THEN [] ELSE [1] END | REMOVE p:Held)
REMOVE p.heldNew
WITH p, row, coalesce(p.editorFields, []) AS edited, coalesce(p.removedKeys, []) AS removed
WITH p, row, edited, removed, [n IN row.names WHERE n.text <> p.name AND NOT n.key IN removed | n.text] AS offered
SET p.aliases = reduce(acc = coalesce(p.aliases, []), a IN offered | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    p.description = CASE WHEN 'description' IN edited THEN p.description ELSE coalesce(p.description, row.description) END,
    p.birthDate = CASE WHEN NOT 'birthDate' IN edited AND (p.birthDate IS NULL OR row.birthDate STARTS WITH p.birthDate)
                  THEN coalesce(row.birthDate, p.birthDate) ELSE p.birthDate END,
    p.deathDate = CASE WHEN NOT 'deathDate' IN edited AND (p.deathDate IS NULL OR row.deathDate STARTS WITH p.deathDate)
                  THEN coalesce(row.deathDate, p.deathDate) ELSE p.deathDate END
${setAliasText('p')}
WITH p, row, removed
UNWIND [key IN row.keys WHERE NOT key IN removed] AS key
MERGE (k:NameKey {key: key})
MERGE (k)-[:KEY_OF]->(p)`,
);

/** Locks the article `a` (a write takes its lock until commit) and lists whom it mentions or holds (people of held facts only). */
const LOCKED_MENTIONS = `SET a.updatedAt = datetime()
WITH a
OPTIONAL MATCH (a)-[:MENTIONS|HOLDS]->(p:Person)
RETURN a.id AS id, collect(p.id) AS ids`;

/**
 * The first statement of an article's ingestion. Writing a property takes the node's
 * exclusive lock until commit, and MERGE under the article_id constraint makes a second
 * creator of a new url wait for the first; so the mentions read after it are the ones the
 * previous ingestion of this url committed, not ones a concurrent one is about to replace.
 */
const LOCK_ARTICLE = s(
  'lockArticle',
  `
MERGE (a:Article {id: $articleId})
${LOCKED_MENTIONS}`,
);

/** The same lock on an article that must exist already (a retraction): no row when it does not. */
const LOCK_EXISTING_ARTICLE = s(
  'lockExistingArticle',
  `
MATCH (a:Article {id: $articleId})
${LOCKED_MENTIONS}`,
);

/** Removes what the article `a` says: its mentions (held ones too), the events it reports, its quotes. Shared with retraction. */
export const CLEAR_ARTICLE = `CALL (a) { MATCH (a)-[m:MENTIONS|HOLDS|REPORTS]->() DELETE m }
CALL (a) { MATCH (a)-[:CONTAINS_QUOTE]->(q:Quote) DETACH DELETE q }`;

const UPSERT_ARTICLE = s(
  'upsertArticle',
  `
MERGE (a:Article {id: $article.id})
SET a.url = $article.url, a.title = $article.title, a.publisher = $article.publisher,
    a.publishedAt = datetime($article.publishedAt), a.body = $article.body, a.updatedAt = datetime()
WITH a
${CLEAR_ARTICLE}
CALL (a) { UNWIND $personIds AS pid MATCH (p:Person {id: pid}) MERGE (a)-[:MENTIONS]->(p) }
CALL (a) { UNWIND $heldIds AS pid MATCH (p:Person {id: pid}) MERGE (a)-[:HOLDS]->(p) }
RETURN a.id AS id`,
);

/**
 * One Evidence node per origin and fact. Its status: REJECTED while an editor's rejection of
 * this fact and quote stands (./editorial.queries.ts), whatever the origin; ACCEPTED where an
 * editor accepted this very quote before; HELD for a held row (below the write threshold, see
 * ./standing.ts); else the origin's own status. The node is written
 * (locked) before the rejection is looked up, so a decision committing meanwhile is seen.
 */
const EVIDENCE_SET = `
MERGE (v:Evidence {id: $origin.originId + '|' + factId})
SET v.ingestId = $origin.ingestId
WITH row, factId, created, v, coalesce(v.quote, '') = coalesce(row.quote, '') AS sameQuote,
     EXISTS { MATCH (:Rejection {key: factId + '|' + coalesce(row.quote, '')}) } AS rejected
SET v.status = CASE WHEN rejected THEN 'REJECTED' WHEN sameQuote AND v.decision = 'ACCEPT' THEN 'ACCEPTED'
                    WHEN row.held THEN 'HELD' ELSE $origin.status END,
    v.decision = CASE WHEN sameQuote THEN v.decision ELSE null END
SET v.factId = factId, v.originId = $origin.originId, v.articleId = $origin.articleId,
    v.datasetId = $origin.datasetId, v.source = $origin.source, v.quote = row.quote,
    v.confidence = row.confidence, v.rule = row.rule`;

/** 1 for a fact this row created and shows; a held one is counted apart (IngestReport.heldForReview). */
const CREATED_SHOWN = (isNew: string): string => `CASE WHEN ${isNew} AND NOT coalesce(row.held, false) THEN 1 ELSE 0 END`;

/**
 * One edge per marriage: a statement joins the marriage whose start date it matches or
 * refines ("2013" and "2013-09-14" are one wedding, and the edge keeps the more precise
 * date); a different start date is another marriage (Taylor and Burton married twice).
 * An end date alone (a divorce) ends the latest marriage that began before it.
 */
const UPSERT_SPOUSES = s(
  'upsertSpouses',
  `
UNWIND $rows AS row
MATCH (a:Person {id: row.a}), (b:Person {id: row.b})
CALL (a, b, row) {
  OPTIONAL MATCH (a)-[r:SPOUSE_OF]-(b)
  WHERE (row.since IS NULL OR r.since IS NULL OR r.since STARTS WITH row.since OR row.since STARTS WITH r.since)
    AND (row.since IS NOT NULL OR row.until IS NULL OR r.since IS NULL OR r.since <= row.until)
  RETURN r ORDER BY CASE WHEN r.since = row.since THEN 0 ELSE 1 END, r.since DESC LIMIT 1
}
CALL (a, b, row, r) {
  WITH a, b, row, r WHERE r IS NULL
  CREATE (a)-[n:SPOUSE_OF {id: row.id, since: row.since, until: row.until}]->(b)
  RETURN n.id AS factId, ${CREATED_SHOWN('true')} AS created
  UNION
  WITH row, r WHERE r IS NOT NULL
  SET r.since = CASE WHEN r.since IS NULL OR size(coalesce(row.since, '')) > size(r.since) THEN coalesce(row.since, r.since) ELSE r.since END,
      r.until = CASE WHEN r.until IS NULL OR (row.until STARTS WITH r.until) THEN coalesce(row.until, r.until) ELSE r.until END
  RETURN r.id AS factId, 0 AS created
}
WITH row, factId, created
${EVIDENCE_SET}
RETURN sum(created) AS created, collect(DISTINCT factId) AS factIds`,
);

const UPSERT_PARENTS = s(
  'upsertParents',
  `
UNWIND $rows AS row
MATCH (p:Person {id: row.parent}), (c:Person {id: row.child})
OPTIONAL MATCH (p)-[old:PARENT_OF]->(c)
WITH p, c, row, old IS NULL AS isNew
MERGE (p)-[r:PARENT_OF]->(c) ON CREATE SET r.id = row.id
WITH row, r.id AS factId, ${CREATED_SHOWN('isNew')} AS created
${EVIDENCE_SET}
RETURN sum(created) AS created, collect(DISTINCT factId) AS factIds`,
);

const UPSERT_EVENTS = s(
  'upsertEvents',
  `
UNWIND $rows AS row
OPTIONAL MATCH (old:Event {id: row.id})
WITH row, old IS NULL AS isNew
MERGE (e:Event {id: row.id})
ON CREATE SET e.kind = row.kind, e.title = row.title, e.date = row.date, e.monthDay = row.monthDay,
              e.platform = row.platform, e.quote = row.quote, e.cause = row.cause, e.createdAt = datetime()
ON MATCH SET e.platform = coalesce(e.platform, row.platform), e.quote = coalesce(e.quote, row.quote),
             e.cause = coalesce(e.cause, row.cause)
WITH e, row, isNew
CALL (e, row) { UNWIND row.participants AS pid MATCH (p:Person {id: pid}) MERGE (p)-[:PARTICIPATED_IN]->(e) }
CALL (e, row) { WITH e, row WHERE row.child IS NOT NULL MATCH (c:Person {id: row.child}) MERGE (e)-[:INVOLVES_CHILD]->(c) }
CALL (e) { WITH e WHERE $origin.articleId IS NOT NULL MATCH (a:Article {id: $origin.articleId}) MERGE (a)-[:REPORTS]->(e) }
WITH row, e.id AS factId, ${CREATED_SHOWN('isNew')} AS created
${EVIDENCE_SET}
RETURN sum(created) AS created, collect(DISTINCT factId) AS factIds`,
);

/** "This post marks that event" edges list the sources that state them, like evidence does. */
const UNLINK_COMMEMORATES = s(
  'unlinkCommemorates',
  `
MATCH (:Event)-[c:COMMEMORATES]->(:Event) WHERE $originId IN c.origins
SET c.origins = [o IN c.origins WHERE o <> $originId]
WITH c WHERE size(c.origins) = 0
DELETE c`,
);

const LINK_COMMEMORATES = s(
  'linkCommemorates',
  `
UNWIND $rows AS row
MATCH (e:Event {id: row.id}), (t:Event {id: row.target})
MERGE (e)-[c:COMMEMORATES]->(t)
ON CREATE SET c.origins = []
SET c.origins = CASE WHEN $originId IN c.origins THEN c.origins ELSE c.origins + $originId END`,
);

const CREATE_QUOTES = s(
  'createQuotes',
  `
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
CREATE (q:Quote {id: row.id, text: row.text, position: row.position})
CREATE (a)-[:CONTAINS_QUOTE]->(q)
WITH q, row WHERE row.speaker IS NOT NULL
MATCH (p:Person {id: row.speaker})
CREATE (q)-[:SAID_BY]->(p)`,
);

/**
 * Co-mention edges run from the lower to the higher person id and list the articles behind
 * them (`articleIds`) and those that name the two close together (`nearIds`). `strong` says
 * the edge means something (src/ingest/co-mentions.ts): close together once, or in two articles.
 */
export const strongCoMention = (c: string): string => `${c}.strong = (${c}.count >= toInteger($minShared) OR size(${c}.nearIds) > 0)`;

const UNLINK_CO_MENTIONS = s(
  'unlinkCoMentions',
  `
UNWIND $ids AS pid
MATCH (:Person {id: pid})-[c:CO_MENTIONED]->(:Person)
WHERE $articleId IN c.articleIds
SET c.articleIds = [x IN c.articleIds WHERE x <> $articleId],
    c.nearIds = [x IN coalesce(c.nearIds, []) WHERE x <> $articleId]
SET c.count = size(c.articleIds)
SET ${strongCoMention('c')}
WITH c WHERE c.count = 0
DELETE c`,
);

const LINK_CO_MENTIONS = s(
  'linkCoMentions',
  `
UNWIND $pairs AS pair
MATCH (a:Person {id: pair[0]}), (b:Person {id: pair[1]})
MERGE (a)-[c:CO_MENTIONED]->(b)
ON CREATE SET c.articleIds = [], c.nearIds = []
SET c.articleIds = CASE WHEN $articleId IN c.articleIds THEN c.articleIds ELSE c.articleIds + $articleId END,
    c.nearIds = [x IN coalesce(c.nearIds, []) WHERE x <> $articleId] + CASE WHEN pair[2] THEN [$articleId] ELSE [] END
SET c.count = size(c.articleIds)
SET ${strongCoMention('c')}`,
);

/**
 * Evidence of this origin not restated by this run goes (all of it when the run is null: a
 * retraction restates nothing), and so do facts left without evidence.
 */
const SWEEP_STALE = s(
  'sweepStale',
  `
OPTIONAL MATCH (v:Evidence {originId: $originId}) WHERE $ingestId IS NULL OR v.ingestId <> $ingestId
WITH collect(v.factId) AS factIds, collect(v) AS stale
FOREACH (v IN stale | DETACH DELETE v)
WITH factIds, size(stale) AS evidence
CALL (factIds) {
  UNWIND factIds AS fid
  MATCH (a)-[r:SPOUSE_OF {id: fid}]->(b) WHERE NOT EXISTS { MATCH (:Evidence {factId: fid}) }
  DELETE r
  RETURN count(r) AS spouses, collect(a.id) + collect(b.id) AS spouseEnds
}
CALL (factIds) {
  UNWIND factIds AS fid
  MATCH (a)-[r:PARENT_OF {id: fid}]->(b) WHERE NOT EXISTS { MATCH (:Evidence {factId: fid}) }
  DELETE r
  RETURN count(r) AS parents, collect(a.id) + collect(b.id) AS parentEnds
}
CALL (factIds) {
  UNWIND factIds AS fid
  MATCH (e:Event {id: fid}) WHERE NOT EXISTS { MATCH (:Evidence {factId: fid}) }
  DETACH DELETE e
  RETURN count(e) AS events
}
RETURN factIds, evidence, spouses + parents + events AS facts, spouseEnds + parentEnds AS people`,
);

/**
 * Takes the facts' write locks before their evidence is read (REFRESH_STANDING, next
 * statement): an ingestion and an editor's decision touching one fact at once then compute
 * its standing one after the other, the second seeing the first's evidence.
 */
const LOCK_FACTS = s(
  'lockFacts',
  `
UNWIND $factIds AS fid
CALL (fid) { MATCH ()-[r:SPOUSE_OF {id: fid}]->() SET r.standing = coalesce(r.standing, 'PROPOSED') }
CALL (fid) { MATCH ()-[r:PARENT_OF {id: fid}]->() SET r.standing = coalesce(r.standing, 'PROPOSED') }
CALL (fid) { MATCH (e:Event {id: fid}) SET e.standing = coalesce(e.standing, 'PROPOSED') }`,
);

/**
 * A fact's standing is the best of its evidence's: ACCEPTED if any piece is, else PROPOSED if
 * any is, else HELD if any is (hidden until accepted), else REJECTED (hidden). Kept on the fact
 * itself (relationship or event) so that every read, path search included, filters it with one
 * property test (see ./standing.ts). A shown fact lifts the Held label of its people, and the
 * articles that held them (HOLDS) now mention them.
 */
const REFRESH_STANDING = s(
  'refreshStanding',
  `
UNWIND $factIds AS fid
CALL (fid) {
  OPTIONAL MATCH (v:Evidence {factId: fid})
  WITH collect(v.status) AS statuses
  RETURN CASE WHEN 'ACCEPTED' IN statuses THEN 'ACCEPTED' WHEN 'PROPOSED' IN statuses THEN 'PROPOSED'
              WHEN 'HELD' IN statuses THEN 'HELD' ELSE 'REJECTED' END AS standing
}
CALL (fid, standing) { MATCH ()-[r:SPOUSE_OF {id: fid}]->() SET r.standing = standing }
CALL (fid, standing) { MATCH ()-[r:PARENT_OF {id: fid}]->() SET r.standing = standing }
CALL (fid, standing) { MATCH (e:Event {id: fid}) SET e.standing = standing }
CALL (fid, standing) {
  WITH fid WHERE standing IN ['ACCEPTED', 'PROPOSED']
  CALL (fid) { MATCH (p:Person)-[:SPOUSE_OF|PARENT_OF {id: fid}]-() RETURN p
               UNION MATCH (p:Person)-[:PARTICIPATED_IN]->(:Event {id: fid}) RETURN p
               UNION MATCH (:Event {id: fid})-[:INVOLVES_CHILD]->(p:Person) RETURN p }
  REMOVE p:Held
  WITH p
  CALL (p) { MATCH (a:Article)-[h:HOLDS]->(p) MERGE (a)-[:MENTIONS]->(p) DELETE h }
}`,
);

/**
 * People nothing refers to any more (e.g. dropped from an edited article) are removed with their
 * keys; one an editor has corrected (editedAt) is kept, the correction being a source of its own.
 */
const DELETE_ORPHAN_PEOPLE = s(
  'deleteOrphanPeople',
  `
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE p.editedAt IS NULL
  AND NOT EXISTS { (p)-[:MENTIONS|SPOUSE_OF|PARENT_OF|PARTICIPATED_IN|INVOLVES_CHILD|SAID_BY|CO_MENTIONED]-() }
OPTIONAL MATCH (k:NameKey)-[:KEY_OF]->(p)
WITH p, collect(k) AS keys
DETACH DELETE p
WITH keys
CALL (keys) {
  UNWIND keys AS k
  WITH k WHERE NOT EXISTS { (k)-[:KEY_OF]->() }
  DELETE k
}
RETURN count(*) AS removed`,
);

export interface ResolvedRow {
  ref: string;
  byId: string | null;
  /** the person under the looked-up id, as a candidate (a stage name's global id is checked like a namesake) */
  byIdPerson: Omit<Candidate, 'confirmed'> | null;
  candidates: Candidate[];
}

export interface VariantLookup {
  ref: string;
  key: string;
  first: string;
  last: string;
  bases: string[];
  related: string[];
}

export interface ResolveLookup {
  ref: string;
  id: string | null;
  name: string;
  key: string | null;
  related: string[];
}

/** Per ref: the person with its id, and the namesakes its name key could mean (see RESOLVE_PEOPLE). */
export async function resolvePeople(tx: Tx, rows: ResolveLookup[]): Promise<ResolvedRow[]> {
  const result = await tx.run(RESOLVE_PEOPLE, { rows });
  return result.records.map((r) => ({
    ref: r.get('ref'),
    byId: r.get('byId'),
    byIdPerson: r.get('byIdPerson'),
    candidates: r.get('candidates') as Candidate[],
  }));
}

/** For each lookup, the people whose name keys may be variants of its name (unfiltered by the rules), by id. */
export async function resolveVariants(tx: Tx, rows: VariantLookup[]): Promise<Map<string, VariantCandidate[]>> {
  if (rows.length === 0) return new Map();
  const result = await tx.run(RESOLVE_VARIANTS, { rows });
  return new Map(result.records.map((r) => [r.get('ref') as string, r.get('candidates') as VariantCandidate[]]));
}

/**
 * The relatives of resolved people in one direction (`dir`: spouses, children or parents of
 * row.id), for a one-token name the article relates to that person (see chooseRelative).
 */
const RELATIVES_OF = s(
  'relativesOf',
  `
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
CALL (row, p) {
  OPTIONAL MATCH (p)-[rs:SPOUSE_OF]-(s:Person) WHERE row.dir = 'spouses' AND ${shown('rs')}
  OPTIONAL MATCH (p)-[rc:PARENT_OF]->(c:Person) WHERE row.dir = 'children' AND ${shown('rc')}
  OPTIONAL MATCH (p)<-[rf:PARENT_OF]-(f:Person) WHERE row.dir = 'parents' AND ${shown('rf')}
  WITH [x IN collect(DISTINCT s) + collect(DISTINCT c) + collect(DISTINCT f) WHERE x IS NOT NULL] AS rs
  UNWIND rs AS r
  RETURN collect(DISTINCT {id: r.id, name: r.name, birthDate: r.birthDate, deathDate: r.deathDate, confirmed: false, via: row.id, dir: row.dir}) AS relatives
}
RETURN row.ref AS ref, relatives`,
);

/** Per mention ref, the relatives its stated relations point at (rows: ref, id of the related person, dir). */
export async function findRelatives(tx: Tx, rows: { ref: string; id: string; dir: string }[]): Promise<Map<string, Relative[]>> {
  const out = new Map<string, Relative[]>();
  if (rows.length === 0) return out;
  const result = await tx.run(RELATIVES_OF, { rows });
  for (const r of result.records) out.set(r.get('ref'), [...(out.get(r.get('ref')) ?? []), ...(r.get('relatives') as Relative[])]);
  return out;
}

/**
 * Which one-token names other people's names begin or end with ("kanye" in "kanye west",
 * "drake" in "betsy drake"), not counting the keys of the person under the token's own id.
 * STARTS WITH seeks the name_key range index, ENDS WITH the name_key_text index: no scan of
 * the NameKeys (a scan per article made ingesting the 548 shared articles 3x slower).
 */
export const NAME_TOKEN_USES = s(
  'nameTokenUses',
  `
UNWIND $rows AS row
RETURN row.token AS token,
  EXISTS { MATCH (k:NameKey)-[:KEY_OF]->(p:Person) WHERE k.key STARTS WITH row.token + ' ' AND p.id <> row.id } AS asFirst,
  EXISTS { MATCH (k:NameKey)-[:KEY_OF]->(p:Person) WHERE k.key ENDS WITH ' ' + row.token AND p.id <> row.id } AS asLast`,
);

/** Per one-token name key, how the graph's other people use it (rows: token, the id a stage name would have). */
export async function findNameTokenUses(tx: Tx, rows: { token: string; id: string }[]): Promise<Map<string, TokenUses>> {
  if (rows.length === 0) return new Map();
  const result = await tx.run(NAME_TOKEN_USES, { rows });
  return new Map(result.records.map((r) => [r.get('token') as string, { asFirst: r.get('asFirst'), asLast: r.get('asLast') }]));
}

/** POSSIBLE_DUPLICATE edges {from, to, articleId, reason}; writing one twice changes nothing. */
export async function linkPossibleDuplicates(tx: Tx, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length > 0) await tx.run(LINK_POSSIBLE_DUPLICATES, { rows });
}

/** Which of these person ids are taken (by a person, or by a merge redirect). */
export async function findExistingPersonIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  const result = await tx.run(EXISTING_PERSON_IDS, { ids });
  return new Set(result.records.map((r) => r.get('id') as string));
}

/** Which of these event ids exist already. */
export async function findExistingEventIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = await tx.run(EXISTING_EVENT_IDS, { ids });
  return new Set(result.records.map((r) => r.get('id') as string));
}

/**
 * Takes the exclusive locks of these existing people (a write takes them; updatedAt is the
 * write), in id order, before any other statement touches them. Without it, 50 overlapping
 * ingestions at once hit 83 deadlocks (each retried, the slowest after 47 s); with it, 0.
 */
export async function lockNameKeys(tx: Tx, keys: string[]): Promise<void> {
  if (keys.length > 0) await tx.run(LOCK_NAME_KEYS, { keys: [...new Set(keys)].sort() });
}

/** Returns the ids it locked: an id missing from them names a person that is gone (merged or removed meanwhile). */
export async function lockPeople(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set((await tx.run(LOCK_PEOPLE, { ids: [...new Set(ids)].sort() })).records[0]?.get('locked') ?? []);
}

/** Person rows {id, name, names: [{text, key}] (aliases, then the name), keys, description, birthDate, deathDate}. */
export async function upsertPeople(tx: Tx, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length > 0) await tx.run(UPSERT_PEOPLE, { rows });
}

/**
 * Locks the article (creating it if the url is new) until the transaction ends, and returns
 * the ids of the people it mentioned before: concurrent ingestions of one url run one at a time.
 */
export async function lockArticle(tx: Tx, articleId: string): Promise<string[]> {
  const result = await tx.run(LOCK_ARTICLE, { articleId });
  return result.records[0]?.get('ids') ?? [];
}

/** lockArticle for an article that must exist: null (and nothing written) when there is none. */
export async function lockExistingArticle(tx: Tx, articleId: string): Promise<string[] | null> {
  const result = await tx.run(LOCK_EXISTING_ARTICLE, { articleId });
  return result.records[0]?.get('ids') ?? null;
}

/**
 * Writes the article, its mentions and the people only its held facts name (HOLDS, so that
 * re-ingestion and retraction find them); its previous mentions, reports and quotes are replaced.
 */
export async function upsertArticle(tx: Tx, article: Record<string, unknown>, personIds: string[], heldIds: string[] = []): Promise<void> {
  await tx.run(UPSERT_ARTICLE, { article, personIds, heldIds });
}

/** How many facts a batch created, and the ids of every fact it gave evidence to. */
export interface Written {
  created: number;
  factIds: string[];
}

async function sumCreated(tx: Tx, statement: Statement, rows: Record<string, unknown>[], origin: Origin): Promise<Written> {
  if (rows.length === 0) return { created: 0, factIds: [] };
  const result = await tx.run(statement, { rows, origin });
  return { created: toNumber(result.records[0]?.get('created') ?? 0), factIds: result.records[0]?.get('factIds') ?? [] };
}

/** Spouse rows {id, a, b, since, until, quote, confidence, rule}. */
export const upsertSpouses = (tx: Tx, rows: Record<string, unknown>[], origin: Origin): Promise<Written> =>
  sumCreated(tx, UPSERT_SPOUSES, rows, origin);

/** Parent rows {id, parent, child, quote, confidence, rule}. */
export const upsertParents = (tx: Tx, rows: Record<string, unknown>[], origin: Origin): Promise<Written> =>
  sumCreated(tx, UPSERT_PARENTS, rows, origin);

/** Event rows. */
export const upsertEvents = (tx: Tx, rows: Record<string, unknown>[], origin: Origin): Promise<Written> =>
  sumCreated(tx, UPSERT_EVENTS, rows, origin);

/** Replaces this origin's "post marks event" links with `rows`. */
export async function relinkCommemorates(tx: Tx, originId: string, rows: { id: string; target: string }[]): Promise<void> {
  await tx.run(UNLINK_COMMEMORATES, { originId });
  if (rows.length > 0) await tx.run(LINK_COMMEMORATES, { rows, originId });
}

export async function createQuotes(tx: Tx, articleId: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length > 0) await tx.run(CREATE_QUOTES, { articleId, rows });
}

/**
 * Replaces this article's share of the co-mention edges: it now links every pair of
 * `mentioned`, and names the `near` pairs (ids in order) close together.
 */
export async function relinkCoMentions(
  tx: Tx,
  articleId: string,
  before: string[],
  mentioned: string[],
  near: [string, string][],
): Promise<void> {
  const minShared = MIN_SHARED_ARTICLES;
  if (before.length > 0) await tx.run(UNLINK_CO_MENTIONS, { articleId, ids: before, minShared });
  const close = new Set(near.map(([a, b]) => `${a}\u0000${b}`));
  const ids = [...new Set(mentioned)].sort();
  const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b, close.has(`${a}\u0000${b}`)]));
  for (let i = 0; i < pairs.length; i += 5000) await tx.run(LINK_CO_MENTIONS, { articleId, pairs: pairs.slice(i, i + 5000), minShared });
}

/** What a sweep removed: the facts its evidence was of (some still stand on other evidence), and counts. */
export interface Swept {
  factIds: string[];
  evidenceRemoved: number;
  /** spouse and parent links and events left with no evidence */
  factsRemoved: number;
  /** the people at either end of the family links removed: their relation counts change */
  people: string[];
}

/** Removes this origin's evidence that this run did not restate (a null ingestId: all of it). */
export async function sweepStale(tx: Tx, origin: Pick<Origin, 'originId'> & { ingestId: string | null }): Promise<Swept> {
  const row = (await tx.run(SWEEP_STALE, { originId: origin.originId, ingestId: origin.ingestId })).records[0];
  return {
    factIds: row.get('factIds'),
    evidenceRemoved: toNumber(row.get('evidence')),
    factsRemoved: toNumber(row.get('facts')),
    people: row.get('people'),
  };
}

/**
 * Sets each fact's standing from its evidence (see REFRESH_STANDING); facts that are gone are
 * skipped. Then recounts the relations of the people the facts join and of `people` (those
 * whose family links were deleted): see relation-counts.queries.ts.
 */
export async function refreshStanding(tx: Tx, factIds: string[], people: readonly string[] = []): Promise<void> {
  const ids = [...new Set(factIds)];
  for (let i = 0; i < ids.length; i += 2000) {
    const chunk = ids.slice(i, i + 2000);
    await tx.run(LOCK_FACTS, { factIds: chunk });
    await tx.run(REFRESH_STANDING, { factIds: chunk });
    await refreshRelationCounts(tx, chunk, i === 0 ? people : []);
  }
  if (ids.length === 0) await refreshRelationCounts(tx, [], people);
}

/** Removes those of these people nothing refers to any more (see DELETE_ORPHAN_PEOPLE); returns how many. */
export async function deleteOrphanPeople(tx: Tx, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return toNumber((await tx.run(DELETE_ORPHAN_PEOPLE, { ids })).records[0].get('removed'));
}
