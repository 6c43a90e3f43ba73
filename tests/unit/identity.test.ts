import { describe, expect, it } from 'vitest';
import { Candidate, choosePerson, contradiction, isSingleToken, MentionFacts, scopedId } from '../../src/ingest/identity';
import { nameKey } from '../../src/ingest/keys';

const cand = (id: string, over: Partial<Candidate> = {}): Candidate => ({
  id,
  name: 'Jane Doe',
  birthDate: null,
  deathDate: null,
  confirmed: false,
  ...over,
});
const mention = (over: Partial<MentionFacts> = {}): MentionFacts => ({
  birthDate: null,
  deathDate: null,
  articleDate: '2020-05-01',
  aliveOn: [],
  ...over,
});

describe('identity rules', () => {
  it('each date rule fires on its contradiction and not on consistent dates', () => {
    expect(contradiction(cand('a', { birthDate: '2021' }), mention())).toBe('dates/born-after-article');
    expect(contradiction(cand('a', { birthDate: '2020-12' }), mention())).toBeNull();
    expect(contradiction(cand('a', { birthDate: '1508' }), mention({ birthDate: '1951' }))).toBe('dates/birth-differs');
    expect(contradiction(cand('a', { birthDate: '1950-02-03' }), mention({ birthDate: '1951' }))).toBeNull();
    expect(contradiction(cand('a', { deathDate: '1537' }), mention({ deathDate: '2001' }))).toBe('dates/death-differs');
    expect(contradiction(cand('a', { deathDate: '1537' }), mention({ aliveOn: ['1995-06'] }))).toBe('dates/dead-before-event');
    expect(contradiction(cand('a', { deathDate: '1994-11' }), mention({ aliveOn: ['1995-06'] }))).toBeNull();
  });

  it('prefers the person named before, then the confirmed one, then the only viable one', () => {
    const two = [cand('a'), cand('b', { confirmed: true })];
    expect(choosePerson(two, mention(), new Set(['a']))).toEqual({ match: 'a', rule: 'identity/previous' });
    expect(choosePerson(two, mention(), new Set())).toEqual({ match: 'b', rule: 'identity/confirmed' });
    expect(choosePerson([cand('a', { birthDate: '2030' }), cand('b')], mention(), new Set())).toEqual({
      match: 'b',
      rule: 'identity/only-candidate',
    });
    expect(choosePerson([cand('a'), cand('b')], mention(), new Set())).toEqual({ match: null, duplicates: ['a', 'b'] });
    expect(choosePerson([cand('a', { birthDate: '2030' })], mention(), new Set())).toEqual({ match: null, duplicates: [] });
  });

  it('keys: case, accents and punctuation agree; Jr. and Sr. stay part of the name', () => {
    expect(new Set(['JAY-Z', 'Jay Z', 'Jay-Z', 'jay‐z'].map(nameKey))).toEqual(new Set(['jay z']));
    expect(nameKey('Beyoncé')).toBe(nameKey('Beyonce'));
    expect(nameKey('Hank Williams, Jr.')).toBe(nameKey('Hank Williams Jr'));
    expect(nameKey('Hank Williams Jr.')).not.toBe(nameKey('Hank Williams'));
    expect(nameKey('Aaron Burr, Sr.')).not.toBe(nameKey('Aaron Burr'));
  });

  it('one-token names get an id scoped to their article, and only they count as one token', () => {
    expect(isSingleToken(nameKey('Jack'))).toBe(true);
    expect(isSingleToken(nameKey('Jay-Z'))).toBe(false);
    expect(scopedId('Jack', 'art_0123456789abcdef')).toBe('jack-01234567');
    expect(scopedId('Jack', 'art_fedcba9876543210')).not.toBe(scopedId('Jack', 'art_0123456789abcdef'));
    expect(scopedId('Aaliyah', null)).toBe('aaliyah');
  });
});
