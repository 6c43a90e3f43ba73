/**
 * Read latency while articles are extracted: `npm run bench:extract [reads]`.
 * Starts the built service (dist/src/server/main.js) as a child process on a free port, with
 * its own embedded Neo4j in a temporary folder and the seeds, once with the worker pool
 * (LIMELIGHT_EXTRACT_THREADS default) and once with extraction on the main thread (0, the
 * old behaviour). For each it times a read (a person with family) idle, then while four
 * extractions of ~100,000 characters run concurrently, and prints p50/p90 and their ratio.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { findFreePort } from '../src/graph/embedded-neo4j';
import { projectRoot } from '../src/paths';
import { inventedArticle } from './invented-article';

const READ =
  '{ person(id: "chrissy-teigen") { name spouses { person { name } } children { person { name } } parents { person { name } } } }';
const EXTRACT = 'query($text: String!) { extractArticle(text: $text, publishedAt: "2022-07-10T00:00:00Z") { warnings } }';
const EXTRACTIONS = 4;
const ARTICLE_CHARS = 100_000;
/** pause between reads under load, so reads interleave with the extractions instead of flooding */
const READ_GAP_MS = 20;
/** the budget is not under test, and a busy shared machine stretched 100,000 characters past the 15 s default */
const BUDGET_MS = 300_000;

interface Service {
  url: string;
  child: ChildProcess;
}
interface Row {
  mode: string;
  idle: number[];
  loaded: number[];
  extractMs: number;
}

async function startService(dataDir: string, threads: string | undefined): Promise<Service> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(await findFreePort()),
    HOST: '127.0.0.1',
    NEO4J_BOLT_PORT: String(await findFreePort()),
    NEO4J_DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    LIMELIGHT_EXTRACT_TIMEOUT_MS: String(BUDGET_MS),
  };
  delete env.NEO4J_URI;
  if (threads === undefined) delete env.LIMELIGHT_EXTRACT_THREADS;
  else env.LIMELIGHT_EXTRACT_THREADS = threads;
  const child = spawn(process.execPath, [path.join(projectRoot(), 'dist', 'src', 'server', 'main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /Limelight GraphQL API: (\S+)/.exec(out);
      if (found) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`service exited with ${code} before it was up`)));
  });
  return { url, child };
}

function stopService(service: Service): Promise<void> {
  return new Promise((resolve) => {
    service.child.once('exit', () => resolve());
    service.child.kill('SIGTERM');
  });
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return performance.now() - t0;
}

async function measure(mode: string, url: string, reads: number): Promise<Row> {
  for (let i = 0; i < 10; i++) await post(url, READ);
  await post(url, EXTRACT, { text: inventedArticle(2_000) }); // warm the worker
  const idle: number[] = [];
  for (let i = 0; i < reads; i++) idle.push(await post(url, READ));
  const loaded: number[] = [];
  let running = EXTRACTIONS;
  const t0 = performance.now();
  const extractions = Array.from({ length: EXTRACTIONS }, (_, i) =>
    post(url, EXTRACT, { text: inventedArticle(ARTICLE_CHARS, i + 1) }).finally(() => running--),
  );
  while (running > 0) {
    // a read sent while extractions run counts, however late it comes back (inline, it waits them out)
    const ms = await post(url, READ);
    loaded.push(ms);
    await new Promise((resolve) => setTimeout(resolve, READ_GAP_MS));
  }
  await Promise.all(extractions);
  return { mode, idle, loaded, extractMs: performance.now() - t0 };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

function printRow(r: Row): void {
  const [i50, i90, l50, l90] = [quantile(r.idle, 0.5), quantile(r.idle, 0.9), quantile(r.loaded, 0.5), quantile(r.loaded, 0.9)];
  console.log(
    `| ${r.mode} | ${i50.toFixed(1)} | ${i90.toFixed(1)} | ${l50.toFixed(1)} | ${l90.toFixed(1)} | ${(l50 / i50).toFixed(2)}× | ${(l90 / i90).toFixed(2)}× | ${r.loaded.length} | ${(r.extractMs / 1000).toFixed(1)} |`,
  );
}

async function main(): Promise<void> {
  const reads = Number(process.argv[2] ?? 50);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'limelight-bench-extract-'));
  const rows: Row[] = [];
  try {
    for (const [mode, threads] of [
      [`pool (LIMELIGHT_EXTRACT_THREADS default: ${Math.max(1, os.availableParallelism() - 1)})`, undefined],
      ['inline (LIMELIGHT_EXTRACT_THREADS=0)', '0'],
    ] as const) {
      const service = await startService(dataDir, threads); // the first start loads the seeds; the second finds them
      try {
        rows.push(await measure(mode, service.url, reads));
      } finally {
        await stopService(service);
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(
    `node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  console.log(
    `read: person with spouses, children, parents; ${reads} reads idle; under load: reads ${READ_GAP_MS} ms apart while ${EXTRACTIONS} extractions of ${ARTICLE_CHARS.toLocaleString('en')} characters run\n`,
  );
  console.log(
    '| extraction | idle p50 ms | idle p90 ms | loaded p50 ms | loaded p90 ms | p50 ratio | p90 ratio | reads under load | 4 extractions s |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  rows.forEach(printRow);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
