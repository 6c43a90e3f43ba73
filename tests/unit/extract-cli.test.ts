import { describe, expect, it } from 'vitest';
import { parseIngestArgs, prepareArticle, progressBar, summarize } from '../../scripts/ingest-folder';
import { dateOk, normName, sameName } from '../../scripts/evaluate-extraction';

describe('ingest-folder args', () => {
  it('parses options and the env key', () => {
    const a = parseIngestArgs(['docs', '--published-at', '2017-06-01', '--min-confidence=0.9', '--publisher', 'Gossip'], { LIMELIGHT_API_KEY: 'k1' });
    expect(a).toMatchObject({ folder: 'docs', publishedAt: '2017-06-01T00:00:00.000Z', minConfidence: 0.9, publisher: 'Gossip', key: 'k1', endpoint: 'http://localhost:4000/graphql' });
    expect(parseIngestArgs(['d', '--published-at', '2017-06-01', '--key', 'k2'], { LIMELIGHT_API_KEY: 'k1' }).key).toBe('k2');
  });
  it('rejects bad input', () => {
    expect(() => parseIngestArgs(['d'])).toThrow(/published-at/);
    expect(() => parseIngestArgs(['d', '--published-at', '2017-06-01', '--min-confidence', '2'])).toThrow(/between 0 and 1/);
    expect(() => parseIngestArgs(['d', '--published-at', '2017-06-01', '--colour', 'red'])).toThrow(/unknown option/);
  });
});

describe('ingest-folder files', () => {
  it('title is the first line, url is stable', () => {
    const a = prepareArticle('/x/001.txt', '\nHeadline here\n\nBody.', '2017-06-01T00:00:00.000Z');
    expect(a).toMatchObject({ title: 'Headline here', url: 'file://001.txt', publishedAt: '2017-06-01T00:00:00.000Z' });
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
