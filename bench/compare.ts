/**
 * Limelight against @neo4j/graphql 7 and hand-written Cypher, side by side on ONE embedded
 * Neo4j with the seed graph: `npm run bench:compare [iterations] [seconds]`.
 *
 * Three servers, each its own Node process on loopback (so each one's CPU can be read from
 * /proc): the built Limelight service (it starts the Neo4j, in a fresh folder, and loads the
 * seeds), @neo4j/graphql under Apollo Server (./compare/neo4j-graphql-server.ts) and a tiny
 * HTTP server that runs one named statement per request (./compare/cypher-server.ts).
 * First every workload's answers are compared (the run stops on a difference); then each
 * workload is timed with requests interleaved round-robin over the systems, after a warm-up;
 * then throughput at 8 and 32 concurrent requests, each system alone for `seconds` in turn.
 * BENCH_DATA_DIR=<folder> uses and keeps that store instead (seeded at its first run only).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import neo4j, { Driver } from 'neo4j-driver';
import { findFreePort } from '../src/graph/embedded-neo4j';
import { credentialsPath } from '../src/graph/embedded-neo4j.credentials';
import { projectRoot } from '../src/paths';
import { compareAnswers } from './compare/answers';
import { CLEANUP_COUPLES, COUPLES_LEFT, COUPLE_STORED, PARENT_LINK_EVIDENCE } from './compare/cypher.queries';
import { Bolt, Service, boltEnv, cpuMs, startService, stopService } from './compare/service';
import { percentile, ratio } from './compare/stats';
import {
  Body,
  COUPLE_NAME_PREFIXES,
  COUPLE_URL_PREFIX,
  Page100Cursors,
  Reply,
  SUBJECTS,
  SYSTEMS,
  System,
  Workload,
  buildWorkloads,
  couple,
  neo4jGraphqlOffset,
  nextPageCursor,
  peoplePage,
} from './compare/workloads';

const WARM_UP = 20;
const CONCURRENCY = [8, 32] as const;
const EDITOR_KEY = 'bench-editor';
const LABEL: Record<System, string> = { limelight: 'Limelight', neo4jGraphql: '@neo4j/graphql', cypher: 'Cypher' };

type Services = Record<System, Service>;
interface Sent {
  ms: number;
  reply: Reply;
  statements: number;
}
interface Timing {
  ms: number[];
  statements: number;
  cpuPerRequest: number;
}
interface Throughput {
  perSecond: number;
  cpuPerRequest: number;
}

async function send(services: Services, system: System, body: Body): Promise<Sent> {
  const t0 = performance.now();
  const res = await fetch(services[system].url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: unknown; rows?: unknown; errors?: unknown };
  if (json.errors || !res.ok) throw new Error(`${LABEL[system]}: ${JSON.stringify(json.errors ?? res.status)}`);
  return { ms: performance.now() - t0, reply: 'rows' in json ? json : json.data, statements: Number(res.headers.get('x-db-queries')) };
}

async function startServices(dataDir: string): Promise<{ services: Services; bolt: Bolt; startMs: number }> {
  const boltPort = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(await findFreePort()),
    HOST: '127.0.0.1',
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    LIMELIGHT_API_KEYS: `${EDITOR_KEY}:editor`,
  };
  delete env.NEO4J_URI;
  const t0 = performance.now();
  const limelight = await startService(path.join(projectRoot(), 'dist', 'src', 'server', 'main.js'), env);
  const startMs = performance.now() - t0;
  const saved = JSON.parse(readFileSync(credentialsPath(dataDir), 'utf8')) as Bolt;
  const bolt = { uri: `bolt://127.0.0.1:${boltPort}`, user: saved.user, password: saved.password };
  const peer = (file: string) => startService(path.join(__dirname, 'compare', file), { ...process.env, ...boltEnv(bolt) });
  const peers = await Promise.allSettled([peer('neo4j-graphql-server.js'), peer('cypher-server.js')]);
  const [neo4jGraphql, cypher] = peers.map((p) => (p.status === 'fulfilled' ? p.value : null));
  if (!neo4jGraphql || !cypher) {
    await Promise.all([limelight, neo4jGraphql, cypher].map((s) => s && stopService(s)));
    throw (peers.find((p) => p.status === 'rejected') as PromiseRejectedResult).reason;
  }
  return { services: { limelight, neo4jGraphql, cypher }, bolt, startMs };
}

/** Each system's cursor of page 100, found by walking its own pages; @neo4j/graphql's is an offset. */
async function findPage100(services: Services): Promise<Page100Cursors> {
  const cursors = { neo4jGraphql: neo4jGraphqlOffset(100) } as Page100Cursors;
  for (const system of ['limelight', 'cypher'] as const) {
    let after: unknown = null;
    for (let page = 1; page < 100; page++) after = nextPageCursor(system, (await send(services, system, peoplePage(system, after))).reply);
    cursors[system] = after;
  }
  return cursors;
}

/** Every workload's answers, compared; a mutation's answer includes what it left in the graph (then removed). */
async function checkAnswers(services: Services, driver: Driver, workloads: Workload[]): Promise<string[]> {
  const problems: string[] = [];
  for (const w of workloads) {
    const answers: [string, unknown][] = [];
    for (const system of SYSTEMS) {
      const { reply } = await send(services, system, w.body(system, 0));
      const answer = w.answer(system, reply);
      answers.push([LABEL[system], w.write ? { answer, stored: await storedCouples(driver, system) } : answer]);
    }
    if (w.write) await cleanUpCouples(driver);
    problems.push(...compareAnswers(answers).map((line) => `${w.id} ${w.title}: ${line}`));
  }
  return problems;
}

async function storedCouples(driver: Driver, system: System): Promise<number> {
  const { a, b } = couple(system, 0);
  const { records } = await driver.executeQuery(COUPLE_STORED.cypher, { a: a.name, b: b.name });
  return records[0].get('n').toNumber();
}

/** Removes what the mutations wrote, and fails if any of it is left. */
async function cleanUpCouples(driver: Driver): Promise<void> {
  const params = { prefixes: COUPLE_NAME_PREFIXES, urlPrefix: COUPLE_URL_PREFIX };
  await driver.executeQuery(CLEANUP_COUPLES.cypher, params);
  const left = (await driver.executeQuery(COUPLES_LEFT.cypher, params)).records[0];
  if (left.get('people').toNumber() + left.get('articles').toNumber() > 0) {
    throw new Error(`the clean-up left ${left.get('people')} people and ${left.get('articles')} articles of the mutations`);
  }
}

/** Interleaved: each round sends the workload once to every system, starting with a different one each round. */
async function timeWorkload(services: Services, w: Workload, iterations: number, counter: { i: number }): Promise<Record<System, Timing>> {
  const ms: Record<System, number[]> = { limelight: [], neo4jGraphql: [], cypher: [] };
  const statements: Record<System, number> = { limelight: 0, neo4jGraphql: 0, cypher: 0 };
  let cpuBefore: Record<System, number> | null = null;
  for (let round = 0; round < WARM_UP + iterations; round++) {
    if (round === WARM_UP) cpuBefore = cpuOf(services);
    const i = ++counter.i;
    for (let k = 0; k < SYSTEMS.length; k++) {
      const system = SYSTEMS[(round + k) % SYSTEMS.length];
      const sent = await send(services, system, w.body(system, i));
      if (round >= WARM_UP) ms[system].push(sent.ms);
      statements[system] = sent.statements;
    }
  }
  const cpuAfter = cpuOf(services);
  return Object.fromEntries(
    SYSTEMS.map((s) => [s, { ms: ms[s], statements: statements[s], cpuPerRequest: (cpuAfter[s] - cpuBefore![s]) / iterations }]),
  ) as Record<System, Timing>;
}

function cpuOf(services: Services): Record<System, number> {
  return Object.fromEntries(SYSTEMS.map((s) => [s, cpuMs(services[s].child.pid!)])) as Record<System, number>;
}

/** Requests answered per second with `concurrency` in flight for `seconds`, and the server's CPU per request meanwhile. */
async function throughput(services: Services, system: System, body: Body, concurrency: number, seconds: number): Promise<Throughput> {
  const cpu0 = cpuMs(services[system].child.pid!);
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        await send(services, system, body);
        done++;
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  return { perSecond: done / elapsed, cpuPerRequest: (cpuMs(services[system].child.pid!) - cpu0) / done };
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '–');
const trio = (values: Record<System, string>) => SYSTEMS.map((s) => values[s]).join(' / ');
const map = <T>(f: (s: System) => T) => Object.fromEntries(SYSTEMS.map((s) => [s, f(s)])) as Record<System, T>;

function printLatency(workloads: Workload[], timings: Map<string, Record<System, Timing>>): void {
  console.log(
    '\nLatency (ms, interleaved, sequential), statements per request and Node CPU ms per request; systems in the order Limelight / @neo4j/graphql / Cypher:\n',
  );
  console.log('| workload | p50 | p90 | p99 | p50 Limelight / @neo4j/graphql | p50 Limelight / Cypher | statements | CPU ms/request |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const w of workloads) {
    const t = timings.get(w.id)!;
    const p = (q: number) => map((s) => percentile(t[s].ms, q));
    const p50 = p(0.5);
    console.log(
      `| ${w.id}: ${w.title} | ${trio(map((s) => f1(p50[s])))} | ${trio(map((s) => f1(p(0.9)[s])))} | ${trio(map((s) => f1(p(0.99)[s])))} | ${ratio(p50.limelight, p50.neo4jGraphql)} | ${ratio(p50.limelight, p50.cypher)} | ${trio(map((s) => String(t[s].statements)))} | ${trio(map((s) => f2(t[s].cpuPerRequest)))} |`,
    );
  }
}

function printThroughput(workloads: Workload[], rows: Map<string, Record<number, Record<System, Throughput>>>, seconds: number): void {
  console.log(
    `\nThroughput (requests/s; each system alone for ${seconds} s at each concurrency, in turn) and Node CPU ms per request at 32:\n`,
  );
  console.log('| workload | req/s at 8 | req/s at 32 | Limelight / @neo4j/graphql at 8 | at 32 | CPU ms/request at 32 |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const w of workloads.filter((x) => rows.has(x.id))) {
    const r = rows.get(w.id)!;
    console.log(
      `| ${w.id}: ${w.title} | ${trio(map((s) => f1(r[8][s].perSecond)))} | ${trio(map((s) => f1(r[32][s].perSecond)))} | ${ratio(r[8].limelight.perSecond, r[8].neo4jGraphql.perSecond)} | ${ratio(r[32].limelight.perSecond, r[32].neo4jGraphql.perSecond)} | ${trio(map((s) => f2(r[32][s].cpuPerRequest)))} |`,
    );
  }
}

/**
 * Rejects (through Limelight) the evidence of one link of the W1 person, so that a system
 * that does not hide REJECTED facts answers differently; the seed graph has none.
 */
async function rejectOneLink(services: Services, driver: Driver): Promise<void> {
  const { records } = await driver.executeQuery(PARENT_LINK_EVIDENCE.cypher, { parent: SUBJECTS.family, child: SUBJECTS.rejectedChild });
  const review = 'mutation($id: ID!) { reviewEvidence(id: $id, decision: REJECT, reason: "bench: a rejected link") { status } }';
  for (const r of records) await send(services, 'limelight', { query: review, variables: { id: r.get('id') } });
}

/** The positive control of the rejection: W1 shows the person's other children, and not the rejected one. */
function checkRejectedHidden(answer: unknown): string[] {
  const children = (answer as { children: { id: string }[] }).children.map((c) => c.id);
  if (children.length === 0) return ['W1: no children shown at all, so the rejected link proves nothing'];
  return children.includes(SUBJECTS.rejectedChild) ? [`W1: ${SUBJECTS.rejectedChild} is shown though the link is REJECTED`] : [];
}

async function run(services: Services, driver: Driver, iterations: number, seconds: number): Promise<void> {
  await rejectOneLink(services, driver);
  const workloads = buildWorkloads(await findPage100(services));
  const w1 = workloads.find((w) => w.id === 'W1')!;
  const problems = [
    ...checkRejectedHidden(w1.answer('limelight', (await send(services, 'limelight', w1.body('limelight', 0))).reply)),
    ...(await checkAnswers(services, driver, workloads)),
  ];
  if (problems.length > 0) {
    console.error(`answers differ, nothing timed:\n${problems.join('\n')}`);
    process.exitCode = 1;
    return;
  }
  console.log(`answers: the three systems agree on all ${workloads.length} workloads`);
  const counter = { i: 0 };
  const timings = new Map<string, Record<System, Timing>>();
  for (const w of workloads) timings.set(w.id, await timeWorkload(services, w, iterations, counter));
  await cleanUpCouples(driver);
  printLatency(workloads, timings);
  const rows = new Map<string, Record<number, Record<System, Throughput>>>();
  for (const w of workloads.filter((x) => !x.write)) {
    const byConcurrency: Record<number, Record<System, Throughput>> = {};
    for (const c of CONCURRENCY) {
      byConcurrency[c] = {} as Record<System, Throughput>;
      for (const system of SYSTEMS) byConcurrency[c][system] = await throughput(services, system, w.body(system, 0), c, seconds);
    }
    rows.set(w.id, byConcurrency);
  }
  printThroughput(workloads, rows, seconds);
}

async function main(): Promise<void> {
  const iterations = Number(process.argv[2] ?? 100);
  const seconds = Number(process.argv[3] ?? 3);
  // BENCH_DATA_DIR keeps the store between runs (seeded once); by default each run seeds a fresh folder
  const kept = process.env.BENCH_DATA_DIR;
  const dataDir = kept ? path.resolve(kept) : mkdtempSync(path.join(os.tmpdir(), 'limelight-bench-compare-'));
  let started: Awaited<ReturnType<typeof startServices>> | null = null;
  let driver: Driver | null = null;
  try {
    started = await startServices(dataDir);
    driver = neo4j.driver(started.bolt.uri, neo4j.auth.basic(started.bolt.user, started.bolt.password));
    console.log(`${new Date().toISOString()}; node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}`);
    console.log(
      `Limelight start with seeds: ${(started.startMs / 1000).toFixed(1)} s; ${iterations} timed rounds after ${WARM_UP} warm-up rounds`,
    );
    console.log(`load average at start: ${loadAverage()}`);
    await run(started.services, driver, iterations, seconds);
    console.log(`\nload average at end: ${loadAverage()}`);
  } finally {
    await driver?.close();
    if (started) await Promise.all(SYSTEMS.map((s) => stopService(started!.services[s])));
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  }
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
