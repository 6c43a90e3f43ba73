import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

// Round 10 (issue 11): sentences written for these tests (no article text).
const PUB = new Date('2017-06-01T12:00:00Z');
const draftOf = (text: string) => extractArticle({ text, publishedAt: PUB, title: 'T' }).draft;
const people = (text: string) => draftOf(text).people.map((p) => p.name);
/** DEATH events written by default (confidence ≥ 0.8), as "Name date" */
const deaths = (text: string) => {
  const d = draftOf(text);
  const n = (r: string) => d.people.find((p) => p.ref === r)!.name;
  return d.events
    .filter((e) => e.kind === 'DEATH' && e.confidence >= 0.8)
    .map((e) => `${e.participants.map(n).join(' + ')} ${e.date ?? '-'}`);
};

describe('round 10: word lists written once', () => {
  it('"strangled to death" names the dead, as "stabbed to death" does', () => {
    expect(deaths("Nina Quillon's neighbour, Mara Voss, was strangled to death in 2015.")).toEqual(['Mara Voss 2015']);
    expect(deaths("Nina Quillon's neighbour, Mara Voss, was bludgeoned to death in 2015.")).toEqual(['Mara Voss 2015']);
    // positive control: the verb both lists always had
    expect(deaths("Nina Quillon's neighbour, Mara Voss, was stabbed to death in 2015.")).toEqual(['Mara Voss 2015']);
  });
  it('"Smith" is a surname, not the end of an organisation\'s name', () => {
    expect(people('Actor Wendel Smith said he was thrilled.')).toEqual(['Wendel Smith']);
    // positive control: a real organisation tail still stops a name
    expect(people('Actor Wendel Smith said the Quillon Studios deal was done.')).toEqual(['Wendel Smith']);
  });
});
