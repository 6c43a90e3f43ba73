/**
 * The workloads of issue 12, each as the request every system gets and the mapping of its
 * reply to a common shape (compared by ./answers.ts before anything is timed).
 */
import { SHOWN } from '../../src/graph/standing';
import { buildLuceneQuery } from '../../src/search/person-search';

export const SYSTEMS = ['limelight', 'neo4jGraphql', 'cypher'] as const;
export type System = (typeof SYSTEMS)[number];

/** What is posted: a GraphQL request, or `{statement, params}` for the Cypher baseline. */
export type Body = { query: string; variables?: Record<string, unknown> } | { statement: string; params?: Record<string, unknown> };
/** A system's reply: GraphQL `data`, or the baseline's `rows`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each workload reads its own reply shape
export type Reply = any;

export interface Workload {
  id: string;
  title: string;
  /** a mutation: timed, not run under concurrency, its writes removed afterwards */
  write?: boolean;
  /** the request of a system; `i` makes a mutation's names unique */
  body(system: System, i: number): Body;
  /** the reply in the common shape */
  answer(system: System, reply: Reply): unknown;
}

/** Where each system's page 100 starts: its own cursor (Limelight, @neo4j/graphql) or keyset (Cypher). */
export type Page100Cursors = Record<System, unknown>;

export const PAGE_SIZE = 20;
/** a timeline page smaller than the subject's 16 events, so that order and total both count */
export const TIMELINE_PAGE = 10;

/** The people of the seed graph the workloads read (see BENCHMARKS.md for why these). */
export const SUBJECTS = {
  family: 'chrissy-teigen',
  /** one of her three children: the link is REJECTED before the answers are compared, so each system must hide it */
  rejectedChild: 'miles-stephens',
  descendants: 'christian-ix-of-denmark',
  pathFrom: 'mickey-rooney',
  pathTo: 'woody-allen',
  timeline: 'elizabeth-taylor',
  /** a typo with 6 hits: fewer than a page, so Limelight's re-ranking (exact name, alias, then score) cannot pick another 10th */
  search: 'Mia Farow',
};

const SHOWN_EDGE = `(where: {edge: {standing: {in: ${JSON.stringify(SHOWN)}}}})`;
const ID_NAME = 'id name';
const LL_FAMILY = `spouses { person { ${ID_NAME} } } children { person { ${ID_NAME} } } parents { person { ${ID_NAME} } }`;
const NG_KIN = (field: string, inner = ID_NAME) => `${field}Connection${SHOWN_EDGE} { edges { node { ${inner} } } }`;
const NG_FAMILY = `${NG_KIN('spouses')} ${NG_KIN('children')} ${NG_KIN('parents')}`;

type Named = { id: string; name: string };
const named = (p: Named): Named => ({ id: p.id, name: p.name });
const llKin = (links: { person: Named }[]) => links.map((l) => named(l.person));
const ngKin = (c: { edges: { node: Named }[] }) => c.edges.map((e) => named(e.node));

/** The common shape of a person with family. */
function family(p: Named, spouses: Named[], children: Named[], parents: Named[]) {
  return { ...named(p), spouses, children, parents };
}
const llFamily = (p: Reply) => family(p, llKin(p.spouses), llKin(p.children), llKin(p.parents));
const ngFamily = (p: Reply) => family(p, ngKin(p.spousesConnection), ngKin(p.childrenConnection), ngKin(p.parentsConnection));
const cyFamily = (p: Reply) => family(p, p.spouses.map(named), p.children.map(named), p.parents.map(named));

const gql = (query: string, variables?: Record<string, unknown>): Body => ({ query, variables });
const cypher = (statement: string, params?: Record<string, unknown>): Body => ({ statement, params });

/** A couple for the mutation, unique per system and iteration; invented names. */
export function couple(system: System, i: number): { a: Named; b: Named } {
  const tag = `${system.slice(0, 2)}${i}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
  const person = (first: string, last: string) => ({ id: `bench-${first}-${last}${tag}`.toLowerCase(), name: `${first} ${last}${tag}` });
  return { a: person('Nina', 'Quillon'), b: person('Oren', 'Vastry') };
}
export const COUPLE_NAME_PREFIXES = ['Nina Quillon', 'Oren Vastry'];
export const COUPLE_URL_PREFIX = 'https://bench.example/compare/';

/**
 * A page of people by name. Page 1 (`after` null) uses each system's connection API; a deep
 * page starts at the system's own cursor: Limelight's, the baseline's keyset [name, id], and
 * for @neo4j/graphql an offset into the sorted list (`people(offset:)`), because its connection
 * API fails there (see BENCHMARKS.md). The offset list and the baseline ask one row more to
 * know whether a next page exists.
 */
export function peoplePage(system: System, after: unknown): Body {
  if (system === 'limelight') {
    return gql(
      `query($after: String) { people(first: ${PAGE_SIZE}, after: $after) { edges { node { ${ID_NAME} } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
  }
  if (system === 'neo4jGraphql' && after === null) {
    return gql(
      `{ peopleConnection(first: ${PAGE_SIZE}, sort: [{name: ASC}, {id: ASC}]) { edges { node { ${ID_NAME} } } pageInfo { hasNextPage endCursor } } }`,
    );
  }
  if (system === 'neo4jGraphql') {
    return gql(`query($offset: Int!) { people(offset: $offset, limit: ${PAGE_SIZE + 1}, sort: [{name: ASC}, {id: ASC}]) { ${ID_NAME} } }`, {
      offset: after,
    });
  }
  const [name, id] = (after as string[] | null) ?? ['', ''];
  return cypher('peoplePage', { name, id, limit: PAGE_SIZE + 1 });
}

/** Where page `page` (1-based) starts for @neo4j/graphql's offset list. */
export const neo4jGraphqlOffset = (page: number): number => (page - 1) * PAGE_SIZE;

function pageRows(system: System, r: Reply): { people: Named[]; hasNextPage: boolean; endCursor: unknown } {
  if (system === 'cypher' || (system === 'neo4jGraphql' && r.people)) {
    const rows: Named[] = system === 'cypher' ? r.rows : r.people;
    const people = rows.slice(0, PAGE_SIZE);
    const last = people[people.length - 1];
    return { people, hasNextPage: rows.length > PAGE_SIZE, endCursor: last ? [last.name, last.id] : null };
  }
  const page = system === 'limelight' ? r.people : r.peopleConnection;
  return { people: page.edges.map((e: Reply) => e.node), hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor };
}

/** The cursor of the page after this one, in the system's own form (Limelight's, the baseline's keyset). */
export const nextPageCursor = (system: System, r: Reply): unknown => pageRows(system, r).endCursor;

function pageAnswer(system: System, r: Reply) {
  const { people, hasNextPage } = pageRows(system, r);
  return { ids: people.map((p) => p.id), hasNextPage };
}

export function buildWorkloads(page100: Page100Cursors): Workload[] {
  const lucene = buildLuceneQuery(SUBJECTS.search)!;
  return [
    {
      id: 'W1',
      title: 'person with spouses, children, parents',
      body: (system) =>
        system === 'limelight'
          ? gql(`query($id: ID!) { person(id: $id) { ${ID_NAME} birthDate { iso } ${LL_FAMILY} } }`, { id: SUBJECTS.family })
          : system === 'neo4jGraphql'
            ? gql(`query($id: ID!) { people(where: {id: {eq: $id}}) { ${ID_NAME} birthDate ${NG_FAMILY} } }`, { id: SUBJECTS.family })
            : cypher('person', { id: SUBJECTS.family }),
      answer: (system, r) =>
        system === 'limelight'
          ? { ...llFamily(r.person), birthDate: r.person.birthDate?.iso }
          : system === 'neo4jGraphql'
            ? { ...ngFamily(r.people[0]), birthDate: r.people[0].birthDate }
            : { ...cyFamily(r.rows[0]), birthDate: r.rows[0].birthDate },
    },
    {
      id: 'W2',
      title: '50 people, each with family and events',
      body: (system) =>
        system === 'limelight'
          ? gql(`{ people(first: 50) { edges { node { ${ID_NAME} ${LL_FAMILY} events { edges { node { id title } } } } } } }`)
          : system === 'neo4jGraphql'
            ? gql(
                `{ people(limit: 50, sort: [{name: ASC}, {id: ASC}]) { ${ID_NAME} ${NG_FAMILY} events(where: {standing: {in: ${JSON.stringify(SHOWN)}}}, sort: [{date: DESC}, {id: DESC}], limit: 20) { id title } } }`,
              )
            : cypher('people50'),
      answer: (system, r) => {
        const people: Reply[] =
          system === 'limelight' ? r.people.edges.map((e: Reply) => e.node) : system === 'neo4jGraphql' ? r.people : r.rows[0];
        const withEvents = (events: Reply[]) => ({ events: events.map((e) => ({ id: e.id, title: e.title })) });
        return {
          order: people.map((p) => p.id),
          people: people.map((p) =>
            system === 'limelight'
              ? {
                  ...llFamily(p),
                  ...withEvents(p.events.edges.map((e: Reply) => e.node)),
                }
              : system === 'neo4jGraphql'
                ? { ...ngFamily(p), ...withEvents(p.events) }
                : { ...cyFamily(p), ...withEvents(p.events) },
          ),
        };
      },
    },
    {
      id: 'W3',
      title: 'person → children → spouses → children',
      body: (system) =>
        system === 'limelight'
          ? gql(
              `query($id: ID!) { person(id: $id) { ${ID_NAME} children { person { ${ID_NAME} spouses { person { ${ID_NAME} children { person { ${ID_NAME} } } } } } } } }`,
              { id: SUBJECTS.descendants },
            )
          : system === 'neo4jGraphql'
            ? gql(
                `query($id: ID!) { people(where: {id: {eq: $id}}) { ${ID_NAME} ${NG_KIN('children', `${ID_NAME} ${NG_KIN('spouses', `${ID_NAME} ${NG_KIN('children')}`)}`)} } }`,
                { id: SUBJECTS.descendants },
              )
            : cypher('descendants', { id: SUBJECTS.descendants }),
      answer: (system, r) => {
        type Tree = Named & { kids?: Tree[] };
        const walk = (p: Reply, levels: string[]): Tree => {
          if (levels.length === 0) return named(p);
          const [field, ...rest] = levels;
          const next: Reply[] =
            system === 'limelight'
              ? p[field].map((l: Reply) => l.person)
              : system === 'neo4jGraphql'
                ? ngKinNodes(p[`${field}Connection`])
                : p[field];
          return { ...named(p), kids: next.map((n) => walk(n, rest)) };
        };
        const root = system === 'limelight' ? r.person : system === 'neo4jGraphql' ? r.people[0] : r.rows[0];
        return walk(root, ['children', 'spouses', 'children']);
      },
    },
    { id: 'W4a', title: 'people by name, page 1', body: (system) => peoplePage(system, null), answer: pageAnswer },
    {
      id: 'W4b',
      title: 'people by name, page 100 (cursor; @neo4j/graphql: offset)',
      body: (system) => peoplePage(system, page100[system]),
      answer: pageAnswer,
    },
    {
      id: 'W5',
      title: 'people totalCount',
      body: (system) =>
        system === 'limelight'
          ? gql('{ people { totalCount } }')
          : system === 'neo4jGraphql'
            ? gql('{ peopleConnection { totalCount } }')
            : cypher('peopleCount'),
      answer: (system, r) =>
        system === 'limelight' ? r.people.totalCount : system === 'neo4jGraphql' ? r.peopleConnection.totalCount : r.rows[0],
    },
    {
      id: 'W6',
      title: `full-text search "${SUBJECTS.search}"`,
      body: (system) =>
        system === 'limelight'
          ? gql('query($text: String!) { searchPeople(text: $text, first: 10) { person { id name } } }', { text: SUBJECTS.search })
          : system === 'neo4jGraphql'
            ? gql('query($lucene: String!) { searchPeople(phrase: $lucene, first: 10) { edges { node { id name } } } }', { lucene })
            : cypher('search', { lucene, limit: 10 }),
      answer: (system, r) =>
        (system === 'limelight'
          ? r.searchPeople.map((h: Reply) => h.person)
          : system === 'neo4jGraphql'
            ? ngKinNodes(r.searchPeople)
            : r.rows
        ).map(named),
    },
    {
      id: 'W7',
      title: `connections ${SUBJECTS.pathFrom} → ${SUBJECTS.pathTo} (maxHops 6)`,
      body: (system) =>
        system === 'limelight'
          ? gql('query($from: ID!, $to: ID!) { connections(from: $from, to: $to, maxHops: 6, first: 1) { people { id } } }', {
              from: SUBJECTS.pathFrom,
              to: SUBJECTS.pathTo,
            })
          : system === 'neo4jGraphql'
            ? gql('query($from: ID!, $to: ID!) { familyPath(from: $from, to: $to) { id } }', {
                from: SUBJECTS.pathFrom,
                to: SUBJECTS.pathTo,
              })
            : cypher('path', { from: SUBJECTS.pathFrom, to: SUBJECTS.pathTo }),
      answer: (system, r) => {
        const ids: string[] =
          system === 'limelight'
            ? r.connections[0].people.map((p: Reply) => p.id)
            : system === 'neo4jGraphql'
              ? r.familyPath.map((p: Reply) => p.id)
              : r.rows[0];
        return { path: ids };
      },
    },
    {
      id: 'T',
      title: `timeline of ${SUBJECTS.timeline}, first ${TIMELINE_PAGE}`,
      body: (system) =>
        system === 'limelight'
          ? gql(`query($id: ID!) { timeline(personIds: [$id], first: ${TIMELINE_PAGE}) { totalCount edges { node { id title } } } }`, {
              id: SUBJECTS.timeline,
            })
          : system === 'neo4jGraphql'
            ? gql(
                `query($id: ID!) { eventsConnection(first: ${TIMELINE_PAGE}, sort: [{date: ASC}, {id: ASC}], where: {standing: {in: ${JSON.stringify(SHOWN)}}, participants: {some: {id: {eq: $id}}}}) { totalCount edges { node { id title } } } }`,
                { id: SUBJECTS.timeline },
              )
            : cypher('timeline', { id: SUBJECTS.timeline, limit: TIMELINE_PAGE }),
      answer: (system, r) => {
        const page = system === 'limelight' ? r.timeline : system === 'neo4jGraphql' ? r.eventsConnection : null;
        return page
          ? { total: page.totalCount, ids: page.edges.map((e: Reply) => e.node.id) }
          : { total: r.rows[0].total, ids: r.rows[0].events.map((e: Reply) => e.id) };
      },
    },
    {
      id: 'M',
      title: 'mutation: a new person with a new spouse',
      write: true,
      body: (system, i) => {
        const { a, b } = couple(system, i);
        if (system === 'cypher') return cypher('createCouple', { a, b });
        if (system === 'neo4jGraphql') {
          return gql('mutation($input: [PersonCreateInput!]!) { createPeople(input: $input) { people { name spouses { name } } } }', {
            input: [{ ...a, spouses: { create: [{ node: b, edge: { id: `${a.id}|${b.id}`, standing: 'ACCEPTED' } }] } }],
          });
        }
        return gql('mutation($input: ArticleInput!) { ingestArticle(input: $input) { peopleCreated relationsCreated } }', {
          input: {
            url: `${COUPLE_URL_PREFIX}${a.id}`,
            title: `${a.name} marries ${b.name}`,
            publishedAt: '2026-01-01T00:00:00Z',
            people: [
              { ref: 'a', name: a.name },
              { ref: 'b', name: b.name },
            ],
            relations: [{ from: 'a', to: 'b', kind: 'SPOUSE' }],
          },
        });
      },
      answer: (system, r) =>
        system === 'limelight'
          ? { people: r.ingestArticle.peopleCreated, spouses: r.ingestArticle.relationsCreated }
          : system === 'neo4jGraphql'
            ? {
                people: r.createPeople.people.length + r.createPeople.people[0].spouses.length,
                spouses: r.createPeople.people[0].spouses.length,
              }
            : { people: r.rows[0].length, spouses: 1 },
    },
  ];
}

const ngKinNodes = (c: { edges: { node: Reply }[] }) => c.edges.map((e) => e.node);
