/**
 * Measures each extraction rule's precision on the labelled sets (every set but the blind fabricated3) and writes it
 * as the confidence the extractor gives what that rule finds (src/extract/rule-confidence.json), with the measured
 * factor of each named circumstance (an unnamed side, a part played).
 *   node dist/scripts/calibrate-confidence.js <articles-dir> <seed-article-dir> [--folds 10] [--write]
 *        [--plot eval/reliability.png]
 * k-fold cross-validation by article: each article's relations and events are scored by a table fitted on the other
 * folds only, so no article scores its own rule; the expected calibration error (ECE) of those held-out predictions is
 * what EVALUATION.md reports. `--write` writes the table fitted on every article.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chosenSets, draftOf, Judged, loadLabels, parseArgs, scoreArticle } from './evaluate-extraction';
import { calibratedConfidence, ConfidenceTable, Judgeable } from '../src/extract/calibration';
import { reliabilityPng } from './reliability-png';

/**
 * The sets calibration learns from: all but fabricated3 (scored once, round 11) and the blind fabricated4 and
 * fabricated5, which are excluded by not being listed here (fabricated2 was scored once, in round 10).
 */
const CALIBRATION_SETS = 'all,fabricated1,fabricated2';
/** Pseudo-counts of the prior in a rule's smoothed precision: (tp + W × prior) / (tp + fp + W). */
const PRIOR_WEIGHT = 2;
/** Equal-width confidence bins of the calibration error and the plot. */
const BINS = 10;

type Article = { file: string; items: Judged[]; relations: number };
/** Thresholds whose held-out relation precision and recall the script prints (to choose the ingest default from). */
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.92, 0.94, 0.95];

/** ages read as births: many and nearly all unlabelled (labels hold stated births only), so trivially calibrated */
const AGE_RULE = 'event/birth-from-age';

/** A table from judged items: rule precision from items with no factor, each factor as observed / expected. */
export function fitTable(items: Judged[]): ConfidenceTable {
  const plain = items.filter((j) => !j.factors?.length);
  const rules: ConfidenceTable['rules'] = {};
  for (const j of plain) {
    const r = (rules[j.rule] ??= { tp: 0, fp: 0, confidence: 0 });
    if (j.ok) r.tp++;
    else r.fp++;
  }
  // the prior is the pooled precision of the kind, without the ages read as births: those are estimates by design (labels
  // hold stated births only), 145 found and 1 right, and would drag every small event rule towards 0
  const prior = {} as Record<Judgeable, number>;
  for (const k of ['relation', 'event'] as const) {
    const of = plain.filter((j) => j.what === k && j.rule !== AGE_RULE);
    prior[k] = round((of.filter((j) => j.ok).length + 1) / (of.length + 2));
  }
  for (const [rule, r] of Object.entries(rules)) {
    const k = plain.find((j) => j.rule === rule)!.what;
    r.confidence = round((r.tp + PRIOR_WEIGHT * prior[k]) / (r.tp + r.fp + PRIOR_WEIGHT));
  }
  const base: ConfidenceTable = { prior, rules, factors: {} };
  const names = [...new Set(items.flatMap((j) => j.factors ?? []))].sort();
  for (const f of names) {
    const withF = items.filter((j) => j.factors?.includes(f));
    const expected = withF.reduce((s, j) => s + calibratedConfidence(j.what, j.rule, [], base), 0);
    const observed = withF.filter((j) => j.ok).length;
    // one pseudo-observation at no discount keeps a factor seen a few times near 1
    base.factors[f] = { factor: round(Math.min(1, (observed + 1) / (expected + 1))), n: withF.length };
  }
  return base;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Articles in k folds by their position in a fixed shuffle of file names (stable across runs). */
function folds(articles: Article[], k: number): Article[][] {
  const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
  const order = [...articles].sort((a, b) => hash(a.file) - hash(b.file) || a.file.localeCompare(b.file));
  return Array.from({ length: k }, (_, i) => order.filter((_, j) => j % k === i));
}

export interface Bin {
  lo: number;
  n: number;
  confidence: number;
  precision: number;
}

/** Reliability bins and the expected calibration error: Σ (n_b / N) · |precision_b − mean confidence_b|. */
export function calibrationError(preds: { p: number; ok: boolean }[]): { ece: number; bins: Bin[] } {
  const bins: Bin[] = [];
  for (let b = 0; b < BINS; b++) {
    const inBin = preds.filter((x) => Math.min(BINS - 1, Math.floor(x.p * BINS)) === b);
    if (!inBin.length) continue;
    const confidence = inBin.reduce((s, x) => s + x.p, 0) / inBin.length;
    bins.push({ lo: b / BINS, n: inBin.length, confidence, precision: inBin.filter((x) => x.ok).length / inBin.length });
  }
  const ece = bins.reduce((s, b) => s + (b.n / preds.length) * Math.abs(b.precision - b.confidence), 0);
  return { ece, bins };
}

function main(): void {
  const { dirs, opts } = parseArgs(process.argv.slice(2));
  if (!dirs[1]) {
    console.error('usage: calibrate-confidence <articles-dir> <seed-article-dir> [--folds 10] [--write] [--plot eval/reliability.png]');
    process.exit(2);
  }
  const k = Number(opts.folds ?? 10);
  const articles: Article[] = [];
  for (const label of loadLabels(opts.labels, chosenSets(CALIBRATION_SETS))) {
    const draft = draftOf(label, dirs);
    if (!draft) continue;
    const items: Judged[] = [];
    scoreArticle(label, draft, 0, [], items); // every relation and event, whatever its confidence
    const relations = [...label.spouses, ...label.parents].filter((r) => !r.optional).length;
    articles.push({ file: label.file, items, relations });
  }
  const preds: { p: number; ok: boolean; what: Judgeable; rule: string }[] = [];
  for (const held of folds(articles, k)) {
    const table = fitTable(articles.filter((a) => !held.includes(a)).flatMap((a) => a.items));
    for (const j of held.flatMap((a) => a.items))
      preds.push({ p: calibratedConfidence(j.what, j.rule, j.factors, table), ok: j.ok, what: j.what, rule: j.rule });
  }
  const all = calibrationError(preds);
  const items = articles.flatMap((a) => a.items);
  console.log(`${articles.length} articles, ${items.length} judged (${preds.filter((p) => p.what === 'relation').length} relations)`);
  console.log(`held-out ECE (${k} folds): all ${all.ece.toFixed(3)}`);
  for (const w of ['relation', 'event'] as const)
    console.log(`  ${w}s ${calibrationError(preds.filter((p) => p.what === w)).ece.toFixed(3)}`);
  console.log(
    `  events but event/birth-from-age ${calibrationError(preds.filter((p) => p.what === 'event' && p.rule !== AGE_RULE)).ece.toFixed(3)}`,
  );
  const labelled = articles.reduce((s, a) => s + a.relations, 0);
  console.log(`\n| held-out relations at confidence ≥ | written | precision | recall (of ${labelled}) |\n|---|---|---|---|`);
  for (const t of THRESHOLDS) {
    const kept = preds.filter((p) => p.what === 'relation' && p.p >= t);
    const tp = kept.filter((p) => p.ok).length;
    console.log(`| ${t} | ${kept.length} | ${(tp / kept.length).toFixed(3)} | ${(tp / labelled).toFixed(3)} |`);
  }
  console.log('\n| confidence bin | n | mean confidence | precision |\n|---|---|---|---|');
  for (const b of all.bins)
    console.log(`| ${b.lo.toFixed(1)}–${(b.lo + 1 / BINS).toFixed(1)} | ${b.n} | ${b.confidence.toFixed(2)} | ${b.precision.toFixed(2)} |`);
  const table = fitTable(items);
  console.log('\n| rule | tp | fp | confidence |\n|---|---|---|---|');
  for (const [rule, r] of Object.entries(table.rules).sort((a, b) => b[1].tp + b[1].fp - a[1].tp - a[1].fp || a[0].localeCompare(b[0])))
    console.log(`| ${rule} | ${r.tp} | ${r.fp} | ${r.confidence.toFixed(2)} |`);
  console.log(`\nprior: relation ${table.prior.relation}, event ${table.prior.event}`);
  for (const [f, v] of Object.entries(table.factors)) console.log(`factor ${f}: × ${v.factor} (${v.n} found under it)`);
  const root = path.join(__dirname, '..', '..');
  if (opts.write) {
    const sorted = { ...table, rules: Object.fromEntries(Object.entries(table.rules).sort((a, b) => a[0].localeCompare(b[0]))) };
    fs.writeFileSync(path.join(root, 'src', 'extract', 'rule-confidence.json'), JSON.stringify(sorted, null, 2) + '\n');
  }
  if (opts.plot) fs.writeFileSync(path.resolve(opts.plot), reliabilityPng(all.bins));
}

if (require.main === module) main();
