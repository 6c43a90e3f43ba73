/** The pure stages of the extractor, tested directly: sentences, capitalised spans, name lists, dates. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates';
import { childSlotNames, parseNameList } from '../../src/extract/kin';
import { capitalisedSpans, trimSpan } from '../../src/extract/people';
import { isHeadline, splitSentences } from '../../src/extract/text';

describe('splitSentences', () => {
  it('splits at a full stop before a capital, keeping offsets into the text', () => {
    const text = 'Mira Holloway sang. Daniel Okafor played the piano!';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['Mira Holloway sang.', 'Daniel Okafor played the piano!']);
    for (const x of s) expect(text.slice(x.start, x.start + x.text.length)).toBe(x.text);
  });

  it('does not split after a title or an initial', () => {
    expect(splitSentences('Later, Mr. Obrey spoke. John F. Kennedy was there.').map((x) => x.text)).toEqual([
      'Later, Mr. Obrey spoke.',
      'John F. Kennedy was there.',
    ]);
  });

  it('numbers paragraphs at blank lines and breaks at every line', () => {
    const s = splitSentences('First line\nSecond line.\n\nThird one.');
    expect(s.map((x) => [x.text, x.para])).toEqual([
      ['First line', 0],
      ['Second line.', 1],
      ['Third one.', 3],
    ]);
  });

  it('marks Title Case lines as headlines, not ordinary sentences', () => {
    expect(isHeadline('Kevin Hart and Wife Eniko Parrish Share Sweet Photos')).toBe(true);
    expect(isHeadline('Kevin Hart and his wife shared sweet photos on Sunday')).toBe(false);
  });
});

describe('capitalisedSpans', () => {
  const spans = (t: string) => capitalisedSpans(t).map((s) => s.text);

  it('joins runs of capitalised words, with lower-case particles inside a name', () => {
    expect(spans('She met Portia de Rossi and Ellen Finch.')).toEqual(['She', 'Portia de Rossi', 'Ellen Finch']);
  });

  it('a capitalised sentence adverb joins the run; trimSpan then cuts it off', () => {
    const [s] = capitalisedSpans('Yesterday Portia de Rossi sang.');
    expect(s.text).toBe('Yesterday Portia de Rossi');
    expect(trimSpan(s)?.text).toBe('Portia de Rossi');
  });

  it('drops a trailing possessive, and the offsets point at the name', () => {
    const text = "Mira Holloway's husband arrived.";
    const [s] = capitalisedSpans(text);
    expect(s.text).toBe('Mira Holloway');
    expect(text.slice(s.start, s.end)).toBe('Mira Holloway');
  });
});

describe('parseNameList', () => {
  it('reads names with ages after a kin word', () => {
    const text = 'sons Brooklyn, 17, Romeo, 13, and Cruz, 11, were there';
    const list = parseNameList(text, 'sons'.length);
    expect(list.map((x) => [x.name, x.age])).toEqual([
      ['Brooklyn', 17],
      ['Romeo', 13],
      ['Cruz', 11],
    ]);
  });

  it('reads an age before a name, with its unit', () => {
    const list = parseNameList('daughter 5-month-old Ivy Okafor and Ruth', 'daughter'.length);
    expect(list.map((x) => [x.name, x.age, x.unit])).toEqual([
      ['Ivy Okafor', 5, 'month'],
      ['Ruth', undefined, undefined],
    ]);
  });

  it('stops at a word that is no name', () => {
    expect(parseNameList('son Monday', 'son'.length)).toEqual([]);
  });

  it('childSlotNames finds one-word names after child and spouse words', () => {
    expect(childSlotNames('She took her son Jack and her husband Paul to the twins Knox and Vivienne.')).toEqual(
      expect.arrayContaining(['Jack', 'Paul', 'Knox', 'Vivienne']),
    );
  });
});

describe('findDates', () => {
  const PUB = new Date('2017-06-01T12:00:00Z');
  const isos = (t: string) => findDates(t, PUB).map((d) => d.iso);

  it('absolute dates at the precision written', () => {
    expect(isos('They married on May 25, 2016.')).toEqual(['2016-05-25']);
    expect(isos('They married in August 2015.')).toEqual(['2015-08']);
    expect(isos('They married in 2009.')).toEqual(['2009']);
  });

  it('a month without a year is the last one not after publication', () => {
    expect(isos('They married in September.')).toEqual(['2016-09']);
    expect(isos('They married in March.')).toEqual(['2017-03']);
  });

  it('relative dates count back from publication and say so', () => {
    const [d] = findDates('She posted it yesterday.', PUB);
    expect(d.iso).toBe('2017-05-31');
    expect(d.relative).toBe(true);
  });

  it('offsets point at the expression', () => {
    const text = 'They married in August 2015 in Rome.';
    const [d] = findDates(text, PUB);
    expect(text.slice(d.start, d.end)).toMatch(/August 2015/);
  });
});
