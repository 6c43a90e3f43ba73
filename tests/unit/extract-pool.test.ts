import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, EXTRACT_QUEUE, EXTRACT_TIMEOUT_MS, loadConfig } from '../../src/config';
import { extractArticle, ExtractionInputError } from '../../src/extract';
import { createExtractor, inlineExtractor } from '../../src/extract-pool/extract-pool';
import { inventedArticle } from '../../bench/invented-article';

const AT = new Date('2022-07-10T00:00:00Z');

describe('the extraction pool', () => {
  const pool = createExtractor({ threads: 1, timeoutMs: 30_000, maxQueue: 4 });
  afterAll(() => pool.close());

  it('gives the draft the extractor gives on the main thread', async () => {
    const options = { text: inventedArticle(5_000, 7), publishedAt: AT, url: 'https://wire.example/pool' };
    const pooled = await pool.extract(options);
    expect(pooled.draft.people.length).toBeGreaterThan(3);
    expect(pooled).toEqual(extractArticle(options));
  });

  it('throws the extractor input error for bad text, as the inline extractor does', async () => {
    await expect(pool.extract({ text: '  ', publishedAt: AT })).rejects.toBeInstanceOf(ExtractionInputError);
    await expect(inlineExtractor.extract({ text: '  ', publishedAt: AT })).rejects.toBeInstanceOf(ExtractionInputError);
  });

  it('threads 0 is the inline extractor', () => {
    expect(createExtractor({ threads: 0, timeoutMs: 1, maxQueue: 0 })).toBe(inlineExtractor);
  });
});

describe('the extraction settings', () => {
  it('default to cores - 1 threads (at least 1), the named budget and queue', () => {
    const config = loadConfig({});
    expect(config.extractThreads).toBeGreaterThanOrEqual(1);
    expect(config).toMatchObject({ extractTimeoutMs: EXTRACT_TIMEOUT_MS, extractQueue: EXTRACT_QUEUE });
    expect(loadConfig({ LIMELIGHT_EXTRACT_THREADS: '0', LIMELIGHT_EXTRACT_TIMEOUT_MS: '50', LIMELIGHT_EXTRACT_QUEUE: '0' })).toMatchObject({
      extractThreads: 0,
      extractTimeoutMs: 50,
      extractQueue: 0,
    });
  });

  it('refuse a bad value at start, naming the variable', () => {
    expect(() => loadConfig({ LIMELIGHT_EXTRACT_TIMEOUT_MS: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ LIMELIGHT_EXTRACT_THREADS: 'two' })).toThrow(/LIMELIGHT_EXTRACT_THREADS/);
    expect(() => loadConfig({ LIMELIGHT_EXTRACT_QUEUE: '-1' })).toThrow(/LIMELIGHT_EXTRACT_QUEUE/);
  });
});
