import net from 'node:net';
import { Config, ConfigError } from '../config';

interface PortCheck {
  variable: string;
  port: number;
  host: string;
  hint: string;
}

/**
 * The ports the service will bind, checked before anything slow starts: a busy port found
 * after Neo4j and the seeds (minutes on a small machine) was a raw EADDRINUSE stack.
 * Port 0 means "any free port" and never conflicts.
 */
export function portsToCheck(config: Config): PortCheck[] {
  const checks: PortCheck[] = [{ variable: 'PORT', port: config.port, host: config.host, hint: 'another Limelight?' }];
  if (!config.neo4jUri) checks.push({ variable: 'NEO4J_BOLT_PORT', port: config.boltPort, host: '127.0.0.1', hint: 'another Neo4j?' });
  return checks.filter((c) => c.port !== 0);
}

/** Fails with a ConfigError naming the variable to change when a port cannot be bound. */
export async function ensurePortsFree(config: Config): Promise<void> {
  for (const check of portsToCheck(config)) {
    const code = await tryListen(check.port, check.host);
    if (code === null) continue;
    const why = code === 'EADDRINUSE' ? `is in use (${check.hint})` : `cannot be opened on ${check.host} (${code})`;
    throw new ConfigError(`${check.variable} ${check.port} ${why}; set ${check.variable} to a free port`);
  }
}

/** Listens and closes at once; null when the port was free, else the error code. */
function tryListen(port: number, host: string): Promise<string | null> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? String(error)));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(null)));
  });
}
