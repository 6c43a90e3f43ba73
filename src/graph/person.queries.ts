import { Db, Statement } from './run';
import { EvidenceRecord, PersonRecord, inKeyOrder, toEvidence, toPerson } from './records';
import { toNumber } from './values';
import { evidenceShown, personShown, shownIn } from './standing';
import { currentPersonId } from './person-ids';

const s = (name: string, cypher: string): Statement => ({ name: `person.${name}`, cypher });

const PEOPLE_BY_IDS = s(
  'byIds',
  `
UNWIND $ids AS id
${currentPersonId('id', 'pid')}
MATCH (p:Person {id: pid}) WHERE ${personShown('p')} RETURN id, properties(p) AS p`,
);

/**
 * A page of people by (name, id) after the cursor's [name, id] ('' and '' for the first page).
 * The keyset is two range seeks of the person_name index, each in index order and cut at the
 * limit: about 175 db hits for any page of 20 on the seed graph, where one `name > x OR (name =
 * x AND id > y)` predicate scanned and sorted all 17,595 people (53,000 db hits) on every page.
 */
export const LIST_PEOPLE = s(
  'list',
  `
CALL () {
  MATCH (p:Person) USING INDEX p:Person(name, id) WHERE p.name = $name AND p.id > $id AND ${personShown('p')}
  WITH p ORDER BY p.name, p.id LIMIT toInteger($limit) RETURN p
  UNION
  MATCH (p:Person) USING INDEX p:Person(name, id) WHERE p.name > $name AND p.id IS NOT NULL AND ${personShown('p')}
  WITH p ORDER BY p.name, p.id LIMIT toInteger($limit) RETURN p
}
WITH p ORDER BY p.name, p.id LIMIT toInteger($limit)
RETURN properties(p) AS p`,
);

/** Both counts from the count store: people less those only held facts name. */
const COUNT_PEOPLE = s(
  'count',
  'CALL () { MATCH (p:Person) RETURN count(p) AS all } CALL () { MATCH (h:Held) RETURN count(h) AS held } RETURN all - held AS n',
);

const SEARCH_PEOPLE = s(
  'search',
  `
CALL db.index.fulltext.queryNodes('person_names', $lucene, {limit: toInteger($limit * 4)}) YIELD node, score
WHERE ${personShown('node')}
RETURN properties(node) AS p, score`,
);

/** A person's spouses, children and parents, for `p` (only links whose standing is in $standings). */
const FAMILY_COLUMNS = `
  COLLECT {
    MATCH (p)-[r:SPOUSE_OF]-(o:Person) WHERE ${shownIn('r')}
    WITH r, o ORDER BY coalesce(r.since, ''), o.name
    RETURN {p: properties(o), since: r.since, until: r.until, factId: r.id}
  } AS spouses,
  COLLECT {
    MATCH (p)-[r:PARENT_OF]->(o:Person) WHERE ${shownIn('r')}
    WITH r, o ORDER BY coalesce(o.birthDate, '9999'), o.name
    RETURN {p: properties(o), factId: r.id}
  } AS children,
  COLLECT {
    MATCH (p)<-[r:PARENT_OF]-(o:Person) WHERE ${shownIn('r')}
    WITH r, o ORDER BY o.name
    RETURN {p: properties(o), factId: r.id}
  } AS parents`;

/**
 * Spouses, children and parents of each person in one statement: a person's family is read
 * whole (W1 of the benchmark: person with spouses, children and parents in 2 statements, was 4).
 */
const FAMILY = s(
  'family',
  `
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id, ${FAMILY_COLUMNS}`,
);

/** The family kinds, as the fields of Person name them. */
export type FamilyKind = 'spouses' | 'children' | 'parents';
/**
 * Which further families one family read brings along: entry i lists the kinds of link
 * followed from the people of level i (level 0: the given people) to those of level i + 1.
 * [] reads the given people's families only.
 */
export type FamilyPlan = FamilyKind[][];
/** Levels a plan may reach in one statement: 3 hops of family edges stay small (a few hundred paths per person). */
export const MAX_FAMILY_LEVELS = 3;

/**
 * The families of the given people and of the people their plan reaches, in one statement
 * (W3 of the benchmark, person → children → spouses → children: 2 statements, was 4). The
 * quantifier is a literal (1 to MAX_FAMILY_LEVELS, checked); each hop's kind is read from
 * `a`, the person it leaves, and must be in its level's entry of $plan.
 */
function familyTreeStatement(levels: number): Statement {
  const hops = Math.min(Math.max(Math.trunc(levels), 1), MAX_FAMILY_LEVELS);
  return s(
    `familyTree${hops}`,
    `
UNWIND $ids AS id
MATCH (root:Person {id: id})
MATCH (root) ((a:Person)-[r:SPOUSE_OF|PARENT_OF WHERE ${shownIn('r')}]-(:Person)){0,${hops}} (p:Person)
WHERE all(i IN range(0, size(r) - 1) WHERE
  CASE WHEN type(r[i]) = 'SPOUSE_OF' THEN 'spouses' WHEN startNode(r[i]) = a[i] THEN 'children' ELSE 'parents' END IN $plan[i])
WITH DISTINCT p
RETURN p.id AS id, ${FAMILY_COLUMNS}`,
  );
}

const POSSIBLE_DUPLICATES = s(
  'possibleDuplicates',
  `
UNWIND $ids AS id
MATCH (:Person {id: id})-[d:POSSIBLE_DUPLICATE]-(o:Person)
WITH id, d, o ORDER BY o.name, o.id
RETURN id, collect({p: properties(o), articleId: d.articleId, reason: d.reason}) AS links`,
);

const EVIDENCE = s(
  'evidence',
  `
UNWIND $ids AS id
MATCH (v:Evidence {factId: id}) WHERE ${evidenceShown('v')}
WITH id, v ORDER BY v.confidence DESC, v.id
RETURN id, collect(properties(v)) AS evidence`,
);

export async function findPeopleByIds(db: Db, ids: readonly string[]): Promise<(PersonRecord | null)[]> {
  const result = await db.read(PEOPLE_BY_IDS, { ids });
  const found = new Map(result.records.map((r) => [r.get('id') as string, toPerson(r.get('p'))]));
  return inKeyOrder(ids, found, null);
}

/** People by name, then id; `after` is the [name, id] of the last person seen. */
export async function listPeople(db: Db, after: unknown[] | null, limit: number): Promise<PersonRecord[]> {
  const [name, id] = after ?? ['', ''];
  const result = await db.read(LIST_PEOPLE, { name, id, limit });
  return result.records.map((r) => toPerson(r.get('p')));
}

export async function countPeople(db: Db): Promise<number> {
  const result = await db.read(COUNT_PEOPLE);
  return toNumber(result.records[0].get('n'));
}

export interface SearchHit {
  person: PersonRecord;
  score: number;
}

/** Raw full-text hits (Lucene query built by the caller), best first. */
export async function searchPeopleFullText(db: Db, lucene: string, limit: number): Promise<SearchHit[]> {
  const result = await db.read(SEARCH_PEOPLE, { lucene, limit });
  return result.records.map((r) => ({ person: toPerson(r.get('p')), score: Number(r.get('score')) }));
}

export interface SpouseLinkRecord {
  person: PersonRecord;
  since: string | null;
  until: string | null;
  factId: string;
}
export interface KinLinkRecord {
  person: PersonRecord;
  factId: string;
}

export interface FamilyRecord {
  /** earliest marriage first */
  spouses: SpouseLinkRecord[];
  /** oldest first */
  children: KinLinkRecord[];
  /** by name */
  parents: KinLinkRecord[];
}

type LinkRow = { p: Record<string, unknown>; since?: string | null; until?: string | null; factId: string };
const NO_FAMILY = { spouses: [], children: [], parents: [] };

/** Each person's spouses, children and parents, only links whose standing is in `standings` (see ./standing.ts). */
export async function findFamilies(db: Db, ids: readonly string[], standings: string[]): Promise<FamilyRecord[]> {
  const found = toFamilies((await db.read(FAMILY, { ids, standings })).records);
  return inKeyOrder(ids, found, NO_FAMILY);
}

/**
 * The families of `ids` (in key order) and, in `reached`, those of the people `plan` leads to
 * from them (see FamilyPlan), in one statement; an empty plan is findFamilies.
 */
export async function findFamilyTree(
  db: Db,
  ids: readonly string[],
  standings: string[],
  plan: FamilyPlan,
): Promise<{ families: FamilyRecord[]; reached: Map<string, FamilyRecord> }> {
  if (plan.length === 0) return { families: await findFamilies(db, ids, standings), reached: new Map() };
  const levels = plan.slice(0, MAX_FAMILY_LEVELS);
  const found = toFamilies((await db.read(familyTreeStatement(levels.length), { ids, standings, plan: levels })).records);
  return { families: inKeyOrder(ids, found, NO_FAMILY), reached: found };
}

function toFamilies(records: { get(key: string): unknown }[]): Map<string, FamilyRecord> {
  const kin = (rows: LinkRow[]) => rows.map((l) => ({ person: toPerson(l.p), factId: l.factId }));
  return new Map(
    records.map((r) => [
      r.get('id') as string,
      {
        spouses: (r.get('spouses') as LinkRow[]).map((l) => ({ ...kin([l])[0], since: l.since ?? null, until: l.until ?? null })),
        children: kin(r.get('children') as LinkRow[]),
        parents: kin(r.get('parents') as LinkRow[]),
      },
    ]),
  );
}

export interface DuplicateLinkRecord {
  person: PersonRecord;
  articleId: string | null;
  reason: string;
}

/** People each person may be the same as (either side of POSSIBLE_DUPLICATE), by name. */
export async function findPossibleDuplicates(db: Db, ids: readonly string[]): Promise<DuplicateLinkRecord[][]> {
  const result = await db.read(POSSIBLE_DUPLICATES, { ids });
  type Row = { p: Record<string, unknown>; articleId: string | null; reason: string };
  const found = new Map(result.records.map((r) => [r.get('id') as string, r.get('links') as Row[]]));
  return inKeyOrder(ids, found, []).map((rows) =>
    rows.map((l) => ({ person: toPerson(l.p), articleId: l.articleId ?? null, reason: String(l.reason) })),
  );
}

/** Evidence of each fact (relation or event id) that is not rejected, most confident first. */
export async function findEvidence(db: Db, factIds: readonly string[]): Promise<EvidenceRecord[][]> {
  const result = await db.read(EVIDENCE, { ids: factIds });
  const found = new Map(
    result.records.map((r) => [r.get('id') as string, (r.get('evidence') as Record<string, unknown>[]).map(toEvidence)]),
  );
  return inKeyOrder(factIds, found, []);
}
