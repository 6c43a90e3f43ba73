import { describe, expect, it } from 'vitest';
import { chosenSets, Judged, ruleTable, scoreArticle } from '../../scripts/evaluate-extraction';
import { extractArticle } from '../../src/extract';

// Invented for this test.
const TEXT =
  "Mira Holloway's husband Daniel Okafor joined her. Holloway's son Theo Okafor came too. Holloway's daughter Lina Okafor stayed home.";
const LABEL = {
  file: 'x.txt',
  set: 'dev',
  publishedAt: '2021-03-03',
  people: [['Mira Holloway'], ['Daniel Okafor'], ['Theo Okafor'], ['Lina Okafor']],
  optionalPeople: [],
  spouses: [{ a: 'Mira Holloway', b: 'Daniel Okafor' }],
  // Lina is not labelled as a child: the rule that finds her is wrong once
  parents: [{ parent: 'Mira Holloway', child: 'Theo Okafor' }],
  events: [],
};

describe('evaluate-extraction --errors: true and false positives per rule', () => {
  const { draft } = extractArticle({ text: TEXT, publishedAt: new Date('2021-03-03T12:00:00Z') });

  it('each scored relation is judged under the rule that found it', () => {
    const judged: Judged[] = [];
    scoreArticle(LABEL, draft, 0.5, [], judged);
    expect(judged.filter((j) => j.what === 'relation').map((j) => `${j.rule} ${j.ok}`)).toEqual([
      'spouse/possessive-kin true',
      'parent/possessive-child true',
      'parent/possessive-child false',
    ]);
  });

  it('the table counts them per rule, most used first', () => {
    const judged: Judged[] = [
      { rule: 'spouse/possessive-kin', what: 'relation', ok: true, confidence: 0.9 },
      { rule: 'parent/possessive-child', what: 'relation', ok: true, confidence: 0.9 },
      { rule: 'parent/possessive-child', what: 'relation', ok: false, confidence: 0.9 },
    ];
    expect(ruleTable(judged).split('\n').slice(4)).toEqual([
      '| parent/possessive-child | relation | 1 | 1 | 0.50 |',
      '| spouse/possessive-kin | relation | 1 | 0 | 1.00 |',
    ]);
  });

  it('--set takes all, one set or a list; the fabricated sets only by name', () => {
    expect(chosenSets('all').has('fabricated2')).toBe(false);
    expect(chosenSets('all').has('heldout6')).toBe(true);
    expect([...chosenSets('all,fabricated1')]).toContain('fabricated1');
    expect(() => chosenSets('fabricated3')).toThrow(/unknown set/);
  });
});
