/**
 * The hand-written Cypher baseline over HTTP: `POST {statement, params}` runs the named
 * statement of ./cypher.queries.ts (never text from the client) as one auto-routed
 * `executeQuery`, one statement per request, and answers `{rows}`: each row's `answer`.
 * Run as its own process by bench/compare.ts (BENCH_NEO4J_* in the environment).
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import neo4j, { Driver, routing } from 'neo4j-driver';
import { boltFromEnv } from './service';
import { BASELINE, BASELINE_WRITES } from './cypher.queries';

interface BaselineRequest {
  statement: string;
  params?: Record<string, unknown>;
}

/** Runs one baseline statement; writes go to the writer, reads to a reader. */
async function runBaseline(driver: Driver, request: BaselineRequest): Promise<unknown[]> {
  const statement = BASELINE[request.statement];
  if (!statement) throw new Error(`no baseline statement "${request.statement}"`);
  const write = BASELINE_WRITES.has(request.statement);
  const result = await driver.executeQuery(statement.cypher, request.params ?? {}, { routing: write ? routing.WRITE : routing.READ });
  return result.records.map((r) => r.get('answer'));
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

async function main(): Promise<void> {
  const bolt = boltFromEnv(process.env);
  const driver = neo4j.driver(bolt.uri, neo4j.auth.basic(bolt.user, bolt.password), { disableLosslessIntegers: true });
  const server = http.createServer((req, res) => {
    readBody(req)
      .then((body) => runBaseline(driver, JSON.parse(body) as BaselineRequest))
      .then(
        (rows) => res.writeHead(200, { 'content-type': 'application/json', 'x-db-queries': '1' }).end(JSON.stringify({ rows })),
        (error: Error) =>
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: error.message }] })),
      );
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`cypher baseline listening on http://127.0.0.1:${(server.address() as AddressInfo).port}/\n`);
  process.on('SIGTERM', () => server.close(() => driver.close().then(() => process.exit(0))));
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
