import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import neo4j from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedNeo4j, findFreePort, startEmbeddedNeo4j } from '../../src/graph/embedded-neo4j';

// Real JVMs, real stores, no mocks. The first start may also build the Maven
// module, hence the generous timeouts.
const TEST_TIMEOUT_MS = 300_000;

const tempDirs: string[] = [];
const running: EmbeddedNeo4j[] = [];

function tempDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'limelight-neo4j-test-'));
  tempDirs.push(dir);
  return dir;
}

async function start(dataDir: string): Promise<EmbeddedNeo4j> {
  const server = await startEmbeddedNeo4j({ port: await findFreePort(), dataDir, startTimeoutMs: 240_000 });
  running.push(server);
  return server;
}

type Login = Pick<EmbeddedNeo4j, 'uri' | 'user' | 'password'>;

async function query<T>(server: Login, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 0,
  });
  try {
    const { records } = await driver.executeQuery(cypher, params, { database: 'neo4j' });
    return records.map((record) => record.get(0) as T);
  } finally {
    await driver.close();
  }
}

/** A reaped pid is gone; a zombie left for init to reap counts as gone too. */
function processIsGone(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (existsSync('/proc/self/stat')) {
    if (!existsSync(stat)) return true;
    const state = readFileSync(stat, 'utf8').split(') ')[1]?.[0];
    return state === 'Z' || state === 'X';
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return condition();
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()));
});

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('embedded Neo4j', () => {
  it(
    'runs two independent instances side by side on loopback',
    async () => {
      const [a, b] = await Promise.all([start(tempDataDir()), start(tempDataDir())]);

      expect(a.port).not.toBe(b.port);
      expect(a.uri).toBe(`bolt://127.0.0.1:${a.port}`);
      expect(b.uri).toBe(`bolt://127.0.0.1:${b.port}`);
      expect(await query<number>(a, 'RETURN 1')).toEqual([1]);
      expect(await query<number>(b, 'RETURN 1')).toEqual([1]);

      await query(a, "CREATE (:Probe {owner: 'a'})");
      expect(await query<number>(a, 'MATCH (p:Probe) RETURN count(p)')).toEqual([1]);
      expect(await query<number>(b, 'MATCH (p:Probe) RETURN count(p)')).toEqual([0]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'keeps data across stop and restart on the same data dir',
    async () => {
      const dataDir = tempDataDir();
      const marker = `persisted-${Date.now()}`;

      const first = await start(dataDir);
      await query(first, 'CREATE (:Probe {marker: $marker})', { marker });
      await first.stop();

      const second = await start(dataDir);
      expect(await query<string>(second, 'MATCH (p:Probe) RETURN p.marker')).toEqual([marker]);
      // the password generated at the first start is kept, and still the store's
      expect(second.password).toBe(first.password);
      expect(JSON.parse(readFileSync(path.join(dataDir, 'credentials.json'), 'utf8')).password).toBe(first.password);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses a second instance on a data dir in use and leaves the first intact',
    async () => {
      const dataDir = tempDataDir();
      const first = await start(dataDir);
      await query(first, "CREATE (:Probe {marker: 'before'})");

      await expect(start(dataDir)).rejects.toThrow(/data dir .* is already in use/);

      await query(first, "CREATE (:Probe {marker: 'after'})");
      const markers = await query<string>(first, 'MATCH (p:Probe) RETURN p.marker ORDER BY p.marker');
      expect(markers).toEqual(['after', 'before']);

      await first.stop();
      const reopened = await start(dataDir);
      expect(await query<string>(reopened, 'MATCH (p:Probe) RETURN p.marker ORDER BY p.marker')).toEqual(['after', 'before']);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'exits on its own when the Node parent is SIGKILLed',
    async () => {
      const dataDir = tempDataDir();
      const fixture = path.join(__dirname, '..', 'fixtures', 'start-embedded-child.cjs');
      const parent = spawn(process.execPath, [fixture, String(await findFreePort()), dataDir], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const stderr: string[] = [];
      readline.createInterface({ input: parent.stderr! }).on('line', (line) => stderr.push(line));

      let javaPid = 0;
      try {
        javaPid = await new Promise<number>((resolve, reject) => {
          readline.createInterface({ input: parent.stdout! }).on('line', (line) => {
            const match = /^JAVA_PID (\d+)$/.exec(line);
            if (match) resolve(Number(match[1]));
          });
          parent.once('exit', (code) => reject(new Error(`fixture exited ${code}:\n${stderr.join('\n')}`)));
        });
        expect(processIsGone(javaPid)).toBe(false);

        parent.kill('SIGKILL');
        expect(await waitUntil(() => processIsGone(javaPid), 30_000)).toBe(true);

        // It shut down cleanly rather than dying: the store checkpointed on the way out.
        const debugLog = readFileSync(path.join(dataDir, 'logs', 'debug.log'), 'utf8');
        expect(debugLog).toMatch(/Stopped 'DatabaseId\{\w+\[neo4j\]\}' successfully/);
      } finally {
        parent.kill('SIGKILL');
        if (javaPid && !processIsGone(javaPid)) process.kill(javaPid, 'SIGKILL');
      }
    },
    TEST_TIMEOUT_MS,
  );
});

describe('embedded Neo4j, locked down', () => {
  let server: EmbeddedNeo4j;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = tempDataDir();
    server = await startEmbeddedNeo4j({ port: await findFreePort(), dataDir, startTimeoutMs: 240_000 });
  }, TEST_TIMEOUT_MS);
  afterAll(async () => server?.stop());

  it(
    'refuses Bolt logins without the password in credentials.json (mode 0600), which works',
    async () => {
      const file = path.join(dataDir, 'credentials.json');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const saved = JSON.parse(readFileSync(file, 'utf8')) as Login;
      expect(saved).toEqual({ uri: server.uri, user: 'neo4j', password: server.password });
      expect(saved.password.length).toBeGreaterThanOrEqual(32);

      expect(await query<number>(saved, 'RETURN 1')).toEqual([1]);
      await expect(query({ ...saved, password: 'neo4j' }, 'RETURN 1')).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
      await expect(query({ ...saved, password: `${saved.password}x` }, 'RETURN 1')).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
      const anonymous = neo4j.driver(server.uri, undefined, { maxTransactionRetryTime: 0 });
      try {
        await expect(anonymous.executeQuery('RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
      } finally {
        await anonymous.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses LOAD CSV from file URLs itself (the file exists and is readable)',
    async () => {
      const canary = path.join(dataDir, `canary-${Date.now()}.csv`);
      writeFileSync(canary, 'secret-canary-token\n');
      expect(readFileSync(canary, 'utf8')).toContain('secret-canary-token'); // positive control: readable
      const error = await query(server, `LOAD CSV FROM 'file://${canary}' AS line RETURN line`).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect(String((error as Error).message)).toMatch(
        /allow_csv_import_from_file_urls|file URLs? .*not allowed|Accessing files.* not allowed/i,
      );
      expect(String((error as Error).message)).not.toContain('secret-canary-token');
      // no import directory either
      expect(existsSync(path.join(dataDir, 'import'))).toBe(false);
      expect(existsSync(path.join(dataDir, 'no-import'))).toBe(false);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'fails three concurrent string-doubling queries with a memory error, and stays up (same pid)',
    async () => {
      const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), { maxTransactionRetryTime: 0 });
      try {
        const doubling = "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n";
        const results = await Promise.allSettled([1, 2, 3].map(() => driver.executeQuery(doubling, {}, { routing: 'READ' })));
        for (const result of results) {
          expect(result.status).toBe('rejected');
          const code = (result as PromiseRejectedResult).reason.code as string;
          expect(code).toMatch(/^Neo\.TransientError\.General\.(OutOfMemoryError|MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError)$/);
        }
        expect(processIsGone(server.pid)).toBe(false);
        expect((await driver.executeQuery('RETURN 1 AS one')).records[0].get('one').toNumber()).toBe(1);
        // the transaction pool itself: a tracked allocation past db.memory.transaction.max
        const big = await driver
          .executeQuery('UNWIND range(1, 40000000) AS i RETURN size(collect(i)) AS n', {}, { routing: 'READ' })
          .catch((e) => e);
        expect(big.code).toMatch(/MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError/);
        expect(processIsGone(server.pid)).toBe(false);
      } finally {
        await driver.close();
      }
    },
    TEST_TIMEOUT_MS,
  );
});
