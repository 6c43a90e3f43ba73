import { describe, expect, it } from 'vitest';
import { MentionFacts } from '../../src/ingest/identity';
import { nameKey } from '../../src/ingest/keys';
import { chooseVariant, mononymScope, VariantCandidate, variantLookup, variantOf } from '../../src/ingest/name-variants';

const k = nameKey;
const rule = (a: string, b: string) => variantOf(k(a), k(b))?.rule.id ?? null;
const cand = (id: string, name: string, over: Partial<VariantCandidate> = {}): VariantCandidate => ({
  id,
  name,
  key: k(name),
  birthDate: null,
  deathDate: null,
  confirmed: false,
  spouseKeys: [],
  ...over,
});
const mention: MentionFacts = { birthDate: null, deathDate: null, articleDate: '2020-05-01', aliveOn: [] };

describe('name variant rules', () => {
  it('a full name plus one surname, spaced or hyphenated, is a married-name variant either way round', () => {
    expect(variantOf(k('Kim Kardashian West'), k('Kim Kardashian'))).toMatchObject({
      rule: { id: 'variant/married-name' },
      surname: 'west',
    });
    expect(variantOf(k('Kim Kardashian-West'), k('Kim Kardashian'))?.surname).toBe('west');
    expect(variantOf(k('Kim Kardashian'), k('Kim Kardashian West'))?.surname).toBe('west');
    expect(rule('Kim West', 'Kim')).toBeNull(); // a one-token base is no full name
    expect(rule('Kim Kardashian West', 'Khloe Kardashian')).toBeNull();
  });

  it('a middle name or initial added or dropped is a middle-name variant; inconsistent initials are not', () => {
    for (const [a, b] of [
      ['Sarah Jessica Parker', 'Sarah J. Parker'],
      ['Sarah Jessica Parker', 'Sarah Parker'],
      ['Sarah J. Parker', 'Sarah Parker'],
      ['John F. Kennedy', 'John Kennedy'],
      ['John Fitzgerald Kennedy', 'John F. Kennedy'],
    ])
      expect([a, b, rule(a, b)]).toEqual([a, b, 'variant/middle-name']);
    expect(rule('John F. Kennedy', 'John G. Kennedy')).toBeNull();
    expect(rule('Sarah Jessica Parker', 'Sarah Jane Parker')).toBeNull();
    expect(rule('Sarah Parker', 'Sarah Parker')).toBeNull();
    expect(rule('J. Parker', 'J. K. Parker')).toBeNull(); // an initial for a first name names too many
  });

  it('Jr., Sr. and III mark another person, never a variant', () => {
    expect(rule('Hank Williams Jr.', 'Hank Williams')).toBeNull();
    expect(rule('Hank Williams', 'Hank Williams, Sr.')).toBeNull();
    expect(rule('John Smith III', 'John Q. Smith III')).toBeNull();
    expect(variantLookup(k('Hank Williams Jr.'))).toBeNull();
    expect(variantLookup(k('Kim Kardashian West'))).toEqual({ first: 'kim', last: 'west', bases: ['kim kardashian'] });
  });

  it('designations, peerage titles, ordinals and male first names are no variants', () => {
    expect(rule('Charles Louis of Bourbon', 'Charles of Bourbon')).toBeNull();
    expect(rule('Thomas Brassey, 1st Earl Brassey', 'Thomas Brassey')).toBeNull();
    expect(rule('Charles Reed Bishop', 'Charles Reed')).toBeNull(); // a man's wife takes his name far more often than he hers
    expect(rule('Sarah Jessica Parker', 'Sarah Parker')).toBe('variant/middle-name'); // positive control
    expect(rule('Louisa Horton Hill', 'Louisa Horton')).toBe('variant/married-name');
  });

  it('the spouse with the surname must be the base name’s, not the married form’s', () => {
    // mention "Kim Kardashian": the candidate "Kim Kardashian West"'s husband is a West, which proves nothing
    const married = cand('kkw', 'Kim Kardashian West', { spouseKeys: ['kanye west'] });
    expect(chooseVariant(k('Kim Kardashian'), [married], mention, [])).toMatchObject({ match: null });
    expect(chooseVariant(k('Kim Kardashian'), [married], mention, ['kanye west'])).toMatchObject({ match: 'kkw' });
    // the article's spouse of the married form counts only while the graph knows no spouse of the base
    const kim = cand('kim', 'Kim Kardashian', { spouseKeys: ['ray jay'] });
    expect(chooseVariant(k('Kim Kardashian West'), [kim], mention, ['kanye west'])).toMatchObject({ match: null });
    expect(chooseVariant(k('Kim Kardashian West'), [{ ...kim, spouseKeys: [] }], mention, ['kanye west'])).toMatchObject({ match: 'kim' });
  });

  it('a married name matches only with the spouse surname, in the graph or in the article', () => {
    const kim = cand('kim', 'Kim Kardashian');
    expect(chooseVariant(k('Kim Kardashian West'), [kim], mention, [])).toEqual({
      match: null,
      duplicates: [{ id: 'kim', reason: 'married-name/unconfirmed' }],
    });
    expect(chooseVariant(k('Kim Kardashian West'), [{ ...kim, spouseKeys: ['kanye west'] }], mention, [])).toEqual({
      match: 'kim',
      rule: 'variant/married-name',
    });
    expect(chooseVariant(k('Kim Kardashian West'), [kim], mention, ['kanye west'])).toMatchObject({ match: 'kim' });
    expect(chooseVariant(k('Kim Kardashian West'), [kim], mention, ['kanye weston'])).toMatchObject({ match: null });
    // a date contradiction rules the variant out altogether
    expect(chooseVariant(k('Kim Kardashian West'), [{ ...kim, birthDate: '2030' }], mention, ['kanye west'])).toEqual({
      match: null,
      duplicates: [],
    });
  });

  it('a middle-name variant matches only when the family confirms it, and only one', () => {
    const sjp = cand('sjp', 'Sarah Jessica Parker');
    expect(chooseVariant(k('Sarah Parker'), [sjp], mention, [])).toEqual({
      match: null,
      duplicates: [{ id: 'sjp', reason: 'middle-name/unconfirmed' }],
    });
    expect(chooseVariant(k('Sarah Parker'), [{ ...sjp, confirmed: true }], mention, [])).toEqual({
      match: 'sjp',
      rule: 'variant/middle-name',
    });
    const two = [{ ...sjp, confirmed: true }, cand('sap', 'Sarah Ann Parker', { confirmed: true })];
    expect(chooseVariant(k('Sarah Parker'), two, mention, [])).toMatchObject({ match: null, duplicates: [{ id: 'sjp' }, { id: 'sap' }] });
    expect(chooseVariant(k('Sarah Parker'), [cand('x', 'Sarah Parker Jr.', { confirmed: true })], mention, [])).toEqual({
      match: null,
      duplicates: [],
    });
  });
});

describe('one-token names', () => {
  it('a stage name the lexicon does not hold as a given name or a word is global', () => {
    for (const name of ['Rihanna', 'Beyoncé', 'Drake', 'Zendaya', 'Lizzo', 'Eminem'])
      expect([name, mononymScope(k(name), [k(name)], [])]).toEqual([name, null]);
  });

  it('given names, words, short forms of a longer name and initials stay in their article', () => {
    for (const name of ['Jack', 'Kim', 'Claire', 'Josh', 'Adele', 'Cher'])
      expect(mononymScope(k(name), [k(name)], [])).toBe('mononym/given-name');
    for (const name of ['Prince', 'Seal', 'Pink']) expect(mononymScope(k(name), [k(name)], [])).toBe('mononym/common-word');
    expect(mononymScope('rihanna', ['rihanna', 'robyn fenty'], [])).toBe('mononym/has-full-name');
    expect(mononymScope('drake', ['drake'], ['francis drake'])).toBe('mononym/short-form');
    expect(mononymScope('drake', ['drake'], ['drake bell'])).toBe('mononym/short-form');
    expect(mononymScope('drake', ['drake'], ['drakeford smith'])).toBeNull(); // positive control: a token inside a word is no form of it
    expect(mononymScope('dj', ['dj'], [])).toBe('mononym/too-short');
    // the graph's other people: a first name there (Kanye West) or a surname (Betsy Drake) keeps the token scoped
    expect(mononymScope('kanye', ['kanye'], [], { asFirst: true, asLast: false })).toBe('mononym/graph-first-name');
    expect(mononymScope('drake', ['drake'], [], { asFirst: false, asLast: true })).toBe('mononym/graph-surname');
    expect(mononymScope('drake', ['drake'], [], { asFirst: false, asLast: false })).toBeNull();
  });
});
