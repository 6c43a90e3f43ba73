import { describe, expect, it } from 'vitest';
import { sample, score } from '../../scripts/measure-identity';

describe('the identity measurement', () => {
  const ids = Array.from({ length: 40 }, (_, i) => `p${i}`);

  it('draws the same sample for the same seed whatever the input order, and another for another seed', () => {
    const one = sample(ids, 10, 9, (x) => x);
    expect(one).toHaveLength(10);
    expect(new Set(one).size).toBe(10);
    expect(sample([...ids].reverse(), 10, 9, (x) => x)).toEqual(one);
    expect(sample(ids, 10, 10, (x) => x)).not.toEqual(one);
    expect(sample(ids, 100, 9, (x) => x)).toHaveLength(40);
  });

  it('counts verdicts, and refuses one it does not know', () => {
    const tsv = ['n\tname\tverdict', '1\tA\tperson', '2\tB\tnot-person', '3\tC\tperson', '4\tD\t', '5\tE\tduplicate'].join('\n');
    expect(score(tsv)).toEqual({ total: 5, unlabelled: 1, counts: { person: 2, 'not-person': 1, 'first-name': 0, duplicate: 1 } });
    expect(() => score(`${tsv}\n6\tF\tmaybe`)).toThrow(/row 7: unknown verdict "maybe"/);
  });
});
