import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../helpers/app';
import { timelineJsProblems } from '../helpers/timelinejs-shape';
import { escapeHtml } from '../../src/export/timelinejs';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.app.stop();
});

interface Slide {
  start_date: { year: number; month?: number; day?: number };
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
}

async function exportTimeline(query: string): Promise<{ res: Response; body: any }> {
  const res = await fetch(`${t.base}/export/timeline/${query}`);
  return { res, body: await res.json() };
}

/** The same people's dated events through GraphQL, to compare the file with. */
async function datedEvents(id: string, includeFamily: boolean) {
  const data = await t.ok<{ timeline: { edges: { node: { id: string; kind: string; date: { iso: string } | null } }[] } }>(
    `query ($ids: [ID!]!, $f: Boolean) { timeline(personIds: $ids, includeFamily: $f, first: 100) { edges { node { id kind date { iso } } } } }`,
    { ids: [id], f: includeFamily },
  );
  return data.timeline.edges.map((e) => e.node).filter((e) => e.date !== null);
}

async function readStatements(): Promise<number> {
  const metrics = await (await fetch(`${t.base}/metrics`)).text();
  const line = metrics.split('\n').find((l) => l.startsWith('db_queries_total{mode="read",statement="timelineExport.ofPerson"}'));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('GET /export/timeline/<personId>?format=timelinejs', () => {
  it("answers the README's request with a valid TimelineJS file", async () => {
    const readme = readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
    const requests = [...readme.matchAll(/curl '[^']*(\/export\/timeline\/[^']+)'/g)].map((m) => m[1]);
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) {
      const res = await fetch(`${t.base}${request}`);
      expect(res.status, request).toBe(200);
      const body = (await res.json()) as { events: unknown[] };
      expect(timelineJsProblems(body), request).toEqual([]);
      expect(body.events.length, request).toBeGreaterThan(0);
    }
  });

  it('is TimelineJS3 JSON with one slide per dated event of the person and family, in one read statement', async () => {
    const before = await readStatements();
    const { res, body } = await exportTimeline('chrissy-teigen?family=1&format=timelinejs');
    expect(res.status).toBe(200);
    expect(await readStatements()).toBe(before + 1);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('content-disposition')).toContain('chrissy-teigen-timeline.json');
    expect(timelineJsProblems(body)).toEqual([]);
    const expected = await datedEvents('chrissy-teigen', true);
    expect(expected.length).toBeGreaterThan(3);
    expect((body.events as Slide[]).map((s) => s.unique_id)).toEqual(expected.map((e) => e.id));
    expect(res.headers.get('x-event-count')).toBe(String(expected.length));
    expect(res.headers.get('x-events-left-out')).toBe('0');
    expect(res.headers.get('x-truncated')).toBe('false');
    expect(body.title.text.headline).toBe('Chrissy Teigen and family');
  });

  it('gives each start_date only the precision of the stored date, and groups slides by kind', async () => {
    const { body } = await exportTimeline('chrissy-teigen?family=1');
    const byId = new Map((body.events as Slide[]).map((s) => [s.unique_id, s]));
    for (const e of await datedEvents('chrissy-teigen', true)) {
      const [year, month, day] = e.date!.iso.split('-').map(Number);
      expect(byId.get(e.id)!.start_date, e.date!.iso).toEqual({ year, ...(month && { month }), ...(day && { day }) });
    }
    const precisions = new Set((body.events as Slide[]).map((s) => Object.keys(s.start_date).length));
    expect(precisions.size).toBeGreaterThan(1); // the seed has day-, month- and year-precise dates
    const marriage = (await datedEvents('chrissy-teigen', true)).find((e) => e.kind === 'MARRIAGE')!;
    expect(byId.get(marriage.id)!.group).toBe('Marriages');
  });

  it("carries each event's evidence in the text: quote, source and article", async () => {
    const { body } = await exportTimeline('chrissy-teigen?family=1');
    const loss = (body.events as Slide[]).find((s) => s.group === 'Pregnancy losses')!;
    const data = await t.ok<{ event: { evidence: { source: string; quote: string; article: { title: string; url: string } | null }[] } }>(
      `query ($id: ID!) { event(id: $id) { evidence { source quote article { title url } } } }`,
      { id: loss.unique_id },
    );
    const [evidence] = data.event.evidence;
    expect(evidence.article).not.toBeNull();
    expect(loss.text.text).toContain(`<blockquote>${escapeHtml(evidence.quote)}</blockquote>`);
    expect(loss.text.text).toContain(`Source: ${escapeHtml(evidence.source)}`);
    expect(loss.text.text).toContain(escapeHtml(evidence.article!.title));
    expect(loss.text.text).toContain(escapeHtml(evidence.article!.url));
  });

  it("with family=1 includes the spouse's own events; without it, only the person's", async () => {
    const alone = await exportTimeline('chrissy-teigen');
    const family = await exportTimeline('chrissy-teigen?family=1');
    const headlines = (doc: { events: Slide[] }) => doc.events.map((s) => s.text.headline);
    expect(headlines(family.body)).toContain('Birth: John Legend');
    expect(headlines(alone.body)).not.toContain('Birth: John Legend');
    expect(headlines(alone.body)).toContain('Birth: Chrissy Teigen');
    expect(alone.body.events.length).toBe((await datedEvents('chrissy-teigen', false)).length);
    expect(alone.body.title.text.headline).toBe('Chrissy Teigen');
  });

  it('is bounded by max, and says in headers how many events were left out', async () => {
    const all = (await datedEvents('chrissy-teigen', true)).length;
    const { res, body } = await exportTimeline('chrissy-teigen?family=1&max=2');
    expect(res.status).toBe(200);
    expect(body.events).toHaveLength(2);
    expect(timelineJsProblems(body)).toEqual([]);
    expect(res.headers.get('x-event-count')).toBe('2');
    expect(res.headers.get('x-events-left-out')).toBe(String(all - 2));
    expect(res.headers.get('x-truncated')).toBe('true');
  });

  it('answers an unknown id with 404 and bad parameters with 400, as JSON with a code', async () => {
    const missing = await exportTimeline('no-such-person-xyz?family=1');
    expect(missing.res.status).toBe(404);
    expect(missing.body.code).toBe('NOT_FOUND');
    for (const query of [
      'chrissy-teigen?family=yes',
      'chrissy-teigen?format=graphml',
      'chrissy-teigen?max=0',
      'chrissy-teigen?max=5000',
      'chrissy-teigen?max=ten',
    ]) {
      const { res, body } = await exportTimeline(query);
      expect(res.status, query).toBe(400);
      expect(body.code, query).toBe('BAD_USER_INPUT');
    }
    const post = await fetch(`${t.base}/export/timeline/chrissy-teigen`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
