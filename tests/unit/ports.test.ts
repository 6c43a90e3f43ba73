import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { ensurePortsFree, portsToCheck } from '../../src/server/ports';

describe('port pre-check', () => {
  it('checks PORT on HOST and, for the embedded Neo4j only, NEO4J_BOLT_PORT on loopback; 0 is never checked', () => {
    const list = (env: Record<string, string>) => portsToCheck(loadConfig(env)).map((c) => `${c.variable}=${c.host}:${c.port}`);
    expect(list({})).toEqual(['PORT=0.0.0.0:4000', 'NEO4J_BOLT_PORT=127.0.0.1:7687']);
    expect(list({ PORT: '0', HOST: '127.0.0.1' })).toEqual(['NEO4J_BOLT_PORT=127.0.0.1:7687']);
    expect(list({ NEO4J_URI: 'bolt://db:7687', PORT: '4100' })).toEqual(['PORT=0.0.0.0:4100']);
  });

  it('names the variable of a busy port, and passes free ones', async () => {
    const held = net.createServer();
    await new Promise<void>((resolve) => held.listen(0, '127.0.0.1', resolve));
    const busy = (held.address() as net.AddressInfo).port;
    try {
      await expect(ensurePortsFree(loadConfig({ HOST: '127.0.0.1', PORT: String(busy), NEO4J_URI: 'bolt://x' }))).rejects.toThrow(
        `PORT ${busy} is in use (another Limelight?); set PORT to a free port`,
      );
      await expect(ensurePortsFree(loadConfig({ HOST: '127.0.0.1', PORT: '0', NEO4J_BOLT_PORT: String(busy) }))).rejects.toThrow(
        `NEO4J_BOLT_PORT ${busy} is in use (another Neo4j?); set NEO4J_BOLT_PORT to a free port`,
      );
    } finally {
      await new Promise((resolve) => held.close(resolve));
    }
    // positive control: the same port, released, passes
    await expect(ensurePortsFree(loadConfig({ HOST: '127.0.0.1', PORT: String(busy), NEO4J_BOLT_PORT: '0' }))).resolves.toBeUndefined();
  });
});
