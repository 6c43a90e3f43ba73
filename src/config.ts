import os from 'node:os';
import path from 'node:path';

export type Role = 'editor' | 'analyst';

export interface Config {
  port: number;
  host: string;
  /** set: use that server and start nothing; unset: start the embedded Neo4j */
  neo4jUri: string | null;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string | undefined;
  boltPort: number;
  dataDir: string;
  /** the embedded Neo4j's supervisor: first delay before a restart, and its cap */
  neo4jRestartDelayMs: number;
  neo4jRestartMaxDelayMs: number;
  apiKeys: Map<string, Role>;
  loadSeeds: boolean;
  maxDepth: number;
  maxCost: number;
  /** database statements one request may send (checked before running, and enforced by Db) */
  maxStatements: number;
  /** lexical tokens one GraphQL document may have; parsing stops at the next one */
  maxTokens: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** worker threads extracting articles; 0 extracts on the main thread */
  extractThreads: number;
  extractTimeoutMs: number;
  extractQueue: number;
}

/**
 * Per-article running-time budget. The slowest of the 548 corpus articles took 611 ms and
 * the largest accepted text (100,000 characters of invented news, bench/invented-article.ts)
 * 3.6 s on the 2-core CI machine; 15 s leaves room for a loaded machine.
 */
export const EXTRACT_TIMEOUT_MS = 15_000;
/** Waiting articles per pool: at most ~16 x 3.6 s / threads of queued work, then UNAVAILABLE. */
export const EXTRACT_QUEUE = 16;
/** Leave a core to the event loop (and Neo4j's own threads); one worker at least. */
export const defaultExtractThreads = (): number => Math.max(1, os.availableParallelism() - 1);

export class ConfigError extends Error {}

const ROLES: ReadonlySet<string> = new Set(['editor', 'analyst']);

/** Reads and checks the environment once; a bad value stops the service at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Config {
  const boltPort = readInt(env, 'NEO4J_BOLT_PORT', 7687);
  return {
    port: readInt(env, 'PORT', 4000),
    host: env.HOST ?? '0.0.0.0',
    neo4jUri: env.NEO4J_URI || null,
    neo4jUser: env.NEO4J_USER ?? 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD ?? '',
    neo4jDatabase: env.NEO4J_DATABASE || undefined,
    boltPort,
    dataDir: path.resolve(root, env.NEO4J_DATA_DIR ?? path.join('.neo4j-data', String(boltPort))),
    neo4jRestartDelayMs: readInt(env, 'NEO4J_RESTART_DELAY_MS', 1_000),
    neo4jRestartMaxDelayMs: readInt(env, 'NEO4J_RESTART_MAX_DELAY_MS', 30_000),
    apiKeys: parseApiKeys(env.LIMELIGHT_API_KEYS ?? ''),
    loadSeeds: env.LIMELIGHT_SEEDS !== 'off',
    maxDepth: readInt(env, 'LIMELIGHT_MAX_DEPTH', 12),
    maxCost: readInt(env, 'LIMELIGHT_MAX_COST', 200000),
    maxStatements: readInt(env, 'LIMELIGHT_MAX_STATEMENTS', 50),
    maxTokens: readInt(env, 'LIMELIGHT_MAX_TOKENS', 20000),
    logLevel: readLogLevel(env.LOG_LEVEL),
    extractThreads: readInt(env, 'LIMELIGHT_EXTRACT_THREADS', defaultExtractThreads()),
    extractTimeoutMs: readPositive(env, 'LIMELIGHT_EXTRACT_TIMEOUT_MS', EXTRACT_TIMEOUT_MS),
    extractQueue: readInt(env, 'LIMELIGHT_EXTRACT_QUEUE', EXTRACT_QUEUE),
  };
}

/** "key1:editor,key2:analyst" -> key -> role. */
export function parseApiKeys(text: string): Map<string, Role> {
  const keys = new Map<string, Role>();
  for (const entry of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const at = entry.lastIndexOf(':');
    const key = entry.slice(0, at).trim();
    const role = entry.slice(at + 1).trim();
    if (at <= 0 || !key || !ROLES.has(role)) {
      throw new ConfigError(`LIMELIGHT_API_KEYS: "${entry}" is not key:editor or key:analyst`);
    }
    keys.set(key, role as Role);
  }
  return keys;
}

function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name}: "${raw}" is not a whole number`);
  return value;
}

function readPositive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = readInt(env, name, fallback);
  if (value === 0) throw new ConfigError(`${name}: must be at least 1`);
  return value;
}

function readLogLevel(raw: string | undefined): Config['logLevel'] {
  const level = raw ?? 'info';
  if (level === 'debug' || level === 'info' || level === 'warn' || level === 'error') return level;
  throw new ConfigError(`LOG_LEVEL: "${raw}" is not debug, info, warn or error`);
}
