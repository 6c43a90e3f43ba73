import { spawn, ChildProcess } from 'node:child_process';
import path from 'node:path';
import { inject, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/graph/embedded-neo4j';
import { ANALYST_KEY } from '../helpers/app';

const FIXTURE = path.resolve(__dirname, '..', 'fixtures', 'run-service.cjs');

function startService(port: number): { child: ChildProcess; up: Promise<void>; exited: Promise<number | null>; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, [FIXTURE], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USER: inject('neo4jUser'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
      LIMELIGHT_API_KEYS: `${ANALYST_KEY}:analyst`,
      LIMELIGHT_SEEDS: 'off',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const up = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      if (output.includes('Limelight GraphQL API:')) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.once('exit', (code) => reject(new Error(`service exited (${code}) before it was up:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, up, exited, output: () => output };
}

describe('the service process', () => {
  it('on SIGTERM finishes the request in flight, refuses new connections, and exits 0', async () => {
    const port = await findFreePort();
    const service = startService(port);
    await service.up;
    const url = `http://127.0.0.1:${port}/graphql`;
    // a read that takes a noticeable time in Neo4j
    const slow = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ANALYST_KEY}` },
      body: JSON.stringify({
        query: '{ runCypher(query: "UNWIND range(1, 20000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n") { rows } }',
      }),
    });
    let answeredAt = 0;
    void slow.then(() => {
      answeredAt = Date.now();
    });
    await new Promise((r) => setTimeout(r, 150));
    const killedAt = Date.now();
    service.child.kill('SIGTERM');
    const res = await slow;
    expect(answeredAt).toBeGreaterThan(killedAt); // it really was in flight when the signal came
    const body = (await res.json()) as { data?: { runCypher: { rows: number[][] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.runCypher.rows[0][0]).toBe(2857143);
    expect(await service.exited).toBe(0);
    await expect(fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow();
    const logs = service
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    expect(logs.map((l) => l.msg)).toContain('shutting down');
    expect(logs.every((l) => typeof l.time === 'string' && typeof l.level === 'string')).toBe(true);
  });

  it('refuses to start with a bad configuration, naming the variable', async () => {
    const child = spawn(process.execPath, [FIXTURE], {
      env: { ...process.env, LIMELIGHT_API_KEYS: 'k1:superuser', NEO4J_URI: inject('neo4jUri') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => {
      stderr += c;
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('LIMELIGHT_API_KEYS');
  });
});
