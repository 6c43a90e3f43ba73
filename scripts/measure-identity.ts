/**
 * Measures who the articles made into Person nodes (issue 9): a seeded random sample of the
 * people an ingestion created, for a person to label, then the counts of the labels.
 *
 *   node dist/scripts/measure-identity.js snapshot <ids.txt>            person ids before ingesting
 *   node dist/scripts/measure-identity.js sample <ids.txt> <out.tsv> [--n 150] [--seed 9]
 *   node dist/scripts/measure-identity.js score <labelled.tsv>
 *   node dist/scripts/measure-identity.js counts <ids.txt>              one-token names among the new people (ONE_TOKEN_COUNTS)
 *
 * Connects with NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, or with the embedded store's
 * credentials (NEO4J_DATA_DIR, default .neo4j-data/7687, as `npm start` uses).
 * The sample holds names, ids, article file names and other people of the graph who share a
 * surname or a first name with the person (to help judge "one person twice"), never article text.
 * Verdicts (column `verdict`): person | not-person | first-name (a bare first name the article
 * resolves, or should have, to a full name) | duplicate (the graph holds this person under another node).
 */
import * as fs from 'fs';
import * as path from 'path';
import neo4j, { Driver } from 'neo4j-driver';
import { seededRandom } from './seeded-random';

export const VERDICTS = ['person', 'not-person', 'first-name', 'duplicate'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Issue 9's targets, as shares of the sample. */
export const TARGETS: Record<Exclude<Verdict, 'person'>, number> = { 'not-person': 0.02, 'first-name': 0.02, duplicate: 0.01 };

/** n items drawn without replacement (partial Fisher-Yates over a sorted copy, so input order does not matter). */
export function sample<T>(items: readonly T[], n: number, seed: number, key: (x: T) => string): T[] {
  const pool = [...items].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  const random = seededRandom(seed);
  const k = Math.min(n, pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, k);
}

export interface Scored {
  total: number;
  counts: Record<Verdict, number>;
  unlabelled: number;
}

/** Counts of a labelled TSV (header row with `verdict`); an unknown verdict is an error, not a guess. */
export function score(tsv: string): Scored {
  const [header, ...rows] = tsv.split('\n').filter((l) => l.trim() !== '');
  const col = header.split('\t').indexOf('verdict');
  if (col < 0) throw new Error('no verdict column');
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  let unlabelled = 0;
  rows.forEach((row, i) => {
    const v = (row.split('\t')[col] ?? '').trim();
    if (v === '') unlabelled++;
    else if ((VERDICTS as readonly string[]).includes(v)) counts[v as Verdict]++;
    else throw new Error(`row ${i + 2}: unknown verdict "${v}"`);
  });
  return { total: rows.length, counts, unlabelled };
}

function connect(): Driver {
  if (process.env.NEO4J_URI) {
    return neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
  }
  const dir = path.resolve(process.env.NEO4J_DATA_DIR ?? path.join('.neo4j-data', process.env.NEO4J_BOLT_PORT ?? '7687'));
  const c = JSON.parse(fs.readFileSync(path.join(dir, 'credentials.json'), 'utf8')) as { uri: string; user: string; password: string };
  return neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
}

async function read<T>(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ });
  return res.records.map((r) => r.toObject() as T);
}

/**
 * Among the people created since the snapshot (`$before` ids): how many have a one-token name; how many
 * of those are a second node for one parent's child of that name (`sameParent`: the son "Jack" of one
 * parent in two articles); how many share an article with one person whose full name starts or ends
 * with the token (`shortForm`: "Kim" beside "Kim Kardashian West"); and how many one-token nodes
 * repeat a one-token name of another new node (`sameName`: an upper bound, two families' Jacks are two).
 */
export const ONE_TOKEN_COUNTS = `
MATCH (p:Person) WHERE NOT p.id IN $before
WITH collect(p) AS fresh
WITH fresh, [p IN fresh WHERE NOT p.name CONTAINS ' '] AS single
CALL (single) {
  UNWIND single AS c
  MATCH (parent:Person)-[:PARENT_OF]->(c)
  WITH parent, toLower(c.name) AS name, count(DISTINCT c) AS n WHERE n > 1
  RETURN coalesce(sum(n - 1), 0) AS sameParent
}
CALL (single) {
  UNWIND single AS c
  MATCH (a:Article)-[:MENTIONS]->(c)
  WITH c, a, toLower(c.name) AS token
  WHERE COUNT { MATCH (a)-[:MENTIONS]->(o:Person) WHERE o <> c
                AND (toLower(o.name) STARTS WITH token + ' ' OR toLower(o.name) ENDS WITH ' ' + token) } = 1
  RETURN count(DISTINCT c) AS shortForm
}
CALL (single) {
  UNWIND single AS c
  WITH toLower(c.name) AS name, count(*) AS n WHERE n > 1
  RETURN coalesce(sum(n - 1), 0) AS sameName
}
RETURN size(fresh) AS fresh, size(single) AS single, sameParent, shortForm, sameName`;

const cell = (s: string) => s.replace(/[\t\n\r]+/g, ' ');

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const flag = (name: string, fallback: number) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? Number(rest[i + 1]) : fallback;
  };
  if (command === 'score') {
    const s = score(fs.readFileSync(rest[0], 'utf8'));
    const share = (n: number) => `${((100 * n) / s.total).toFixed(1)}%`;
    console.log(`sample: ${s.total} people, ${s.unlabelled} unlabelled`);
    for (const v of VERDICTS) {
      const target = v === 'person' ? '' : ` (target <= ${100 * TARGETS[v]}%: ${s.counts[v] / s.total <= TARGETS[v] ? 'met' : 'NOT met'})`;
      console.log(`${v}: ${s.counts[v]} = ${share(s.counts[v])}${target}`);
    }
    return;
  }
  const driver = connect();
  try {
    if (command === 'snapshot') {
      const rows = await read<{ id: string }>(driver, 'MATCH (p:Person) RETURN p.id AS id ORDER BY id');
      fs.writeFileSync(rest[0], rows.map((r) => r.id).join('\n') + '\n');
      console.log(`${rows.length} people before`);
    } else if (command === 'sample') {
      const before = new Set(fs.readFileSync(rest[0], 'utf8').split('\n').filter(Boolean));
      const all = await read<{ id: string; name: string }>(driver, 'MATCH (p:Person) RETURN p.id AS id, p.name AS name');
      const fresh = all.filter((p) => !before.has(p.id));
      const picked = sample(fresh, flag('n', 150), flag('seed', 9), (p) => p.id);
      const lines = ['n\tid\tname\taliases\tarticles\tsame-surname-or-first-name\tverdict\tnote'];
      for (const [i, p] of picked.entries()) {
        const [info] = await read<{ aliases: string[]; articles: string[]; near: string[] }>(
          driver,
          `MATCH (p:Person {id: $id})
           OPTIONAL MATCH (a:Article)-[:MENTIONS]->(p)
           WITH p, collect(DISTINCT a.url)[..6] AS articles
           WITH p, articles, split(p.name, ' ') AS parts
           OPTIONAL MATCH (o:Person) WHERE o <> p AND size(parts) > 0 AND (o.name ENDS WITH ' ' + parts[-1] OR o.name STARTS WITH parts[0] + ' ' OR o.name = parts[0])
           RETURN coalesce(p.aliases, []) AS aliases, articles, collect(o.name + ' [' + o.id + ']')[..12] AS near`,
          { id: p.id },
        );
        const files = info.articles.map((u) => u.replace(/^file:\/\//, ''));
        lines.push(
          [i + 1, p.id, p.name, info.aliases.join('; '), files.join('; '), info.near.join('; '), '', ''].map(String).map(cell).join('\t'),
        );
      }
      fs.mkdirSync(path.dirname(path.resolve(rest[1])), { recursive: true });
      fs.writeFileSync(rest[1], lines.join('\n') + '\n');
      console.log(`${all.length} people now, ${fresh.length} new; sampled ${picked.length} into ${rest[1]}`);
    } else if (command === 'counts') {
      const before = fs.readFileSync(rest[0], 'utf8').split('\n').filter(Boolean);
      const [c] = await read<Record<string, unknown>>(driver, ONE_TOKEN_COUNTS, { before });
      const plain = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Number(v)]));
      console.log(JSON.stringify(plain));
    } else
      throw new Error('usage: measure-identity snapshot <ids> | sample <ids> <out.tsv> [--n 150] [--seed 9] | score <tsv> | counts <ids>');
  } finally {
    await driver.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
