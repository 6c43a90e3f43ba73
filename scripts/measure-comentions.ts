/**
 * Counts co-mention pairs on a folder of articles under the old rule (every pair of people
 * one article names) and under the kept rule (src/ingest/co-mentions.ts: named within a
 * few sentences of each other in one article, or together in two or more articles).
 *   node dist/scripts/measure-comentions.js <articles-dir> [--skip celebrity-fabricated]
 * People are told apart by their name as the extractor writes it, lower case: roughly how
 * ingestion matches a name across articles. No Neo4j needed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { extractArticle } from '../src/extract';
import { findNearPairs, MIN_SHARED_ARTICLES } from '../src/ingest/co-mentions';
import { listTextFiles, prepareArticle } from './ingest-folder';

interface PairStats {
  articles: number;
  /** the nearest distance in sentences in any one article, or Infinity */
  nearest: number;
}

const WINDOWS = [0, 1, 2, 3];

export function measureFolder(folder: string, skip: string[]): { articles: number; pairs: Map<string, PairStats> } {
  const files = listTextFiles(folder).filter((f) => !skip.some((s) => f.split('/').includes(s)));
  const pairs = new Map<string, PairStats>();
  for (const file of files) {
    const a = prepareArticle(file, fs.readFileSync(path.join(folder, file), 'utf8'), '2020-01-01T00:00:00.000Z');
    const { draft } = extractArticle({ text: a.text, publishedAt: new Date(a.publishedAt), title: a.title });
    const people = new Map<string, string[]>();
    for (const p of draft.people) {
      const id = p.name.toLowerCase();
      people.set(id, [...(people.get(id) ?? []), p.name, ...(p.aliases ?? [])]);
    }
    const named = [...people].map(([id, forms]) => ({ id, forms }));
    const nearAt = new Map<string, number>();
    for (const w of [...WINDOWS].reverse()) for (const [x, y] of findNearPairs(draft.body, named, w)) nearAt.set(`${x}\u0000${y}`, w);
    const ids = [...people.keys()].sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        const s = pairs.get(key) ?? { articles: 0, nearest: Infinity };
        s.articles++;
        s.nearest = Math.min(s.nearest, nearAt.get(key) ?? Infinity);
        pairs.set(key, s);
      }
  }
  return { articles: files.length, pairs };
}

function main(): void {
  const args = process.argv.slice(2);
  const folder = args.find((a) => !a.startsWith('--'));
  if (!folder) throw new Error('usage: measure-comentions <articles-dir> [--skip name]');
  const skip = args.flatMap((a, i) => (a === '--skip' ? [args[i + 1]] : []));
  const { articles, pairs } = measureFolder(folder, skip.length ? skip : ['celebrity-fabricated']);
  const all = [...pairs.values()];
  const shared = all.filter((s) => s.articles >= MIN_SHARED_ARTICLES).length;
  console.log(`articles: ${articles}`);
  console.log(
    `old rule (every pair in one article): ${all.length} pairs, ${all.filter((s) => s.articles === 1).length} on a single article`,
  );
  console.log(`named together in >= ${MIN_SHARED_ARTICLES} articles: ${shared}`);
  for (const w of WINDOWS) {
    const near = all.filter((s) => s.nearest <= w).length;
    const kept = all.filter((s) => s.nearest <= w || s.articles >= MIN_SHARED_ARTICLES).length;
    const pct = ((100 * kept) / all.length).toFixed(1);
    console.log(`within ${w} sentence(s): ${near} near; kept (near or >= ${MIN_SHARED_ARTICLES} articles): ${kept} (${pct}%)`);
  }
}

if (require.main === module) main();
