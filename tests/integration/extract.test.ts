import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { graphFingerprint, testDriver, uniq } from '../helpers/graph';
import { ingestFolder, parseIngestArgs } from '../../scripts/ingest-folder';

let t: TestApp;
let driver: Driver;
beforeAll(async () => {
  t = await startTestApp();
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
  await t.app.stop();
});

// Written for this test; names are invented so nothing matches the seed graph by accident.
const story = (a: string, b: string) => `${a} and her husband ${b} have welcomed a baby.

Singer ${a} married ${b} in June 2015. The couple announced on Instagram last month that their son, Theo, was born.

"We are over the moon," ${a} wrote.`;

const EXTRACT = 'query($text: String!, $at: DateTime!) { extractArticle(text: $text, publishedAt: $at) { draft warnings } }';
const INGEST_TEXT = `mutation($text: String!, $at: DateTime!, $url: String, $min: Float) {
  ingestArticleText(text: $text, publishedAt: $at, url: $url, publisher: "Test Wire", minConfidence: $min) {
    peopleCreated relationsCreated eventsCreated warnings article { mentions { name } } } }`;

describe('extractArticle', () => {
  it('proposes people, a spouse pair with its sentence, and writes nothing', async () => {
    const before = await graphFingerprint(driver);
    const data = await t.ok(EXTRACT, { text: story('Mara Quillfeather', 'Dorian Vantablack'), at: '2022-07-10T00:00:00Z' });
    const draft = data.extractArticle.draft;
    const names = draft.people.map((p: any) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Mara Quillfeather', 'Dorian Vantablack']));
    const spouse = draft.relations.find((r: any) => r.kind === 'SPOUSE');
    expect(spouse.quote).toMatch(/husband|married/);
    expect(spouse.confidence).toBeLessThan(1);
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('answers empty and oversized text with BAD_USER_INPUT, and text with no people with an empty draft', async () => {
    expect((await t.gql(EXTRACT, { text: '   ', at: '2022-07-10T00:00:00Z' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const huge = await t.gql(EXTRACT, { text: 'a '.repeat(60_000), at: '2022-07-10T00:00:00Z' });
    expect(huge.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(huge.errors?.[0].message).toMatch(/100[,.]?000/);
    const none = await t.ok(EXTRACT, { text: 'Il pleut sur la ville depuis trois jours.', at: '2022-07-10T00:00:00Z' });
    expect(none.extractArticle.draft.people).toEqual([]);
    expect(none.extractArticle.warnings.length).toBeGreaterThan(0);
  });
});

describe('ingestArticleText', () => {
  it('writes what is at or above minConfidence, with machine confidence below 1, and is idempotent per url', async () => {
    const [a, b] = [`Mara ${uniq('Q')}`.replace(/-/g, ''), `Dorian ${uniq('V')}`.replace(/-/g, '')];
    const vars = { text: story(`${a} Quill`, `${b} Vant`), at: '2022-07-10T00:00:00Z', url: `https://wire.example/${uniq('t')}` };
    const first = await t.ok(INGEST_TEXT, vars, EDITOR_KEY);
    expect(first.ingestArticleText.relationsCreated).toBeGreaterThan(0);
    const evidence = await driver.executeQuery(
      'MATCH (v:Evidence) WHERE v.originId STARTS WITH "article:" AND v.source = "Test Wire" RETURN max(v.confidence) AS max',
    );
    expect(evidence.records[0].get('max')).toBeLessThan(1);
    const before = await graphFingerprint(driver);
    const again = await t.ok(INGEST_TEXT, vars, EDITOR_KEY);
    expect(again.ingestArticleText).toMatchObject({ peopleCreated: 0, relationsCreated: 0, eventsCreated: 0 });
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('writes no relations or events when minConfidence is 1', async () => {
    const vars = {
      text: story('Ines Halloway', 'Bram Oakhurst'),
      at: '2022-07-10T00:00:00Z',
      url: `https://wire.example/${uniq('strict')}`,
      min: 1,
    };
    const res = await t.ok(INGEST_TEXT, vars, EDITOR_KEY);
    expect(res.ingestArticleText).toMatchObject({ relationsCreated: 0, eventsCreated: 0 });
    expect(res.ingestArticleText.warnings.join(' ')).toContain('below minConfidence');
  });

  it('needs an editor key', async () => {
    const res = await t.gql(INGEST_TEXT, { text: story('A B', 'C D'), at: '2022-07-10T00:00:00Z' });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the ingest-folder command', () => {
  it('ingests every .txt file of a folder through the API and reports each', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'limelight-folder-'));
    writeFileSync(path.join(dir, '01.txt'), story('Lena Brightwater', 'Omar Castellane'));
    writeFileSync(path.join(dir, '02.txt'), `Date: 2021-03-04\n${story('Rhea Moonfield', 'Pavel Tideborne')}`);
    writeFileSync(path.join(dir, '03.txt'), '');
    const args = parseIngestArgs([
      dir,
      '--published-at',
      '2022-01-01',
      '--endpoint',
      t.app.url,
      '--key',
      EDITOR_KEY,
      '--publisher',
      `Backlog ${uniq('b')}`,
    ]);
    const progress: number[] = [];
    const results = await ingestFolder(args, undefined, (done) => progress.push(done.length));
    expect(progress).toEqual([1, 2, 3]);
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[2].error).toMatch(/text/);
    const rhea = await t.ok(
      '{ searchPeople(text: "Rhea Moonfield", first: 1) { person { mentionedIn { edges { node { publishedAt } } } } } }',
    );
    expect(rhea.searchPeople[0].person.mentionedIn.edges[0].node.publishedAt).toBe('2021-03-04T00:00:00.000Z');
  });

  it("keeps two folders' 001.txt apart (url = path under the folder) and takes a first-line URL as the url, not the title", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'limelight-nested-'));
    const [june, july] = [uniq('june'), uniq('july')];
    const source = `https://news.example/${uniq('story')}`;
    mkdirSync(path.join(dir, june));
    mkdirSync(path.join(dir, july));
    writeFileSync(path.join(dir, june, '001.txt'), story('Ada Quillfeather', 'Bo Marchetti'));
    writeFileSync(path.join(dir, july, '001.txt'), `${source}\n${story('Cy Underwood', 'Di Vantongeren')}`);
    const args = parseIngestArgs([dir, '--published-at', '2022-01-01', '--url', t.app.url, '--key', EDITOR_KEY]);
    const results = await ingestFolder(args);
    expect(results.map((r) => [r.file, r.ok])).toEqual([
      [`${july}/001.txt`, true],
      [`${june}/001.txt`, true],
    ]); // path order
    // the articles, read straight from the graph: two of them, one per file
    const urls = [`file://${june}/001.txt`, source, `file://${july}/001.txt`];
    const found = (
      await driver.executeQuery('MATCH (a:Article) WHERE a.url IN $urls RETURN a.url AS url, a.title AS title ORDER BY url', { urls })
    ).records.map((r) => [r.get('url'), r.get('title')]);
    expect(found).toEqual(
      [
        [`file://${june}/001.txt`, 'Ada Quillfeather and her husband Bo Marchetti have welcomed a baby.'],
        [source, 'Cy Underwood and her husband Di Vantongeren have welcomed a baby.'],
      ].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    );
  });
});
