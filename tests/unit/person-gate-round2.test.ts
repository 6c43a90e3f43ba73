import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { Occurrence, scorePerson } from '../../src/extract/person-confidence';
import { PERSON_MIN_CONFIDENCE } from '../../src/ingest/person-gate';

const PUB = new Date('2024-05-01T12:00:00Z');
const extract = (text: string) => extractArticle({ text, publishedAt: PUB, title: 'T' });
const facts = (name: string, occurrences: Occurrence[] = []) => ({
  name,
  occurrences,
  genderCued: false,
  pronouns: 0,
  surnameAlone: 0,
  related: false,
  speaker: false,
});
const at = (before: string, after: string): Occurrence => ({ before, after });

describe('person gate round 2: cues that a name is not a person (invented text)', () => {
  it.each([
    ['Kettles', 'work/possessive-fragment', [at("She loved Crooked Otter's ", ' as a child.')]],
    ['Grimbly Vs Thrush', 'work/versus', [at('The studio released ', ' last year.')]],
    ['Dunmore Vance', 'org/said-it', [at('', ' said it would cut prices.')]],
    ['Dunmore Vance', 'org/which', [at('Shoppers went to ', ', which opened in May.')]],
    ['Dunmore Vance', 'org/business-after', [at('', "'s shares fell by a tenth.")]],
    ['Dunmore Herald', 'thing/tail-word', [at('A report in the ', ' said so.')]],
    ['Tavish Grell', 'org/business-after', [at('', ' International opened a shop.')]],
    ['Orlan-style', 'thing/style-suffix', [at('a ', ' wedding')]],
    ['Pellino Sarto', 'brand/fashion', [at('She arrived wearing ', ' and pearls.')]],
    ['Pellino Sarto', 'brand/fashion', [at('a ', ' gown to the ball')]],
    ['Pellino Sarto', 'brand/fashion', [at('Her dress, made by ', ', sparkled.')]],
    ['Police', 'shape/common-word', [at('', ' said the road was shut.')]],
    ['Everybody', 'shape/common-word', [at('', ' said it was fun.')]],
    ['Manchester', 'place/known-place', [at('', ' said goodbye.')]],
    ['Twenty-seven British', 'shape/number-word', [at('', ' fans said so.')]],
  ])('%s fires %s and scores below the gate', (name, rule, occ) => {
    const s = scorePerson(facts(name, occ));
    expect(s.rules).toContain(rule);
    expect(s.confidence).toBeLessThan(PERSON_MIN_CONFIDENCE);
  });

  it.each([
    ['Laura Finch', [at('Her friend ', ' said she was sure.')]],
    ['Laura Finch', [at('', ' said she would go.'), at('with ', ', who sang.')]],
    ['Laura Finch', [at('She met ', "'s husband at a party.")]],
    ['Finch', [at('Actress Laura ', ' said no.')]],
  ])('positive control: %s (a person) fires none of them', (name, occ) => {
    const s = scorePerson(facts(name, occ));
    expect(
      s.rules.filter((r) => /possessive-fragment|versus|said-it|which|business|style|fashion|common-word|known-place|number/.test(r)),
    ).toEqual([]);
  });

  it('a designer named with a person cue elsewhere in the article keeps it: the label cue needs no person cue', () => {
    const wearing = at('She arrived wearing ', ' and pearls.');
    expect(scorePerson(facts('Pellino Sarto', [wearing])).rules).toContain('brand/fashion');
    expect(scorePerson(facts('Pellino Sarto', [wearing, at('designer ', ', 52, said hello.')])).rules).not.toContain('brand/fashion');
  });

  it('a title fragment needs every mention after a possessive', () => {
    expect(scorePerson(facts('Kettles', [at("Crooked Otter's ", '.')])).rules).toContain('work/possessive-fragment');
    expect(scorePerson(facts('Kettles', [at("Crooked Otter's ", '.'), at('singer ', ' said')])).rules).not.toContain(
      'work/possessive-fragment',
    );
  });
});

describe('person gate round 2: title words stripped from a name span (invented text)', () => {
  const names = (text: string) => extract(text).draft.people.map((p) => p.name);

  it('"Oscar-winner Sir Anthony Johnson" is Anthony Johnson', () => {
    const n = names('It was a night for Oscar-winner Sir Anthony Johnson, 80. Johnson said he was tired.');
    expect(n).toEqual(['Anthony Johnson']);
  });

  it('"Justice Harper" joins the full name the article gives, and is no new person', () => {
    const n = names('Judge Martin Harper heard the case. Later Justice Harper said the claim failed.');
    expect(n).toEqual(['Martin Harper']);
  });

  it('"Rt Rev Dr Tom Wrightson" and "Rt Hon Jane Ashworth" lose their styles', () => {
    expect(names('The sermon was given by the Rt Rev Dr Tom Wrightson, 61, on Sunday.')).toEqual(['Tom Wrightson']);
    expect(names('Rt Hon Jane Ashworth said the bill would pass.')).toEqual(['Jane Ashworth']);
  });

  it('"Rocker Johnson" mid-sentence is not glued into a name; the full name stays one person', () => {
    const n = names('Fans cheered as Rocker Johnson took the stage with Pete Johnson.');
    expect(n).toContain('Pete Johnson');
    expect(n.some((x) => /Rocker/.test(x))).toBe(false);
  });
});

describe('person gate round 2: a bare surname joins the full name the article gives (invented text)', () => {
  const names = (text: string) => extract(text).draft.people.map((p) => p.name);

  it('a full name only in the Title Case headline takes the bare surname of the body', () => {
    expect(names('Martha Quillfeather Wins Top Award\n\nQuillfeather, 45, said she was thrilled. Quillfeather thanked her team.')).toEqual([
      'Martha Quillfeather',
    ]);
  });

  it('positive control: a headline with no given name before the surname leaves it as it is', () => {
    expect(names('Praise For Quillfeather\n\nQuillfeather, 45, said she was thrilled.')).toEqual(['Quillfeather']);
  });

  it('two people before one surname ("Martha And Tom Quillfeather") are no sure full name', () => {
    expect(names('Martha And Tom Quillfeather Win\n\nQuillfeather, 45, said she was thrilled.')).toEqual(['Quillfeather']);
  });
});

describe('person gate round 2: a single word needs more than "said"', () => {
  it('"Quorbit said" alone stays below the gate; "singer Quorbit said" passes (positive control)', () => {
    expect(scorePerson(facts('Quorbit', [at('', ' said the show was over.')])).confidence).toBeLessThan(PERSON_MIN_CONFIDENCE);
    expect(scorePerson(facts('Quorbit', [at('The singer ', ' said the show was over.')])).confidence).toBeGreaterThanOrEqual(
      PERSON_MIN_CONFIDENCE,
    );
  });
});
