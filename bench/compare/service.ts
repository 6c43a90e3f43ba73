import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A server of the comparison running as its own Node process, so that its CPU can be read apart (see ./cpu.ts). */
export interface Service {
  url: string;
  child: ChildProcess;
}

/** The line every server of the comparison prints once it listens; Limelight's main prints the same shape. */
export const LISTENING = /GraphQL API: (\S+)|listening on (\S+)/;

/** Starts `node script` with `env` and resolves once it prints where it listens. */
export function startService(script: string, env: NodeJS.ProcessEnv): Promise<Service> {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = LISTENING.exec(out);
      if (found) resolve({ url: found[1] ?? found[2], child });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it listened`)));
  });
}

export function stopService(service: Service): Promise<void> {
  if (service.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    service.child.once('exit', () => resolve());
    service.child.kill('SIGTERM');
  });
}

/** CPU time (user + system, ms) the process has used so far, from /proc (Linux): it counts every thread of that process. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // fields after the parenthesised command name: utime is the 14th field, stime the 15th
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** USER_HZ: 100 on every Linux this runs on (sysconf(_SC_CLK_TCK)). */
const CLOCK_TICKS = 100;

/** Bolt login of the embedded Neo4j the Limelight child started, for the other two systems. */
export interface Bolt {
  uri: string;
  user: string;
  password: string;
}

export function boltEnv(bolt: Bolt): NodeJS.ProcessEnv {
  return { BENCH_NEO4J_URI: bolt.uri, BENCH_NEO4J_USER: bolt.user, BENCH_NEO4J_PASSWORD: bolt.password };
}

export function boltFromEnv(env: NodeJS.ProcessEnv): Bolt {
  const { BENCH_NEO4J_URI: uri, BENCH_NEO4J_USER: user, BENCH_NEO4J_PASSWORD: password } = env;
  if (!uri || !user || !password) throw new Error('BENCH_NEO4J_URI, BENCH_NEO4J_USER and BENCH_NEO4J_PASSWORD are required');
  return { uri, user, password };
}
