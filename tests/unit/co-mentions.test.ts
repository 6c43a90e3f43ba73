import { describe, expect, it } from 'vitest';
import { findNearPairs, sentencesNaming } from '../../src/ingest/co-mentions';
import { rankPaths } from '../../src/connections/find-connections';

const people = [
  { id: 'a-ada', forms: ['Ada Quill', 'Quill'] },
  { id: 'b-bo', forms: ['Bo Marsh'] },
  { id: 'c-cy', forms: ['Cy Ferrol'] },
];

describe('co-mention rule: named close together', () => {
  it('pairs two people named in one sentence, by full name or alias', () => {
    const body = 'Ada Quill arrived first. Later Quill and Bo Marsh shared a table. Nobody else came.\n\nCy Ferrol wrote about it.';
    expect(findNearPairs(body, people)).toEqual([['a-ada', 'b-bo']]);
  });

  it('does not pair people named sentences apart, unless the window allows it (positive control)', () => {
    const body = 'Bo Marsh left early. The band played on. Cy Ferrol stayed late.';
    expect(findNearPairs(body, people)).toEqual([]);
    expect(findNearPairs(body, people, 2)).toEqual([['b-bo', 'c-cy']]);
  });

  it('by default the next sentence is already too far (NEAR_SENTENCES = 0)', () => {
    const body = 'Bo Marsh left. Cy Ferrol stayed.';
    expect(findNearPairs(body, people)).toEqual([]);
    expect(findNearPairs(body, people, 1)).toEqual([['b-bo', 'c-cy']]);
  });

  it('knows nothing about positions without a body', () => {
    expect(findNearPairs(undefined, people)).toEqual([]);
    expect(findNearPairs('  ', people)).toEqual([]);
  });

  it('matches whole words only: "Bo Marshall" is not Bo Marsh', () => {
    const at = sentencesNaming('Bo Marshall met Ada Quill. Bo Marsh did not.', people);
    expect(at.get('b-bo')).toEqual([1]);
    expect(at.get('a-ada')).toEqual([0]);
  });
});

describe('rankPaths', () => {
  const edges = new Map([
    ['a\u0000b', { type: 'CO_MENTIONED' }],
    ['a\u0000c', { type: 'SPOUSE_OF' }],
    ['b\u0000c', { type: 'PARENT_OF' }],
    ['b\u0000d', { type: 'CO_MENTIONED' }],
    ['c\u0000d', { type: 'CO_MENTIONED' }],
  ]);
  it('puts a family path before a shorter path with a co-mention, then fewer co-mention hops, then shorter', () => {
    const found = [
      ['a', 'b'],
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
      ['a', 'c', 'b'],
    ];
    expect(rankPaths(found, edges)).toEqual([
      ['a', 'c', 'b'],
      ['a', 'b'],
      ['a', 'c', 'd'],
      ['a', 'b', 'd'],
    ]);
  });
});
