import { describe, expect, it } from 'vitest';
import { chosenSets, Judged, matchPeople, ruleTable, scoreArticle } from '../../scripts/evaluate-extraction';
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
    expect(() => chosenSets('fabricated9')).toThrow(/unknown set/);
  });
});

describe('matching found people to labelled ones', () => {
  const person = (name: string, aliases: string[] = []) => ({ ref: name, name, aliases, confidence: 1 }) as any;
  const gold = [{ alts: ['Nora Quill', 'Nora', 'Nora the Great'] }];

  it('gives the label to the found person named by its full spelling, not to a nickname met first', () => {
    const nickname = person('Nora the Great');
    const full = person('Nora Quill');
    const match = matchPeople(gold, [nickname, full]);
    expect(match.get(full)).toBe(0);
    expect(match.has(nickname)).toBe(false);
  });

  it('still matches a nickname when it is the only one found (positive control)', () => {
    const nickname = person('Nora the Great');
    expect(matchPeople(gold, [nickname]).get(nickname)).toBe(0);
  });

  it('matches through an alias only after every own name', () => {
    const byAlias = person('N. Quill', ['Nora']);
    const byName = person('Nora');
    const match = matchPeople(gold, [byAlias, byName]);
    expect(match.get(byName)).toBe(0);
    expect(match.has(byAlias)).toBe(false);
  });
});
