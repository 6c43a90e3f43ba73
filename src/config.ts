import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_MEMORY, Neo4jMemory } from './graph/embedded-neo4j';

export type Role = 'editor' | 'analyst';

/** What a configured API key grants, and who the editorial log says acted with it. */
export interface ApiKey {
  role: Role;
  /** the key's configured name, or `key:` and the first 8 hex digits of its SHA-256 */
  actor: string;
}

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
  /** the embedded Neo4j's JVM heap and page cache (`-Xmx` sizes: `1536m`, `4g`) */
  neo4jMemory: Neo4jMemory;
  /** the embedded Neo4j's supervisor: first delay before a restart, and its cap */
  neo4jRestartDelayMs: number;
  neo4jRestartMaxDelayMs: number;
  /** key -> role and actor */
  apiKeys: Map<string, ApiKey>;
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
    neo4jMemory: {
      heap: readMemory(env, 'LIMELIGHT_NEO4J_HEAP', DEFAULT_MEMORY.heap),
      pageCache: readMemory(env, 'LIMELIGHT_NEO4J_PAGECACHE', DEFAULT_MEMORY.pageCache),
    },
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

/** A key's name: what the editorial log shows as the actor. */
const NAME = /^[A-Za-z0-9._@-]+$/;

/**
 * "alice=key1:editor,key2:analyst" -> key -> {role, actor}. The first "=" ends the name, so a
 * key with "=" in it (base64 padding) needs a name ("ops=YWJj==:editor"). An empty key, an
 * empty or odd name, and a name or key given twice stop the service at start.
 */
export function parseApiKeys(text: string): Map<string, ApiKey> {
  const keys = new Map<string, ApiKey>();
  const names = new Set<string>();
  const fail = (entry: string, problem: string) => new ConfigError(`LIMELIGHT_API_KEYS: "${mask(entry)}" ${problem}`);
  for (const entry of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const at = entry.lastIndexOf(':');
    const role = entry.slice(at + 1).trim();
    if (at <= 0 || !ROLES.has(role)) throw fail(entry, 'is not [name=]key:editor or [name=]key:analyst');
    const { name, key } = splitName(entry.slice(0, at).trim());
    if (!key || /^=+$/.test(key)) throw fail(entry, 'has an empty key (a key with "=" in it needs a name: name=key)');
    if (name !== null && !NAME.test(name))
      throw fail(entry, 'has an empty name or one with characters other than letters, digits, . _ @ -');
    if (name !== null && names.has(name)) throw fail(entry, `repeats the name "${name}"`);
    if (keys.has(key)) throw fail(entry, 'repeats a key given before');
    if (name !== null) names.add(name);
    keys.set(key, { role: role as Role, actor: name ?? keyFingerprint(key) });
  }
  return keys;
}

function splitName(text: string): { name: string | null; key: string } {
  const eq = text.indexOf('=');
  return eq < 0 ? { name: null, key: text } : { name: text.slice(0, eq).trim(), key: text.slice(eq + 1).trim() };
}

/** How the log names a key without a name: enough to tell keys apart, not enough to use one. */
export function keyFingerprint(key: string): string {
  return `key:${createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 8)}`;
}

/** An entry as an error message shows it: the name and role, never the key. */
function mask(entry: string): string {
  const at = entry.lastIndexOf(':');
  const { name } = splitName(entry.slice(0, at < 0 ? entry.length : at));
  return `${name !== null ? `${name}=` : ''}…${at < 0 ? '' : entry.slice(at)}`;
}

/** A memory size as the JVM writes it: a whole number of mebibytes or gibibytes (`512m`, `4g`). */
function readMemory(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[1-9][0-9]*[mg]$/i.test(raw)) throw new ConfigError(`${name}: "${raw}" is not a size such as 512m or 4g`);
  return raw.toLowerCase();
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
