import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { findDates } from '../../src/extract/dates';
import { parseIngestArgs, precisionOf, prepareArticle } from '../../scripts/ingest-folder';

// ingest-folder's "--published-at 2017": the first instant of the year, known only to the year
const YEAR_2017 = new Date('2017-01-01T00:00:00Z');
const isos = (text: string, pub: Date, precision?: 'YEAR' | 'MONTH' | 'DAY') => findDates(text, pub, precision).map((d) => d.iso);

describe('relative dates keep the precision of the publication date', () => {
  it('"on Wednesday" is a day only when the publication day is known', () => {
    expect(isos('She posted on Wednesday.', YEAR_2017, 'YEAR')).toEqual(['2017']);
    expect(isos('She posted on Wednesday.', YEAR_2017)).toEqual(['2016-12-28']); // control: a known day
    expect(isos('He left yesterday, and she replied three days ago.', YEAR_2017, 'YEAR')).toEqual(['2017', '2017']);
    expect(isos('She posted last month, and again on Wednesday.', new Date('2017-06-01T00:00:00Z'), 'MONTH')).toEqual([
      '2017-05',
      '2017-06',
    ]);
    expect(isos('She posted two years ago.', YEAR_2017, 'YEAR')).toEqual(['2015']);
  });

  it('a year-precise publication ends with its year: a stated date in that year is not "after publication"', () => {
    expect(isos('They wed in June 2017.', YEAR_2017, 'YEAR')).toEqual(['2017-06']);
    expect(isos('They wed in June 2017.', YEAR_2017)).toEqual([]); // control: after 1 January 2017, dropped
    expect(isos('They wed in June 2018.', YEAR_2017, 'YEAR')).toEqual([]);
    // explicit dates keep their own precision
    expect(isos('They wed on March 3, 2015.', YEAR_2017, 'YEAR')).toEqual(['2015-03-03']);
  });

  it('the extractor passes the precision to the events it dates', () => {
    const text = 'Nadia Quorn and Felix Ambry tied the knot on Wednesday in Rome.';
    const dateOf = (precision?: 'YEAR' | 'DAY') =>
      extractArticle({ text, publishedAt: YEAR_2017, publishedAtPrecision: precision }).draft.events.find((e) => e.kind === 'MARRIAGE')
        ?.date;
    expect(dateOf('YEAR')).toBe('2017');
    expect(dateOf()).toBe('2016-12-28');
  });

  it('ingest-folder sends a year-only --published-at as YEAR, and a file date as DAY', () => {
    expect(precisionOf('2017')).toBe('YEAR');
    expect(precisionOf('2017-06')).toBe('MONTH');
    expect(precisionOf('2017-06-01')).toBe('DAY');
    const args = parseIngestArgs(['dir', '--published-at', '2017']);
    expect(args).toMatchObject({ publishedAt: '2017-01-01T00:00:00.000Z', publishedAtPrecision: 'YEAR' });
    const plain = prepareArticle('a.txt', 'Title\nBody', args.publishedAt, undefined, undefined, args.publishedAtPrecision);
    expect(plain.publishedAtPrecision).toBe('YEAR');
    const dated = prepareArticle('a.txt', 'Date: 2017-03-04\nTitle', args.publishedAt, undefined, undefined, 'YEAR');
    expect(dated).toMatchObject({ publishedAt: '2017-03-04T00:00:00.000Z', publishedAtPrecision: 'DAY' });
    expect(prepareArticle('a.txt', 'Title', args.publishedAt, '2016-05\n', undefined, 'YEAR').publishedAtPrecision).toBe('MONTH');
  });
});
