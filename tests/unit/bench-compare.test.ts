import { describe, expect, it } from 'vitest';
import { canonical, compareAnswers, firstDifference } from '../../bench/compare/answers';
import { percentile } from '../../bench/compare/stats';

describe('bench compare: answers', () => {
  it('treats lists of records with ids as sets, at every depth', () => {
    const a = {
      id: 'p',
      kids: [
        { id: 'b', name: 'Bo' },
        { id: 'a', name: 'Al', kids: [{ id: 'y' }, { id: 'x' }] },
      ],
    };
    const b = {
      kids: [
        { name: 'Al', id: 'a', kids: [{ id: 'x' }, { id: 'y' }] },
        { id: 'b', name: 'Bo' },
      ],
      id: 'p',
    };
    expect(canonical(a)).toEqual(canonical(b));
    expect(
      compareAnswers([
        ['A', a],
        ['B', b],
      ]),
    ).toEqual([]);
  });

  it('keeps lists of scalars in order: a page or a path is an ordered answer', () => {
    expect(
      compareAnswers([
        ['A', { ids: ['a', 'b'] }],
        ['B', { ids: ['b', 'a'] }],
      ]),
    ).toEqual(['B differs from A at $.ids[0]: "a" ≠ "b"']);
  });

  it('names the system and the first place that differs, a missing field included', () => {
    const reference = { id: 'p', spouses: [{ id: 's1' }, { id: 's2' }], birthDate: '1985' };
    expect(
      compareAnswers([
        ['Limelight', reference],
        ['@neo4j/graphql', { ...reference, spouses: [{ id: 's2' }] }],
        ['Cypher', { id: 'p', spouses: [{ id: 's2' }, { id: 's1' }] }],
      ]),
    ).toEqual([
      '@neo4j/graphql differs from Limelight at $.spouses[0].id: "s1" ≠ "s2"',
      'Cypher differs from Limelight at $.birthDate: "1985" ≠ null',
    ]);
  });

  it('equates null and a missing value, and nothing else', () => {
    expect(firstDifference(canonical({ a: null }), canonical({}))).toBeNull();
    expect(firstDifference(canonical({ a: 0 }), canonical({}))).toBe('$.a: 0 ≠ null');
  });
});

describe('bench compare: percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose

  it('is the nearest rank: p50 of 1..100 is 50, p90 is 90, p99 is 99, p100 the maximum', () => {
    expect([0.5, 0.9, 0.99, 1].map((q) => percentile(hundred, q))).toEqual([50, 90, 99, 100]);
  });

  it('of one value is that value; of none, NaN', () => {
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([7], 0)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
});
