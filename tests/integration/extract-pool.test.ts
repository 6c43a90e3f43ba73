import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { graphFingerprint, testDriver, uniq } from '../helpers/graph';

/** A surname of letters only, so the extractor reads it as a name (digits would not be). */
const surname = () =>
  `Q${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 8)}`;
import { inventedArticle } from '../../bench/invented-article';

const EXTRACT = 'query($text: String!, $at: DateTime!) { extractArticle(text: $text, publishedAt: $at) { draft warnings } }';
const INGEST_TEXT = `mutation($text: String!, $at: DateTime!, $url: String) {
  ingestArticleText(text: $text, publishedAt: $at, url: $url, publisher: "Pool Wire") { relationsCreated } }`;
const AT = '2022-07-10T00:00:00Z';
// ~3.6 s of extraction idle on the 2-core CI machine: long enough to see the event loop stall.
// The budget below is 0.7 s: the first LARGE a worker reads takes ~1.7 s on an idle machine (1.5 s
// was too close: it failed there), a short article on a fresh worker ~0.13 s (0.4 s failed under load)
const LARGE = inventedArticle(100_000);
const SMALL = `Mara Quillfeather and her husband Dorian Vantablack have welcomed a baby.

Singer Mara Quillfeather married Dorian Vantablack in June 2015.`;

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

/** POSTs EXTRACT and keeps the Retry-After header, which the shared helper drops. */
async function postExtract(t: TestApp, text: string) {
  const res = await fetch(t.app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: EXTRACT, variables: { text, at: AT } }),
  });
  const body = (await res.json()) as { data?: any; errors?: { extensions: Record<string, any> }[] };
  return { body, retryAfter: res.headers.get('retry-after') };
}

describe('the event loop while a large article is extracted', () => {
  let t: TestApp;
  // the budget is not under test here: on a loaded CI machine 100,000 characters took over 15 s
  beforeAll(async () => {
    t = await startTestApp({ LIMELIGHT_EXTRACT_THREADS: '1', LIMELIGHT_EXTRACT_TIMEOUT_MS: '300000' });
  });
  afterAll(async () => {
    await t.app.stop();
  });

  it('keeps answering /healthz and resolves the extraction', async () => {
    await t.ok(EXTRACT, { text: SMALL, at: AT }); // worker warm: under vitest it transpiles the extractor first
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    let done = false;
    const extraction = t.gql(EXTRACT, { text: LARGE, at: AT }).finally(() => {
      done = true;
    });
    const probes: number[] = [];
    while (!done) {
      const started = performance.now();
      expect((await fetch(`${t.base}/healthz`)).status).toBe(200);
      probes.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    delay.disable();
    const res = await extraction;
    expect(res.errors).toBeUndefined();
    expect(res.data!.extractArticle.draft.people.length).toBeGreaterThan(10);
    // inline (LIMELIGHT_EXTRACT_THREADS=0) one probe waits out the whole extraction: 1-2 probes, seconds each
    expect(probes.length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...probes)).toBeLessThan(1_000);
    expect(delay.max / 1e6).toBeLessThan(1_000);
  });
});

describe('the time budget', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LIMELIGHT_EXTRACT_THREADS: '1', LIMELIGHT_EXTRACT_TIMEOUT_MS: '700' });
  });
  afterAll(async () => {
    await t.app.stop();
  });

  it('stops a large article with TIMEOUT, and the replaced worker extracts the next one', async () => {
    await t.ok(EXTRACT, { text: SMALL, at: AT });
    const res = await t.gql(EXTRACT, { text: LARGE, at: AT });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'TIMEOUT', timeoutMs: 700 });
    expect(res.errors?.[0].message).toMatch(/700 ms/);
    const next = await t.ok(EXTRACT, { text: SMALL, at: AT });
    expect(next.extractArticle.draft.people.map((p: any) => p.name)).toContain('Mara Quillfeather');
  });

  it('stops ingestArticleText too, writing nothing', async () => {
    const before = await graphFingerprint(driver);
    const res = await t.gql(INGEST_TEXT, { text: LARGE, at: AT, url: `https://wire.example/${uniq('budget')}` }, EDITOR_KEY);
    expect(res.errors?.[0].extensions?.code).toBe('TIMEOUT');
    expect(await graphFingerprint(driver)).toBe(before);
    // positive control: a short article within the budget is written
    const text = SMALL.replace(/Quillfeather/g, surname()).replace(/Vantablack/g, surname());
    const small = await t.ok(INGEST_TEXT, { text, at: AT, url: `https://wire.example/${uniq('small')}` }, EDITOR_KEY);
    expect(small.ingestArticleText.relationsCreated).toBeGreaterThan(0);
  });
});

describe('the bounded queue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LIMELIGHT_EXTRACT_THREADS: '1', LIMELIGHT_EXTRACT_QUEUE: '1' });
  });
  afterAll(async () => {
    await t.app.stop();
  });

  it('runs one, queues one and refuses the rest with UNAVAILABLE and a retry hint', async () => {
    await t.ok(EXTRACT, { text: SMALL, at: AT });
    const results = await Promise.all([1, 2, 3, 4].map(() => postExtract(t, LARGE)));
    const ok = results.filter((r) => !r.body.errors && r.body.data?.extractArticle);
    const refused = results.filter((r) => r.body.errors?.[0].extensions.code === 'UNAVAILABLE');
    expect(ok.length).toBe(2);
    expect(refused.length).toBe(2);
    for (const r of refused) {
      const seconds = r.body.errors![0].extensions.retryAfterSeconds;
      expect(Number.isInteger(seconds) && seconds >= 1).toBe(true);
      expect(r.retryAfter).toBe(String(seconds));
    }
    // once drained, the pool takes work again
    expect((await postExtract(t, SMALL)).body.errors).toBeUndefined();
  });
});
