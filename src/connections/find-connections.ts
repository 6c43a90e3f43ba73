import { AppError, BadInputError } from '../errors';
import { EDGE_TYPES, EdgeKind, EdgeRecord, FAMILY_EDGE_TYPES, findEdgesBetween, findPaths, PathsFound } from '../graph/connections.queries';
import { EvidenceRecord, PersonRecord } from '../graph/records';
import { Context } from '../server/context';
import { standingsFor } from '../graph/standing';

export const MAX_HOPS = 6;
export const MAX_PATHS = 20;
/** Server-side limit for the path search itself. */
export const PATH_TIMEOUT_MS = 5_000;
/** Co-mention hops cite at most this many of the articles behind them. */
const CO_MENTION_EVIDENCE = 5;
const PREFERENCE: Record<string, number> = { SPOUSE_OF: 0, PARENT_OF: 1, CO_MENTIONED: 2 };

export interface ConnectionsArgs {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  via: EdgeKind[] | null;
  /** walk only family edges with ACCEPTED evidence (see src/graph/standing.ts) */
  acceptedOnly: boolean;
  /** what the caller reads besides the path's length: the people on it, the evidence of its hops */
  needs?: { people: boolean; evidence: boolean };
}
export interface HopResult {
  from: PersonRecord;
  to: PersonRecord;
  relation: EdgeKind;
  evidence: EvidenceRecord[];
  /** all the evidence there is: a co-mention's `evidence` cites only its first few articles */
  evidenceCount: number;
}
export interface PathResult {
  length: number;
  people: PersonRecord[];
  hops: HopResult[];
}

/**
 * Paths between two people, strongest evidence first: a path of family hops (spouse,
 * parent/child) comes before any path with a co-mention, then fewer co-mention hops, then
 * shorter. Without `via`, co-mention hops are searched only when no family path exists within
 * maxHops; `via` names the edge kinds to search, co-mentions included if asked. Each hop
 * carries the relation that links the two people (family before co-mention) and its evidence.
 */
export async function findConnections(ctx: Context, asked: ConnectionsArgs): Promise<PathResult[]> {
  checkArgs(asked);
  if (asked.from === asked.to) return checkSamePerson(ctx, asked.from);
  const needs = asked.needs ?? { people: true, evidence: true };
  const found = await searchPaths(ctx, asked, needs.people);
  if (!found.from) throw new AppError('NOT_FOUND', `no person with id "${asked.from}"`);
  if (!found.to) throw new AppError('NOT_FOUND', `no person with id "${asked.to}"`);
  const edges = bestEdges(await edgesOf(ctx, found, asked.acceptedOnly));
  const ranked = rankPaths(found.sequences, edges).slice(0, asked.first);
  const hopEdges = [...new Set(ranked.flatMap((ids) => ids.slice(1).map((id, i) => edges.get(pairKey(ids[i], id))!)))];
  const evidence = needs.evidence ? await loadEvidence(ctx, hopEdges) : new Map<EdgeRecord, EvidenceRecord[]>();
  return ranked.map((ids) => ({
    length: ids.length - 1,
    people: ids.map((id) => found.people.get(id)!),
    hops: ids.slice(1).map((id, i) => toHop(ids[i], id, edges, found.people, evidence)),
  }));
}

/**
 * Family hops keep the edge the search took (two people have one family link). Where
 * co-mentions were searched, a hop's pair may also be linked by family, which outranks the
 * co-mention the search may have taken: every edge between the pairs is looked up (one more
 * statement).
 */
async function edgesOf(ctx: Context, found: PathsFound & { edgeTypes: string[] }, acceptedOnly: boolean): Promise<EdgeRecord[]> {
  if (!found.edgeTypes.includes('CO_MENTIONED')) return found.edges;
  return findEdgesBetween(ctx.db, uniquePairs(found.sequences), found.edgeTypes, standingsFor(acceptedOnly));
}

function uniquePairs(sequences: string[][]): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const ids of sequences) ids.slice(1).forEach((id, i) => pairs.set(pairKey(ids[i], id), [ids[i], id]));
  return [...pairs.values()];
}

/** From a person to themself: no path, once the person is known to exist. */
async function checkSamePerson(ctx: Context, id: string): Promise<PathResult[]> {
  if (!(await ctx.loaders.person.load(id))) throw new AppError('NOT_FOUND', `no person with id "${id}"`);
  return [];
}

/**
 * The `via` kinds in one search; else family edges, then (only if they find nothing) every
 * kind. A merged id searches from the person it went into; two ids of one person find nothing.
 */
async function searchPaths(ctx: Context, args: ConnectionsArgs, withPeople: boolean): Promise<PathsFound & { edgeTypes: string[] }> {
  const search = async (edgeTypes: string[]) => {
    const k = Math.min(args.first * 3 + 2, MAX_PATHS * 3);
    const found = await findPaths(
      ctx.db,
      {
        from: args.from,
        to: args.to,
        maxHops: args.maxHops,
        k,
        edgeTypes,
        timeoutMs: PATH_TIMEOUT_MS,
        standings: standingsFor(args.acceptedOnly),
      },
      withPeople,
    );
    return { ...found, sequences: simplePaths(found.sequences, k), edgeTypes };
  };
  if (args.via?.length) return search([...new Set(args.via.map((kind) => EDGE_TYPES[kind]))]);
  const family = await search([...FAMILY_EDGE_TYPES]);
  const searchAll = family.sequences.length === 0 && family.from !== null && family.to !== null;
  return searchAll ? search([...new Set(Object.values(EDGE_TYPES))]) : family;
}

/** Fewer co-mention hops first, then shorter; otherwise the order the search found them in. */
export function rankPaths(sequences: string[][], edges: Map<string, Pick<EdgeRecord, 'type'>>): string[][] {
  const coHops = (ids: string[]) => ids.slice(1).filter((id, i) => edges.get(pairKey(ids[i], id))?.type === 'CO_MENTIONED').length;
  return sequences
    .map((ids, order) => ({ ids, order, co: coHops(ids) }))
    .sort((x, y) => x.co - y.co || x.ids.length - y.ids.length || x.order - y.order)
    .map((x) => x.ids);
}

function checkArgs(args: ConnectionsArgs): void {
  if (!Number.isInteger(args.maxHops) || args.maxHops < 1 || args.maxHops > MAX_HOPS)
    throw new BadInputError('maxHops', `must be between 1 and ${MAX_HOPS}`);
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PATHS)
    throw new BadInputError('first', `must be between 1 and ${MAX_PATHS}`);
}

/** Drops paths that visit a person twice and paths through the same people by other edges. */
export function simplePaths(paths: string[][], first: number): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const ids of paths) {
    const key = ids.join('\u0000');
    if (new Set(ids).size !== ids.length || seen.has(key)) continue;
    seen.add(key);
    out.push(ids);
    if (out.length === first) break;
  }
  return out;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** For each pair, the strongest edge: spouse, then parent/child, then co-mention. */
function bestEdges(edges: EdgeRecord[]): Map<string, EdgeRecord> {
  const best = new Map<string, EdgeRecord>();
  for (const edge of edges) {
    const key = pairKey(edge.a, edge.b);
    const current = best.get(key);
    if (!current || PREFERENCE[edge.type] < PREFERENCE[current.type]) best.set(key, edge);
  }
  return best;
}

/** Evidence of family edges by fact id; co-mention edges cite the articles that name both people. */
async function loadEvidence(ctx: Context, edges: EdgeRecord[]): Promise<Map<EdgeRecord, EvidenceRecord[]>> {
  const factIds = edges.filter((e) => e.factId).map((e) => e.factId!);
  const articleIds = [...new Set(edges.flatMap((e) => (e.type === 'CO_MENTIONED' ? e.articleIds.slice(0, CO_MENTION_EVIDENCE) : [])))];
  const [facts, articles] = await Promise.all([ctx.loaders.evidence.loadMany(factIds), ctx.loaders.article.loadMany(articleIds)]);
  const byFact = new Map(factIds.map((id, i) => [id, facts[i] as EvidenceRecord[]]));
  const byArticle = new Map(articleIds.map((id, i) => [id, articles[i]]));
  return new Map(
    edges.map((edge) => {
      if (edge.type !== 'CO_MENTIONED') return [edge, byFact.get(edge.factId!) ?? []];
      const cited = edge.articleIds
        .slice(0, CO_MENTION_EVIDENCE)
        .map((id) => byArticle.get(id))
        .filter((a) => a && !(a instanceof Error));
      return [
        edge,
        cited.map((a) => {
          const article = a as { id: string; title: string; publisher: string | null };
          // not an Evidence node: the article itself is the evidence, so it is neither proposed nor reviewable
          return {
            id: `co-mention|${edge.a}|${edge.b}|${article.id}`,
            factId: `co-mention|${edge.a}|${edge.b}`,
            status: 'ACCEPTED' as const,
            held: false,
            rule: null,
            articleId: article.id,
            source: article.publisher ?? 'unknown',
            quote: article.title,
            confidence: 1,
          };
        }),
      ];
    }),
  );
}

function toHop(
  a: string,
  b: string,
  edges: Map<string, EdgeRecord>,
  people: Map<string, PersonRecord>,
  evidence: Map<EdgeRecord, EvidenceRecord[]>,
): HopResult {
  const edge = edges.get(pairKey(a, b))!;
  const cited = evidence.get(edge) ?? [];
  const evidenceCount = edge.type === 'CO_MENTIONED' ? edge.articleIds.length : cited.length;
  return { from: people.get(a)!, to: people.get(b)!, relation: relationOf(edge, a), evidence: cited, evidenceCount };
}

/** The hop's relation read from `from`: PARENT when from is the parent of to. */
function relationOf(edge: EdgeRecord, from: string): EdgeKind {
  if (edge.type === 'SPOUSE_OF') return 'SPOUSE';
  if (edge.type === 'CO_MENTIONED') return 'CO_MENTIONED';
  const parent = edge.fromA ? edge.a : edge.b;
  return parent === from ? 'PARENT' : 'CHILD';
}
