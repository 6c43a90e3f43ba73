import { Statement } from '../../src/graph/run';
import { LIST_PEOPLE } from '../../src/graph/person.queries';
import { SHOWN } from '../../src/graph/standing';

/**
 * The hand-written baseline: each workload's whole answer in ONE statement, the shape a
 * developer writing Cypher by hand would return (map projections, COLLECT subqueries). Facts
 * are filtered as Limelight filters them: shown while their standing is not REJECTED.
 */
const s = (name: string, cypher: string): Statement => ({ name: `baseline.${name}`, cypher });

const shown = (v: string) => `${v}.standing IN ${JSON.stringify(SHOWN)}`;

/** Spouses (either direction), children and parents of `p` as {id, name} lists, in any order. */
const FAMILY = (p: string, extra = '') => `
  spouses: [(${p})-[r:SPOUSE_OF]-(o:Person) WHERE ${shown('r')} | o {.id, .name${extra}}],
  children: [(${p})-[r:PARENT_OF]->(o:Person) WHERE ${shown('r')} | o {.id, .name${extra}}],
  parents: [(${p})<-[r:PARENT_OF]-(o:Person) WHERE ${shown('r')} | o {.id, .name${extra}}]`;

/** Newest 20 shown events of `p` (undated last, as Limelight's Person.events). */
const EVENTS = (p: string) => `
  events: COLLECT {
    MATCH (${p})-[:PARTICIPATED_IN]->(e:Event) WHERE ${shown('e')}
    WITH e ORDER BY coalesce(e.date, '') DESC, e.id DESC LIMIT 20 RETURN e {.id, .title}
  }`;

/** Statements that write: run in a write transaction. */
export const BASELINE_WRITES: ReadonlySet<string> = new Set(['createCouple']);

export const BASELINE: Record<string, Statement> = {
  /** W1: one person with spouses, children and parents. */
  person: s('person', `MATCH (p:Person {id: $id}) RETURN p {.id, .name, .birthDate, ${FAMILY('p')}} AS answer`),

  /** W2: the first 50 people by (name, id), each with family and events; the order is the person_name index's. */
  people50: s(
    'people50',
    `MATCH (p:Person) USING INDEX p:Person(name, id) WHERE p.name >= '' AND p.id IS NOT NULL
WITH p ORDER BY p.name, p.id LIMIT 50
RETURN collect(p {.id, .name, ${FAMILY('p')}, ${EVENTS('p')}}) AS answer`,
  ),

  /** W3: person → children → their spouses → their children, three levels of pattern comprehension. */
  descendants: s(
    'descendants',
    `MATCH (p:Person {id: $id})
RETURN p {.id, .name, children: [(p)-[r1:PARENT_OF]->(c:Person) WHERE ${shown('r1')} | c {.id, .name,
  spouses: [(c)-[r2:SPOUSE_OF]-(s:Person) WHERE ${shown('r2')} | s {.id, .name,
    children: [(s)-[r3:PARENT_OF]->(g:Person) WHERE ${shown('r3')} | g {.id, .name}]}]}]} AS answer`,
  ),

  /**
   * W4: a page of people by (name, id) after the keyset [$name, $id]: Limelight's own statement
   * (two index seeks), since it is the best one can write by hand; one extra row says whether a next page exists.
   */
  peoplePage: s('peoplePage', LIST_PEOPLE.cypher.replace('RETURN properties(p) AS p', 'RETURN p {.id, .name} AS answer')),

  /** W5: how many people; the count store answers it. */
  peopleCount: s('peopleCount', 'MATCH (p:Person) RETURN count(p) AS answer'),

  /** W6: full-text hits of the person_names index for a Lucene query, best first. */
  search: s(
    'search',
    `CALL db.index.fulltext.queryNodes('person_names', $lucene, {limit: toInteger($limit)}) YIELD node, score
RETURN node {.id, .name} AS answer`,
  ),

  /** W7: the shortest shown family path within 6 hops, as person ids. */
  path: s(
    'path',
    `MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH p = SHORTEST 1 (a)-[r:SPOUSE_OF|PARENT_OF WHERE ${shown('r')}]-{1,6}(b)
RETURN [n IN nodes(p) | n.id] AS answer`,
  ),

  /** Timeline page: the person's shown events in date order (undated last), the first $limit and the total. */
  timeline: s(
    'timeline',
    `MATCH (:Person {id: $id})-[:PARTICIPATED_IN|INVOLVES_CHILD]-(e:Event) WHERE ${shown('e')}
WITH DISTINCT e ORDER BY coalesce(e.date, '~'), e.id
WITH collect(e {.id, .title, .date}) AS events
RETURN {total: size(events), events: events[..toInteger($limit)]} AS answer`,
  ),

  /** Mutation: two new people married to each other; the reply names them. */
  createCouple: s(
    'createCouple',
    `CREATE (a:Person {id: $a.id, name: $a.name, aliases: []})-[:SPOUSE_OF {id: $a.id + '|' + $b.id, standing: 'ACCEPTED'}]->
       (b:Person {id: $b.id, name: $b.name, aliases: []})
RETURN [a.name, b.name] AS answer`,
  ),
};

/** Bench upkeep, not served: how many shown marriages join the two named people (a mutation's check). */
export const COUPLE_STORED = s(
  'coupleStored',
  `MATCH (:Person {name: $a})-[r:SPOUSE_OF]-(:Person {name: $b}) WHERE ${shown('r')} RETURN count(r) AS n`,
);

/**
 * Bench upkeep: removes what the mutations wrote, the couples (by name prefix) and, for
 * Limelight's ingestArticle, their articles (by url prefix), evidence and name keys.
 */
export const CLEANUP_COUPLES = s(
  'cleanupCouples',
  `CALL () {
  MATCH (a:Article) WHERE a.url STARTS WITH $urlPrefix
  OPTIONAL MATCH (v:Evidence {articleId: a.id})
  DETACH DELETE v, a
}
CALL () {
  MATCH (p:Person) WHERE any(prefix IN $prefixes WHERE p.name STARTS WITH prefix)
  OPTIONAL MATCH (k:NameKey)-[:KEY_OF]->(p) WHERE COUNT { (k)-[:KEY_OF]->() } = 1
  DETACH DELETE k, p
}`,
);

/** Bench upkeep: the evidence of a parent → child link, to reject before the answers are compared. */
export const PARENT_LINK_EVIDENCE = s(
  'parentLinkEvidence',
  'MATCH (:Person {id: $parent})-[r:PARENT_OF]->(:Person {id: $child}) MATCH (v:Evidence {factId: r.id}) RETURN v.id AS id',
);

/** Bench upkeep: what the mutations left after the clean-up; 0 and 0, or the bench says so. */
export const COUPLES_LEFT = s(
  'couplesLeft',
  `RETURN COUNT { MATCH (p:Person) WHERE any(prefix IN $prefixes WHERE p.name STARTS WITH prefix) } AS people,
       COUNT { MATCH (a:Article) WHERE a.url STARTS WITH $urlPrefix } AS articles`,
);
