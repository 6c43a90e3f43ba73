import { describe, expect, it } from 'vitest';
import { ArticleDraft } from '../../src/extract';
import { REVIEW_THRESHOLD, WRITE_THRESHOLD } from '../../src/extract/calibration';
import { draftToArticle, tierOf } from '../../src/ingest/from-text';

/** A hand-made draft: one pair at each tier, and a person (Dara) who is only in the held relation. */
function draft(): ArticleDraft {
  return {
    title: 'Tiers',
    publishedAt: '2024-05-01T00:00:00Z',
    people: [
      { ref: 'ana', name: 'Ana Pell', confidence: 0.9 },
      { ref: 'ben', name: 'Ben Pell', confidence: 0.9 },
      { ref: 'cy', name: 'Cy Pell', confidence: 0.9 },
      { ref: 'dara', name: 'Dara Quist', confidence: 0.6 },
      { ref: 'eli', name: 'Eli Quist', confidence: 0.6 },
    ],
    relations: [
      { kind: 'SPOUSE', from: 'ana', to: 'ben', confidence: 0.9, rule: 'test/high' },
      { kind: 'PARENT', from: 'ana', to: 'dara', confidence: 0.6, rule: 'test/mid' },
      { kind: 'PARENT', from: 'cy', to: 'eli', confidence: 0.3, rule: 'test/low' },
    ],
    events: [{ ref: 'e1', kind: 'DEATH', title: 'Cy Pell died', participants: ['cy'], confidence: 0.7, rule: 'test/mid-event' }],
    quotes: [],
  };
}

describe('the held tier of ingestArticleText', () => {
  it('places a confidence by the two thresholds', () => {
    expect(tierOf(WRITE_THRESHOLD, WRITE_THRESHOLD)).toBe('shown');
    expect(tierOf(WRITE_THRESHOLD - 0.01, WRITE_THRESHOLD)).toBe('held');
    expect(tierOf(REVIEW_THRESHOLD, WRITE_THRESHOLD)).toBe('held');
    expect(tierOf(REVIEW_THRESHOLD - 0.01, WRITE_THRESHOLD)).toBe('dropped');
    // a minConfidence under the review threshold writes (and shows) down to itself
    expect(tierOf(0.4, 0.3)).toBe('shown');
    expect(tierOf(0.2, 0.3)).toBe('dropped');
  });

  it('shows the high relation, holds the mid ones and drops the low one, with a warning each', () => {
    const warnings: string[] = [];
    const article = draftToArticle(draft(), WRITE_THRESHOLD, warnings);
    expect(article.relations!.map((r) => [r.rule, r.held])).toEqual([
      ['test/high', false],
      ['test/mid', true],
    ]);
    expect(article.events!.map((e) => [e.rule, e.held])).toEqual([['test/mid-event', true]]);
    expect(warnings).toContain('1 relation(s) or event(s) below confidence 0.5 were not written');
    expect(warnings).toContain(
      `2 relation(s) or event(s) below minConfidence ${WRITE_THRESHOLD} were held for review: not shown until accepted`,
    );
  });

  it('marks a person held only when held facts alone bring them in', () => {
    const article = draftToArticle(draft(), WRITE_THRESHOLD, []);
    const held = Object.fromEntries(article.people.map((p) => [p.ref, p.held ?? false]));
    // Dara (0.6) is only in the held relation; Ana is in it too but passes the gate alone; Eli's relation is dropped
    expect(held).toEqual({ ana: false, ben: false, cy: false, dara: true });
    // positive control: with the relation shown (minConfidence 0.6), Dara is an ordinary person
    const open = draftToArticle(draft(), 0.6, []);
    expect(open.people.find((p) => p.ref === 'dara')?.held).toBeUndefined();
    expect(open.relations!.every((r) => !r.held)).toBe(true);
  });
});
