import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { REVIEW_THRESHOLD } from '../../src/extract/calibration';
import { draftToArticle, publicDraft } from '../../src/ingest/from-text';
import { normalizeFacts } from '../../src/ingest/validate';

// Invented for this test.
const TEXT =
  "Mira Holloway's husband Daniel Okafor joined her at the premiere. " +
  'The couple tied the knot in June 2019, and Holloway said she was proud of their daughter Elsa Okafor.';
const publishedAt = new Date('2021-03-03T12:00:00Z');

describe('each machine-read relation and event names the rule that found it', () => {
  const { draft } = extractArticle({ text: TEXT, publishedAt });

  it('relations and events carry their rule id', () => {
    const name = (ref: string) => draft.people.find((p) => p.ref === ref)!.name;
    const spouse = draft.relations.find((r) => r.kind === 'SPOUSE')!;
    expect([name(spouse.from), name(spouse.to)].sort()).toEqual(['Daniel Okafor', 'Mira Holloway']);
    expect(spouse.rule).toBe('spouse/possessive-kin');
    expect(draft.events.find((e) => e.kind === 'MARRIAGE')?.rule).toBe('event/marriage-dated');
    expect(draft.relations.every((r) => /^(spouse|parent)\/[a-z-]+$/.test(r.rule ?? ''))).toBe(true);
  });

  it('the draft extractArticle shows has no rule (it stays valid ArticleInput), the ingested facts keep it', () => {
    const shown = publicDraft(draft);
    expect(JSON.stringify(shown)).not.toContain('"rule"');
    // positive control: the same draft with its rules
    expect(JSON.stringify(draft)).toContain('"rule"');
    const facts = normalizeFacts(draftToArticle(draft, REVIEW_THRESHOLD, []), 'input');
    expect(facts.relations.find((r) => r.kind === 'SPOUSE')?.rule).toBe('spouse/possessive-kin');
    expect(facts.events.find((e) => e.kind === 'MARRIAGE')?.rule).toBe('event/marriage-dated');
  });

  it('curated input has no rule', () => {
    const facts = normalizeFacts(draftToArticle(publicDraft(draft), REVIEW_THRESHOLD, []), 'input');
    expect(facts.relations.every((r) => r.rule === null)).toBe(true);
    expect(facts.events.every((e) => e.rule === null)).toBe(true);
  });
});
