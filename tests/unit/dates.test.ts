/** parseCalendarDate and the calendar, against expectations written by hand from the research files and the sources. */
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/index.js';

describe('parseCalendarDate', () => {
  it('parses only real calendar dates', () => {
    expect(parseCalendarDate('2020-02-29')).toBe('2020-02-29');
    expect(() => parseCalendarDate('2021-02-29')).toThrow(RangeError);
    expect(() => parseCalendarDate('1900-02-29')).toThrow(RangeError);
  });
});

describe('periods', () => {
  it('periodStart and periodEnd bound a date by its precision', async () => {
    const { periodStart, periodEnd } = await import('../../src/lib/calendar.js');
    expect(periodStart({ value: '2019' })).toBe('2019-01-01');
    expect(periodEnd({ value: '2019' })).toBe('2019-12-31');
    expect(periodEnd({ value: '2020-02' })).toBe('2020-02-29');
    expect(periodEnd({ value: '2021-02' })).toBe('2021-02-28');
    expect(periodEnd({ value: '2021-09', end: '2021-10' })).toBe('2021-10-31');
    expect(periodEnd({ value: '2021-08-17', end: '2021-08-20' })).toBe('2021-08-20');
  });
});

describe('a Date is read by its time value, as its UTC day', () => {
  it('an overridden toISOString is never called', () => {
    const date = new Date(Date.UTC(2020, 6, 3));
    date.toISOString = () => '2099-13-45T00:00:00.000Z';
    expect(parseCalendarDate(date)).toBe('2020-07-03');
  });
  it('a Proxy of a Date, or a Date-like object, is a TypeError naming the parameter', () => {
    expect(() => parseCalendarDate(new Proxy(new Date(), {}), 'asOf')).toThrow(TypeError);
    expect(() => parseCalendarDate(new Proxy(new Date(), {}), 'asOf')).toThrow(
      /^asOf: expected a YYYY-MM-DD string or a Date/,
    );
    const fake = { getTime: () => 0, toISOString: () => '2020-01-01T00:00:00.000Z' };
    expect(() => parseCalendarDate(fake as never, 'from')).toThrow(/^from: /);
  });
  it('a wrong type is a TypeError, an impossible day a RangeError, each naming the parameter', () => {
    expect(() => parseCalendarDate(20200101 as never, 'to')).toThrow(TypeError);
    expect(() => parseCalendarDate(20200101 as never, 'to')).toThrow(
      /^to: expected a YYYY-MM-DD string or a Date, got number 20200101/,
    );
    expect(() => parseCalendarDate('2020-02-30', 'to')).toThrow(RangeError);
    expect(() => parseCalendarDate('2020-02-30', 'to')).toThrow(/^to: not a calendar date/);
    expect(() => parseCalendarDate(new Date(Number.NaN), 'to')).toThrow(/^to: invalid Date/);
    expect(() => parseCalendarDate(new Date(-8.64e15), 'to')).toThrow(/^to: Date outside the years 0000 to 9999/);
  });
  it('a Date from another realm reads the same as one from this realm', async () => {
    const { runInNewContext } = await import('node:vm');
    const other = runInNewContext('new Date(Date.UTC(2020, 6, 3))') as Date;
    expect(other instanceof Date).toBe(false);
    expect(parseCalendarDate(other)).toBe('2020-07-03');
  });
  it('the string and the Date paths agree on the year 0, a leap year of the proleptic Gregorian calendar', () => {
    expect(parseCalendarDate('0000-02-29')).toBe('0000-02-29');
    const date = new Date(0);
    date.setUTCFullYear(0, 1, 29);
    expect(parseCalendarDate(date)).toBe('0000-02-29');
    expect(() => parseCalendarDate('0100-02-29')).toThrow(RangeError);
    expect(() => parseCalendarDate('0400-02-30')).toThrow(RangeError);
    expect(parseCalendarDate('0400-02-29')).toBe('0400-02-29');
  });
  it('a local-time Date is read as its UTC day: midnight of 3 July in Shanghai (UTC+8) is 2 July', () => {
    // new Date(2020, 6, 3) under TZ=Asia/Shanghai is this instant: 2020-07-02T16:00:00Z.
    expect(parseCalendarDate(new Date('2020-07-03T00:00:00+08:00'))).toBe('2020-07-02');
  });
});
