import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Db, Statement } from '../graph/run';
import { toNumber } from '../graph/values';
import { ingestArticle, ingestDataset } from '../ingest/ingest';
import { ArticleIn, DatasetIn } from '../ingest/types';
import { projectRoot } from '../paths';

const COUNT_CONTENT: Statement = { name: 'seeds.countContent', cypher: 'MATCH (n) WHERE n:Person OR n:Article RETURN count(n) AS n' };

export interface SeedSummary { loaded: boolean; articles: number; people: number; relations: number }

/** Seed files, in load order: articles (ArticleInput JSON) then reference datasets. */
export function seedFiles(root = projectRoot()): { articles: string[]; datasets: string[] } {
  const dir = path.join(root, 'seeds');
  return {
    articles: [path.join(dir, 'seed-article.json')],
    datasets: [path.join(dir, 'reference', 'wikidata.json')],
  };
}

/** Loads the seeds through the ingestion path, but only into a database with no people or articles. */
export async function loadSeedsIfEmpty(db: Db, files = seedFiles()): Promise<SeedSummary> {
  const existing = await db.read(COUNT_CONTENT);
  if (toNumber(existing.records[0].get('n')) > 0) return { loaded: false, articles: 0, people: 0, relations: 0 };
  return loadSeeds(db, files);
}

/** Ingests every seed file; each file is its own transaction, and re-loading changes nothing. */
export async function loadSeeds(db: Db, files = seedFiles()): Promise<SeedSummary> {
  const summary: SeedSummary = { loaded: true, articles: 0, people: 0, relations: 0 };
  for (const file of files.articles) {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as ArticleIn & { publishedAt: string };
    const report = await ingestArticle(db, { ...raw, publishedAt: new Date(raw.publishedAt) });
    summary.articles += 1;
    summary.people += report.peopleCreated;
    summary.relations += report.relationsCreated;
  }
  for (const file of files.datasets) {
    const report = await ingestDataset(db, JSON.parse(readFileSync(file, 'utf8')) as DatasetIn);
    summary.people += report.peopleCreated;
    summary.relations += report.relationsCreated;
  }
  return summary;
}
