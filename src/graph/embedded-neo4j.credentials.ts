import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The embedded Neo4j's Bolt login, kept in `<data dir>/credentials.json` (mode 0600) so
 * that cypher-shell, Neo4j Browser or a second tool can use the same database. The
 * password is generated at the first start and kept; the uri is rewritten at each start.
 */
export interface BoltCredentials {
  uri: string;
  user: string;
  password: string;
}

export const CREDENTIALS_FILE = 'credentials.json';
const USER = 'neo4j';
/** 24 random bytes: 32 base64url characters, far above Neo4j's 8-character minimum. */
const PASSWORD_BYTES = 24;

export function credentialsPath(dataDir: string): string {
  return path.join(dataDir, CREDENTIALS_FILE);
}

/**
 * The password in the file, or a new one when there is no usable file. A new password
 * is safe: the launcher makes the store's password whatever it is given.
 */
export function readOrCreatePassword(dataDir: string, log: (line: string) => void = () => {}): string {
  const file = credentialsPath(dataDir);
  if (existsSync(file)) {
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<BoltCredentials>;
      if (typeof saved.password === 'string' && saved.password.length >= 8) return saved.password;
      log(`${file} has no usable password; generating a new one`);
    } catch (error) {
      log(`${file} is unreadable (${(error as Error).message}); generating a new password`);
    }
  }
  return randomBytes(PASSWORD_BYTES).toString('base64url');
}

/** Written to a 0600 temp file and renamed over, so no reader ever sees a half file or wider mode. */
export function writeCredentials(dataDir: string, credentials: Omit<BoltCredentials, 'user'>): BoltCredentials {
  const full: BoltCredentials = { uri: credentials.uri, user: USER, password: credentials.password };
  const file = credentialsPath(dataDir);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(full, null, 2)}\n`, { mode: 0o600 });
  // The mode above is masked by the umask (only ever narrower); chmod makes it exact.
  chmodSync(temp, 0o600);
  renameSync(temp, file);
  return full;
}
