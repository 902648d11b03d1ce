import { dayOfTime, isCalendarDay, timeOf } from '../lib/calendar.js';
import { formatValue } from '../lib/format.js';

/**
 * Reads a calendar day given as `YYYY-MM-DD` or as a `Date`, and returns it as `YYYY-MM-DD`.
 *
 * A `Date` is read as its **UTC** calendar day, by its time value (its `toISOString` or other methods are
 * never called, so an overridden method cannot change the answer; a `Date` from another realm, such as
 * a `vm` context or an iframe, reads the same). Mind the time zone: `new Date(2020, 6, 3)` is midnight
 * of 3 July *local* time, which under Asia/Shanghai (UTC+8) is still 2 July in UTC, so it reads as
 * `'2020-07-02'`; build Dates with `Date.UTC` (or pass the string) to get the day you mean.
 *
 * @param input - The date to read.
 * @param name - Name of the parameter, for the error message.
 * @returns The date as `YYYY-MM-DD` (years 0000 to 9999, proleptic Gregorian calendar).
 * @throws TypeError when `input` is neither a string nor a `Date` (a number, a Date-like object, a Proxy).
 * @throws RangeError when it is a string that is no real calendar day in that form (`'2020-02-30'`,
 *   `'2020-13-01'`, `'2020-7-1'`, `'30/06/2020'`), an invalid `Date`, or a `Date` outside those years.
 *
 * @example
 * ```ts
 * import { parseCalendarDate } from 'china-security-risk-data';
 * parseCalendarDate('2020-07-01'); // '2020-07-01'
 * parseCalendarDate(new Date(Date.UTC(2020, 6, 1))); // '2020-07-01'
 * parseCalendarDate('0000-02-29'); // '0000-02-29': year 0 is a leap year
 * ```
 */
export function parseCalendarDate(input: string | Date, name = 'date'): string {
  const label = typeof name === 'string' ? name : 'date';
  if (typeof input === 'string') {
    if (isCalendarDay(input)) return input;
    throw new RangeError(`${label}: not a calendar date in the form YYYY-MM-DD: ${formatValue(input)}`);
  }
  if (typeof input === 'object' && input !== null) {
    const time = timeOf(input);
    if (time !== undefined) {
      if (Number.isNaN(time)) throw new RangeError(`${label}: invalid Date`);
      const day = dayOfTime(time);
      if (day === undefined) throw new RangeError(`${label}: Date outside the years 0000 to 9999`);
      return day;
    }
  }
  throw new TypeError(`${label}: expected a YYYY-MM-DD string or a Date, got ${formatValue(input)}`);
}
