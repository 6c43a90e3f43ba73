import os from 'node:os';
import path from 'node:path';
import { percentile } from '../compare/stats';
import { startService, stopService } from '../compare/service';
import { loadConfig } from '../../src/config';
import { findRepoRoot, startEmbeddedNeo4j } from '../../src/graph/embedded-neo4j';
import { seededRandom } from '../../scripts/seeded-random';
import { personId } from './generate';

/**
 * `node dist/bench/scale/run.js --people N --data-dir DIR [--port 7730] [--runs 100]`: the real
 * service (dist/src/server/main.js, its own process, LIMELIGHT_SEEDS=off) on a store that
 * ./import.ts or ./load.ts built, asked over HTTP GraphQL. The embedded Neo4j is started here
 * (memory from LIMELIGHT_NEO4J_HEAP / _PAGECACHE) and given to the service as NEO4J_URI: on a
 * loaded machine a big store takes longer to open than the service's 2-minute start budget. Each workload: 5 warm-up requests,
 * then `runs` timed ones; prints p50/p90/p99 of the round trip and the statements sent
 * (x-db-queries), as a Markdown table for BENCHMARKS.md.
 */
interface Sample {
  ms: number;
  statements: number;
}

interface Row {
  name: string;
  samples: Sample[];
  note?: string;
}

/** Requests answered with an error, by code: counted, not timed (a timeout is not a latency). */
const failures = new Map<string, number>();

const arg = (argv: string[], flag: string, fallback: string) => {
  const at = argv.indexOf(flag);
  return at >= 0 && argv[at + 1] ? argv[at + 1] : fallback;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each workload reads its own reply shape
async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data: any; sample: Sample }> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  const ms = performance.now() - started;
  if (body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
  return { data: body.data, sample: { ms, statements: Number(res.headers.get('x-db-queries') ?? -1) } };
}

async function measure(url: string, runs: number, request: (i: number) => [string, Record<string, unknown>]): Promise<Sample[]> {
  for (let i = 0; i < 5; i++) await post(url, ...request(i)).catch(() => undefined);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    try {
      samples.push((await post(url, ...request(i))).sample);
    } catch (error) {
      const code = /"code":"(\w+)"/.exec((error as Error).message)?.[1] ?? 'ERROR';
      failures.set(code, (failures.get(code) ?? 0) + 1);
    }
  }
  return samples;
}

const PERSON = `query($id: ID!) { person(id: $id) { name spouses { person { id name } } children { person { id name } } parents { person { id name } } } }`;
const TIMELINE = `query($ids: [ID!]!, $after: String, $first: Int) {
  timeline(personIds: $ids, includeFamily: true, first: $first, after: $after) { totalCount edges { node { id kind date { iso } } } pageInfo { endCursor hasNextPage } } }`;
const CONNECTIONS = `query($from: ID!, $to: ID!) { connections(from: $from, to: $to, maxHops: 6, first: 1) { length people { id } } }`;
const TOP = `{ topPeople(first: 10) { score person { id name } } }`;
const COUNT = `{ people(first: 0) { totalCount } }`;

/** The cursor of page `page` (of `size`), walked to 100 at a time; or of the last page when there are fewer. */
async function cursorOfPage(
  url: string,
  ids: string[],
  page: number,
  size: number,
): Promise<{ after: string | null; page: number; total: number }> {
  let after: string | null = null;
  let skipped = 0;
  let total = 0;
  while (skipped < (page - 1) * size) {
    const first = Math.min(100, (page - 1) * size - skipped);
    const t: { totalCount: number; edges: unknown[]; pageInfo: { endCursor: string; hasNextPage: boolean } } = (
      await post(url, TIMELINE, { ids, after, first })
    ).data.timeline;
    total = t.totalCount;
    if (t.edges.length < first || !t.pageInfo.hasNextPage) break;
    skipped += t.edges.length;
    after = t.pageInfo.endCursor;
  }
  return { after, page: Math.floor(skipped / size) + 1, total };
}

async function workloads(url: string, people: number, runs: number): Promise<Row[]> {
  const random = seededRandom(99);
  const someone = () => personId(Math.floor(random() * people));
  const rows: Row[] = [];
  const ids = Array.from({ length: 200 }, someone);
  rows.push({
    name: 'person with spouses, children, parents (random people)',
    samples: await measure(url, runs, (i) => [PERSON, { id: ids[i % ids.length] }]),
  });
  rows.push({
    name: 'person with family: the biggest hub (syn-p0)',
    samples: await measure(url, runs, () => [PERSON, { id: personId(0) }]),
  });

  const top = (await post(url, TOP)).data.topPeople.map((p: { person: { id: string } }) => p.person.id);
  const deep = await cursorOfPage(url, top, 1000, 10);
  const page = (after: string | null) => (): [string, Record<string, unknown>] => [TIMELINE, { ids: top, after, first: 10 }];
  const note = `top 10 people + family: ${deep.total} events`;
  rows.push({ name: 'timeline, page 1 (10 events)', samples: await measure(url, runs, page(null)), note });
  rows.push({ name: `timeline, page ${deep.page} (10 events, by cursor)`, samples: await measure(url, runs, page(deep.after)), note });

  const pairs = Array.from({ length: 100 }, () => [someone(), someone()]);
  failures.clear();
  const paths = await measure(url, Math.min(runs, 100), (i) => [CONNECTIONS, { from: pairs[i % 100][0], to: pairs[i % 100][1] }]);
  const failed = [...failures].map(([code, n]) => `${n} ${code}`).join(', ');
  rows.push({ name: 'connections, random pairs, maxHops 6', samples: paths, note: failed ? `not timed: ${failed}` : '' });
  failures.clear();
  rows.push({ name: 'topPeople(first: 10)', samples: await measure(url, runs, () => [TOP, {}]) });
  rows.push({ name: 'people(first: 0) { totalCount }', samples: await measure(url, runs, () => [COUNT, {}]) });
  return rows;
}

const ms = (samples: Sample[], q: number) =>
  percentile(
    samples.map((s) => s.ms),
    q,
  ).toFixed(1);
const statements = (samples: Sample[]) => [...new Set(samples.map((s) => s.statements))].sort((a, b) => a - b).join('–');

export function table(rows: Row[]): string {
  const lines = ['| workload | p50 ms | p90 ms | p99 ms | statements | note |', '|---|---:|---:|---:|---:|---|'];
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${ms(r.samples, 0.5)} | ${ms(r.samples, 0.9)} | ${ms(r.samples, 0.99)} | ${statements(r.samples)} | ${r.note ?? ''} |`,
    );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const people = Number(arg(argv, '--people', '20000'));
  const runs = Number(arg(argv, '--runs', '100'));
  const dataDir = path.resolve(arg(argv, '--data-dir', path.join(os.tmpdir(), `limelight-scale-${people}`)));
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ');
  console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}; load average ${load()}`);
  const started = Date.now();
  const memory = loadConfig().neo4jMemory;
  const neo = await startEmbeddedNeo4j({ port: Number(arg(argv, '--port', '7730')), dataDir, memory, startTimeoutMs: 900_000 });
  console.log(`Neo4j up in ${((Date.now() - started) / 1000).toFixed(1)} s (heap ${memory.heap}, page cache ${memory.pageCache})`);
  const service = await startService(path.join(findRepoRoot(), 'dist', 'src', 'server', 'main.js'), {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    NEO4J_URI: neo.uri,
    NEO4J_USER: neo.user,
    NEO4J_PASSWORD: neo.password,
    LIMELIGHT_SEEDS: 'off',
    LOG_LEVEL: 'warn',
  });
  console.log(`service up in ${((Date.now() - started) / 1000).toFixed(1)} s (${service.url})`);
  try {
    const rows = await workloads(service.url, people, runs);
    console.log(`\n${people} people, ${runs} runs per workload after 5 warm-up; load average at the end ${load()}\n`);
    console.log(table(rows));
  } finally {
    await stopService(service);
    await neo.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
