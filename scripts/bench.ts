/**
 * Latency of the journalist and timeline queries on the reference graph, over HTTP, as a
 * client sees it: `npm run build && node dist/scripts/bench.js [runs]`. Starts its own
 * embedded Neo4j in a temporary folder (or uses NEO4J_URI), loads the seeds, warms up,
 * then prints median and p90 of repeated runs per query.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config';
import { findFreePort } from '../src/graph/embedded-neo4j';
import { startApp } from '../src/server/app';
import { createLogger } from '../src/server/logger';
import { projectRoot } from '../src/paths';

const CASES: [string, string][] = [
  [
    'connections Rooney→Allen (5 hops, maxHops 6)',
    '{ connections(from: "mickey-rooney", to: "woody-allen", maxHops: 6, first: 3) { length hops { relation evidence { source quote } } } }',
  ],
  [
    'connections Kennedy→Callas (3 hops)',
    '{ connections(from: "john-f-kennedy", to: "maria-callas", maxHops: 4, first: 3) { length hops { relation evidence { quote } } } }',
  ],
  ['connections Teigen→Rooney (no path, maxHops 6)', '{ connections(from: "chrissy-teigen", to: "mickey-rooney", maxHops: 6) { length } }'],
  [
    'timeline Teigen + family, first 20',
    '{ timeline(personIds: ["chrissy-teigen"], includeFamily: true, first: 20) { totalCount edges { node { title date { iso } participants { name } } } } }',
  ],
  [
    'timeline 3 people + family, from 2020-09',
    '{ timeline(personIds: ["chrissy-teigen", "john-legend", "luna-stephens"], includeFamily: true, from: "2020-09") { totalCount edges { node { title } } } }',
  ],
  ['onThisDay 09-28', '{ onThisDay(month: 9, day: 28) { totalCount edges { node { title } } } }'],
  ['searchPeople "Elizabth Tayler"', '{ searchPeople(text: "Elizabth Tayler") { person { name } } }'],
];

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 30);
  const dataDir = process.env.NEO4J_URI ? null : mkdtempSync(path.join(os.tmpdir(), 'limelight-bench-'));
  const env = {
    ...process.env,
    LIMELIGHT_API_KEYS: 'bench-editor:editor',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    NEO4J_BOLT_PORT: String(await findFreePort()),
    ...(dataDir ? { NEO4J_DATA_DIR: dataDir } : {}),
  };
  const started = performance.now();
  const app = await startApp(loadConfig(env, projectRoot()), createLogger('error'));
  console.log(
    `start with seeds: ${((performance.now() - started) / 1000).toFixed(1)} s (node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()})`,
  );
  console.log(`runs per query: ${runs} after 5 warm-up runs\n`);
  console.log('| query | median ms | p90 ms | db statements |\n|---|---:|---:|---:|');
  try {
    for (const [name, query] of CASES) {
      const times: number[] = [];
      let statements = 0;
      for (let i = 0; i < runs + 5; i++) {
        const t0 = performance.now();
        const res = await fetch(app.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
        statements = Number(res.headers.get('x-db-queries'));
        if (i >= 5) times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
      console.log(`| ${name} | ${at(0.5)} | ${at(0.9)} | ${statements} |`);
    }
    await benchDeepPaging(app.url, runs);
  } finally {
    await app.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each benchmark query has its own response shape
): Promise<{ ms: number; data: any; statements: number }> {
  const t0 = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer bench-editor' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { ms: performance.now() - t0, data: body.data, statements: Number(res.headers.get('x-db-queries')) };
}

/** A person with 10,000 events: the first page against the 90th, keyset cursors. */
async function benchDeepPaging(url: string, runs: number): Promise<void> {
  const ingest = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { eventsCreated } }';
  const t0 = performance.now();
  for (let chunk = 0; chunk < 4; chunk++) {
    const events = Array.from({ length: 2500 }, (_, j) => ({
      kind: 'STATEMENT',
      title: `Statement ${chunk * 2500 + j}`,
      date: `${1900 + ((chunk * 2500 + j) % 120)}-${String((j % 12) + 1).padStart(2, '0')}`,
      participants: ['p'],
    }));
    await post(url, ingest, {
      input: {
        url: `https://bench.example/${chunk}`,
        title: `Bulk ${chunk}`,
        publishedAt: '2023-01-01T00:00:00Z',
        people: [{ ref: 'p', name: 'Bench Busy' }],
        events,
      },
    });
  }
  console.log(`\ningest 10,000 events in 4 articles: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const q =
    'query($after: String) { timeline(personIds: ["bench-busy"], first: 100, after: $after) { pageInfo { endCursor } edges { node { title } } } }';
  const cursors: (string | null)[] = [null];
  for (let i = 0; i < 90; i++) cursors.push((await post(url, q, { after: cursors[i] })).data.timeline.pageInfo.endCursor);
  console.log('| timeline page (100 of 10,000 events) | median ms | p90 ms | db statements |\n|---|---:|---:|---:|');
  for (const [name, after] of [
    ['page 1', cursors[0]],
    ['page 90', cursors[89]],
  ] as const) {
    const times: number[] = [];
    let statements = 0;
    for (let i = 0; i < runs + 5; i++) {
      const r = await post(url, q, { after });
      statements = r.statements;
      if (i >= 5) times.push(r.ms);
    }
    times.sort((a, b) => a - b);
    console.log(
      `| ${name} | ${times[Math.floor(times.length / 2)].toFixed(1)} | ${times[Math.floor(times.length * 0.9)].toFixed(1)} | ${statements} |`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
