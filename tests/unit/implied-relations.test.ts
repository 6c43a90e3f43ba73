import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { REVIEW_THRESHOLD } from '../../src/extract/calibration';
import { draftToArticle } from '../../src/ingest/from-text';
import { impliedRelations, withImpliedRelations } from '../../src/ingest/implied';
import { normalizeFacts } from '../../src/ingest/validate';

// Invented for this test.
const WEDDING =
  'Mira Holloway and Daniel Okafor tied the knot in June 2019. ' +
  'A year later the couple welcomed their first child, a daughter named Elsa.';

const factsOf = (text: string) => {
  const { draft } = extractArticle({ text, publishedAt: new Date('2021-03-03T12:00:00Z') });
  // everything proposed: this tests what events imply, not whether their (calibrated) confidence reaches the write threshold
  return normalizeFacts(draftToArticle(draft, REVIEW_THRESHOLD, []), 'input');
};

describe('events imply relations', () => {
  it('a wedding of two people states they are spouses since its date, with its quote and confidence', () => {
    const facts = factsOf(WEDDING);
    const marriage = facts.events.find((e) => e.kind === 'MARRIAGE')!;
    expect(marriage.date).toBe('2019-06');
    const name = (ref: string) => facts.people.find((p) => p.ref === ref)!.name;
    const implied = impliedRelations({ events: facts.events, relations: [] });
    const spouse = implied.find((r) => r.kind === 'SPOUSE')!;
    expect([name(spouse.from), name(spouse.to)].sort()).toEqual(['Daniel Okafor', 'Mira Holloway']);
    expect(spouse).toMatchObject({ since: '2019-06', quote: marriage.quote, confidence: marriage.confidence });
  });

  it('a birth with named parents states each parent link, with the birth as evidence', () => {
    const facts = factsOf(WEDDING);
    const birth = facts.events.find((e) => e.kind === 'BIRTH' && e.child)!;
    const name = (ref: string) => facts.people.find((p) => p.ref === ref)!.name;
    expect(name(birth.child!)).toBe('Elsa');
    const parents = impliedRelations({ events: [birth], relations: [] });
    expect(parents.map((r) => [r.kind, name(r.from), name(r.to)]).sort()).toEqual([
      ['PARENT', 'Daniel Okafor', 'Elsa'],
      ['PARENT', 'Mira Holloway', 'Elsa'],
    ]);
    expect(parents.every((r) => r.quote === birth.quote && r.confidence === birth.confidence)).toBe(true);
  });

  it('does not repeat a relation the facts already state, and keeps one they do not', () => {
    const wedding = {
      ref: 'e1',
      kind: 'MARRIAGE',
      title: 'Wedding',
      date: '2019-06-08',
      participants: ['a', 'b'],
      child: null,
      platform: null,
      commemorates: null,
      quote: 'A and B wed.',
      cause: null,
      confidence: 0.85,
      rule: null,
      held: false,
    };
    const stated = {
      kind: 'SPOUSE' as const,
      from: 'b',
      to: 'a',
      since: '2019-06',
      until: null,
      quote: 'B married A.',
      confidence: 1,
      rule: null,
      held: false,
    };
    expect(impliedRelations({ events: [wedding], relations: [stated] })).toEqual([]);
    // positive control: an earlier marriage of the same pair is another marriage, so the wedding still states one
    const earlier = { ...stated, since: '2009' };
    expect(impliedRelations({ events: [wedding], relations: [earlier] })).toHaveLength(1);
    // a wedding with one named person, or a birth with no child, states no relation
    expect(impliedRelations({ events: [{ ...wedding, participants: ['a'] }], relations: [] })).toEqual([]);
    expect(impliedRelations({ events: [{ ...wedding, kind: 'BIRTH' }], relations: [] })).toEqual([]);
  });

  it('a divorce ends the marriage it follows: the stated relation takes its date, a later remarriage does not', () => {
    const divorce = {
      ref: 'd1',
      kind: 'DIVORCE',
      title: 'Divorce',
      date: '2016-03',
      participants: ['a', 'b'],
      child: null,
      platform: null,
      commemorates: null,
      quote: 'A and B finalised their divorce in March 2016.',
      cause: null,
      confidence: 0.85,
      rule: null,
      held: false,
    };
    const first = {
      kind: 'SPOUSE' as const,
      from: 'a',
      to: 'b',
      since: '2010',
      until: null,
      quote: 'A married B.',
      confidence: 1,
      rule: null,
      held: false,
    };
    const again = { ...first, since: '2019' };
    const all = withImpliedRelations({ events: [divorce], relations: [first, again] });
    expect(all).toHaveLength(2);
    expect(all.map((r) => [r.since, r.until])).toEqual([
      ['2010', '2016-03'],
      ['2019', null],
    ]);
    // the input is not changed in place
    expect(first.until).toBeNull();
    // with no stated marriage the divorce itself states one, ended on its date
    expect(impliedRelations({ events: [divorce], relations: [] })).toEqual([
      {
        kind: 'SPOUSE',
        from: 'a',
        to: 'b',
        since: null,
        until: '2016-03',
        quote: divorce.quote,
        confidence: 0.85,
        rule: null,
        held: false,
      },
    ]);
  });
});
