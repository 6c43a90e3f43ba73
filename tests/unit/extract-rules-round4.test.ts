import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

const PUB = new Date('2017-06-01T12:00:00Z');
const rels = (text: string) => {
  const d = extractArticle({ text, publishedAt: PUB, title: 'T' }).draft;
  const n = (r: string) => d.people.find((p) => p.ref === r)!.name;
  return d.relations.map((r) => `${r.kind} ${n(r.from)} > ${n(r.to)}`);
};

describe('round 4: pronouns and descriptions', () => {
  // Round 4 also made a pronoun prefer a sentence-opening or most-mentioned antecedent; that lowered precision on the
  // unseen heldout3 set (0.82 -> 0.78), so it was reverted and the nearest mention of the right gender wins again.
  it('a pronoun goes to the nearest earlier person of its gender', () => {
    expect(rels('Maria Lopez interviewed Laura Finch. Her son Tommy sang.')).toContain('PARENT Laura Finch > Tommy');
  });
  it('a description does not point back to a name in its own sentence', () => {
    const text = "Maria Lopez spoke to Laura Finch on the show. Later, Maria Lopez had dinner with the singer's mom, Ellen Finch.";
    expect(rels(text)).not.toContain('PARENT Ellen Finch > Maria Lopez');
  });
});

describe('round 4: spouse wordings', () => {
  it('"when she married co-star Y" and "after she and actor Y wed"', () => {
    expect(rels('Laura Finch was 20 when she married co-star Peter Grant.')).toContain('SPOUSE Laura Finch > Peter Grant');
    expect(rels('Laura Finch and actor Peter Grant wed in 2000.')).toContain('SPOUSE Laura Finch > Peter Grant');
  });
  it('"X, who was married to Y for five years, has been married to Z": both spouses', () => {
    const r = rels('Laura Finch, who was married to Peter Grant for five years, has been happily married to Mark Dunn since 2010.');
    expect(r).toContain('SPOUSE Laura Finch > Peter Grant');
    expect(r).toContain('SPOUSE Laura Finch > Mark Dunn');
  });
  it('"Y his wife of N years" without a comma', () => {
    expect(rels('Peter Grant thanked Laura Finch his wife of 30 years at the ceremony.')).toContain('SPOUSE Peter Grant > Laura Finch');
  });
});

describe('round 4: parent wordings', () => {
  it('"They" after "X and Y married" is that couple', () => {
    const r = rels('Peter Grant and Laura Finch married in 2009. They are parents to 4-year-old son, Milo.');
    expect(r).toEqual(expect.arrayContaining(['PARENT Peter Grant > Milo', 'PARENT Laura Finch > Milo']));
  });
  it('"her and Y\'s son Z"', () => {
    const r = rels("Laura Finch talked about her and Peter Grant's 2-year-old son Milo at the gala.");
    expect(r).toEqual(expect.arrayContaining(['PARENT Laura Finch > Milo', 'PARENT Peter Grant > Milo']));
  });
  it('the possessive of a name ending in s: "X\' daughter Z"', () => {
    expect(rels("Tom Jonas' daughter Maya started school.")).toContain('PARENT Tom Jonas > Maya');
  });
  it('"The son of actress X, he …": the pronoun subject is the child', () => {
    const text = 'Peter Grant opened a bakery. The son of actress Laura Finch, he grew up on film sets.';
    expect(rels(text)).toContain('PARENT Laura Finch > Peter Grant');
  });
});

describe('confidence of spouse pairs reached through a pronoun', () => {
  const spouses = (text: string) =>
    extractArticle({ text, publishedAt: PUB, title: 'T' }).draft.relations.filter((r) => r.kind === 'SPOUSE');
  it('stays at or above the default ingest threshold when both people are named in the sentence', () => {
    const [r] = spouses('Nora Vance married Elliot Crane in 2012.');
    expect(r.confidence).toBeGreaterThanOrEqual(0.8);
  });
  it('drops below it when one side is only a "she" that could mean another woman too, so ingestArticleText does not write it by default', () => {
    const found = spouses('Nora Vance starred in the film with Ada Reyes. She married Elliot Crane in 2012.');
    expect(found).toHaveLength(1);
    expect(found[0].confidence).toBeLessThan(0.8);
  });
  it('stays above it when the "she" can only mean one woman of the last sentences (round 5)', () => {
    const found = spouses('Nora Vance starred in the film. She married Elliot Crane in 2012.');
    expect(found).toHaveLength(1);
    expect(found[0].confidence).toBeGreaterThanOrEqual(0.8);
  });
  it('drops below it when the pronoun only repeats an earlier unsure guess (round 5)', () => {
    // "he" in the 2nd sentence could be either man; the 3rd sentence's "his" follows that guess
    const found = spouses('Tom Reyes and Paul Vance arrived. He was tired. In 1990, he moved to Rome with his wife Ada.');
    expect(found).toHaveLength(1);
    expect(found[0].confidence).toBeLessThan(0.8);
  });
});
