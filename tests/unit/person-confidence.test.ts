import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { CUE_RULES, SHAPE_RULES, scorePerson } from '../../src/extract/person-confidence';
import { draftToArticle } from '../../src/ingest/from-text';
import { PERSON_MIN_CONFIDENCE, peopleToWrite, SPEAKER_MIN_CONFIDENCE, withWrittenPeople } from '../../src/ingest/person-gate';
import { normalizeFacts } from '../../src/ingest/validate';
import { PEOPLE, TRAP_NAMES, TRAPS } from '../helpers/person-traps';

const PUB = new Date('2024-05-01T12:00:00Z');
const extract = (text: string) => extractArticle({ text, publishedAt: PUB, title: 'T' });

describe('person confidence', () => {
  const { draft, personRules } = extract(TRAPS);
  const person = (name: string) => draft.people.find((p) => p.name === name || p.name.endsWith(` ${name}`));
  const rules = (name: string) => personRules![person(name)!.ref];

  it.each([
    ['Tessa Morrow', 'group/word-before'],
    ['Edwin Sprocket', 'work/character'],
    ['Brindleys', 'org/word-before'],
    ['Maple Ashby', 'thing/apposition'],
    ['Harlan Vale', 'place/word-after'],
    ['Gemma Pike', 'show/word-after'],
  ])('%s is found but scored below the gate by %s', (name, rule) => {
    expect(person(name)).toBeDefined();
    expect(rules(name)).toContain(rule);
    expect(person(name)!.confidence).toBeLessThan(PERSON_MIN_CONFIDENCE);
  });

  it('the people beside them score at or above the gate, by their cues (positive control)', () => {
    for (const name of PEOPLE) expect(person(name)!.confidence).toBeGreaterThanOrEqual(PERSON_MIN_CONFIDENCE);
    expect(rules('Marla Quenby')).toEqual(expect.arrayContaining(['cue/role-before', 'cue/age']));
    expect(rules('Celia Brandt')).toContain('cue/role-apposition');
  });

  it('is a number 0..1 with two decimals, and the rule ids stay out of the draft', () => {
    for (const p of draft.people) {
      expect(p.confidence).toBeGreaterThanOrEqual(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      expect(Math.round(p.confidence! * 100) / 100).toBe(p.confidence);
    }
    expect(JSON.stringify(draft)).not.toMatch(/shape\/|cue\//);
  });

  it('every rule has an id, a reason and a weight; ids are unique', () => {
    const ids = [...SHAPE_RULES.map((r) => r.id), ...CUE_RULES.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of CUE_RULES) expect(r.why.length > 0 && r.weight !== 0 && (r.mention || r.person)).toBeTruthy();
  });

  it.each([
    ['Maple Towers', 'thing/tail-word'],
    ['Jamie And His Magic Torch', 'work/title-words'],
    ["We're", 'shape/contraction'],
  ])('%s fires %s on its name alone', (name, rule) => {
    const facts = { name, occurrences: [], genderCued: false, pronouns: 0, surnameAlone: 0, related: false, speaker: false };
    expect(scorePerson(facts).rules).toContain(rule);
    expect(scorePerson(facts).confidence).toBeLessThan(PERSON_MIN_CONFIDENCE);
    expect(scorePerson({ ...facts, name: 'Laura Finch' }).rules).not.toContain(rule); // control
  });

  it('"the" before a one-word name lowers it, not before a full name', () => {
    const facts = {
      occurrences: [{ before: 'supporting the ', after: ' on tour' }],
      genderCued: false,
      pronouns: 0,
      surnameAlone: 0,
      related: false,
      speaker: false,
    };
    expect(scorePerson({ name: 'Tollers', ...facts }).rules).toContain('thing/the-one-word');
    expect(scorePerson({ name: 'Laura Finch', ...facts }).rules).not.toContain('thing/the-one-word');
  });

  it('clamps the sum to 0..1', () => {
    const facts = { occurrences: [], genderCued: true, pronouns: 1, surnameAlone: 1, related: true, speaker: true };
    expect(scorePerson({ name: 'Laura Finch', ...facts }).confidence).toBe(1);
    const band = { before: 'the band ', after: ' were loud, the band said' };
    expect(
      scorePerson({ name: 'Laura Finch', ...facts, related: false, occurrences: [band, { before: 'bookmakers ', after: ' spokesman' }] })
        .confidence,
    ).toBe(0);
  });
});

describe('the person gate', () => {
  it('draftToArticle writes the people, not the traps, and says how many it dropped', () => {
    const warnings: string[] = [];
    const { draft } = extract(TRAPS);
    const names = draftToArticle(draft, 0.8, warnings).people.map((p) => p.name);
    for (const n of TRAP_NAMES) expect(names.some((x) => x === n || x.endsWith(` ${n}`))).toBe(false);
    expect(names).toEqual(expect.arrayContaining(PEOPLE));
    expect(warnings).toContain(
      `${TRAP_NAMES.length} name(s) below person confidence ${PERSON_MIN_CONFIDENCE}, in no relation, event or quote, were not written as people`,
    );
  });

  it('keeps a low-confidence name that is in a written relation, not the same name with none', () => {
    const related = extract(
      'Laura Marrick married Peter Thornley in 2019. They first met in Peter Thornley, the musical, where both sang.',
    );
    const alone = extract('Laura Marrick met Peter Thornley in 2019. They first met in Peter Thornley, the musical, where both sang.');
    const low = (d: typeof related.draft) => d.people.find((p) => p.name === 'Peter Thornley')!.confidence!;
    expect(low(related.draft)).toBeLessThan(PERSON_MIN_CONFIDENCE);
    expect(draftToArticle(related.draft, 0.8, []).people.map((p) => p.name)).toContain('Peter Thornley');
    expect(draftToArticle(alone.draft, 0.8, []).people.map((p) => p.name)).not.toContain('Peter Thornley');
    // the relation must itself be shown: at minConfidence 1 it is held for review, and so is he
    const strict = draftToArticle(related.draft, 1, []);
    expect(strict.relations!.length).toBeGreaterThan(0);
    expect(strict.relations!.every((r) => r.held)).toBe(true);
    expect(strict.people.find((p) => p.name === 'Peter Thornley')?.held).toBe(true);
    expect(draftToArticle(related.draft, 0.8, []).people.find((p) => p.name === 'Peter Thornley')?.held).toBeUndefined();
  });

  it('keeps curated people (no confidence) and quote speakers; drops the rest below the gate', () => {
    const warnings: string[] = [];
    const kept = peopleToWrite(
      {
        people: [
          { ref: 'a', confidence: null },
          { ref: 'b', confidence: 0.2 },
          { ref: 'c', confidence: 0.2 },
          { ref: 'd', confidence: SPEAKER_MIN_CONFIDENCE },
          { ref: 'e', confidence: PERSON_MIN_CONFIDENCE },
        ],
        events: [{ participants: ['c'] }],
        quotes: [{ speaker: 'd' }, { speaker: null }],
      },
      warnings,
    );
    expect([...kept].sort()).toEqual(['a', 'c', 'd', 'e']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^1 name/);
  });

  it('a speaker below SPEAKER_MIN_CONFIDENCE is not written for a quote alone; the quote stays, unattributed', () => {
    const facts = {
      people: [
        { ref: 'firm', confidence: SPEAKER_MIN_CONFIDENCE - 0.1 },
        { ref: 'aide', confidence: SPEAKER_MIN_CONFIDENCE },
      ],
      quotes: [
        { speaker: 'firm', text: 'Odds have been slashed.' },
        { speaker: 'aide', text: 'She is thrilled.' },
      ],
    };
    const gated = withWrittenPeople(facts, []);
    expect(gated.people.map((p) => p.ref)).toEqual(['aide']);
    expect(gated.quotes).toEqual([
      { speaker: null, text: 'Odds have been slashed.' },
      { speaker: 'aide', text: 'She is thrilled.' },
    ]);
  });

  it('a person confidence outside 0..1 is BAD_USER_INPUT naming the field', () => {
    const input = (confidence: number) => ({ people: [{ ref: 'p1', name: 'Laura Finch', confidence }] });
    expect(() => normalizeFacts(input(1.5), 'input')).toThrow(/input\.people\[0\]\.confidence/);
    expect(() => normalizeFacts(input(Number.NaN), 'input')).toThrow(/outside 0\.\.1/);
    expect(normalizeFacts(input(0.42), 'input').people[0].confidence).toBe(0.42);
  });
});
