/**
 * Ingest a folder of .txt articles through the GraphQL mutation ingestArticleText.
 *   node dist/scripts/ingest-folder.js <folder> --published-at 2017-06-01 [--endpoint http://localhost:4000/graphql]
 *        [--key <editor api key> | env LIMELIGHT_API_KEY] [--min-confidence 0.8] [--publisher X]
 * Per file: title = first non-empty line; url = file://<basename>; publication date = <name>.date file if present,
 * else a first line "Date: YYYY-MM-DD" (then removed from the text, and the title is the next line), else --published-at.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface IngestArgs {
  folder: string;
  publishedAt: string;
  endpoint: string;
  key?: string;
  minConfidence: number;
  publisher?: string;
}

export function parseIngestArgs(argv: string[], env: NodeJS.ProcessEnv = {}): IngestArgs {
  const pos: string[] = [];
  const o: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, v] = a.includes('=') ? [a.slice(2, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a.slice(2), argv[++i]];
      if (v === undefined) throw new Error(`--${k} needs a value`);
      o[k] = v;
    } else pos.push(a);
  }
  if (pos.length !== 1) throw new Error('give exactly one folder');
  if (!o['published-at'] || Number.isNaN(Date.parse(o['published-at']))) throw new Error('--published-at YYYY-MM-DD is required');
  const minConfidence = o['min-confidence'] === undefined ? 0.8 : Number(o['min-confidence']);
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw new Error('--min-confidence must be between 0 and 1');
  const known = new Set(['published-at', 'endpoint', 'key', 'min-confidence', 'publisher']);
  for (const k of Object.keys(o)) if (!known.has(k)) throw new Error(`unknown option --${k}`);
  return {
    folder: pos[0],
    publishedAt: new Date(o['published-at']).toISOString(),
    endpoint: o.endpoint ?? 'http://localhost:4000/graphql',
    key: o.key ?? env.LIMELIGHT_API_KEY,
    minConfidence,
    ...(o.publisher ? { publisher: o.publisher } : {}),
  };
}

export interface ArticleFile {
  file: string;
  text: string;
  title: string;
  publishedAt: string;
  url: string;
}

/** Title, text and date for one file; `dateFile` is the content of <name>.date when it exists. */
export function prepareArticle(file: string, raw: string, defaultPublishedAt: string, dateFile?: string): ArticleFile {
  let text = raw.replace(/\r\n?/g, '\n');
  let publishedAt = defaultPublishedAt;
  const header = /^\s*Date:\s*(\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?)\s*\n/i.exec(text);
  if (header) {
    publishedAt = new Date(header[1]).toISOString();
    text = text.slice(header[0].length);
  }
  if (dateFile && !Number.isNaN(Date.parse(dateFile.trim()))) publishedAt = new Date(dateFile.trim()).toISOString();
  const title = (text.split('\n').find((l) => l.trim()) ?? path.basename(file)).trim().slice(0, 300);
  return { file, text, title, publishedAt, url: `file://${path.basename(file)}` };
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

const MUTATION = `mutation Ingest($text: String!, $publishedAt: DateTime!, $title: String, $url: String, $publisher: String, $minConfidence: Float) {
  ingestArticleText(text: $text, publishedAt: $publishedAt, title: $title, url: $url, publisher: $publisher, minConfidence: $minConfidence) {
    peopleCreated peopleMatched relationsCreated eventsCreated warnings
  }
}`;

async function ingestOne(a: ArticleFile, args: IngestArgs): Promise<FileResult> {
  try {
    const res = await fetch(args.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(args.key ? { authorization: `Bearer ${args.key}` } : {}) },
      body: JSON.stringify({ query: MUTATION, variables: { text: a.text, publishedAt: a.publishedAt, title: a.title, url: a.url, publisher: args.publisher, minConfidence: args.minConfidence } }),
    });
    const body = (await res.json().catch(() => ({}))) as { data?: { ingestArticleText?: Omit<FileResult, 'file' | 'ok'> }; errors?: { message: string }[] };
    if (body.errors?.length) return { file: a.file, ok: false, error: body.errors.map((e) => e.message).join('; ') };
    if (!res.ok || !body.data?.ingestArticleText) return { file: a.file, ok: false, error: `HTTP ${res.status}` };
    return { file: a.file, ok: true, ...body.data.ingestArticleText };
  } catch (e) {
    return { file: a.file, ok: false, error: (e as Error).message };
  }
}

/** Ingests every .txt file of args.folder in name order, going on past failures. */
export async function ingestFolder(args: IngestArgs, onProgress: (done: number, total: number, file: string) => void = () => {}): Promise<FileResult[]> {
  const files = fs.readdirSync(args.folder).filter((f) => f.endsWith('.txt')).sort();
  const results: FileResult[] = [];
  for (const [i, f] of files.entries()) {
    const full = path.join(args.folder, f);
    const datePath = full.replace(/\.txt$/, '.date');
    const a = prepareArticle(full, fs.readFileSync(full, 'utf8'), args.publishedAt, fs.existsSync(datePath) ? fs.readFileSync(datePath, 'utf8') : undefined);
    results.push(await ingestOne(a, args));
    onProgress(i + 1, files.length, f);
  }
  return results;
}

async function main(): Promise<void> {
  let args: IngestArgs;
  try {
    args = parseIngestArgs(process.argv.slice(2), process.env);
  } catch (e) {
    console.error(`${(e as Error).message}\nusage: ingest-folder <folder> --published-at YYYY-MM-DD [--endpoint URL] [--key KEY] [--min-confidence 0.8] [--publisher NAME]`);
    process.exit(2);
  }
  const results = await ingestFolder(args, (done, total, f) => process.stderr.write(`\r${progressBar(done, total)} ${f.slice(0, 30).padEnd(30)}`));
  process.stderr.write('\n');
  console.log(summarize(results));
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}

if (require.main === module) void main();
