import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/graph/embedded-neo4j';

const FIXTURE = path.resolve(__dirname, '..', 'fixtures', 'run-service.cjs');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'limelight-ports-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Holds a port the way another program would, for as long as the test runs. */
async function holdPort(host: string): Promise<{ port: number; release: () => Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, release: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Runs the real entry point (embedded Neo4j mode) and collects its output until it exits. */
async function runService(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [FIXTURE], {
    env: { ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, LIMELIGHT_SEEDS: 'off', LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => {
    stdout += c;
  });
  child.stderr!.on('data', (c: Buffer) => {
    stderr += c;
  });
  // generous: the check takes well under a second, but a loaded 2-core machine transpiles slowly
  const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  return { code, stdout, stderr };
}

describe('busy ports at start', { timeout: 120_000 }, () => {
  it('a busy PORT fails at once, before Neo4j starts, naming PORT', async () => {
    const held = await holdPort('127.0.0.1');
    try {
      const run = await runService({ PORT: String(held.port), NEO4J_BOLT_PORT: String(await findFreePort()) });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`PORT ${held.port} is in use (another Limelight?); set PORT to a free port`);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(run.stdout).not.toContain('starting embedded Neo4j');
    } finally {
      await held.release();
    }
  });

  it('a busy NEO4J_BOLT_PORT fails at once, before Neo4j starts, naming NEO4J_BOLT_PORT', async () => {
    const held = await holdPort('127.0.0.1');
    try {
      const run = await runService({ PORT: '0', NEO4J_BOLT_PORT: String(held.port) });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`NEO4J_BOLT_PORT ${held.port} is in use (another Neo4j?); set NEO4J_BOLT_PORT to a free port`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout).not.toContain('starting embedded Neo4j');
    } finally {
      await held.release();
    }
  });
});
