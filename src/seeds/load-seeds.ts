import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Db, Statement } from '../graph/run';
import { toNumber } from '../graph/values';
import { ingestArticle, ingestDataset } from '../ingest/ingest';
import { ArticleIn, DatasetIn } from '../ingest/types';
import { projectRoot } from '../paths';
import { Logger } from '../server/logger';
import { referenceEvents } from './reference-events';
import { SeedProgress, watchRows } from './seed-progress';

const COUNT_CONTENT: Statement = { name: 'seeds.countContent', cypher: 'MATCH (n) WHERE n:Person OR n:Article RETURN count(n) AS n' };

export interface SeedSummary { loaded: boolean; articles: number; people: number; relations: number; seconds: number }

type SeedLog = Pick<Logger, 'info'>;
const SILENT: SeedLog = { info: () => {} };

/** Seed files, in load order: articles (ArticleInput JSON) then reference datasets. */
export function seedFiles(root = projectRoot()): { articles: string[]; datasets: string[] } {
  const dir = path.join(root, 'seeds');
  return {
    articles: [path.join(dir, 'seed-article.json')],
    datasets: [path.join(dir, 'reference', 'wikidata.json')],
  };
}

/** Loads the seeds through the ingestion path, but only into a database with no people or articles. */
export async function loadSeedsIfEmpty(db: Db, log: SeedLog = SILENT, files = seedFiles()): Promise<SeedSummary> {
  const existing = await db.read(COUNT_CONTENT);
  if (toNumber(existing.records[0].get('n')) > 0) return { loaded: false, articles: 0, people: 0, relations: 0, seconds: 0 };
  return loadSeeds(db, files, log);
}

/**
 * Ingests every seed file; each file is its own transaction, and re-loading changes nothing.
 * Logs progress every few seconds: a first start spends most of its time here.
 */
export async function loadSeeds(db: Db, files = seedFiles(), log: SeedLog = SILENT): Promise<SeedSummary> {
  const started = Date.now();
  const articles = files.articles.map((file) => JSON.parse(readFileSync(file, 'utf8')) as ArticleIn & { publishedAt: string });
  const datasets = files.datasets.map((file) => withReferenceEvents(JSON.parse(readFileSync(file, 'utf8')) as DatasetIn));
  const facts = (d: DatasetIn) => (d.relations?.length ?? 0) + (d.events?.length ?? 0);
  const progress = new SeedProgress(sum(datasets, (d) => d.people.length), sum(datasets, facts), started);
  const watched = watchRows(db, progress);
  const summary: SeedSummary = { loaded: true, articles: 0, people: 0, relations: 0, seconds: 0 };
  await progress.every(PROGRESS_EVERY_MS, (line) => log.info(line), async () => {
    for (const raw of articles) {
      const report = await ingestArticle(db, { ...raw, publishedAt: new Date(raw.publishedAt) });
      summary.articles += 1;
      summary.people += report.peopleCreated;
      summary.relations += report.relationsCreated;
    }
    for (const dataset of datasets) {
      const report = await ingestDataset(watched, dataset);
      summary.people += report.peopleCreated;
      summary.relations += report.relationsCreated;
    }
  });
  summary.seconds = Math.round((Date.now() - started) / 100) / 10;
  return summary;
}

/** The dataset's dates become timeline events here, at load: the committed JSON holds only the facts. */
export function withReferenceEvents(dataset: DatasetIn): DatasetIn {
  return { ...dataset, events: [...(dataset.events ?? []), ...referenceEvents(dataset)] };
}

function sum<T>(items: T[], of: (item: T) => number): number {
  return items.reduce((total, item) => total + of(item), 0);
}

/** Often enough that a first start never looks stuck; each line is one log entry. */
const PROGRESS_EVERY_MS = 3000;
