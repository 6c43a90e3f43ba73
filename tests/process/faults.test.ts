import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/graph/embedded-neo4j';

// The service as `npm start` runs it (tests/fixtures/run-service.cjs), with its own
// embedded Neo4j in a temp folder; the JVM and the Node process are killed with SIGKILL.
const FIXTURE = path.resolve(__dirname, '..', 'fixtures', 'run-service.cjs');
const EDITOR = 'faults-editor-key';
const ANALYST = 'faults-analyst-key';
const KILLS = Number(process.env.LIMELIGHT_FAULT_KILLS ?? 10);
const RESTART_WAIT_MS = 180_000;

interface Service {
  child: ChildProcess;
  base: string;
  logs: () => string[];
  exited: Promise<void>;
}

function startService(env: Record<string, string>): Promise<Service> {
  const lines: string[] = [];
  const { NEO4J_URI: _uri, NEO4J_PASSWORD: _pw, ...inherited } = process.env;
  const child = spawn(process.execPath, [FIXTURE], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      lines.push(...parts);
      if (parts.some((l) => l.includes('Limelight GraphQL API:')))
        resolve({ child, base: `http://127.0.0.1:${env.PORT}`, logs: () => lines, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`service exited (${code}) before it was up:\n${lines.slice(-30).join('\n')}`)));
  });
}

async function getJson(url: string): Promise<{ status: number; body: any; ms: number }> {
  const t0 = Date.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text), ms: Date.now() - t0 };
  } catch {
    throw new Error(`${url} answered ${res.status} ${text}\n${lastLogs()}`);
  }
}

/** The service's last log lines, for failure messages. */
let lastLogs = (): string => '';

async function gql(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  key = EDITOR,
): Promise<{ data?: any; errors?: { extensions?: { code?: string } }[]; ms: number }> {
  const t0 = Date.now();
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
    // a fresh JVM compiles each statement once: the first ingestion after a restart is slow
    signal: AbortSignal.timeout(150_000),
  });
  return { ...((await res.json()) as object), ms: Date.now() - t0 };
}

const INGEST = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }';
const EXPECTED = { mentions: 4, events: 2, spouses: 1, parents: 2 };

/** Four people, one marriage, two parent links, two events: every part must land, or none. */
function article(prefix: string, i: number) {
  const name = (k: number) => `Fault ${prefix} ${i} Person ${k}`;
  return {
    url: `https://faults.example/${prefix}/${i}`,
    title: `Fault article ${i}`,
    publishedAt: '2024-01-01T00:00:00Z',
    people: [0, 1, 2, 3].map((k) => ({ ref: `p${k}`, name: name(k) })),
    relations: [
      { kind: 'SPOUSE', from: 'p0', to: 'p1', since: '2001', quote: `${name(0)} married ${name(1)}.`, confidence: 1 },
      { kind: 'PARENT', from: 'p0', to: 'p2', quote: `${name(2)} is their child.`, confidence: 1 },
      { kind: 'PARENT', from: 'p1', to: 'p2', quote: `${name(2)} is their child.`, confidence: 1 },
    ],
    events: [
      { kind: 'MARRIAGE', title: `Wedding ${i}`, date: '2001-06-01', participants: ['p0', 'p1'] },
      { kind: 'STATEMENT', title: `Statement ${i}`, date: '2024-01-01', participants: ['p3'] },
    ],
  };
}

/** Ingests articles in a loop (two at a time) until stopped; remembers which were acknowledged. */
function ingestLoop(base: () => string, prefix: string) {
  let next = 0;
  let stopped = false;
  const acked: string[] = [];
  const errorCodes = new Map<string, number>();
  const worker = async () => {
    while (!stopped) {
      const i = next++;
      try {
        const res = await gql(base(), INGEST, { input: article(prefix, i) });
        if (res.errors) {
          for (const e of res.errors) errorCodes.set(String(e.extensions?.code), (errorCodes.get(String(e.extensions?.code)) ?? 0) + 1);
          await new Promise((r) => setTimeout(r, 100));
        } else acked.push(article(prefix, i).url);
      } catch {
        await new Promise((r) => setTimeout(r, 200)); // the service itself is down (Node kill)
      }
    }
  };
  const workers = [worker(), worker()];
  return {
    acked,
    errorCodes,
    stop: async () => {
      stopped = true;
      await Promise.all(workers);
    },
  };
}

/** Every article of the run, with what it holds; none may be partial. */
async function articleShapes(driver: Driver, prefix: string) {
  const { records } = await driver.executeQuery(
    `MATCH (a:Article) WHERE a.url STARTS WITH $prefix
     RETURN a.url AS url,
       COUNT { (a)-[:MENTIONS]->(:Person) } AS mentions,
       COUNT { (a)-[:REPORTS]->(:Event) } AS events,
       COUNT { MATCH (a)-[:MENTIONS]->(:Person)-[:SPOUSE_OF]-(:Person)<-[:MENTIONS]-(a) } / 2 AS spouses,
       COUNT { MATCH (a)-[:MENTIONS]->(:Person)-[:PARENT_OF]->(:Person)<-[:MENTIONS]-(a) } AS parents,
       COUNT { MATCH (v:Evidence {articleId: a.id}) } AS evidence`,
    { prefix: `https://faults.example/${prefix}/` },
    { database: 'neo4j' },
  );
  return records.map((r) => ({
    url: r.get('url') as string,
    ...Object.fromEntries(['mentions', 'events', 'spouses', 'parents', 'evidence'].map((k) => [k, Number(r.get(k))])),
  })) as { url: string; mentions: number; events: number; spouses: number; parents: number; evidence: number }[];
}

function pidIsGone(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return true;
  const state = readFileSync(stat, 'utf8').split(') ')[1]?.[0];
  return state === 'Z' || state === 'X';
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${lastLogs()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('faults: kill -9 of the embedded Neo4j and of the service', () => {
  let dataDir: string;
  let port: number;
  let env: Record<string, string>;
  let service: Service;
  let driver: Driver | undefined;
  const prefix = `r${Date.now().toString(36)}`;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'limelight-faults-'));
    port = await findFreePort();
    env = {
      PORT: String(port),
      HOST: '127.0.0.1',
      NEO4J_BOLT_PORT: String(await findFreePort()),
      NEO4J_DATA_DIR: dataDir,
      LIMELIGHT_SEEDS: 'off',
      LIMELIGHT_API_KEYS: `${EDITOR}:editor,${ANALYST}:analyst`,
      LOG_LEVEL: 'info',
      // ten kills in a row would otherwise back off to 30 s
      NEO4J_RESTART_DELAY_MS: '200',
      NEO4J_RESTART_MAX_DELAY_MS: '1000',
    };
    service = await startService(env);
    lastLogs = () =>
      service
        .logs()
        .filter((l) => !l.includes('"level":"debug"'))
        .slice(-25)
        .join('\n');
  });

  afterAll(async () => {
    await driver?.close();
    const pid = await getJson(`${service.base}/healthz`)
      .then((h) => h.body.neo4j?.pid as number | null)
      .catch(() => null);
    service.child.kill('SIGTERM');
    await service.exited;
    if (pid && !pidIsGone(pid)) process.kill(pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const credentials = () =>
    JSON.parse(readFileSync(path.join(dataDir, 'credentials.json'), 'utf8')) as { uri: string; user: string; password: string };
  const graph = () => (driver ??= neo4j.driver(credentials().uri, neo4j.auth.basic(credentials().user, credentials().password)));

  it(
    'after a kill -9 of Neo4j: 503 and UNAVAILABLE at once, restarted by the supervisor, healthz says so',
    async () => {
      const reference = await gql(service.base, INGEST, { input: article(prefix, -1) });
      expect(reference.errors).toBeUndefined();
      const before = (await getJson(`${service.base}/healthz`)).body.neo4j;
      expect(before).toMatchObject({ state: 'running', restarts: 0, lastExit: null });

      process.kill(before.pid, 'SIGKILL');
      await waitFor('the JVM to die', async () => pidIsGone(before.pid), 10_000);
      const ready = await getJson(`${service.base}/readyz`);
      expect(ready.status).toBe(503);
      expect(ready.ms).toBeLessThan(2_000);
      const read = await gql(service.base, '{ searchPeople(text: "Fault", first: 1) { person { id } } }');
      expect(read.errors?.[0].extensions?.code).toBe('UNAVAILABLE');
      expect(read.ms).toBeLessThan(5_000);
      const write = await gql(service.base, INGEST, { input: article(prefix, -2) });
      expect(write.errors?.[0].extensions?.code).toBe('UNAVAILABLE');
      expect(write.ms).toBeLessThan(5_000);
      const cypher = await gql(service.base, '{ runCypher(query: "RETURN 1 AS one") { rows } }', {}, ANALYST);
      expect(cypher.errors?.[0].extensions?.code).toBe('UNAVAILABLE');
      expect(cypher.ms).toBeLessThan(5_000);
      expect((await getJson(`${service.base}/healthz`)).status).toBe(200);

      const after = await waitFor(
        'the restart',
        async () => {
          const h = (await getJson(`${service.base}/healthz`)).body.neo4j;
          return h.state === 'running' && h.restarts === 1 && h;
        },
        RESTART_WAIT_MS,
      );
      expect(after.pid).not.toBe(before.pid);
      expect(after.lastExit).toMatchObject({ signal: 'SIGKILL' });
      await waitFor('readyz 200', async () => (await getJson(`${service.base}/readyz`)).status === 200, 30_000);
      const again = await gql(service.base, '{ searchPeople(text: "Fault", first: 1) { person { id } } }');
      expect(again.errors).toBeUndefined();
      const logged = service
        .logs()
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l));
      expect(logged.find((l) => l.msg === 'embedded Neo4j exited unexpectedly; restarting')).toMatchObject({
        level: 'error',
        signal: 'SIGKILL',
      });
    },
    RESTART_WAIT_MS + 60_000,
  );

  it(
    `kill -9 of Neo4j ${KILLS} times mid-ingestion: every article is whole, every acknowledged one is there`,
    async () => {
      const loop = ingestLoop(() => service.base, prefix);
      const startRestarts = (await getJson(`${service.base}/healthz`)).body.neo4j.restarts as number;
      try {
        for (let k = 1; k <= KILLS; k++) {
          const acked = loop.acked.length;
          await waitFor('an ingestion after the restart', async () => loop.acked.length > acked, RESTART_WAIT_MS);
          await new Promise((r) => setTimeout(r, Math.random() * 800));
          const { pid } = (await getJson(`${service.base}/healthz`)).body.neo4j;
          process.kill(pid, 'SIGKILL');
          await waitFor(
            `restart ${k}`,
            async () => {
              const h = (await getJson(`${service.base}/healthz`)).body.neo4j;
              return h.state === 'running' && h.restarts === startRestarts + k;
            },
            RESTART_WAIT_MS,
          );
        }
        const acked = loop.acked.length;
        await waitFor('an ingestion after the last restart', async () => loop.acked.length > acked, RESTART_WAIT_MS);
      } finally {
        await loop.stop();
      }
      console.info(`faults: ${KILLS} kills, ${loop.acked.length} articles acknowledged, errors ${JSON.stringify([...loop.errorCodes])}`);
      const shapes = await articleShapes(graph(), prefix);
      const reference = shapes.find((s) => s.url.endsWith('/-1'))!;
      expect(reference).toMatchObject(EXPECTED); // the positive control: a whole article looks like this
      expect(reference.evidence).toBeGreaterThan(0);
      expect(shapes.filter((s) => JSON.stringify({ ...s, url: '' }) !== JSON.stringify({ ...reference, url: '' }))).toEqual([]);
      const present = new Set(shapes.map((s) => s.url));
      expect(loop.acked.filter((url) => !present.has(url))).toEqual([]);
      expect(loop.acked.length).toBeGreaterThan(KILLS);
      // a dropped Bolt connection is UNAVAILABLE to the client, never an internal error
      expect([...loop.errorCodes.keys()].filter((code) => code !== 'UNAVAILABLE')).toEqual([]);
    },
    KILLS * RESTART_WAIT_MS,
  );

  it('kill -9 of the service mid-ingestion: its Neo4j exits, a restart on the same folder has no partial article', async () => {
    const loop = ingestLoop(() => service.base, `${prefix}n`);
    const { pid } = (await getJson(`${service.base}/healthz`)).body.neo4j;
    await waitFor('some ingestions', async () => loop.acked.length >= 3, 60_000);
    service.child.kill('SIGKILL');
    await service.exited;
    await waitFor('the orphaned JVM to exit (stdin EOF)', async () => pidIsGone(pid), 60_000);
    await loop.stop();
    await driver?.close();
    driver = undefined;

    service = await startService(env);
    const shapes = await articleShapes(graph(), `${prefix}n`);
    const whole = shapes.filter(
      (s) =>
        s.mentions === EXPECTED.mentions &&
        s.events === EXPECTED.events &&
        s.spouses === EXPECTED.spouses &&
        s.parents === EXPECTED.parents,
    );
    expect(shapes.length).toBeGreaterThanOrEqual(3);
    expect(whole).toEqual(shapes);
    const present = new Set(shapes.map((s) => s.url));
    expect(loop.acked.filter((url) => !present.has(url))).toEqual([]);
    // and the same password still opens it
    expect((await graph().executeQuery('RETURN 1 AS one')).records[0].get('one').toNumber()).toBe(1);
  }, 300_000);
});
