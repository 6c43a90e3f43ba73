/**
 * Ingest a folder of .txt articles (subfolders included) through the GraphQL mutation ingestArticleText.
 *   node dist/scripts/ingest-folder.js <folder> --published-at 2017-06-01 [--url http://localhost:$PORT/graphql]
 *        [--key <editor api key> | env LIMELIGHT_API_KEY] [--min-confidence 0.8] [--publisher X] [--url-prefix https://site/]
 * Per file: the url is `file://<path relative to the folder>`, or --url-prefix + that path, unless the file's
 * first line is itself a URL (then that line is the url, and not the title). The title is the first other
 * non-empty line. Publication date = <name>.date file if present, else a first line "Date: YYYY-MM-DD",
 * else --published-at. Header lines (Date:, URL) are removed from the text. A --published-at (or .date) of only a
 * year ("2017") or a month ("2017-06") is sent as that precision, so "on Wednesday" gives 2017, not a made-up day.
 */
import * as fs from 'fs';
import * as path from 'path';

/** How much of a publication date is known: `--published-at 2017` is YEAR, so "on Wednesday" stays 2017. */
export type PublishedPrecision = 'YEAR' | 'MONTH' | 'DAY';

/** "2017" -> YEAR, "2017-06" -> MONTH, anything longer DAY. */
export function precisionOf(date: string): PublishedPrecision {
  const d = date.trim();
  return /^\d{4}$/.test(d) ? 'YEAR' : /^\d{4}-\d{2}$/.test(d) ? 'MONTH' : 'DAY';
}

export interface IngestArgs {
  folder: string;
  publishedAt: string;
  /** of --published-at, the date of files that give none */
  publishedAtPrecision: PublishedPrecision;
  /** the GraphQL endpoint */
  url: string;
  key?: string;
  minConfidence: number;
  publisher?: string;
  urlPrefix?: string;
}

const USAGE =
  'usage: ingest-folder <folder> --published-at YYYY-MM-DD [--url GRAPHQL_URL] [--key KEY] [--min-confidence 0.8] [--publisher NAME] [--url-prefix URL]';
const OPTIONS = new Set(['published-at', 'url', 'endpoint', 'key', 'min-confidence', 'publisher', 'url-prefix']);

export function parseIngestArgs(argv: string[], env: NodeJS.ProcessEnv = {}): IngestArgs {
  const pos: string[] = [];
  const o: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, v] = a.includes('=') ? [a.slice(2, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a.slice(2), argv[++i]];
      if (!OPTIONS.has(k)) throw new Error(`unknown option --${k}`);
      if (v === undefined) throw new Error(`--${k} needs a value`);
      o[k] = v;
    } else pos.push(a);
  }
  if (pos.length !== 1) throw new Error('give exactly one folder');
  if (!o['published-at'] || Number.isNaN(Date.parse(o['published-at']))) throw new Error('--published-at YYYY-MM-DD is required');
  const minConfidence = o['min-confidence'] === undefined ? 0.8 : Number(o['min-confidence']);
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw new Error('--min-confidence must be between 0 and 1');
  if (o.url && o.endpoint && o.url !== o.endpoint) throw new Error('--endpoint is another name for --url: give one');
  const url = o.url ?? o.endpoint ?? `http://localhost:${env.PORT || 4000}/graphql`;
  if (!/^https?:\/\/\S+$/.test(url)) throw new Error(`--url "${url}" is not an http(s) URL`);
  return {
    folder: pos[0],
    publishedAt: new Date(o['published-at']).toISOString(),
    publishedAtPrecision: precisionOf(o['published-at']),
    url,
    key: o.key ?? env.LIMELIGHT_API_KEY,
    minConfidence,
    ...(o.publisher ? { publisher: o.publisher } : {}),
    ...(o['url-prefix'] ? { urlPrefix: o['url-prefix'] } : {}),
  };
}

/** Every .txt file under `folder`, as paths relative to it with `/`, in a stable order (byte order of the path). */
export function listTextFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const entries = fs.readdirSync(path.join(folder, rel), { withFileTypes: true });
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else if (e.isFile() && e.name.endsWith('.txt')) out.push(child);
    }
  };
  walk('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `file://a/001.txt`, or the prefix + the path; each path segment URL-encoded. */
export function articleUrl(relPath: string, urlPrefix?: string): string {
  const encoded = relPath.split('/').map(encodeURIComponent).join('/');
  if (!urlPrefix) return `file://${encoded}`;
  return urlPrefix.endsWith('/') ? urlPrefix + encoded : `${urlPrefix}/${encoded}`;
}

export interface ArticleFile {
  /** path relative to the folder given */
  file: string;
  text: string;
  title: string;
  publishedAt: string;
  publishedAtPrecision: PublishedPrecision;
  url: string;
}

const DATE_LINE = /^Date:\s*(\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?)\s*$/i;
const URL_LINE = /^https?:\/\/\S+$/;

/**
 * Title, text, date and url for one file (`file` relative to the folder); `dateFile` is the
 * content of <name>.date when it exists. A URL line in the file wins over --url-prefix: the
 * file knows where it came from, the prefix is only a guess for files that do not say.
 */
export function prepareArticle(
  file: string,
  raw: string,
  defaultPublishedAt: string,
  dateFile?: string,
  urlPrefix?: string,
  defaultPrecision: PublishedPrecision = 'DAY',
): ArticleFile {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  let publishedAt = defaultPublishedAt;
  let publishedAtPrecision = defaultPrecision;
  let url = articleUrl(file, urlPrefix);
  // header lines, in either order, before the first line of the article itself
  for (let i = lines.findIndex((l) => l.trim()); i >= 0 && i < lines.length; i = lines.findIndex((l) => l.trim())) {
    const line = lines[i].trim();
    const date = DATE_LINE.exec(line);
    if (date) [publishedAt, publishedAtPrecision] = [new Date(date[1]).toISOString(), 'DAY'];
    else if (URL_LINE.test(line)) url = line;
    else break;
    lines.splice(0, i + 1);
  }
  if (dateFile && !Number.isNaN(Date.parse(dateFile.trim())))
    [publishedAt, publishedAtPrecision] = [new Date(dateFile.trim()).toISOString(), precisionOf(dateFile)];
  const text = lines.join('\n');
  const title = (lines.find((l) => l.trim()) ?? path.basename(file)).trim().slice(0, 300);
  return { file, text, title, publishedAt, publishedAtPrecision, url };
}

export interface FileResult {
  file: string;
  ok: boolean;
  error?: string;
  peopleCreated?: number;
  peopleMatched?: number;
  relationsCreated?: number;
  eventsCreated?: number;
}

export interface Totals {
  ok: number;
  failed: number;
  people: number;
  facts: number;
}

/** Running totals: people = created + matched, facts = relations + events created. */
export function totalsOf(results: FileResult[]): Totals {
  const ok = results.filter((r) => r.ok);
  const sum = (k: keyof FileResult) => ok.reduce((a, r) => a + (Number(r[k]) || 0), 0);
  return {
    ok: ok.length,
    failed: results.length - ok.length,
    people: sum('peopleCreated') + sum('peopleMatched'),
    facts: sum('relationsCreated') + sum('eventsCreated'),
  };
}

export function summarize(results: FileResult[]): string {
  const ok = results.filter((r) => r.ok);
  const failed = results.filter((r) => !r.ok);
  const sum = (k: keyof FileResult) => ok.reduce((a, r) => a + (Number(r[k]) || 0), 0);
  const lines = [
    `files: ${results.length}, ok: ${ok.length}, failed: ${failed.length}`,
    `people created: ${sum('peopleCreated')}, matched: ${sum('peopleMatched')}, relations: ${sum('relationsCreated')}, events: ${sum('eventsCreated')}`,
  ];
  for (const f of failed) lines.push(`  FAILED ${f.file}: ${f.error}`);
  return lines.join('\n');
}

export function progressBar(done: number, total: number, width = 30): string {
  const frac = total ? done / total : 1;
  const n = Math.round(frac * width);
  return `[${'#'.repeat(n)}${'.'.repeat(width - n)}] ${done}/${total}`;
}

/** "1m20s", "45s", "2h03m"; the remaining files at the mean time per file so far. */
export function formatEta(elapsedMs: number, done: number, total: number): string {
  if (done === 0) return '?';
  const s = Math.round(((total - done) * elapsedMs) / done / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** `[###...] 13/40 ok 12, failed 1, people 40, facts 55, ETA 1m20s` */
export function progressLine(results: FileResult[], total: number, elapsedMs: number): string {
  const t = totalsOf(results);
  return `${progressBar(results.length, total)} ok ${t.ok}, failed ${t.failed}, people ${t.people}, facts ${t.facts}, ETA ${formatEta(elapsedMs, results.length, total)}`;
}

const MUTATION = `mutation Ingest($text: String!, $publishedAt: DateTime!, $precision: DatePrecision, $title: String, $url: String, $publisher: String, $minConfidence: Float) {
  ingestArticleText(text: $text, publishedAt: $publishedAt, publishedAtPrecision: $precision, title: $title, url: $url, publisher: $publisher, minConfidence: $minConfidence) {
    peopleCreated peopleMatched relationsCreated eventsCreated warnings
  }
}`;

async function ingestOne(a: ArticleFile, args: IngestArgs): Promise<FileResult> {
  try {
    const res = await fetch(args.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(args.key ? { authorization: `Bearer ${args.key}` } : {}) },
      body: JSON.stringify({
        query: MUTATION,
        variables: {
          text: a.text,
          publishedAt: a.publishedAt,
          precision: a.publishedAtPrecision,
          title: a.title,
          url: a.url,
          publisher: args.publisher,
          minConfidence: args.minConfidence,
        },
      }),
    });
    const body = (await res.json().catch(() => ({}))) as {
      data?: { ingestArticleText?: Omit<FileResult, 'file' | 'ok'> };
      errors?: { message: string }[];
    };
    if (body.errors?.length) return { file: a.file, ok: false, error: body.errors.map((e) => e.message).join('; ') };
    if (!res.ok || !body.data?.ingestArticleText) return { file: a.file, ok: false, error: `HTTP ${res.status}` };
    return { file: a.file, ok: true, ...body.data.ingestArticleText };
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message;
    return {
      file: a.file,
      ok: false,
      error: why ? `cannot reach ${args.url} (${why}); is the service up? set --url or PORT` : (e as Error).message,
    };
  }
}

/** Ingests every .txt file under args.folder in path order, going on past failures. */
export async function ingestFolder(
  args: IngestArgs,
  files = listTextFiles(args.folder),
  onProgress: (results: FileResult[], total: number) => void = () => {},
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const rel of files) {
    const full = path.join(args.folder, rel);
    const datePath = full.replace(/\.txt$/, '.date');
    const a = prepareArticle(
      rel,
      fs.readFileSync(full, 'utf8'),
      args.publishedAt,
      fs.existsSync(datePath) ? fs.readFileSync(datePath, 'utf8') : undefined,
      args.urlPrefix,
      args.publishedAtPrecision,
    );
    results.push(await ingestOne(a, args));
    onProgress(results, files.length);
  }
  return results;
}

/** The files to ingest; an empty or missing folder is an error, not a silent success. */
export function filesToIngest(folder: string): string[] {
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${folder} is not a folder`);
  const files = listTextFiles(folder);
  if (files.length === 0) throw new Error(`no .txt files under ${folder}`);
  return files;
}

async function main(): Promise<void> {
  let args: IngestArgs;
  let files: string[];
  try {
    args = parseIngestArgs(process.argv.slice(2), process.env);
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  try {
    files = filesToIngest(args.folder);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const started = Date.now();
  const results = await ingestFolder(args, files, (done, total) =>
    process.stderr.write(`\r${progressLine(done, total, Date.now() - started)}   `),
  );
  process.stderr.write('\n');
  console.log(summarize(results));
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}

if (require.main === module) void main();
