import { describe, expect, it } from 'vitest';
import { daysInMonth, formatLifespan, formatPartialDate, formatPublished, parsePartialDateInput } from '../../src/web/client/kit/dates';

describe('partial dates in the explorer', () => {
  it('shows a date only as precisely as it is known', () => {
    expect(formatPartialDate({ iso: '2020', precision: 'YEAR' })).toBe('2020');
    expect(formatPartialDate({ iso: '2020-09', precision: 'MONTH' })).toBe('September 2020');
    expect(formatPartialDate({ iso: '2020-09-28', precision: 'DAY' })).toBe('28 September 2020');
    expect(formatPartialDate({ iso: '1951-01-05' })).toBe('5 January 1951');
    expect(formatPartialDate(null)).toBe('date unknown');
  });

  it('lets the precision field win over the string', () => {
    // Wikidata's YYYY-01-01 placeholders come with YEAR precision: never "1 January"
    expect(formatPartialDate({ iso: '1920-01-01', precision: 'YEAR' })).toBe('1920');
    expect(formatPartialDate({ iso: '2020-09-01', precision: 'MONTH' })).toBe('September 2020');
  });

  it('writes lifespans and publication days', () => {
    expect(formatLifespan({ iso: '1920-09-23', precision: 'DAY' }, { iso: '2014-04-06', precision: 'DAY' })).toBe(
      '(23 September 1920 – 6 April 2014)',
    );
    expect(formatLifespan({ iso: '1967', precision: 'YEAR' }, null)).toBe('(born 1967)');
    expect(formatLifespan(null, { iso: '1537', precision: 'YEAR' })).toBe('(died 1537)');
    expect(formatLifespan(null, null)).toBe('');
    expect(formatPublished('2021-09-29T08:00:00.000Z')).toBe('29 September 2021');
  });

  it('reads typed partial dates and refuses others', () => {
    expect(parsePartialDateInput(' 2020 ')).toBe('2020');
    expect(parsePartialDateInput('2020-09')).toBe('2020-09');
    expect(parsePartialDateInput('2020-09-30')).toBe('2020-09-30');
    for (const bad of ['2020-13', '20', 'September', '2020-09-32', '2020/09']) expect(parsePartialDateInput(bad), bad).toBeNull();
    expect(parsePartialDateInput('')).toBeNull();
    expect(daysInMonth(2)).toBe(29);
    expect(daysInMonth(4)).toBe(30);
  });
});
