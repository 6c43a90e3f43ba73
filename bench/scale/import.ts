import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { ensureNeo4jBuilt, findRepoRoot, readClasspath, startEmbeddedNeo4j } from '../../src/graph/embedded-neo4j';
import { Db } from '../../src/graph/run';
import { applySchema } from '../../src/graph/schema.queries';
import { parseArgs } from './load';
import { writeCsv } from './import-csv';

/**
 * `node dist/bench/scale/import.js --people 1000000 [--port 7730] [--data-dir DIR]`: the fast
 * path for a FRESH store. Writes the synthetic graph as CSV (./import-csv.ts), builds the store
 * offline with Neo4j's own bulk importer (`neo4j-admin database import full`, on the embedded
 * launcher's classpath), then starts the embedded Neo4j on it and applies the schema, whose
 * indexes are then populated in bulk. The transactional path (./load.ts) is for NEO4J_URI.
 */
const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
const minutes = (since: number) => ((Date.now() - since) / 60_000).toFixed(1);

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

async function importStore(
  dataDir: string,
  csvDir: string,
  heap: string,
  files: { nodes: string[]; relationships: string[] },
): Promise<void> {
  const root = findRepoRoot();
  await ensureNeo4jBuilt(root, log);
  // the embedded server's home is its data folder (DatabaseManagementServiceBuilder(dataDir)): the store goes to <dataDir>/data
  mkdirSync(dataDir, { recursive: true });
  const conf = path.join(csvDir, 'conf');
  mkdirSync(conf, { recursive: true });
  writeFileSync(path.join(conf, 'neo4j.conf'), `server.directories.data=${path.join(dataDir, 'data')}\n`);
  const args = [
    `-Xmx${heap}`,
    '-cp',
    readClasspath(root),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...files.nodes.map((f) => `--nodes=${f}`),
    ...files.relationships.map((f) => `--relationships=${f}`),
    '--array-delimiter=;',
    '--threads=2',
    '--overwrite-destination=true',
    // the importer writes its report to the working directory by default
    `--report-file=${path.join(csvDir, 'import.report')}`,
    'neo4j',
  ];
  await run('java', args, { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: conf });
}

const AWAIT_INDEXES = { name: 'scale.awaitIndexes', cypher: 'CALL db.awaitIndexes(1800)' };

/** applySchema waits 300 s for its indexes; populating them over millions of nodes may take longer. */
async function applySchemaPatiently(db: Db): Promise<void> {
  try {
    await applySchema(db);
  } catch (error) {
    log(`schema: ${(error as Error).message.split('\n')[0]}; waiting for the indexes`);
    await db.read(AWAIT_INDEXES);
    await applySchema(db);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const started = Date.now();
  log(
    `node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  if (existsSync(path.join(args.dataDir, 'data')))
    throw new Error(`${args.dataDir} holds a store already: the import needs a fresh folder`);
  const csvDir = `${args.dataDir}-csv`;
  rmSync(csvDir, { recursive: true, force: true });
  mkdirSync(csvDir, { recursive: true });
  const files = await writeCsv(args.options, csvDir, randomUUID(), new Date().toISOString());
  log(`CSV written in ${minutes(started)} min: ${JSON.stringify(args.options)}`);

  const imported = Date.now();
  await importStore(args.dataDir, csvDir, config.neo4jMemory.heap, files);
  log(`store imported in ${minutes(imported)} min`);
  rmSync(csvDir, { recursive: true, force: true });

  const indexed = Date.now();
  const neo = await startEmbeddedNeo4j({ port: args.port, dataDir: args.dataDir, memory: config.neo4jMemory, startTimeoutMs: 900_000 });
  const driver = createDriver(neo);
  try {
    await applySchemaPatiently(new Db(driver, undefined));
    log(`schema applied and indexes online in ${minutes(indexed)} min`);
  } finally {
    await driver.close();
    await neo.stop();
  }
  log(
    `total ${minutes(started)} min; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
