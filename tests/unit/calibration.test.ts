import * as zlib from 'zlib';
import { describe, expect, it } from 'vitest';
import { calibrationError, fitTable } from '../../scripts/calibrate-confidence';
import type { Judged } from '../../scripts/evaluate-extraction';
import { reliabilityPng } from '../../scripts/reliability-png';
import { extractArticle } from '../../src/extract';
import { calibratedConfidence, ConfidenceTable } from '../../src/extract/calibration';
import TABLE from '../../src/extract/rule-confidence.json';

const TABLE_A: ConfidenceTable = {
  prior: { relation: 0.9, event: 0.7 },
  rules: { 'spouse/x': { tp: 8, fp: 2, confidence: 0.8 } },
  factors: { 'unnamed-side': { factor: 0.5, n: 4 } },
};
const j = (rule: string, ok: boolean, factors?: string[]): Judged => ({ rule, what: 'relation', ok, confidence: 0, factors });

describe('confidence is the rule’s measured precision', () => {
  it('a rule’s confidence, times each named factor; an unmeasured rule takes its kind’s prior; never 1', () => {
    expect(calibratedConfidence('relation', 'spouse/x', [], TABLE_A)).toBe(0.8);
    expect(calibratedConfidence('relation', 'spouse/x', ['unnamed-side'], TABLE_A)).toBe(0.4);
    expect(calibratedConfidence('event', 'event/new', [], TABLE_A)).toBe(0.7);
    const sure = { ...TABLE_A, rules: { 'spouse/x': { tp: 99, fp: 0, confidence: 1 } } };
    expect(calibratedConfidence('relation', 'spouse/x', [], sure)).toBe(0.99);
  });

  it('fits smoothed precision on items with no factor, and each factor as observed over expected', () => {
    const items = [
      ...Array.from({ length: 8 }, () => j('spouse/x', true)),
      ...Array.from({ length: 2 }, () => j('spouse/x', false)),
      j('spouse/x', true, ['unnamed-side']),
      j('spouse/x', false, ['unnamed-side']),
      j('spouse/x', false, ['unnamed-side']),
    ];
    const t = fitTable(items);
    expect(t.prior.relation).toBe(0.75); // (8 + 1) / (10 + 2)
    expect(t.rules['spouse/x']).toEqual({ tp: 8, fp: 2, confidence: 0.792 }); // (8 + 2 × 0.75) / (10 + 2)
    // 1 right of 3, where the rule alone expects 3 × 0.79: (1 + 1) / (2.37 + 1)
    expect(t.factors['unnamed-side']).toEqual({ factor: 0.593, n: 3 }); // the rule at 0.79, as the extractor rounds it
  });

  it('the expected calibration error weighs each bin’s gap by its share', () => {
    const perfect = [0.95, 0.95, 0.95, 0.95].map((p, i) => ({ p, ok: i > 0 })); // 0.75 right at 0.95
    expect(calibrationError(perfect).ece).toBeCloseTo(0.2, 5);
    const calibrated = [...Array(10)].map((_, i) => ({ p: 0.7, ok: i < 7 }));
    expect(calibrationError(calibrated).ece).toBeCloseTo(0, 5);
  });

  it('the extractor reads the committed table: a stated spouse has its rule’s confidence, a side named only as "the actress" its factor too', () => {
    const t = TABLE as ConfidenceTable;
    const d = extractArticle({
      text: "Mira Holloway's husband Daniel Okafor joined her. Later the actress married Tom Pryce.",
      publishedAt: new Date('2021-03-03T12:00:00Z'),
    }).draft;
    const byRule = (rule: string) => d.relations.find((r) => r.rule === rule)!;
    expect(byRule('spouse/possessive-kin').confidence).toBe(Math.round(t.rules['spouse/possessive-kin'].confidence * 100) / 100);
    const pronoun = byRule('spouse/married-verb');
    expect(pronoun.factors).toEqual(['unnamed-side']);
    expect(pronoun.confidence).toBe(Math.round(t.rules['spouse/married-verb'].confidence * t.factors['unnamed-side'].factor * 100) / 100);
  });

  it('the reliability plot is a valid PNG of the stated size', () => {
    const png = reliabilityPng([{ lo: 0.9, n: 10, confidence: 0.95, precision: 0.9 }]);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(400);
    const idat = png.indexOf('IDAT');
    const raw = zlib.inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    expect(raw.length).toBe(400 * (400 * 3 + 1));
  });
});
