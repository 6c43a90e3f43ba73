import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Driver } from 'neo4j-driver';
import { Config } from '../config';
import { createDriver } from '../graph/driver';
import { credentialsPath } from '../graph/embedded-neo4j.credentials';
import { watchAvailability } from '../graph/availability';
import { Neo4jStatus, SupervisedNeo4j, superviseEmbeddedNeo4j } from '../graph/embedded-neo4j.supervisor';
import { Db } from '../graph/run';
import { applySchema } from '../graph/schema.queries';
import { buildAppSchema } from '../schema/build-schema';
import { createExtractor } from '../extract-pool/extract-pool';
import { loadSeedsIfEmpty } from '../seeds/load-seeds';
import { createApollo } from './apollo';
import { createHttpServer } from './http';
import { Logger } from './logger';
import { ensurePortsFree } from './ports';

export interface App {
  url: string;
  driver: Driver;
  database: string | undefined;
  server: http.Server;
  /** the embedded Neo4j's supervisor state (state 'external' with NEO4J_URI) */
  neo4jStatus(): Neo4jStatus;
  /** drains in-flight requests, closes the driver, stops the embedded Neo4j */
  stop(): Promise<void>;
}

/** Config -> Neo4j (embedded unless NEO4J_URI) -> schema -> seeds -> Apollo -> HTTP. */
export async function startApp(config: Config, log: Logger): Promise<App> {
  await ensurePortsFree(config);
  const embedded = config.neo4jUri ? null : await startEmbedded(config, log);
  const driver = createDriver(
    embedded ? embedded.first : { uri: config.neo4jUri!, user: config.neo4jUser, password: config.neo4jPassword },
  );
  const neo4jStatus = embedded ? embedded.status : () => EXTERNAL_NEO4J;
  if (embedded) watchAvailability(driver, () => downReason(embedded.status()));
  const extractor = createExtractor({
    threads: config.extractThreads,
    timeoutMs: config.extractTimeoutMs,
    maxQueue: config.extractQueue,
    onWorkerError: (error) => log.error('extraction worker failed', { error: String(error) }),
  });
  try {
    await driver.verifyConnectivity({ database: config.neo4jDatabase });
    const db = new Db(driver, config.neo4jDatabase);
    await applySchema(db);
    if (config.loadSeeds) {
      const seeded = await loadSeedsIfEmpty(db, log);
      if (seeded.loaded) log.info('seed data loaded', { ...seeded });
    }
    const apollo = createApollo(await buildAppSchema(extractor), config);
    await apollo.start();
    const server = createHttpServer({
      apollo,
      driver,
      database: config.neo4jDatabase,
      apiKeys: config.apiKeys,
      maxStatements: config.maxStatements,
      log,
      neo4jStatus,
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(config.port, config.host, resolve));
    const { port } = server.address() as AddressInfo;
    const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
    const stop = async () => {
      await closeServer(server);
      log.debug('http server closed');
      await apollo.stop();
      await extractor.close();
      await driver.close();
      log.debug('driver closed');
      await embedded?.stop();
      log.debug('embedded Neo4j stopped');
    };
    return { url: `http://${host}:${port}/graphql`, driver, database: config.neo4jDatabase, server, neo4jStatus, stop };
  } catch (error) {
    await extractor.close();
    await driver.close();
    await embedded?.stop();
    throw error;
  }
}

/** NEO4J_URI mode: someone else runs (and supervises) Neo4j. */
const EXTERNAL_NEO4J: Neo4jStatus = { state: 'external', pid: null, restarts: 0, lastExit: null };

async function startEmbedded(config: Config, log: Logger): Promise<SupervisedNeo4j> {
  log.info('starting embedded Neo4j', { boltPort: config.boltPort, dataDir: config.dataDir });
  const neo4j = await superviseEmbeddedNeo4j({
    port: config.boltPort,
    dataDir: config.dataDir,
    memory: config.neo4jMemory,
    log: (line) => log.debug(line, { component: 'neo4j' }),
    supervisorLog: log.child({ component: 'neo4j-supervisor' }),
    restartDelayMs: config.neo4jRestartDelayMs,
    restartMaxDelayMs: config.neo4jRestartMaxDelayMs,
  });
  log.info('embedded Neo4j ready', { uri: neo4j.first.uri, pid: neo4j.first.pid, credentials: credentialsPath(config.dataDir) });
  return neo4j;
}

function downReason(status: Neo4jStatus): string | null {
  return status.state === 'running' ? null : `embedded Neo4j is ${status.state}`;
}

/** Stops accepting connections and waits for in-flight requests; idle keep-alive sockets close now. */
function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
