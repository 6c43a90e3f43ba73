import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { readOrCreatePassword, writeCredentials } from './embedded-neo4j.credentials';

/**
 * A real Neo4j 5.26 Community server running in a child JVM through Neo4j's
 * embedded API (neo4j/src/main/java/dev/limelight/neo4j/EmbeddedNeo4j.java).
 * Bolt listens on 127.0.0.1 only, with auth on: user neo4j and a password generated at
 * the first start, kept in `<dataDir>/credentials.json` (embedded-neo4j.credentials.ts).
 */
export interface EmbeddedNeo4j {
  uri: string;
  user: string;
  password: string;
  port: number;
  dataDir: string;
  pid: number;
  /** settles when the JVM is gone, for whatever reason (stop() included) */
  exited: Promise<Neo4jExit>;
  stop(): Promise<void>;
}

export interface Neo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** the last lines the JVM wrote to stderr: why it died, when it says */
  stderrTail: string[];
}

export interface StartEmbeddedNeo4jOptions {
  port: number;
  dataDir: string;
  /** JVM heap and off-heap page cache (`1536m`, `4g`); unset: DEFAULT_MEMORY */
  memory?: Neo4jMemory;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

const MAIN_CLASS = 'dev.limelight.neo4j.EmbeddedNeo4j';
const DEFAULT_START_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 30_000;
const STDERR_LINES_KEPT = 20;

export interface Neo4jMemory {
  heap: string;
  pageCache: string;
}

/**
 * Sized for the seed graph next to other instances on a small machine; a million people
 * want more (README: LIMELIGHT_NEO4J_HEAP, LIMELIGHT_NEO4J_PAGECACHE, BENCHMARKS.md: at scale).
 */
export const DEFAULT_MEMORY: Neo4jMemory = { heap: '1536m', pageCache: '256m' };

// Mirrors the flags Neo4j's own launcher passes; without the --add-opens the
// page cache and transaction logs fall back to slower paths and log warnings.
// The heap is below the 1.5 GiB (+ baseline) that a doubling string needs for its last
// step (512 MiB held while 1 GiB is allocated), so such a query always fails with
// Neo.TransientError.General.OutOfMemoryError instead of growing to Java's 2 GiB array
// limit. No -XX:+ExitOnOutOfMemoryError (Neo4j's own default too): an allocation that
// no memory pool tracks fails its query, not the whole server.
const jvmOptions = (memory: Neo4jMemory) => [
  '-Xms256m',
  `-Xmx${memory.heap}`,
  // read by EmbeddedNeo4j.java for server.memory.pagecache.size
  `-Dlimelight.pagecache=${memory.pageCache}`,
  '-XX:-OmitStackTraceInFastThrow',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

/**
 * This file runs from src/graph under vitest and from dist/src/graph after
 * tsc, and dist/ may hold its own package.json copy; neo4j/pom.xml next to
 * package.json pins the real repo root.
 */
export function findRepoRoot(start: string = __dirname): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'neo4j', 'pom.xml'))) {
      return dir;
    }
    if (path.dirname(dir) === dir) {
      throw new Error(`cannot find the repo root (package.json + neo4j/pom.xml) above ${start}`);
    }
  }
}

const builds = new Map<string, Promise<void>>();

/**
 * The build logic lives in scripts/ensure-neo4j.mjs (ESM, runnable without
 * tsc). CommonJS output cannot require() it on Node 20, so run it as a child;
 * memoized so concurrent starts in one process share a single mvn run.
 */
export function ensureNeo4jBuilt(repoRoot: string, log: (line: string) => void): Promise<void> {
  let build = builds.get(repoRoot);
  if (!build) {
    build = runEnsureScript(repoRoot, log);
    builds.set(repoRoot, build);
    build.catch(() => builds.delete(repoRoot));
  }
  return build;
}

function runEnsureScript(repoRoot: string, log: (line: string) => void): Promise<void> {
  const script = path.join(repoRoot, 'scripts', 'ensure-neo4j.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const collect = (line: string) => {
      output.push(line);
      log(line);
    };
    readline.createInterface({ input: child.stdout! }).on('line', collect);
    readline.createInterface({ input: child.stderr! }).on('line', collect);
    child.on('error', (error) => reject(new Error(`could not run ${script}: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`embedded Neo4j is not built (run node scripts/ensure-neo4j.mjs):\n${output.join('\n')}`));
    });
  });
}

/** The launcher classes and Neo4j's jars (neo4j-admin's import tool among them: bench/scale/import.ts). */
export function readClasspath(repoRoot: string): string {
  const target = path.join(repoRoot, 'neo4j', 'target');
  const dependencies = readFileSync(path.join(target, 'classpath.txt'), 'utf8').trim();
  return [path.join(target, 'classes'), dependencies].join(path.delimiter);
}

export async function startEmbeddedNeo4j(opts: StartEmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  const repoRoot = findRepoRoot();
  await ensureNeo4jBuilt(repoRoot, log);

  const dataDir = path.resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const password = readOrCreatePassword(dataDir, log);
  const args = [
    ...jvmOptions(opts.memory ?? DEFAULT_MEMORY),
    '-cp',
    readClasspath(repoRoot),
    MAIN_CLASS,
    '--port',
    String(opts.port),
    '--data-dir',
    dataDir,
  ];
  // stdin stays an open pipe we never write to: the JVM treats its EOF as
  // "parent is gone" and shuts down, which also covers a SIGKILLed parent.
  // The password goes in on stdin's first line: argv is visible to every user in `ps`.
  const child = spawn('java', args, { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin!.on('error', () => {}); // EPIPE once java is gone is expected
  child.stdin!.write(`${password}\n`);
  child.on('error', (error) => log(`java process error: ${error.message}`));
  child.once('exit', (code, signal) => {
    log(`embedded Neo4j (pid ${child.pid}) exited with ${code ?? signal}`);
    // A live stdin pipe is a handle that would keep Node running after the JVM dies.
    child.stdin!.destroy();
  });
  const stderrTail = collectStderr(child, log);
  // 'close' (not 'exit') so that the stderr tail is complete.
  const exited = new Promise<Neo4jExit>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stderrTail: [...stderrTail] })),
  );

  const uri = await waitForReady(child, stderrTail, opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS, log);
  const credentials = writeCredentials(dataDir, { uri, password });
  return { ...credentials, port: opts.port, dataDir, pid: child.pid!, exited, stop: once(() => stopChild(child)) };
}

/** The JVM's last stderr lines, kept for its whole life: a crash log needs them as much as a failed start. */
function collectStderr(child: ChildProcess, log: (line: string) => void): string[] {
  const tail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    log(line);
    tail.push(line);
    if (tail.length > STDERR_LINES_KEPT) tail.shift();
  });
  return tail;
}

function waitForReady(child: ChildProcess, stderrTail: string[], timeoutMs: number, log: (line: string) => void): Promise<string> {
  const failed = () => stderrTail.find((line) => line.startsWith('FAILED '))?.slice('FAILED '.length);
  const stdout = readline.createInterface({ input: child.stdout! });

  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stdout.off('line', onLine);
      child.off('close', onExit);
      child.off('error', onError);
      // Keep draining so a chatty JVM can never block on a full pipe.
      stdout.on('line', log);
      outcome();
    };
    const startError = (reason: string) => {
      const tail = stderrTail.length && !failed() ? `\n${stderrTail.join('\n')}` : '';
      return new Error(`embedded Neo4j did not start: ${reason}${tail}`);
    };
    const fail = (reason: string) => settle(() => reject(startError(reason)));
    const onLine = (line: string) => {
      const ready = /^READY (bolt:\/\/\S+)$/.exec(line);
      if (ready) settle(() => resolve(ready[1]));
      else log(line);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      fail(failed() ?? `java exited with ${code !== null ? `code ${code}` : `signal ${signal}`}`);
    const onError = (error: Error) => fail(`could not run java: ${error.message}`);
    // Settle at once so a READY racing our SIGTERM cannot resolve, but only
    // reject once the JVM is gone and its data dir lock released.
    const timer = setTimeout(() => {
      const error = startError(`no READY line within ${timeoutMs} ms`);
      settle(() => void stopChild(child).then(() => reject(error)));
    }, timeoutMs);
    stdout.on('line', onLine);
    // 'close' (not 'exit') so the FAILED line on stderr has been read by then.
    child.on('close', onExit);
    child.on('error', onError);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(killTimer);
      // Release our end of the pipes so nothing keeps Node's event loop alive.
      child.stdin?.destroy();
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve();
    };
    const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    if (child.exitCode !== null || child.signalCode !== null) {
      done();
      return;
    }
    child.once('exit', done);
    child.kill('SIGTERM');
  });
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= fn());
}

/** Asks the OS for a free loopback port; the usual tiny race applies until something binds it. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
