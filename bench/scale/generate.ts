import { seededRandom } from '../../scripts/seeded-random';
import { nameKey } from '../../src/ingest/keys';
import { FIRST_NAMES, LAST_NAMES, PUBLISHERS, EVENT_KINDS, ROLES } from './vocabulary';

/**
 * A synthetic entertainment graph in the project's own model (the labels, properties and
 * evidence shape src/graph/ingest.queries.ts writes), drawn from a seed: the same seed and
 * sizes always give the same graph, batch by batch. Nothing is held but the current batch:
 * every row is a function of (seed, stream, index), so the streams can be read in any order.
 */
export interface ScaleOptions {
  seed: number;
  people: number;
  familyEdges: number;
  events: number;
  articles: number;
  batchSize: number;
}

/** The full size: 1M people, 3M family edges, 1M events, 200k articles. */
export const FULL_SIZE: Omit<ScaleOptions, 'seed' | 'batchSize'> = {
  people: 1_000_000,
  familyEdges: 3_000_000,
  events: 1_000_000,
  articles: 200_000,
};

/** The other sizes follow the people count in the full size's proportions. */
export function scaleOptions(people: number, seed = 12, batchSize = 10_000): ScaleOptions {
  const ratio = people / FULL_SIZE.people;
  return {
    seed,
    people,
    familyEdges: Math.round(FULL_SIZE.familyEdges * ratio),
    events: Math.round(FULL_SIZE.events * ratio),
    articles: Math.max(1, Math.round(FULL_SIZE.articles * ratio)),
    batchSize,
  };
}

/**
 * Degree skew. One end of every family edge and the main participant of every event is a
 * "popular" person, drawn as floor(n * u^SKEW): person i is drawn with probability
 * proportional to i^(1/SKEW - 1), a power law. The other end is uniform. With SKEW 1.6 the
 * most drawn person of 1M has ~500 family links (3M edges x 1M^(-1/1.6) = 540) and the
 * median person 5 (3 of them from the uniform end): a few hubs, a long tail of small families.
 */
export const SKEW = 1.6;
/** A quarter of the family facts are stated by an article (which then mentions both); the rest by the dataset. */
export const ARTICLE_STATED_EVERY = 4;
/** Spouse edges among family edges; the rest are parent -> child. */
export const SPOUSE_SHARE = 0.3;
export const DATASET = { datasetId: 'synthetic-scale', source: 'Synthetic scale dataset', originId: 'dataset:synthetic-scale' };

const STREAM = { people: 1, articles: 2, family: 3, events: 4 } as const;

/** The random draws of row `index` of a stream: its own generator, so rows are independent of one another. */
function rowRandom(seed: number, stream: number, index: number): () => number {
  return seededRandom((seed * 0x9e3779b1) ^ (stream * 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)];
const pad = (n: number) => String(n).padStart(2, '0');

export const personId = (i: number): string => `syn-p${i}`;
export const articleId = (j: number): string => `syn-a${j}`;
export const familyId = (k: number): string => `syn-f${k}`;
export const eventId = (m: number): string => `syn-e${m}`;

/** A popular person (power law, see SKEW) and a uniform one. */
export const popularPerson = (n: number, random: () => number): number => Math.min(n - 1, Math.floor(n * random() ** SKEW));
const anyPerson = (n: number, random: () => number): number => Math.floor(random() * n);

function partialDate(random: () => number, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
  const precision = random();
  if (precision < 0.15) return String(year);
  const month = 1 + Math.floor(random() * 12);
  if (precision < 0.3) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(1 + Math.floor(random() * 28))}`;
}

export interface PersonRow {
  id: string;
  name: string;
  key: string;
  aliases: string[];
  description: string;
  birthDate: string;
}

/** Names repeat (namesakes share a name key, as in the real graph); ids never do. */
export function personRow(seed: number, i: number): PersonRow {
  const random = rowRandom(seed, STREAM.people, i);
  const name = `${pick(FIRST_NAMES, random)} ${pick(LAST_NAMES, random)}`;
  return {
    id: personId(i),
    name,
    key: nameKey(name),
    aliases: [],
    description: `${pick(ROLES, random)} (synthetic)`,
    birthDate: partialDate(random, 1920, 2010),
  };
}

export interface ArticleRow {
  id: string;
  url: string;
  title: string;
  publisher: string;
  publishedAt: string;
}

export function articleRow(seed: number, j: number): ArticleRow {
  const random = rowRandom(seed, STREAM.articles, j);
  const day = 1 + Math.floor(random() * 28);
  const month = 1 + Math.floor(random() * 12);
  return {
    id: articleId(j),
    url: `https://synthetic.example/news/${j}`,
    title: `Synthetic report ${j}`,
    publisher: pick(PUBLISHERS, random),
    publishedAt: `${2000 + Math.floor(random() * 26)}-${pad(month)}-${pad(day)}T12:00:00.000Z`,
  };
}

/** Where a fact's evidence comes from: an article (and its sentence) or the dataset. */
export interface EvidenceRow {
  id: string;
  factId: string;
  originId: string;
  articleId: string | null;
  datasetId: string | null;
  source: string;
  quote: string | null;
  confidence: number;
  rule: string | null;
}

function evidence(factId: string, article: ArticleRow | null, quote: string): EvidenceRow {
  if (!article) {
    const { originId, datasetId, source } = DATASET;
    return { id: `${originId}|${factId}`, factId, originId, articleId: null, datasetId, source, quote: null, confidence: 1, rule: null };
  }
  const originId = `article:${article.id}`;
  return {
    id: `${originId}|${factId}`,
    factId,
    originId,
    articleId: article.id,
    datasetId: null,
    source: article.publisher,
    quote,
    confidence: 0.9,
    rule: 'synthetic',
  };
}

export interface FamilyRow {
  id: string;
  kind: 'SPOUSE' | 'PARENT';
  /** spouse: a -> b as ingestion stores it; parent: a is the parent of b */
  a: string;
  b: string;
  since: string | null;
  evidence: EvidenceRow;
}

/** Edge k: a popular person and a uniform one (never the same), spouse or parent -> child. */
export function familyRow(options: ScaleOptions, k: number): FamilyRow {
  const random = rowRandom(options.seed, STREAM.family, k);
  const n = options.people;
  const popular = popularPerson(n, random);
  let other = anyPerson(n, random);
  if (other === popular) other = (other + 1) % n;
  const spouse = random() < SPOUSE_SHARE;
  const id = familyId(k);
  const stated = k % ARTICLE_STATED_EVERY === 0 ? articleRow(options.seed, Math.floor(random() * options.articles)) : null;
  const a = personRow(options.seed, popular).name;
  const b = personRow(options.seed, other).name;
  return {
    id,
    kind: spouse ? 'SPOUSE' : 'PARENT',
    a: personId(popular),
    b: personId(other),
    since: spouse ? partialDate(random, 1950, 2025) : null,
    evidence: evidence(id, stated, spouse ? `${a} married ${b}.` : `${a} is the parent of ${b}.`),
  };
}

export interface EventRow {
  id: string;
  kind: string;
  title: string;
  date: string;
  monthDay: string | null;
  participants: string[];
  evidence: EvidenceRow;
}

/** Event m: a popular participant, sometimes a second (uniform) one; a fifth stated by an article. */
export function eventRow(options: ScaleOptions, m: number): EventRow {
  const random = rowRandom(options.seed, STREAM.events, m);
  const n = options.people;
  const main = popularPerson(n, random);
  const participants = [personId(main)];
  if (random() < 0.3) participants.push(personId(anyPerson(n, random)));
  const kind = pick(EVENT_KINDS, random);
  const date = partialDate(random, 1950, 2026);
  const id = eventId(m);
  const stated = m % 5 === 0 ? articleRow(options.seed, Math.floor(random() * options.articles)) : null;
  const title = `${kind.toLowerCase().replace(/_/g, ' ')} of ${personRow(options.seed, main).name}`;
  return {
    id,
    kind,
    title,
    date,
    monthDay: date.length === 10 ? date.slice(5) : null,
    participants,
    evidence: evidence(id, stated, `${title} (${date}).`),
  };
}

/** Rows [0, count) of one stream, `batchSize` at a time. */
export function* batches<T>(count: number, batchSize: number, row: (index: number) => T): Generator<T[]> {
  for (let start = 0; start < count; start += batchSize) {
    const end = Math.min(count, start + batchSize);
    const rows: T[] = [];
    for (let i = start; i < end; i++) rows.push(row(i));
    yield rows;
  }
}

/** The four streams of a graph, in the order a load needs them (people and articles before what points at them). */
export function streams(options: ScaleOptions) {
  const { seed, batchSize } = options;
  return {
    people: () => batches(options.people, batchSize, (i) => personRow(seed, i)),
    articles: () => batches(options.articles, batchSize, (j) => articleRow(seed, j)),
    family: () => batches(options.familyEdges, batchSize, (k) => familyRow(options, k)),
    events: () => batches(options.events, batchSize, (m) => eventRow(options, m)),
  };
}
