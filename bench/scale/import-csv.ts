import { createWriteStream, WriteStream } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { nameKey } from '../../src/ingest/keys';
import { EvidenceRow, ScaleOptions, streams } from './generate';
import { FIRST_NAMES, LAST_NAMES } from './vocabulary';

/**
 * The synthetic graph as CSV files for `neo4j-admin database import full` (./import.ts): the
 * same nodes, properties and relationships load.queries.ts writes through Cypher, streamed
 * batch by batch to disk. Only the relation count of each person (an Int32Array, 4 MB at 1M)
 * is held: people are written after the family edges, with `relations` already counted.
 */
export interface CsvFiles {
  nodes: string[];
  relationships: string[];
}

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return `"${String(value).replace(/"/g, '""')}"`;
};

class CsvFile {
  private readonly out: WriteStream;
  private buffer: string[] = [];
  constructor(
    readonly file: string,
    header: string,
  ) {
    this.out = createWriteStream(file);
    this.buffer.push(header);
  }
  async row(...cells: unknown[]): Promise<void> {
    this.buffer.push(cells.map(cell).join(','));
    if (this.buffer.length >= 5000) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('\n') + '\n';
    this.buffer = [];
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }
}

const EVIDENCE_HEADER = 'id:ID,factId,originId,articleId,datasetId,source,quote,confidence:double,rule,status,ingestId,:LABEL';
const evidenceCells = (v: EvidenceRow, ingestId: string) => [
  v.id,
  v.factId,
  v.originId,
  v.articleId,
  v.datasetId,
  v.source,
  v.quote,
  v.confidence,
  v.rule,
  'ACCEPTED',
  ingestId,
  'Evidence',
];

export async function writeCsv(options: ScaleOptions, dir: string, ingestId: string, now: string): Promise<CsvFiles> {
  const file = (name: string, header: string) => new CsvFile(path.join(dir, `${name}.csv`), header);
  const all = streams(options);
  const relations = new Int32Array(options.people);
  const personIndex = (id: string) => Number(id.slice('syn-p'.length));

  const evidence = file('evidence', EVIDENCE_HEADER);
  const spouses = file('spouses', ':START_ID,:END_ID,id,since,standing,:TYPE');
  const parents = file('parents', ':START_ID,:END_ID,id,standing,:TYPE');
  const mentions = file('mentions', ':START_ID,:END_ID,:TYPE');
  for (const batch of all.family())
    for (const f of batch) {
      relations[personIndex(f.a)]++;
      relations[personIndex(f.b)]++;
      if (f.kind === 'SPOUSE') await spouses.row(f.a, f.b, f.id, f.since, 'ACCEPTED', 'SPOUSE_OF');
      else await parents.row(f.a, f.b, f.id, 'ACCEPTED', 'PARENT_OF');
      await evidence.row(...evidenceCells(f.evidence, ingestId));
      if (f.evidence.articleId) for (const p of [f.a, f.b]) await mentions.row(f.evidence.articleId, p, 'MENTIONS');
    }

  const events = file('events', 'id:ID,kind,title,date,monthDay,standing,createdAt:datetime,:LABEL');
  const participated = file('participated', ':START_ID,:END_ID,:TYPE');
  const reports = file('reports', ':START_ID,:END_ID,:TYPE');
  for (const batch of all.events())
    for (const e of batch) {
      await events.row(e.id, e.kind, e.title, e.date, e.monthDay, 'ACCEPTED', now, 'Event');
      for (const p of e.participants) await participated.row(p, e.id, 'PARTICIPATED_IN');
      await evidence.row(...evidenceCells(e.evidence, ingestId));
      if (e.evidence.articleId) {
        await reports.row(e.evidence.articleId, e.id, 'REPORTS');
        for (const p of e.participants) await mentions.row(e.evidence.articleId, p, 'MENTIONS');
      }
    }

  const people = file('people', 'id:ID,name,aliases:string[],aliasText,description,birthDate,relations:long,createdAt:datetime,:LABEL');
  const keyOf = file('key-of', ':START_ID,:END_ID,:TYPE');
  for (const batch of all.people())
    for (const p of batch) {
      await people.row(p.id, p.name, '', '', p.description, p.birthDate, relations[personIndex(p.id)], now, 'Person');
      await keyOf.row(`key:${p.key}`, p.id, 'KEY_OF');
    }
  const keys = file('name-keys', ':ID,key,:LABEL');
  for (const first of FIRST_NAMES)
    for (const last of LAST_NAMES) {
      const key = nameKey(`${first} ${last}`);
      await keys.row(`key:${key}`, key, 'NameKey');
    }
  const articles = file('articles', 'id:ID,url,title,publisher,publishedAt:datetime,updatedAt:datetime,:LABEL');
  for (const batch of all.articles())
    for (const a of batch) await articles.row(a.id, a.url, a.title, a.publisher, a.publishedAt, now, 'Article');

  const nodes = [people, keys, articles, events, evidence];
  const rels = [spouses, parents, mentions, participated, reports, keyOf];
  for (const f of [...nodes, ...rels]) await f.close();
  return { nodes: nodes.map((f) => f.file), relationships: rels.map((f) => f.file) };
}
