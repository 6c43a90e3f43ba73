import { describe, expect, it } from 'vitest';
import { planEvents, planEvidence, planKin, planRejections, planSpouses, rekeyed } from '../../src/editorial/merge-plan';
import { eventKey } from '../../src/ingest/ingest';

describe('planSpouses', () => {
  it('joins a marriage of the same couple and dates, keeps the more precise dates; moves others; drops one between the two', () => {
    const plan = planSpouses(
      'into',
      [
        { id: 'f1', other: 'omar', since: '2010-06-12', until: null },
        { id: 'f2', other: 'omar', since: '2019', until: null }, // a second wedding to the same man
        { id: 'f3', other: 'ravi', since: null, until: '2001' },
        { id: 'f4', other: 'into', since: null, until: null },
      ],
      [{ id: 'i1', other: 'omar', since: '2010', until: '2015' }],
    );
    expect(plan.collapse).toEqual([{ old: 'f1', target: 'i1', since: '2010-06-12', until: '2015' }]);
    expect(plan.move).toEqual([
      { old: 'f2', a: 'into', b: 'omar' },
      { old: 'f3', a: 'into', b: 'ravi' },
    ]);
    expect(plan.drop).toEqual(['f4']);
  });

  it('two marriages folding into one target both get its final dates', () => {
    const plan = planSpouses(
      'into',
      [
        { id: 'f1', other: 'omar', since: null, until: null },
        { id: 'f2', other: 'omar', since: '2010-06', until: null },
      ],
      [{ id: 'i1', other: 'omar', since: '2010', until: null }],
    );
    expect(plan.collapse.map((c) => [c.old, c.target, c.since])).toEqual([
      ['f1', 'i1', '2010-06'],
      ['f2', 'i1', '2010-06'],
    ]);
  });
});

describe('planKin', () => {
  it('one link per parent and child, none between the two', () => {
    const plan = planKin(
      'into',
      {
        children: [
          { id: 'c1', other: 'tia' },
          { id: 'c2', other: 'noor' },
          { id: 'c3', other: 'into' },
        ],
        parents: [{ id: 'p1', other: 'mum' }],
      },
      { children: [{ id: 'i1', other: 'tia' }], parents: [] },
    );
    expect(plan).toEqual({
      drop: ['c3'],
      collapse: [{ old: 'c1', target: 'i1' }],
      move: [
        { old: 'c2', parent: 'into', child: 'noor' },
        { old: 'p1', parent: 'mum', child: 'into' },
      ],
    });
  });
});

describe('planEvents', () => {
  const wedding = (id: string, participants: string[]) => ({
    id,
    kind: 'MARRIAGE',
    date: '2010-06-12',
    title: 'Wedding',
    participants,
    child: null,
  });

  it("renames an event to the id ingestion gives it with `into`, and folds one that is into's already", () => {
    const intoWedding = eventKey('MARRIAGE', '2010-06-12', ['into', 'omar'], null, 'x');
    const plan = planEvents('from', 'into', [wedding('e1', ['from', 'omar']), wedding('e2', ['from', 'ravi'])], new Set([intoWedding]));
    expect(plan.fold).toEqual([{ old: 'e1', target: intoWedding }]);
    expect(plan.rename).toEqual([{ old: 'e2', id: eventKey('MARRIAGE', '2010-06-12', ['into', 'ravi'], null, '') }]);
  });

  it('two events of `from` that become one: the first is renamed, the second folds into it under its new id', () => {
    const posts = [
      { id: 'e1', kind: 'BIRTH', date: '2012', title: 'a', participants: ['from'], child: 'baby' },
      { id: 'e2', kind: 'BIRTH', date: '2012', title: 'b', participants: ['from', 'into'], child: 'baby' },
    ];
    const id = rekeyed('from', 'into', posts[0]);
    expect(rekeyed('from', 'into', posts[1])).toBe(id);
    expect(planEvents('from', 'into', posts, new Set())).toEqual({ rename: [{ old: 'e1', id }], fold: [{ old: 'e2', target: id }] });
  });
});

describe('planEvidence and planRejections', () => {
  it('evidence takes the id ingestion would give it, unless another piece holds it (then both stay)', () => {
    const renamed = new Map([
      ['f1', 't1'],
      ['f2', 't1'],
    ]);
    const rows = [
      { id: 'article:a|f1', originId: 'article:a', factId: 'f1' },
      { id: 'article:b|f2', originId: 'article:b', factId: 'f2' },
      { id: 'article:a|x', originId: 'article:a', factId: 'f2' },
    ];
    expect(planEvidence(rows, renamed, new Set(['article:b|t1']))).toEqual([
      { id: 'article:a|f1', newId: 'article:a|t1', factId: 't1' },
      { id: 'article:b|f2', newId: 'article:b|f2', factId: 't1' },
      { id: 'article:a|x', newId: 'article:a|x', factId: 't1' },
    ]);
  });

  it('a rejection follows its fact; one the target already remembers for the same words is dropped', () => {
    const renamed = new Map([['f1', 't1']]);
    const rows = [
      { key: 'f1|she married him', factId: 'f1' },
      { key: 'f1|they wed', factId: 'f1' },
      { key: 't1|they wed', factId: 't1' },
    ];
    expect(planRejections(rows, renamed)).toEqual([
      { key: 'f1|she married him', newKey: 't1|she married him', factId: 't1' },
      { key: 'f1|they wed', newKey: null, factId: 't1' },
    ]);
  });
});
