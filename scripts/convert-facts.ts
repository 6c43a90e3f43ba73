/**
 * Converts the shared Wikidata facts into the reference seed graph.
 *
 *   npx tsc -p tsconfig.json
 *   node dist/scripts/convert-facts.js [factsDir] [outFile]
 *
 * Defaults: factsDir = <repo>/../shared/data/facts, outFile = <repo>/seeds/reference/wikidata.json.
 * Relative arguments are resolved against the current directory.
 * Reads celebrity-marriages.csv, P26.*.json (spouse) and P40.*.json (child); all the
 * logic lives in src/seeds/wikidata-convert.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  buildWithChanges,
  datasetStats,
  parseMarriagesCsv,
  parseQaJson,
  serializeDataset,
  type QaPair,
} from '../src/seeds/wikidata-convert';
import { seedMergesOf } from '../src/seeds/seed-variants';

const MARRIAGES_FILE = 'celebrity-marriages.csv';

/** The nearest ancestor of this script holding package.json (works from scripts/ and dist/scripts/). */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

function readQaFiles(dir: string, files: string[]): QaPair[] {
  return files.flatMap((f) => parseQaJson(fs.readFileSync(path.join(dir, f), 'utf8')));
}

function main(argv: string[]): void {
  const root = repoRoot();
  const factsDir = path.resolve(argv[0] ?? path.join(root, '..', 'shared', 'data', 'facts'));
  const outFile = path.resolve(argv[1] ?? path.join(root, 'seeds', 'reference', 'wikidata.json'));

  const listing = fs.readdirSync(factsDir).sort();
  const spouseFiles = listing.filter((f) => /^P26\..*\.json$/.test(f));
  const childFiles = listing.filter((f) => /^P40\..*\.json$/.test(f));
  if (!listing.includes(MARRIAGES_FILE)) throw new Error(`${MARRIAGES_FILE} not found in ${factsDir}`);
  if (spouseFiles.length === 0 || childFiles.length === 0) throw new Error(`P26/P40 JSON files not found in ${factsDir}`);

  const marriages = parseMarriagesCsv(fs.readFileSync(path.join(factsDir, MARRIAGES_FILE), 'utf8'));
  const spousePairs = readQaFiles(factsDir, spouseFiles);
  const childPairs = readQaFiles(factsDir, childFiles);

  const { dataset, changes } = buildWithChanges({
    marriages,
    spousePairs,
    childPairs,
    generatedFrom: [MARRIAGES_FILE, ...spouseFiles, ...childFiles],
  });
  const json = serializeDataset(dataset);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, json, 'utf8');

  const stats = datasetStats(dataset);
  console.log(`input: ${marriages.length} CSV rows, ${spousePairs.length} spouse questions, ${childPairs.length} child questions`);
  console.log(`people: ${stats.people}`);
  console.log(`spouse relations: ${stats.spouseRelations}`);
  console.log(`parent relations: ${stats.parentRelations}`);
  console.log(`components: ${stats.components}, largest: ${stats.largestComponent}`);
  const dropped = changes.nonHuman.reduce((n, f) => n + f.dropped, 0);
  console.log(`namesakes split (namesake/lifetimes-apart): ${changes.namesakes.length} (${changes.namesakes.join(', ')})`);
  console.log(`non-human families (non-human/family): ${changes.nonHuman.length}, people left out: ${dropped}`);
  for (const f of changes.nonHuman) console.log(`  ${f.kind} ${f.anchor}: family of ${f.familySize}, ${f.dropped} left out`);
  const merges = seedMergesOf(dataset);
  for (const rule of [...new Set(merges.map((m) => m.rule))].sort()) {
    const of = merges.filter((m) => m.rule === rule);
    console.log(
      `name variants merged (${rule}): ${of.length}, e.g. ${of
        .slice(0, 5)
        .map((m) => `${m.from} -> ${m.into}`)
        .join('; ')}`,
    );
  }
  if (merges.length === 0) console.log('name variants merged: 0');
  console.log(`wrote ${outFile} (${(Buffer.byteLength(json) / 1024 / 1024).toFixed(2)} MB)`);
}

try {
  main(process.argv.slice(2));
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
