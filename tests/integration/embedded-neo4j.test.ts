import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import neo4j from 'neo4j-driver';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
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

async function query<T>(uri: string, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
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
  it('runs two independent instances side by side on loopback', async () => {
    const [a, b] = await Promise.all([start(tempDataDir()), start(tempDataDir())]);

    expect(a.port).not.toBe(b.port);
    expect(a.uri).toBe(`bolt://127.0.0.1:${a.port}`);
    expect(b.uri).toBe(`bolt://127.0.0.1:${b.port}`);
    expect(await query<number>(a.uri, 'RETURN 1')).toEqual([1]);
    expect(await query<number>(b.uri, 'RETURN 1')).toEqual([1]);

    await query(a.uri, "CREATE (:Probe {owner: 'a'})");
    expect(await query<number>(a.uri, 'MATCH (p:Probe) RETURN count(p)')).toEqual([1]);
    expect(await query<number>(b.uri, 'MATCH (p:Probe) RETURN count(p)')).toEqual([0]);
  }, TEST_TIMEOUT_MS);

  it('keeps data across stop and restart on the same data dir', async () => {
    const dataDir = tempDataDir();
    const marker = `persisted-${Date.now()}`;

    const first = await start(dataDir);
    await query(first.uri, 'CREATE (:Probe {marker: $marker})', { marker });
    await first.stop();

    const second = await start(dataDir);
    expect(await query<string>(second.uri, 'MATCH (p:Probe) RETURN p.marker')).toEqual([marker]);
  }, TEST_TIMEOUT_MS);

  it('refuses a second instance on a data dir in use and leaves the first intact', async () => {
    const dataDir = tempDataDir();
    const first = await start(dataDir);
    await query(first.uri, "CREATE (:Probe {marker: 'before'})");

    await expect(start(dataDir)).rejects.toThrow(/data dir .* is already in use/);

    await query(first.uri, "CREATE (:Probe {marker: 'after'})");
    const markers = await query<string>(first.uri, 'MATCH (p:Probe) RETURN p.marker ORDER BY p.marker');
    expect(markers).toEqual(['after', 'before']);

    await first.stop();
    const reopened = await start(dataDir);
    expect(await query<string>(reopened.uri, 'MATCH (p:Probe) RETURN p.marker ORDER BY p.marker')).toEqual([
      'after',
      'before',
    ]);
  }, TEST_TIMEOUT_MS);

  it('exits on its own when the Node parent is SIGKILLed', async () => {
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
  }, TEST_TIMEOUT_MS);
});
