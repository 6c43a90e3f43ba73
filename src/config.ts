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
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

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
    logLevel: readLogLevel(env.LOG_LEVEL),
  };
}

/** "key1:editor,key2:analyst" -> key -> role. */
export function parseApiKeys(text: string): Map<string, Role> {
  const keys = new Map<string, Role>();
  for (const entry of text.split(',').map((s) => s.trim()).filter(Boolean)) {
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

function readLogLevel(raw: string | undefined): Config['logLevel'] {
  const level = raw ?? 'info';
  if (level === 'debug' || level === 'info' || level === 'warn' || level === 'error') return level;
  throw new ConfigError(`LOG_LEVEL: "${raw}" is not debug, info, warn or error`);
}
