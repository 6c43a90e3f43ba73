import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDriver } from '../src/graph/driver';
import { findFreePort, startEmbeddedNeo4j, EmbeddedNeo4j } from '../src/graph/embedded-neo4j';
import { Db } from '../src/graph/run';
import { applySchema } from '../src/graph/schema.queries';
import { loadSeeds } from '../src/seeds/load-seeds';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

/**
 * One real Neo4j for the whole run: the embedded one on a free port and a fresh data
 * folder, or the server NEO4J_URI names. Schema and seeds (seed article + the Wikidata
 * reference graph) are loaded once through the product's own ingestion path.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedNeo4j | null = null;
  let dataDir: string | null = null;
  let uri = process.env.NEO4J_URI;
  let user = process.env.NEO4J_USER ?? 'neo4j';
  let password = process.env.NEO4J_PASSWORD ?? '';
  if (!uri) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'limelight-test-neo4j-'));
    embedded = await startEmbeddedNeo4j({ port: await findFreePort(), dataDir });
    // auth is on: the generated password from <dataDir>/credentials.json
    ({ uri, user, password } = embedded);
  }
  const driver = createDriver({ uri, user, password });
  try {
    const db = new Db(driver, process.env.NEO4J_DATABASE || undefined);
    await applySchema(db);
    await loadSeeds(db);
  } catch (error) {
    await embedded?.stop();
    throw error;
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', user);
  project.provide('neo4jPassword', password);
  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
