import { AppError, BadInputError } from '../errors';
import { EDGE_TYPES, EdgeKind, EdgeRecord, findEdgesBetween, findShortestPaths } from '../graph/connections.queries';
import { EvidenceRecord, PersonRecord } from '../graph/records';
import { Context } from '../server/context';

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
 * Shortest paths between two people, shortest first, each hop with the relation that links
 * the two people (family before co-mention) and the evidence for it.
 */
export async function findConnections(ctx: Context, args: ConnectionsArgs): Promise<PathResult[]> {
  checkArgs(args);
  const [from, to] = await ctx.loaders.person.loadMany([args.from, args.to]);
  if (!from || from instanceof Error) throw new AppError('NOT_FOUND', `no person with id "${args.from}"`);
  if (!to || to instanceof Error) throw new AppError('NOT_FOUND', `no person with id "${args.to}"`);
  if (args.from === args.to) return [];
  const edgeTypes = [...new Set((args.via?.length ? args.via : (Object.keys(EDGE_TYPES) as EdgeKind[])).map((k) => EDGE_TYPES[k]))];
  const k = Math.min(args.first * 3 + 2, MAX_PATHS * 3);
  const sequences = simplePaths(
    await findShortestPaths(ctx.db, { from: args.from, to: args.to, maxHops: args.maxHops, k, edgeTypes, timeoutMs: PATH_TIMEOUT_MS }),
    args.first,
  );
  const pairs = uniquePairs(sequences);
  const edges = bestEdges(await findEdgesBetween(ctx.db, pairs, edgeTypes));
  const people = await loadPeople(ctx, sequences);
  const evidence = await loadEvidence(ctx, [...edges.values()]);
  return sequences.map((ids) => ({
    length: ids.length - 1,
    people: ids.map((id) => people.get(id)!),
    hops: ids.slice(1).map((id, i) => toHop(ids[i], id, edges, people, evidence)),
  }));
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

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function uniquePairs(sequences: string[][]): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const ids of sequences) ids.slice(1).forEach((id, i) => pairs.set(pairKey(ids[i], id), [ids[i], id]));
  return [...pairs.values()];
}

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

async function loadPeople(ctx: Context, sequences: string[][]): Promise<Map<string, PersonRecord>> {
  const ids = [...new Set(sequences.flat())];
  const people = await ctx.loaders.person.loadMany(ids);
  return new Map(ids.map((id, i) => [id, people[i] as PersonRecord]));
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
          return { articleId: article.id, source: article.publisher ?? 'unknown', quote: article.title, confidence: 1 };
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
