/**
 * Scores the extractor against hand labels (eval/labels/*.json).
 *   node dist/scripts/evaluate-extraction.js <articles-dir> [seed-article-dir] [--labels eval/labels] [--set <set>[,<set>…]|all] [--except <set>]
 *        [--min-confidence 0.5] [--errors] [--tiers] [--min-relation-precision X] [--min-relation-recall Y]
 * Sets: dev, heldout … heldout6, seed, fabricated1 … fabricated5. `all` is the development sets (every set but the
 * fabricated ones, which are asked for by name: fabricated4 and fabricated5 are the blind tests). Matching rules: see EVALUATION.md.
 */
import * as fs from 'fs';
import * as path from 'path';
import { extractArticle, ArticleDraft, RelationDraft } from '../src/extract';
import { REVIEW_THRESHOLD, WRITE_THRESHOLD } from '../src/extract/calibration';
import { peopleToWrite } from '../src/ingest/person-gate';
import { tierOf } from '../src/ingest/from-text';

interface GoldEvent {
  kind: string;
  date: string[] | null;
  participants: string[];
  platform?: string;
  optional?: boolean;
}
export interface Label {
  file: string;
  set: string;
  publishedAt: string;
  people: string[][];
  optionalPeople: string[][];
  spouses: { a: string; b: string; optional?: boolean }[];
  parents: { parent: string; child: string; optional?: boolean }[];
  events: GoldEvent[];
}
export interface Score {
  tp: number;
  fp: number;
  fn: number;
}
/** One scored relation or event: the rule that found it, and whether the labels have it (optional matches are left out). */
export interface Judged {
  rule: string;
  what: 'relation' | 'event';
  ok: boolean;
  confidence: number;
  factors?: string[];
}
const SCORED_KINDS = [
  'BIRTH',
  'DEATH',
  'MARRIAGE',
  'DIVORCE',
  'PREGNANCY_ANNOUNCEMENT',
  'PREGNANCY_LOSS',
  'ANNIVERSARY_POST',
  'SOCIAL_POST',
  'ESSAY',
];

export function normName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\b(jr|jnr|sr|dame|sir|mr|mrs|ms|dr)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** same person: equal after normalisation, or one name's words all in the other with the same first word ("Kim Kardashian" ~ "Kim Kardashian West") */
export function sameName(a: string, b: string): boolean {
  const x = normName(a).split(' ');
  const y = normName(b).split(' ');
  if (x.join(' ') === y.join(' ')) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return s.length >= 2 && s[0] === l[0] && s.every((w) => l.includes(w));
}

/** date compatibility: year equal; when both give a month, within one month; days are not compared */
export function dateOk(gold: string[] | null, got: string | undefined): boolean {
  if (!gold) return true;
  if (!got) return false;
  return gold.some(
    (g) =>
      g.slice(0, 4) === got.slice(0, 4) &&
      (g.length < 7 || got.length < 7 || Math.abs(Number(g.slice(5, 7)) - Number(got.slice(5, 7))) <= 1),
  );
}

export const add = (a: Score, b: Score): Score => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const zero = (): Score => ({ tp: 0, fp: 0, fn: 0 });

export function scoreArticle(
  label: Label,
  draft: ArticleDraft,
  minConf: number,
  errors: string[],
  judged: Judged[] = [],
): Record<string, Score> {
  const gold = [...label.people.map((p) => ({ alts: p, opt: false })), ...label.optionalPeople.map((p) => ({ alts: p, opt: true }))];
  const canon = new Map<string, string>();
  const match = matchPeople(gold, draft.people);
  const used = new Set(match.values());
  const res: Record<string, Score> = { people: zero(), spouse: zero(), parent: zero() };
  for (const p of draft.people) {
    const gi = match.get(p) ?? -1;
    if (gi >= 0) {
      canon.set(p.ref, gold[gi].alts[0]);
      if (!gold[gi].opt) res.people.tp++;
    } else {
      canon.set(p.ref, `?${p.name}`);
      res.people.fp++;
      errors.push(`${label.file}: extra person "${p.name}"`);
    }
  }
  gold.forEach((g, i) => {
    if (!g.opt && !used.has(i)) {
      res.people.fn++;
      errors.push(`${label.file}: missed person "${g.alts[0]}"`);
    }
  });
  res['people written'] = scoreWritten(gold, match, draft, errors, label.file);
  const name = (ref: string) => canon.get(ref) ?? `?${ref}`;
  const rels = (draft.relations ?? []).filter((r) => (r.confidence ?? 1) >= minConf);
  const pairs = (list: { key: string; rel: RelationDraft }[], goldList: { key: string; optional?: boolean }[], kind: string) => {
    const got = new Map<string, RelationDraft>();
    for (const { key, rel } of list) if (!got.has(key)) got.set(key, rel);
    for (const [k, rel] of got) {
      const g = goldList.find((x) => x.key === k);
      if (g && g.optional) continue;
      judged.push({ rule: rel.rule ?? '?', what: 'relation', ok: !!g, confidence: rel.confidence, factors: rel.factors });
      if (g) res[kind].tp++;
      else {
        res[kind].fp++;
        errors.push(`${label.file}: wrong ${kind} ${k} (${rel.rule}, ${rel.confidence})`);
      }
    }
    for (const g of goldList)
      if (!g.optional && !got.has(g.key)) {
        res[kind].fn++;
        errors.push(`${label.file}: missed ${kind} ${g.key}`);
      }
  };
  const sp = (a: string, b: string) => [a, b].sort().join(' = ');
  pairs(
    rels.filter((r) => r.kind === 'SPOUSE').map((r) => ({ key: sp(name(r.from), name(r.to)), rel: r })),
    label.spouses.map((s) => ({ key: sp(s.a, s.b), optional: s.optional })),
    'spouse',
  );
  pairs(
    rels
      .filter((r) => r.kind === 'PARENT' || r.kind === 'CHILD')
      .map((r) => ({ key: r.kind === 'PARENT' ? `${name(r.from)} > ${name(r.to)}` : `${name(r.to)} > ${name(r.from)}`, rel: r })),
    label.parents.map((p) => ({ key: `${p.parent} > ${p.child}`, optional: p.optional })),
    'parent',
  );
  for (const kind of SCORED_KINDS) {
    const s = zero();
    const got = (draft.events ?? []).filter((e) => e.kind === kind && (e.confidence ?? 1) >= minConf);
    const golds = label.events.filter((e) => e.kind === kind);
    const taken = new Set<number>();
    for (const e of got) {
      const ps = e.participants.map(name);
      const gi = golds.findIndex(
        (g, i) => !taken.has(i) && (g.participants.length === 0 || g.participants.some((p) => ps.includes(p))) && dateOk(g.date, e.date),
      );
      if (gi < 0 || !golds[gi].optional) judged.push({ rule: e.rule ?? '?', what: 'event', ok: gi >= 0, confidence: e.confidence });
      if (gi >= 0) {
        taken.add(gi);
        if (!golds[gi].optional) s.tp++;
      } else {
        s.fp++;
        errors.push(`${label.file}: wrong ${kind} ${e.date ?? '-'} ${ps.join(',')} (${e.rule}, ${e.confidence})`);
      }
    }
    golds.forEach((g, i) => {
      if (!g.optional && !taken.has(i)) {
        s.fn++;
        errors.push(`${label.file}: missed ${kind} ${g.date?.join('/') ?? '-'} ${g.participants.join(',')}`);
      }
    });
    res[kind] = s;
  }
  return res;
}

type FoundPerson = ArticleDraft['people'][number];

/**
 * Which labelled person each found person is, each label used once. Three passes: a found person whose own name is
 * the label's first (full) spelling, then one whose name is any of its spellings, then one that matches only through an
 * alias. In one pass, in text order, a nickname ("Monster Michelle", one of Michelle Obama's spellings) took her label
 * before "Michelle Obama" herself came, and the relation found for her was scored as wrong.
 */
export function matchPeople(gold: { alts: string[] }[], people: ArticleDraft['people']): Map<FoundPerson, number> {
  const match = new Map<FoundPerson, number>();
  const taken = new Set<number>();
  const pass = (formsOf: (p: FoundPerson) => string[], spellings: (alts: string[]) => string[] = (alts) => alts) => {
    for (const p of people) {
      if (match.has(p)) continue;
      const forms = formsOf(p);
      const gi = gold.findIndex((g, i) => !taken.has(i) && spellings(g.alts).some((a) => forms.some((f) => sameName(a, f))));
      if (gi >= 0) {
        match.set(p, gi);
        taken.add(gi);
      }
    }
  };
  pass(
    (p) => [p.name],
    (alts) => alts.slice(0, 1),
  );
  pass((p) => [p.name]);
  pass((p) => [p.name, ...(p.aliases ?? [])]);
  return match;
}

/** The people the person gate lets ingestArticleText write, scored like the draft's people. */
function scoreWritten(
  gold: { alts: string[]; opt: boolean }[],
  match: Map<FoundPerson, number>,
  draft: ArticleDraft,
  errors: string[],
  file: string,
): Score {
  const relations = draft.relations.filter((r) => r.confidence >= WRITE_THRESHOLD);
  const events = draft.events.filter((e) => e.confidence >= WRITE_THRESHOLD);
  const written = peopleToWrite({ people: draft.people, relations, events, quotes: draft.quotes }, []);
  const score = zero();
  const used = new Set(match.values());
  for (const p of draft.people) {
    const gi = match.get(p) ?? -1;
    if (!written.has(p.ref)) {
      if (gi >= 0 && !gold[gi].opt) errors.push(`${file}: gate dropped person "${p.name}" (${p.confidence})`);
      continue;
    }
    if (gi >= 0 && !gold[gi].opt) score.tp++;
    else if (gi < 0) {
      score.fp++;
      errors.push(`${file}: gate wrote extra person "${p.name}" (${p.confidence})`);
    }
  }
  score.fn = gold.filter((g, i) => !g.opt && !used.has(i)).length + errors.filter((e) => e.startsWith(`${file}: gate dropped`)).length;
  return score;
}

/** Every set, in the order the totals are printed. */
export const SETS = [
  'dev',
  'heldout',
  'heldout2',
  'heldout3',
  'heldout4',
  'heldout5',
  'heldout6',
  'seed',
  'fabricated1',
  'fabricated2',
  'fabricated3',
  'fabricated4',
  'fabricated5',
];
/** What `--set all` means: the sets the rules were written against (the CI floor's set); fabricated ones are named. */
export const DEV_SETS = SETS.filter((s) => !s.startsWith('fabricated'));

/** The sets a `--set` value names: `all`, one set, or a comma-separated list (`all,fabricated1`). */
export function chosenSets(value: string | undefined): Set<string> {
  const names = (value ?? 'all').split(',').flatMap((v) => (v === 'all' ? DEV_SETS : [v]));
  const unknown = names.filter((n) => !SETS.includes(n));
  if (unknown.length) throw new Error(`unknown set(s) ${unknown.join(', ')}: use ${SETS.join(', ')} or all`);
  return new Set(names);
}

export function prf(s: Score): { p: number; r: number; f: number } {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** True and false positives per rule id, most used first: which rules the wrong relations and events come from. */
export function ruleTable(judged: Judged[]): string {
  const by = new Map<string, { what: string; tp: number; fp: number }>();
  for (const j of judged) {
    const r = by.get(j.rule) ?? { what: j.what, tp: 0, fp: 0 };
    if (j.ok) r.tp++;
    else r.fp++;
    by.set(j.rule, r);
  }
  const rows = [...by].sort((a, b) => b[1].tp + b[1].fp - (a[1].tp + a[1].fp) || a[0].localeCompare(b[0]));
  const lines = ['### per rule', '', '| rule | what | tp | fp | precision |', '|---|---|---|---|---|'];
  for (const [rule, r] of rows) lines.push(`| ${rule} | ${r.what} | ${r.tp} | ${r.fp} | ${(r.tp / (r.tp + r.fp)).toFixed(2)} |`);
  return lines.join('\n');
}

/**
 * What ingestArticleText does with what was found (src/ingest/from-text.ts tierOf, at the default
 * minConfidence): shown (≥ WRITE_THRESHOLD) or held for review (REVIEW_THRESHOLD up to it), each with
 * how many are right. `--min-confidence` must be at most REVIEW_THRESHOLD for the held row to be whole.
 */
export function tierTable(judged: Judged[]): string {
  const lines = ['### shown and held (ingestArticleText at minConfidence ' + WRITE_THRESHOLD + ')', ''];
  lines.push('| what | tier | found | right | wrong | precision |', '|---|---|---|---|---|---|');
  for (const what of ['relation', 'event'] as const)
    for (const tier of ['shown', 'held'] as const) {
      const rows = judged.filter((j) => j.what === what && tierOf(j.confidence, WRITE_THRESHOLD) === tier);
      const right = rows.filter((j) => j.ok).length;
      const precision = rows.length ? (right / rows.length).toFixed(2) : '–';
      lines.push(`| ${what} | ${tier} | ${rows.length} | ${right} | ${rows.length - right} | ${precision} |`);
    }
  return lines.join('\n');
}

function table(title: string, tot: Record<string, Score>): string {
  const rows = ['people', 'people written', 'spouse', 'parent', 'relations', ...SCORED_KINDS, 'events'];
  const lines = [`### ${title}`, '', '| what | tp | fp | fn | precision | recall |', '|---|---|---|---|---|---|'];
  for (const k of rows) {
    const s = tot[k] ?? zero();
    const { p, r } = prf(s);
    lines.push(`| ${k} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.tp + s.fp ? p.toFixed(2) : '–'} | ${s.tp + s.fn ? r.toFixed(2) : '–'} |`);
  }
  return lines.join('\n');
}

export function parseArgs(argv: string[]): { dirs: string[]; opts: Record<string, string> } {
  const dirs: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) {
      const k = argv[i].slice(2);
      if (argv[i + 1] === undefined || argv[i + 1].startsWith('--'))
        opts[k] = 'true'; // a flag: --errors, --write
      else opts[k] = argv[++i];
    } else dirs.push(argv[i]);
  }
  return { dirs, opts };
}

/** The labels of the chosen sets (without `except`: a fresh held-out set kept out of tuning runs), in file order. */
export function loadLabels(dir: string | undefined, sets: Set<string>, except?: string): Label[] {
  const labelsDir = dir ?? path.join(__dirname, '..', '..', 'eval', 'labels');
  return fs
    .readdirSync(labelsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(labelsDir, f), 'utf8')) as Label)
    .filter((l) => sets.has(l.set) && l.set !== except);
}

/** The extractor's draft of a labelled article (dirs: articles, seed article), or undefined when its text is not there. */
export function draftOf(label: Label, dirs: string[]): ArticleDraft | undefined {
  const file = label.file.startsWith('seed-article/')
    ? dirs[1]
      ? path.join(dirs[1], path.basename(label.file))
      : undefined
    : path.join(dirs[0], label.file);
  if (!file || !fs.existsSync(file)) return undefined;
  const text = fs.readFileSync(file, 'utf8');
  return extractArticle({ text, publishedAt: new Date(label.publishedAt + 'T12:00:00Z'), title: text.split('\n').find((l) => l.trim()) })
    .draft;
}

function main(): void {
  const { dirs, opts } = parseArgs(process.argv.slice(2));
  if (!dirs[0]) {
    console.error(
      'usage: evaluate-extraction <articles-dir> [seed-article-dir] [--set <set>[,<set>…]|all] [--except <set>] [--min-confidence 0.5] [--errors] [--min-relation-precision X] [--min-relation-recall Y]',
    );
    process.exit(2);
  }
  const minConf = Number(opts['min-confidence'] ?? REVIEW_THRESHOLD);
  const sets = chosenSets(opts.set);
  const totals: Record<string, Record<string, Score>> = {};
  const errors: string[] = [];
  const judged: Judged[] = [];
  for (const label of loadLabels(opts.labels, sets, opts.except)) {
    const draft = draftOf(label, dirs);
    if (!draft) continue;
    const s = scoreArticle(label, draft, minConf, errors, judged);
    s.relations = add(s.spouse, s.parent);
    s.events = SCORED_KINDS.reduce((acc, k) => add(acc, s[k]), zero());
    for (const set of [label.set, 'all']) {
      totals[set] ??= {};
      for (const [k, v] of Object.entries(s)) totals[set][k] = add(totals[set][k] ?? zero(), v);
      totals[set].articles = add(totals[set].articles ?? zero(), { tp: 1, fp: 0, fn: 0 });
    }
  }
  for (const set of [...SETS, ...(sets.size > 1 ? ['all'] : [])])
    if (totals[set])
      console.log(table(`${set === 'all' ? (opts.set ?? 'all') : set} (${totals[set].articles.tp} articles)`, totals[set]) + '\n');
  if (opts.tiers) console.log(tierTable(judged) + '\n');
  if (opts.errors) console.log(ruleTable(judged) + '\n\n' + errors.join('\n'));
  const rel = prf(totals.all?.relations ?? zero());
  const minP = opts['min-relation-precision'] !== undefined ? Number(opts['min-relation-precision']) : undefined;
  const minR = opts['min-relation-recall'] !== undefined ? Number(opts['min-relation-recall']) : undefined;
  if (!totals.all) {
    console.error('no labelled article found under ' + dirs[0]);
    process.exit(1);
  }
  if ((minP !== undefined && rel.p < minP) || (minR !== undefined && rel.r < minR)) {
    console.error(`relation precision ${rel.p.toFixed(2)} / recall ${rel.r.toFixed(2)} below the floor (${minP ?? '-'} / ${minR ?? '-'})`);
    process.exit(1);
  }
}

if (require.main === module) main();
