import { EmbeddedNeo4j, Neo4jExit, startEmbeddedNeo4j, StartEmbeddedNeo4jOptions } from './embedded-neo4j';

/** What /healthz reports about the embedded Neo4j. */
export interface Neo4jStatus {
  /** running: up; restarting: died, being brought back; down: stopped; external: NEO4J_URI, not ours */
  state: 'running' | 'restarting' | 'down' | 'external';
  pid: number | null;
  /** how many times the supervisor has brought it back */
  restarts: number;
  lastExit: { code: number | null; signal: string | null; at: string } | null;
}

export interface SupervisorLog {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface SupervisorOptions extends StartEmbeddedNeo4jOptions {
  /** first delay before a restart; doubles after each quick death */
  restartDelayMs?: number;
  restartMaxDelayMs?: number;
  supervisorLog: SupervisorLog;
}

/** 1 s, 2 s, 4 s … 30 s: a crash loop cannot spin, a one-off crash is back at once. */
const RESTART_DELAY_MS = 1_000;
const RESTART_MAX_DELAY_MS = 30_000;
/** A JVM that served this long counts as healthy: its next death starts the backoff again. */
const STABLE_AFTER_MS = 60_000;

export interface SupervisedNeo4j {
  /** the first start's server; uri, user and password stay the same across restarts */
  readonly first: EmbeddedNeo4j;
  status(): Neo4jStatus;
  stop(): Promise<void>;
}

/**
 * Starts the embedded Neo4j and restarts it, on the same port and data dir, whenever it
 * exits without being asked to. The driver reconnects to the same uri by itself.
 */
export async function superviseEmbeddedNeo4j(opts: SupervisorOptions): Promise<SupervisedNeo4j> {
  const log = opts.supervisorLog;
  const first = await startEmbeddedNeo4j(opts);
  let current: EmbeddedNeo4j | null = first;
  let startedAt = Date.now();
  let stopping = false;
  let delay = opts.restartDelayMs ?? RESTART_DELAY_MS;
  let timer: NodeJS.Timeout | undefined;
  let pending: Promise<void> | null = null;
  const status: Neo4jStatus = { state: 'running', pid: first.pid, restarts: 0, lastExit: null };

  const watch = (server: EmbeddedNeo4j) =>
    void server.exited.then((exit) => {
      if (stopping || current !== server) return;
      current = null;
      status.state = 'restarting';
      status.pid = null;
      status.lastExit = { code: exit.code, signal: exit.signal, at: new Date().toISOString() };
      if (Date.now() - startedAt >= STABLE_AFTER_MS) delay = opts.restartDelayMs ?? RESTART_DELAY_MS;
      log.error('embedded Neo4j exited unexpectedly; restarting', { pid: server.pid, ...describeExit(exit), restartInMs: delay });
      schedule();
    });

  const schedule = () => {
    timer = setTimeout(() => {
      pending = restart().finally(() => {
        pending = null;
      });
    }, delay);
    delay = Math.min(delay * 2, opts.restartMaxDelayMs ?? RESTART_MAX_DELAY_MS);
  };

  const restart = async () => {
    if (stopping) return;
    try {
      const server = await startEmbeddedNeo4j(opts);
      if (stopping) return void (await server.stop());
      current = server;
      startedAt = Date.now();
      status.state = 'running';
      status.pid = server.pid;
      status.restarts += 1;
      log.info('embedded Neo4j restarted', { pid: server.pid, restarts: status.restarts });
      watch(server);
    } catch (error) {
      log.error('embedded Neo4j restart failed; trying again', { error: (error as Error).message, restartInMs: delay });
      schedule();
    }
  };

  watch(first);
  return {
    first,
    status: () => ({ ...status, lastExit: status.lastExit && { ...status.lastExit } }),
    stop: async () => {
      stopping = true;
      clearTimeout(timer);
      status.state = 'down';
      await pending;
      await current?.stop();
      current = null;
      status.pid = null;
    },
  };
}

function describeExit(exit: Neo4jExit): Record<string, unknown> {
  return { exitCode: exit.code, signal: exit.signal, stderrTail: exit.stderrTail.join('\n') };
}
