import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

const PUB = new Date('2017-06-01T12:00:00Z');
const rels = (text: string) => {
  const d = extractArticle({ text, publishedAt: PUB, title: 'T' }).draft;
  const n = (r: string) => d.people.find((p) => p.ref === r)!.name;
  return d.relations.map((r) => `${r.kind} ${n(r.from)} > ${n(r.to)}`);
};
const people = (text: string) => extractArticle({ text, publishedAt: PUB, title: 'T' }).draft.people.map((p) => p.name);

describe('round 3: general spouse rules', () => {
  it('"married to" with a role of up to three words, not "married to Y\'s sister"', () => {
    expect(rels('Laura Finch got married to internet entrepreneur Mark Dunn in Ohio.')).toContain('SPOUSE Laura Finch > Mark Dunn');
    expect(rels("Laura Finch was married to Mark Dunn's sister, Emily Dunn.")).not.toContain('SPOUSE Laura Finch > Mark Dunn');
  });
  it('"Y, the future wife of X"', () => {
    expect(rels('He wrote songs with Emily Carter, the future wife of Peter Grant, in 1962.')).toContain(
      'SPOUSE Emily Carter > Peter Grant',
    );
  });
  it('"X, whose husband Y"', () => {
    expect(rels('Maria Lopez, whose husband Peter Grant is a chef, spoke first.')).toContain('SPOUSE Maria Lopez > Peter Grant');
  });
  it('bare "that husband Y" belongs to the sentence subject, not to a possessive subject', () => {
    expect(rels('Maria Lopez has no doubt that husband Peter Grant is the one.')).toContain('SPOUSE Maria Lopez > Peter Grant');
    expect(rels("Maria Lopez's sister said that husband Peter Grant is kind.")).toEqual([]);
  });
});

describe('round 3: general parent rules', () => {
  it('"her daughter Z, who X shares with ex-husband Y": both parents and the marriage', () => {
    const r = rels('Maria Lopez adores her daughter Grace, who she shares with ex-husband Peter Grant.');
    expect(r).toEqual(
      expect.arrayContaining(['PARENT Maria Lopez > Grace', 'PARENT Peter Grant > Grace', 'SPOUSE Maria Lopez > Peter Grant']),
    );
  });
  it('"... with boyfriend Y" gives the parent but no marriage', () => {
    const r = rels('Maria Lopez adores her son Leo, who she had with boyfriend Peter Grant.');
    expect(r).toContain('PARENT Peter Grant > Leo');
    expect(r.some((x) => x.startsWith('SPOUSE'))).toBe(false);
  });
  it('"X and Y\'s son Z": both parents; not for the last item of a list', () => {
    expect(rels("Maria Lopez and Peter Grant's son Leo started school.")).toEqual(
      expect.arrayContaining(['PARENT Maria Lopez > Leo', 'PARENT Peter Grant > Leo']),
    );
    expect(rels("Guests included Anna Hill, Maria Lopez and Peter Grant's son Leo.")).not.toContain('PARENT Maria Lopez > Leo');
  });
  it('"X, whose daughter Z"', () => {
    expect(rels('Maria Lopez, whose daughter Grace was born in May, is suing.')).toContain('PARENT Maria Lopez > Grace');
  });
  it('"Z, the daughter of activist Y"', () => {
    expect(rels('Grace Lopez, the daughter of activist Peter Lopez, spoke.')).toContain('PARENT Peter Lopez > Grace Lopez');
  });
  it('"X\'s widow and daughter Z": Z is X\'s daughter', () => {
    expect(rels("Peter Grant's widow and daughter Grace attended.")).toContain('PARENT Peter Grant > Grace');
  });
  it('coordinated "…, and has son W with ex-husband Y" takes the sentence subject', () => {
    const r = rels('Maria Lopez is already mom of daughter Grace, 8, and has 3-year-old son Leo with ex-husband Peter Grant.');
    expect(r).toEqual(expect.arrayContaining(['PARENT Maria Lopez > Leo', 'PARENT Peter Grant > Leo']));
  });
});

describe('round 3: people', () => {
  it('an initial followed by two names ends the first name ("Malcolm X. Attallah Shabazz")', () => {
    const p = people('He starred in films with Peter Grant and Malcolm X. Attallah Shabazz, the daughter of activist Malcolm X, spoke.');
    expect(p).not.toContain('Malcolm X. Attallah Shabazz');
  });
  it('a mid-sentence name whose first word is also a common word ("Robin Wright")', () => {
    expect(people('He bought the house after his divorce from Robin Wright last year.')).toContain('Robin Wright');
  });
});
