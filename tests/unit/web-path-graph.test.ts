import { describe, expect, it } from 'vitest';
import { hopLabel, pathsToElements, PathView } from '../../src/web/client/path-graph';

const p = (id: string) => ({ id, name: id.toUpperCase() });

describe('paths drawn as one graph', () => {
  const viaSpouse: PathView = {
    length: 2,
    people: [p('a'), p('b'), p('c')],
    hops: [
      { from: p('a'), to: p('b'), relation: 'SPOUSE' },
      { from: p('b'), to: p('c'), relation: 'PARENT' },
    ],
  };
  const viaCoMention: PathView = {
    length: 2,
    people: [p('a'), p('d'), p('c')],
    hops: [
      { from: p('a'), to: p('d'), relation: 'CO_MENTIONED' },
      { from: p('d'), to: p('c'), relation: 'SPOUSE' },
    ],
  };

  it('keeps each person once and marks the two ends', () => {
    const { nodes } = pathsToElements([viaSpouse, viaCoMention], 'a', 'c');
    expect(nodes.map((n) => [n.data.id, n.data.role])).toEqual([
      ['a', 'from'],
      ['b', 'via'],
      ['c', 'to'],
      ['d', 'via'],
    ]);
    expect(nodes[0].data.label).toBe('A');
  });

  it('draws co-mentions weak and stated relations solid, parent links pointing at the child', () => {
    const { edges } = pathsToElements([viaSpouse, viaCoMention], 'a', 'c');
    expect(edges.map((e) => [e.data.source, e.data.target, e.data.relation, e.classes])).toEqual([
      ['a', 'b', 'SPOUSE', 'stated'],
      ['b', 'c', 'PARENT', 'stated directed'],
      ['a', 'd', 'CO_MENTIONED', 'weak'],
      ['c', 'd', 'SPOUSE', 'stated'],
    ]);
  });

  it('draws one edge for one fact, whichever way a path walks it', () => {
    const down: PathView = { length: 1, people: [p('b'), p('c')], hops: [{ from: p('b'), to: p('c'), relation: 'PARENT' }] };
    const up: PathView = { length: 1, people: [p('c'), p('b')], hops: [{ from: p('c'), to: p('b'), relation: 'CHILD' }] };
    const spouseBack: PathView = { length: 1, people: [p('b'), p('a')], hops: [{ from: p('b'), to: p('a'), relation: 'SPOUSE' }] };
    const { edges } = pathsToElements([down, up, viaSpouse, spouseBack], 'b', 'c');
    expect(edges.map((e) => e.data.id)).toEqual(['PARENT:b>c', 'SPOUSE:a|b']);
    expect(edges[0]).toMatchObject({ data: { source: 'b', target: 'c' } });
  });

  it('reads each hop from its from side', () => {
    expect(['SPOUSE', 'PARENT', 'CHILD', 'CO_MENTIONED'].map((r) => hopLabel(r as never))).toEqual([
      'spouse of',
      'parent of',
      'child of',
      'named with',
    ]);
  });
});
