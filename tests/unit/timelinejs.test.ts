import { describe, expect, it } from 'vitest';
import { escapeHtml, groupOf, toSlide, toTimelineJs, toTimelineJsDate } from '../../src/export/timelinejs';
import { TimelineExportEvent, TimelineExportRecord } from '../../src/graph/timeline-export.queries';
// @ts-expect-error an .mjs script without types
import { readmeExamples } from '../../scripts/readme-examples.mjs';
import { timelineJsProblems } from '../helpers/timelinejs-shape';

function event(overrides: Partial<TimelineExportEvent['event']> = {}, rest: Partial<TimelineExportEvent> = {}): TimelineExportEvent {
  return {
    event: {
      id: 'evt_1',
      kind: 'MARRIAGE',
      title: 'Marriage: A and B',
      date: '2013-09-14',
      platform: null,
      quote: null,
      cause: null,
      ...overrides,
    },
    participants: ['A', 'B'],
    evidence: [
      {
        source: 'Example Weekly',
        quote: 'A married B in Italy.',
        confidence: 0.94,
        status: 'PROPOSED',
        article: { title: 'A and B wed', url: 'https://example.org/a-b', publisher: 'Example Weekly' },
      },
    ],
    ...rest,
  };
}

describe('TimelineJS start_date', () => {
  it('is exactly as precise as the stored partial date', () => {
    expect(toTimelineJsDate('2020')).toEqual({ year: 2020 });
    expect(toTimelineJsDate('2020-09')).toEqual({ year: 2020, month: 9 });
    expect(toTimelineJsDate('2020-09-30')).toEqual({ year: 2020, month: 9, day: 30 });
  });

  it('gives no date for text that is not a partial date (no invented day or month)', () => {
    expect(toTimelineJsDate('2020-13')).toBeNull();
    expect(toTimelineJsDate('2021-02-29')).toBeNull();
    expect(toTimelineJsDate('September 2020')).toBeNull();
  });
});

describe('TimelineJS slides', () => {
  it('carries the headline, the evidence (quote, source, status, article link) and the kind as group', () => {
    const slide = toSlide(event())!;
    expect(slide.start_date).toEqual({ year: 2013, month: 9, day: 14 });
    expect(slide.text.headline).toBe('Marriage: A and B');
    expect(slide.text.text).toContain('<p>A, B</p>');
    expect(slide.text.text).toContain('<blockquote>A married B in Italy.</blockquote>');
    expect(slide.text.text).toContain('Source: Example Weekly, proposed, confidence 0.94.');
    expect(slide.text.text).toContain('<a href="https://example.org/a-b">A and B wed</a>, Example Weekly');
    expect(slide.group).toBe('Marriages');
    expect(slide.unique_id).toBe('evt_1');
  });

  it('shows an address that is not a web link as text, not as a link', () => {
    const seed = event(
      {},
      { evidence: [{ ...event().evidence[0], article: { title: 'Seed', url: 'urn:limelight:seed:x', publisher: null } }] },
    );
    const text = toSlide(seed)!.text.text;
    expect(text).toContain('Seed (urn:limelight:seed:x)');
    expect(text).not.toContain('<a ');
  });

  it('escapes stored text, which TimelineJS renders as HTML', () => {
    const hostile = event({ title: '<img src=x onerror=alert(1)>' }, { participants: ['A & "B"'] });
    const slide = toSlide(hostile)!;
    expect(slide.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(slide.text.text).toContain('<p>A &amp; &quot;B&quot;</p>');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it("keeps the event's own quote once, even when its evidence quotes the same sentence", () => {
    const quoted = event({ quote: 'A married B in Italy.' });
    expect(toSlide(quoted)!.text.text.match(/A married B in Italy\./g)).toHaveLength(1);
    const own = event({ quote: 'We said yes.' });
    expect(toSlide(own)!.text.text).toContain('<blockquote>We said yes.</blockquote>');
  });

  it('leaves out an undated event (TimelineJS needs a start_date) and names unknown kinds in words', () => {
    expect(toSlide(event({ date: null }))).toBeNull();
    expect(groupOf('PREGNANCY_LOSS')).toBe('Pregnancy losses');
    expect(groupOf('RED_CARPET')).toBe('Red carpet');
  });
});

describe('the TimelineJS document', () => {
  const record: TimelineExportRecord = {
    person: { id: 'a', name: 'A' },
    events: [
      event({ id: 'e1', date: '2013' }),
      event({ id: 'e2', date: '2020-09', kind: 'PREGNANCY_LOSS' }),
      event({ id: 'e3', date: null }),
    ],
    dated: 2,
    undated: 0,
  };

  it("is valid in TimelineJS3's documented format, with a title slide", () => {
    const doc = toTimelineJs(record, true);
    expect(timelineJsProblems(doc)).toEqual([]);
    expect(doc.title.text.headline).toBe('A and family');
    expect(doc.events.map((s) => s.unique_id)).toEqual(['e1', 'e2']);
    expect(doc.events.map((s) => s.start_date)).toEqual([{ year: 2013 }, { year: 2020, month: 9 }]);
  });

  it('the shape check finds what TimelineJS would not accept (its positive controls)', () => {
    const valid = toTimelineJs(record, false);
    const broken = (change: (doc: any) => void) => {
      const doc = structuredClone(valid);
      change(doc);
      return timelineJsProblems(doc);
    };
    expect(broken((d) => delete d.events[0].start_date)).toEqual(['events[0].start_date: required for events']);
    expect(broken((d) => (d.events[0].start_date = { year: '2013' }))).toEqual(['events[0].start_date.year: required, a whole number']);
    expect(broken((d) => (d.events[1].start_date.month = 13))).toEqual(['events[1].start_date.month: a whole number from 1 to 12']);
    expect(broken((d) => (d.events[0].start_date = { year: 2013, day: 4 }))).toEqual(['events[0].start_date: a day without a month']);
    expect(broken((d) => (d.events[0].date = '2013'))).toEqual(['events[0].date: not in the format']);
    expect(broken((d) => (d.events[1].unique_id = 'e1'))).toEqual(['events[1].unique_id: e1 used twice']);
    expect(broken((d) => delete d.events)).toEqual(['events: required, a list of slides']);
  });
});

describe('README examples for GraphiQL', () => {
  it('are the graphql blocks, each titled by the heading above it', () => {
    const markdown = [
      '## Search',
      '```graphql',
      '{ a }',
      '```',
      'text',
      '```sh',
      'npm start',
      '```',
      '### Paths',
      '```graphql',
      '{ b }',
      '```',
      '```graphql',
      'mutation { c }',
      '```',
    ].join('\n');
    expect(readmeExamples(markdown)).toEqual([
      { title: 'Search', query: '{ a }\n' },
      { title: 'Paths (1)', query: '{ b }\n' },
      { title: 'Paths (2)', query: 'mutation { c }\n' },
    ]);
  });
});
