import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { OperationDefinitionNode, parse, getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../../src/graph/run';
import { buildAppSchema } from '../../src/schema/build-schema';
import { checkLimits } from '../../src/server/limits';
import { ANALYST_KEY, EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { forgetReadmeRetractions } from '../helpers/graph';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.app.stop();
});

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

function fragmentBomb(levels: number): string {
  const parts = ['query { ...F0 }'];
  for (let i = 0; i < levels; i++) parts.push(`fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  parts.push(`fragment F${levels} on Query { graphStats { people } }`);
  return parts.join('\n');
}

describe('query limits over HTTP', () => {
  it('a 24-level fragment bomb is refused quickly, and /healthz answers while it is handled', async () => {
    const bomb = fragmentBomb(24);
    expect(bomb.length).toBeLessThan(1100);
    const started = performance.now();
    const refused = t.gql(bomb).then((res) => ({ res, ms: performance.now() - started }));
    const health = fetch(`${t.base}/healthz`).then((res) => ({ status: res.status, ms: performance.now() - started }));
    const [{ res, ms }, h] = await Promise.all([refused, health]);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.dbQueries).toBe(0);
    expect(h.status).toBe(200);
    // generous bounds on a shared machine: it blocked /healthz for 49.8 s before
    expect(ms).toBeLessThan(1000);
    expect(h.ms).toBeLessThan(1000);
  });

  it('1,000 aliases of connections and 20,000 of graphStats are refused before any statement runs', async () => {
    const connections = await t.gql(aliases(1000, 'connections(from: "Q1", to: "Q2") { length }'));
    expect(connections.status).toBe(400);
    expect(connections.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(connections.dbQueries).toBe(0);
    const stats = await t.gql(aliases(20000, 'graphStats { people }'));
    expect(stats.status).toBe(400);
    expect(stats.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(stats.dbQueries).toBe(0);
  });

  it('positive control: 10 aliases of graphStats run, one statement each', async () => {
    const res = await t.gql(aliases(10, 'graphStats { people }'));
    expect(res.errors).toBeUndefined();
    expect(res.dbQueries).toBe(10);
  });

  it('the full introspection query passes (depth 14, over the limit of 12)', async () => {
    const res = await t.gql(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.__schema.queryType.name).toBe('Query');
    expect(res.dbQueries).toBe(0);
  });
});

describe('every README example passes the limits, and sends no more statements than estimated', async () => {
  const readme = readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  const schema = await buildAppSchema();
  beforeAll(() => forgetReadmeRetractions(blocks));
  const estimate = (query: string) => {
    const document = parse(query);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
    return checkLimits(schema, document, operation, {}, { maxDepth: 12, maxCost: 200000, maxStatements: 50 }).statements;
  };
  blocks.forEach((query, i) => {
    it(`example ${i + 1}`, async () => {
      const key = /^\s*mutation/.test(query) ? EDITOR_KEY : query.includes('runCypher') ? ANALYST_KEY : undefined;
      const res = await t.gql(query, {}, key);
      // readme.test.ts checks the answers; here only the limits (a path search may hit TIMEOUT on a loaded machine)
      expect((res.errors ?? []).filter((e) => e.extensions?.code !== 'TIMEOUT')).toEqual([]);
      expect(res.dbQueries).toBeGreaterThanOrEqual(0);
      expect(res.dbQueries).toBeLessThanOrEqual(estimate(query));
    });
  });
});

describe('Db enforces the bound at run time', () => {
  const PROBE = { name: 'test.probe', cypher: 'RETURN 1 AS x' };
  const WRITE = { name: 'test.write', cypher: 'CREATE (:LimitsProbe {id: $id})' };

  it('the statement after the maximum is refused and not sent', async () => {
    const db = new Db(t.app.driver, t.app.database, 2);
    await db.read(PROBE);
    await db.read(PROBE);
    await expect(db.read(PROBE)).rejects.toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(db.stats.dbQueries).toBe(2);
  });

  it('a write transaction that runs over is rolled back whole (nothing half-written)', async () => {
    const id = `limits-${Date.now()}`;
    const db = new Db(t.app.driver, t.app.database, 1);
    await expect(
      db.writeTx(async (tx) => {
        await tx.run(WRITE, { id });
        await tx.run(WRITE, { id });
      }),
    ).rejects.toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    const count = await new Db(t.app.driver, t.app.database).read<{ n: number }>(
      { name: 'test.count', cypher: 'MATCH (p:LimitsProbe {id: $id}) RETURN count(p) AS n' },
      { id },
    );
    expect(Number(count.records[0].get('n'))).toBe(0);
    // positive control: within the bound the same write lands
    await new Db(t.app.driver, t.app.database, 1).write(WRITE, { id });
    const after = await new Db(t.app.driver, t.app.database).read<{ n: number }>(
      { name: 'test.count', cypher: 'MATCH (p:LimitsProbe {id: $id}) RETURN count(p) AS n' },
      { id },
    );
    expect(Number(after.records[0].get('n'))).toBe(1);
    await new Db(t.app.driver, t.app.database).write({ name: 'test.clean', cypher: 'MATCH (p:LimitsProbe) DELETE p' });
  });
});

describe('HTTP error hygiene', () => {
  it('malformed JSON: 400 BAD_REQUEST naming the parser error', async () => {
    const res = await fetch(t.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ graphStats { people } }"',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/^the request body is not valid JSON: .+/);
  });

  it('DELETE, PUT and PATCH: 405 with a JSON body and Allow', async () => {
    for (const method of ['DELETE', 'PUT', 'PATCH']) {
      const res = await fetch(t.app.url, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD, POST');
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
    }
  });

  it('HEAD answers as GET does, with headers only', async () => {
    const url = `${t.app.url}?query=${encodeURIComponent('{ graphStats { people } }')}`;
    const headers = { 'apollo-require-preflight': 'true' };
    const get = await fetch(url, { headers });
    const head = await fetch(url, { method: 'HEAD', headers });
    expect(get.status).toBe(200);
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/application\/json/);
    expect(await head.text()).toBe('');
  });

  it('oversized headers: 431 with a JSON body', async () => {
    const { port } = t.app.server.address() as net.AddressInfo;
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () =>
        socket.write(`GET /graphql HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`),
      );
      let text = '';
      socket.on('data', (d) => {
        text += d.toString();
      });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1.1 431 /);
    expect(answer).toMatch(/content-type: application\/json/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('an unknown API key is refused; the right one, and only it, gets its role', async () => {
    const q = '{ graphStats { people } }';
    expect((await t.gql(q, {}, `${EDITOR_KEY}x`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(q, {}, EDITOR_KEY.slice(0, -1))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(q, {}, EDITOR_KEY)).errors).toBeUndefined();
  });
});
