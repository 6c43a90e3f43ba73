import { describe, expect, it } from 'vitest';
import { Candidate, MentionFacts } from '../../src/ingest/identity';
import { nameKey } from '../../src/ingest/keys';
import { chooseRelative, Relative } from '../../src/ingest/name-variants';
import {
  chooseNickname,
  NICKNAME_UNCONFIRMED,
  nicknameForms,
  nicknameKeys,
  nicknameTable,
  parseNicknames,
} from '../../src/ingest/nicknames';
import { foldShortForms, isShortFormOf, shortFormTargets } from '../../src/ingest/short-forms';
import { NormalizedFacts, NPerson } from '../../src/ingest/validate';

const mention: MentionFacts = { birthDate: null, deathDate: null, articleDate: '2020-05-01', aliveOn: [] };
const cand = (id: string, name: string, over: Partial<Candidate> = {}): Candidate => ({
  id,
  name,
  birthDate: null,
  deathDate: null,
  confirmed: false,
  ...over,
});

describe('nickname table', () => {
  it('reads pairs both ways, one step only, skipping the header and CRLF', () => {
    const forms = parseNicknames(
      'name1,relationship,name2\r\nwilliam,has_nickname,bill\r\nwilliam,has_nickname,will\r\nrobert,has_nickname,bill\r\n',
    );
    expect([...forms.get('bill')!].sort()).toEqual(['robert', 'william']);
    expect([...forms.get('william')!].sort()).toEqual(['bill', 'will']);
    expect(forms.get('will')!.has('bill')).toBe(false); // two nicknames of one name are not forms of each other
    expect(forms.has('name1')).toBe(false);
  });

  it('the shipped list (nicknames 1.0.1) has the issue’s pairs', () => {
    expect(nicknameTable().size).toBeGreaterThan(1000);
    expect(nicknameForms('bill')).toContain('william');
    expect(nicknameForms('william')).toContain('bill');
    expect(nicknameForms('kim')).toContain('kimberly');
    expect(nicknameForms('chris')).toContain('christopher');
    expect(nicknameForms('kardashian')).toEqual([]);
  });

  it('drops a form the lexicon gives the other gender: Christopher is not Christina', () => {
    const forms = parseNicknames('h\nchristopher,has_nickname,chris\nchristina,has_nickname,chris\n');
    expect(nicknameForms('christopher', forms)).toEqual(['chris']);
    expect(nicknameForms('chris', forms)).toContain('christopher');
    expect(nicknameForms('chris', forms)).not.toContain('christina'); // the lexicon knows Chris as a man's name
    expect(nicknameForms('christina', forms)).toEqual([]);
  });

  it('swaps the first name of a full-name key, never of a one-token one', () => {
    expect(nicknameKeys(nameKey('Bill Qaxton'))).toContain('william qaxton');
    expect(nicknameKeys(nameKey('Kim Qaxton West'))).toContain('kimberly qaxton west');
    expect(nicknameKeys('bill')).toEqual([]);
  });
});

describe('chooseNickname', () => {
  it('takes the one candidate the family confirms; unconfirmed ones are possible duplicates', () => {
    expect(chooseNickname([cand('w1', 'William Q', { confirmed: true })], mention)).toEqual({ match: 'w1' });
    expect(chooseNickname([cand('w1', 'William Q')], mention)).toEqual({
      match: null,
      duplicates: [{ id: 'w1', reason: NICKNAME_UNCONFIRMED }],
    });
  });

  it('two confirmed, or one the dates contradict, is no match', () => {
    const two = chooseNickname([cand('w1', 'William Q', { confirmed: true }), cand('w2', 'Willie Q', { confirmed: true })], mention);
    expect(two.match).toBeNull();
    const unborn = chooseNickname([cand('w1', 'William Q', { confirmed: true, birthDate: '2030' })], mention);
    expect(unborn).toEqual({ match: null, duplicates: [] });
  });
});

describe('chooseRelative tiers', () => {
  const rel = (id: string, name: string, dir: string, over: Partial<Relative> = {}): Relative => ({
    ...cand(id, name),
    via: 'p',
    dir,
    ...over,
  });

  it('a first name first, then a nickname form, then the same parent’s one-token child', () => {
    expect(chooseRelative('kim', [rel('kk', 'Kim Qar', 'spouses')], mention)).toEqual({ match: 'kk', rule: 'mononym/family-first-name' });
    expect(chooseRelative('kimberly', [rel('kk', 'Kim Qar', 'spouses')], mention)).toEqual({
      match: 'kk',
      rule: 'mononym/family-nickname',
    });
    expect(chooseRelative('jack', [rel('j-a', 'Jack', 'children')], mention)).toEqual({ match: 'j-a', rule: 'mononym/same-parent-child' });
    // the full name wins over the one-token child of another article
    expect(chooseRelative('jack', [rel('j-a', 'Jack', 'children'), rel('jp', 'Jack Qar', 'children')], mention)?.match).toBe('jp');
  });

  it('a one-token relative is no match as a spouse or parent, nor under another token; two in a tier are none', () => {
    expect(chooseRelative('jack', [rel('j-a', 'Jack', 'spouses')], mention)).toBeNull();
    expect(chooseRelative('jack', [rel('j-a', 'Jack', 'parents')], mention)).toBeNull();
    expect(chooseRelative('jack', [rel('t-a', 'Tom', 'children')], mention)).toBeNull();
    expect(chooseRelative('jack', [rel('j-a', 'Jack', 'children'), rel('j-b', 'Jack', 'children')], mention)).toBeNull();
    expect(chooseRelative('kim', [rel('k1', 'Kim Qar', 'spouses'), rel('k2', 'Kim Zed', 'spouses')], mention)).toBeNull();
    // positive control for the first: a child of that parent
    expect(chooseRelative('jack', [rel('j-a', 'Jack', 'children')], mention)?.match).toBe('j-a');
  });
});

describe('short forms within an article', () => {
  const person = (ref: string, name: string, aliases: string[] = []): NPerson => ({
    ref,
    id: null,
    name,
    aliases,
    keys: [name, ...aliases].map(nameKey),
    description: null,
    birthDate: null,
    deathDate: null,
    confidence: null,
    held: false,
  });
  const facts = (people: NPerson[], over: Partial<NormalizedFacts> = {}): NormalizedFacts => ({
    people,
    relations: [],
    events: [],
    quotes: [],
    ...over,
  });

  it('a first name, a surname or a two-word end of one full name is a short form; whole words only', () => {
    expect(isShortFormOf('kim', 'kim kardashian west')).toBe(true);
    expect(isShortFormOf('west', 'kim kardashian west')).toBe(true);
    expect(isShortFormOf('kardashian west', 'kim kardashian west')).toBe(true);
    expect(isShortFormOf('kim kardashian', 'kim kardashian west')).toBe(true);
    expect(isShortFormOf('kardashian', 'kim kardashian west')).toBe(false); // a middle word
    expect(isShortFormOf('ki', 'kim kardashian')).toBe(false);
    expect(isShortFormOf('kirk douglas', 'michael kirk douglas')).toBe(false); // another person's full name
    expect(isShortFormOf('hank williams', 'hank williams jr')).toBe(false); // Jr. is the son
  });

  it('"Kim" beside "Kim Kardashian West" folds into her, relations, events and quotes too', () => {
    const f = facts([person('k', 'Kim Kardashian West'), person('s', 'Kim'), person('y', 'Kanye Qest')], {
      relations: [{ kind: 'SPOUSE', from: 'k', to: 'y', since: null, until: null, quote: null, confidence: 1, rule: null, held: false }],
      events: [
        {
          ref: 'e',
          kind: 'SOCIAL_POST',
          title: 't',
          date: null,
          participants: ['s'],
          child: null,
          platform: null,
          commemorates: null,
          quote: null,
          cause: null,
          confidence: 1,
          rule: null,
          held: false,
        },
      ],
      quotes: [{ speaker: 's', text: 'hi' }],
    });
    const folded = foldShortForms(f);
    expect(folded.people.map((p) => p.ref)).toEqual(['k', 'y']);
    expect(folded.events[0].participants).toEqual(['k']);
    expect(folded.quotes[0].speaker).toBe('k');
  });

  it('"Kim" beside "Kim Kardashian" and "Kim Kardashian West" shortens the one person they are', () => {
    const people = [person('k', 'Kim Kardashian West'), person('b', 'Kim Kardashian'), person('s', 'Kim')];
    expect(shortFormTargets(people, [])).toEqual(
      new Map([
        ['b', 'k'],
        ['s', 'k'],
      ]),
    );
  });

  it('two people it could shorten, or a relation or shared event of its own, and it stays apart', () => {
    expect(shortFormTargets([person('a', 'Kim Qar'), person('b', 'Kim Zed'), person('s', 'Kim')], []).size).toBe(0);
    const jack = [person('n', 'Jack Nicholqon'), person('p', 'Chris Prqtt'), person('s', 'Jack')];
    expect(shortFormTargets(jack, [['p', 's']]).size).toBe(0); // Chris Prqtt's son Jack is not Nicholqon
    expect(shortFormTargets(jack, []).get('s')).toBe('n'); // positive control: no relation, the one Jack of the article
    expect(shortFormTargets([person('a', 'Kim Qar', ['Kimmy']), person('s', 'Kim')], []).get('s')).toBe('a');
    const given = { ...person('s', 'Kim'), id: 'kim-curated' };
    expect(shortFormTargets([person('a', 'Kim Qar'), given], []).size).toBe(0); // a person given by id is who the input says
  });
});
