import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { startEmbeddedNeo4j, EmbeddedNeo4j } from '../../src/graph/embedded-neo4j';
import { refreshRelationCounts } from '../../src/graph/relation-counts.queries';
import { Db, Statement } from '../../src/graph/run';
import { applySchema } from '../../src/graph/schema.queries';
import { nameKey } from '../../src/ingest/keys';
import { FamilyRow, personId, scaleOptions, ScaleOptions, streams } from './generate';
import * as q from './load.queries';
import { FIRST_NAMES, LAST_NAMES } from './vocabulary';

/**
 * `node dist/bench/scale/load.js [--people 1000000] [--concurrency 2] [--batch 10000] [--port 7730] [--data-dir DIR]`:
 * the synthetic graph (./generate.ts) into a FRESH embedded Neo4j (heap and page cache from
 * LIMELIGHT_NEO4J_HEAP / LIMELIGHT_NEO4J_PAGECACHE), or into NEO4J_URI. Schema first, then
 * batches of UNWIND rows, each its own write transaction, `concurrency` at a time; then the
 * relation counts topPeople reads (src/graph/relation-counts.queries.ts), by the product's own
 * statement. Prints rows/s per stream and the total.
 */
export interface LoadArgs {
  options: ScaleOptions;
  concurrency: number;
  port: number;
  dataDir: string;
}

export function parseArgs(argv: string[]): LoadArgs {
  const value = (flag: string, fallback: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 && argv[at + 1] ? argv[at + 1] : fallback;
  };
  const people = Number(value('--people', '20000'));
  const port = Number(value('--port', '7730'));
  return {
    options: scaleOptions(people, Number(value('--seed', '12')), Number(value('--batch', '10000'))),
    concurrency: Number(value('--concurrency', '1')),
    port,
    dataDir: path.resolve(value('--data-dir', path.join(os.tmpdir(), `limelight-scale-${people}`))),
  };
}

/** Runs `work` over the batches, `concurrency` transactions in flight at a time. */
async function inParallel<T>(batches: Iterator<T>, concurrency: number, work: (batch: T) => Promise<void>): Promise<void> {
  const worker = async () => {
    for (let next = batches.next(); !next.done; next = batches.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

interface Progress {
  rows: number;
  started: number;
}

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

async function loadStream<T>(
  name: string,
  total: number,
  batches: Iterator<T[]>,
  concurrency: number,
  write: (rows: T[]) => Promise<void>,
): Promise<number> {
  const progress: Progress = { rows: 0, started: Date.now() };
  let lastLog = Date.now();
  await inParallel(batches, concurrency, async (rows) => {
    await write(rows);
    progress.rows += rows.length;
    if (Date.now() - lastLog > 15_000) {
      lastLog = Date.now();
      log(`${name}: ${progress.rows}/${total} (${rate(progress)} rows/s)`);
    }
  });
  log(`${name}: ${progress.rows} rows in ${seconds(progress)} s (${rate(progress)} rows/s)`);
  return progress.rows;
}

const seconds = (p: Progress) => ((Date.now() - p.started) / 1000).toFixed(1);
const rate = (p: Progress) => Math.round(p.rows / Math.max(0.001, (Date.now() - p.started) / 1000));

/** Every name the generator can give, as keys, in one batch per 10k. */
function* nameKeyBatches(): Generator<string[]> {
  const keys = FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => nameKey(`${first} ${last}`)));
  for (let i = 0; i < keys.length; i += 10_000) yield keys.slice(i, i + 10_000);
}

/** Spouse and parent rows of one batch, each kind in its own statement. */
async function writeFamily(db: Db, rows: FamilyRow[], ingestId: string): Promise<void> {
  const spouses = rows.filter((r) => r.kind === 'SPOUSE');
  const parents = rows.filter((r) => r.kind === 'PARENT');
  await db.writeTx(async (tx) => {
    await tx.run(q.CREATE_SPOUSES, { rows: spouses, ingestId });
    await tx.run(q.CREATE_PARENTS, { rows: parents, ingestId });
  });
}

function* idBatches(people: number, size: number): Generator<string[]> {
  for (let start = 0; start < people; start += size) {
    const ids: string[] = [];
    for (let i = start; i < Math.min(people, start + size); i++) ids.push(personId(i));
    yield ids;
  }
}

export async function loadGraph(db: Db, args: LoadArgs): Promise<void> {
  const { options, concurrency } = args;
  const all = streams(options);
  const ingestId = randomUUID();
  const write = (statement: Statement) => async (rows: unknown[]) => void (await db.write(statement, { rows, ingestId }));
  const started = Date.now();
  await applySchema(db);
  await loadStream('name keys', 0, nameKeyBatches(), 1, async (keys) => void (await db.write(q.CREATE_NAME_KEYS, { keys })));
  await loadStream('people', options.people, all.people(), concurrency, write(q.CREATE_PEOPLE));
  await loadStream('articles', options.articles, all.articles(), concurrency, write(q.CREATE_ARTICLES));
  await loadStream('family edges', options.familyEdges, all.family(), concurrency, (rows) => writeFamily(db, rows, ingestId));
  await loadStream('events', options.events, all.events(), concurrency, write(q.CREATE_EVENTS));
  await loadStream('relation counts', options.people, idBatches(options.people, options.batchSize), concurrency, (ids) =>
    db.writeTx((tx) => refreshRelationCounts(tx, [], ids)),
  );
  log(`loaded ${JSON.stringify(options)} in ${((Date.now() - started) / 60_000).toFixed(1)} min (concurrency ${concurrency})`);
}

async function connect(args: LoadArgs): Promise<{ driver: Driver; embedded: EmbeddedNeo4j | null }> {
  const config = loadConfig();
  if (config.neo4jUri)
    return { driver: createDriver({ uri: config.neo4jUri, user: config.neo4jUser, password: config.neo4jPassword }), embedded: null };
  mkdirSync(args.dataDir, { recursive: true });
  log(
    `starting embedded Neo4j on ${args.port} in ${args.dataDir} (heap ${config.neo4jMemory.heap}, page cache ${config.neo4jMemory.pageCache})`,
  );
  const embedded = await startEmbeddedNeo4j({
    port: args.port,
    dataDir: args.dataDir,
    memory: config.neo4jMemory,
    startTimeoutMs: 600_000,
  });
  return { driver: createDriver(embedded), embedded };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { driver, embedded } = await connect(args);
  try {
    log(
      `node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    );
    await loadGraph(new Db(driver, process.env.NEO4J_DATABASE || undefined), args);
    log(
      `load average at the end ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    );
  } finally {
    await driver.close();
    await embedded?.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
