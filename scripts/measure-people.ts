/**
 * Counts the people the extractor finds in folders of articles and those the person gate
 * (src/ingest/person-gate.ts) lets ingestArticleText write, and writes a seeded random sample
 * of the written ones to a TSV for labelling blind: name, article file, confidence, rule ids.
 * No article text goes into the TSV. No Neo4j needed.
 *   node dist/scripts/measure-people.js <articles-dir> [--folders celebrity-news,bbc-entertainment]
 *        [--published-at 2017-06-01] [--min-confidence 0.8] [--sample 150] [--seed 9] [--out eval/people/sample.tsv]
 * Dates as scripts/ingest-folder.ts: <name>.date, else a "Date:" line, else --published-at.
 */
import * as fs from 'fs';
import * as path from 'path';
import { extractArticle } from '../src/extract';
import { draftToArticle } from '../src/ingest/from-text';
import { listTextFiles, precisionOf, prepareArticle } from './ingest-folder';
import { seededRandom } from './seeded-random';

export interface PersonRow {
  name: string;
  file: string;
  confidence: number;
  rules: string[];
}

export interface Measured {
  articles: number;
  extracted: number;
  written: PersonRow[];
}

/** Every article of `folder`/<each of folders>, extracted and passed through draftToArticle. */
export function measurePeople(folder: string, folders: string[], publishedAt: string, minConfidence: number): Measured {
  const out: Measured = { articles: 0, extracted: 0, written: [] };
  for (const sub of folders) {
    const dir = path.join(folder, sub);
    for (const rel of listTextFiles(dir)) {
      const full = path.join(dir, rel);
      const datePath = full.replace(/\.txt$/, '.date');
      const a = prepareArticle(
        rel,
        fs.readFileSync(full, 'utf8'),
        new Date(publishedAt).toISOString(),
        fs.existsSync(datePath) ? fs.readFileSync(datePath, 'utf8') : undefined,
        undefined,
        precisionOf(publishedAt),
      );
      const { draft, personRules } = extractArticle({
        text: a.text,
        publishedAt: new Date(a.publishedAt),
        publishedAtPrecision: a.publishedAtPrecision,
        title: a.title,
      });
      out.articles++;
      out.extracted += draft.people.length;
      for (const p of draftToArticle(draft, minConfidence, []).people) {
        const d = draft.people.find((x) => x.ref === p.ref)!;
        out.written.push({ name: p.name, file: `${sub}/${rel}`, confidence: d.confidence ?? 1, rules: personRules?.[p.ref] ?? [] });
      }
    }
  }
  return out;
}

/** `n` rows drawn without replacement (a partial Fisher-Yates shuffle), in the order drawn. */
export function sampleRows<T>(rows: T[], n: number, seed: number): T[] {
  const copy = [...rows];
  const rand = seededRandom(seed);
  const k = Math.min(n, copy.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, k);
}

export function toTsv(rows: PersonRow[]): string {
  const clean = (s: string) => s.replace(/[\t\n\r]+/g, ' ');
  const lines = rows.map((r) => [clean(r.name), r.file, r.confidence.toFixed(2), r.rules.join(' ')].join('\t'));
  return ['name\tarticle\tconfidence\trules', ...lines].join('\n') + '\n';
}

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

function main(): void {
  const args = process.argv.slice(2);
  const folder = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
  if (!folder) {
    console.error(
      'usage: measure-people <articles-dir> [--folders a,b] [--published-at D] [--min-confidence X] [--sample N] [--seed S] [--out F]',
    );
    process.exit(2);
  }
  const folders = option(args, 'folders', 'celebrity-news,bbc-entertainment').split(',');
  const m = measurePeople(folder, folders, option(args, 'published-at', '2017-06-01'), Number(option(args, 'min-confidence', '0.8')));
  const n = Number(option(args, 'sample', '150'));
  const seed = Number(option(args, 'seed', '9'));
  const out = option(args, 'out', path.join('eval', 'people', `sample-seed${seed}.tsv`));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, toTsv(sampleRows(m.written, n, seed)));
  console.log(`articles: ${m.articles} (${folders.join(', ')})`);
  console.log(`people extracted: ${m.extracted}`);
  console.log(`people passing the gate: ${m.written.length} (${((100 * m.written.length) / Math.max(1, m.extracted)).toFixed(1)}%)`);
  console.log(`sample of ${Math.min(n, m.written.length)} (seed ${seed}) written to ${out}`);
}

if (require.main === module) main();
