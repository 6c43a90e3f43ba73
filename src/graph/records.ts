import { toNumber } from './values';

/** Plain shapes of the nodes the API reads; neo4j values are converted here, at the border. */
export interface PersonRecord {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  birthDate: string | null;
  deathDate: string | null;
}

export interface ArticleRecord {
  id: string;
  url: string | null;
  title: string;
  publisher: string | null;
  publishedAt: Date;
}

export interface EventRecord {
  id: string;
  kind: string;
  title: string;
  date: string | null;
  platform: string | null;
  quote: string | null;
  cause: string | null;
}

export interface EvidenceRecord {
  id: string;
  /** the relation or event id it supports */
  factId: string;
  status: 'ACCEPTED' | 'PROPOSED' | 'REJECTED';
  /** stored HELD: machine-read below the write threshold, PROPOSED to the API and shown by no read (./standing.ts) */
  held: boolean;
  rule: string | null;
  articleId: string | null;
  source: string;
  quote: string | null;
  confidence: number;
}

type Props = Record<string, unknown>;
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toPerson(p: Props): PersonRecord {
  return {
    id: String(p.id),
    name: String(p.name),
    aliases: (p.aliases as string[] | undefined) ?? [],
    description: str(p.description),
    birthDate: str(p.birthDate),
    deathDate: str(p.deathDate),
  };
}

export function toArticle(a: Props): ArticleRecord {
  return {
    id: String(a.id),
    url: str(a.url),
    title: String(a.title),
    publisher: str(a.publisher),
    publishedAt: new Date(String(a.publishedAt)),
  };
}

export function toEvent(e: Props): EventRecord {
  return {
    id: String(e.id),
    kind: String(e.kind),
    title: String(e.title),
    date: str(e.date),
    platform: str(e.platform),
    quote: str(e.quote),
    cause: str(e.cause),
  };
}

export function toEvidence(v: Props): EvidenceRecord {
  return {
    id: String(v.id),
    factId: String(v.factId),
    status: (v.status === 'HELD' ? 'PROPOSED' : (str(v.status) ?? 'ACCEPTED')) as EvidenceRecord['status'],
    held: v.status === 'HELD',
    rule: str(v.rule),
    articleId: str(v.articleId),
    source: String(v.source),
    quote: str(v.quote),
    confidence: toNumber(v.confidence),
  };
}

/** Orders batch results by the keys asked for, as DataLoader requires. */
export function inKeyOrder<T>(keys: readonly string[], found: Map<string, T>, missing: T): T[] {
  return keys.map((k) => found.get(k) ?? missing);
}
