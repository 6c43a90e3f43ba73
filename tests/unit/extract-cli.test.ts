import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleUrl,
  filesToIngest,
  formatEta,
  listTextFiles,
  parseIngestArgs,
  prepareArticle,
  progressBar,
  progressLine,
  summarize,
} from '../../scripts/ingest-folder';
import { dateOk, normName, sameName } from '../../scripts/evaluate-extraction';

describe('ingest-folder args', () => {
  it('parses options and the env key', () => {
    const a = parseIngestArgs(['docs', '--published-at', '2017-06-01', '--min-confidence=0.9', '--publisher', 'Gossip'], {
      LIMELIGHT_API_KEY: 'k1',
    });
    expect(a).toMatchObject({
      folder: 'docs',
      publishedAt: '2017-06-01T00:00:00.000Z',
      minConfidence: 0.9,
      publisher: 'Gossip',
      key: 'k1',
      url: 'http://localhost:4000/graphql',
    });
    expect(parseIngestArgs(['d', '--published-at', '2017-06-01', '--key', 'k2'], { LIMELIGHT_API_KEY: 'k1' }).key).toBe('k2');
  });
  it('takes the endpoint from --url or its alias --endpoint, else from PORT', () => {
    const at = ['d', '--published-at', '2017-06-01'];
    expect(parseIngestArgs(at, { PORT: '4123' }).url).toBe('http://localhost:4123/graphql');
    expect(parseIngestArgs([...at, '--url', 'http://h:9/graphql'], { PORT: '4123' }).url).toBe('http://h:9/graphql');
    expect(parseIngestArgs([...at, '--endpoint', 'http://h:9/graphql']).url).toBe('http://h:9/graphql');
    expect(() => parseIngestArgs([...at, '--url', 'localhost:4000'])).toThrow(/not an http/);
    expect(parseIngestArgs([...at, '--url-prefix', 'https://site.example/a']).urlPrefix).toBe('https://site.example/a');
  });
  it('rejects bad input', () => {
    expect(() => parseIngestArgs(['d'])).toThrow(/published-at/);
    expect(() => parseIngestArgs(['d', '--published-at', '2017-06-01', '--min-confidence', '2'])).toThrow(/between 0 and 1/);
    expect(() => parseIngestArgs(['d', '--published-at', '2017-06-01', '--colour', 'red'])).toThrow(/unknown option/);
  });
});

describe('ingest-folder files', () => {
  it('title is the first line, url is the path under the folder (segments encoded) or --url-prefix + it', () => {
    const a = prepareArticle('june/001.txt', '\nHeadline here\n\nBody.', '2017-06-01T00:00:00.000Z');
    expect(a).toMatchObject({ title: 'Headline here', url: 'file://june/001.txt', publishedAt: '2017-06-01T00:00:00.000Z' });
    expect(prepareArticle('july/001.txt', 'T', '2017-06-01T00:00:00.000Z').url).toBe('file://july/001.txt');
    expect(articleUrl('a b/ü#1.txt')).toBe('file://a%20b/%C3%BC%231.txt');
    expect(articleUrl('x/1.txt', 'https://s.example/arch')).toBe('https://s.example/arch/x/1.txt');
    expect(articleUrl('x/1.txt', 'https://s.example/arch/')).toBe('https://s.example/arch/x/1.txt');
  });
  it('a first-line URL is the url, not the title, and wins over --url-prefix; with a Date: line in either order', () => {
    const a = prepareArticle(
      '1.txt',
      'https://news.example/p/1?x=2\n\nReal title\nBody.',
      '2017-06-01T00:00:00.000Z',
      undefined,
      'https://prefix.example/',
    );
    expect(a).toMatchObject({ url: 'https://news.example/p/1?x=2', title: 'Real title' });
    expect(a.text).not.toContain('https://');
    const b = prepareArticle('1.txt', 'Date: 2016-02-03\nhttps://n.example/2\nTitle two\nBody', '2017-06-01T00:00:00.000Z');
    expect(b).toMatchObject({ url: 'https://n.example/2', title: 'Title two', publishedAt: '2016-02-03T00:00:00.000Z' });
    // positive control: a line that merely starts with a URL is article text
    expect(prepareArticle('1.txt', 'https://n.example/3 says hi\nBody', '2017-06-01T00:00:00.000Z')).toMatchObject({
      url: 'file://1.txt',
      title: 'https://n.example/3 says hi',
    });
  });
  it('a Date: header or a .date file overrides the date', () => {
    const a = prepareArticle('/x/a.txt', 'Date: 2017-03-02\nTitle\nBody', '2017-06-01T00:00:00.000Z');
    expect(a.publishedAt).toBe('2017-03-02T00:00:00.000Z');
    expect(a.title).toBe('Title');
    expect(prepareArticle('/x/a.txt', 'Title', '2017-06-01T00:00:00.000Z', '2016-01-05\n').publishedAt).toBe('2016-01-05T00:00:00.000Z');
  });
  it('summary counts ok and failed with reasons', () => {
    const s = summarize([
      { file: 'a.txt', ok: true, peopleCreated: 2, peopleMatched: 1, relationsCreated: 3, eventsCreated: 1 },
      { file: 'b.txt', ok: false, error: 'HTTP 401' },
    ]);
    expect(s).toContain('files: 2, ok: 1, failed: 1');
    expect(s).toContain('people created: 2, matched: 1, relations: 3, events: 1');
    expect(s).toContain('FAILED b.txt: HTTP 401');
    expect(progressBar(1, 4, 8)).toBe('[##......] 1/4');
  });
  it('progress shows running totals and an ETA from the mean time per file', () => {
    const results = [
      { file: 'a.txt', ok: true, peopleCreated: 2, peopleMatched: 1, relationsCreated: 3, eventsCreated: 1 },
      { file: 'b.txt', ok: false, error: 'HTTP 401' },
    ];
    expect(progressLine(results, 50, 4000)).toMatch(/\] 2\/50 ok 1, failed 1, people 3, facts 4, ETA 1m36s$/);
    expect(formatEta(1000, 1, 11)).toBe('10s');
    expect(formatEta(3_000_000, 1, 3)).toBe('1h40m');
    expect(formatEta(0, 0, 3)).toBe('?');
  });
});

describe('ingest-folder finds files', () => {
  it('recurses into subfolders, only .txt, in a stable path order', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'limelight-list-'));
    try {
      for (const f of ['b/002.txt', 'b/001.txt', 'a/001.txt', 'a/deep/x.txt', '001.txt', 'a/notes.md', 'a/001.date']) {
        mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        writeFileSync(path.join(dir, f), 'x');
      }
      expect(listTextFiles(dir)).toEqual(['001.txt', 'a/001.txt', 'a/deep/x.txt', 'b/001.txt', 'b/002.txt']);
      expect(listTextFiles(path.join(dir, 'a', 'deep'))).toEqual(['x.txt']);
      rmSync(path.join(dir, 'a', 'deep', 'x.txt'));
      expect(listTextFiles(path.join(dir, 'a', 'deep'))).toEqual([]);
      expect(() => filesToIngest(path.join(dir, 'a', 'deep'))).toThrow(`no .txt files under ${path.join(dir, 'a', 'deep')}`);
      expect(() => filesToIngest(path.join(dir, 'nope'))).toThrow(/is not a folder/);
      expect(filesToIngest(path.join(dir, 'b'))).toEqual(['001.txt', '002.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('evaluation matching', () => {
  it('names', () => {
    expect(normName('Beyoncé')).toBe('beyonce');
    expect(sameName('Kim Kardashian', 'Kim Kardashian West')).toBe(true);
    expect(sameName('Kim Kardashian', 'Khloé Kardashian')).toBe(false);
  });
  it('dates within tolerance', () => {
    expect(dateOk(['2020-09'], '2020-09-28')).toBe(true);
    expect(dateOk(['2020-09'], '2020-10')).toBe(true);
    expect(dateOk(['2020-09'], '2021-09')).toBe(false);
    expect(dateOk(null, undefined)).toBe(true);
    expect(dateOk(['2020'], undefined)).toBe(false);
  });
});
