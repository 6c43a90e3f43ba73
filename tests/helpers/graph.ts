import { inject } from 'vitest';
import neo4j, { Driver } from 'neo4j-driver';

/** Direct access to the run's Neo4j, for asserting what a request did or did not write. */
export function testDriver(): Driver {
  const password = inject('neo4jPassword');
  return neo4j.driver(inject('neo4jUri'), password ? neo4j.auth.basic(inject('neo4jUser'), password) : undefined);
}

/** Counts of every kind of node and relationship: equal before and after means nothing was written. */
export async function graphFingerprint(driver: Driver): Promise<string> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label');
  const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
  return JSON.stringify([
    nodes.records.map((r) => [r.get('label'), r.get('n').toNumber()]),
    rels.records.map((r) => [r.get('type'), r.get('n').toNumber()]),
  ]);
}

/** A prefix unique to one test run, so files never trip over each other's data. */
export const uniq = (label: string): string => `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

/**
 * The README's examples run on one graph in more than one test file (readme.test.ts,
 * limits.test.ts); a retraction one run makes would refuse the next run's ingestion of that
 * url. Forgets the retractions of the urls the examples retract, as on a fresh seed graph.
 */
export async function forgetReadmeRetractions(blocks: string[]): Promise<void> {
  const urls = blocks.flatMap((b) => [...b.matchAll(/retractArticle\(\s*url: "([^"]+)"/g)].map((m) => m[1]));
  const driver = testDriver();
  try {
    await driver.executeQuery('MATCH (x:Retraction) WHERE x.url IN $urls DELETE x', { urls });
  } finally {
    await driver.close();
  }
}

/** An invented surname no seed person has: letters only, so the extractor reads it as a name (digits would not be). */
export const inventedSurname = (): string =>
  'Q' + Array.from({ length: 9 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('') + 'ley';
