import type { FuzzyDate } from '../schemas/common.js';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a calendar date given as `YYYY-MM-DD` or as a valid `Date` (its UTC calendar day) and returns it
 * as `YYYY-MM-DD`. Anything else (`'2020-02-30'`, `'2020-13-01'`, `'2020-7-1'`, `'30/06/2020'`, an invalid
 * `Date`, a number) is a `RangeError` naming the parameter and the value.
 *
 * @param input - The date to read.
 * @param name - Name of the parameter, for the error message.
 * @returns The date as `YYYY-MM-DD`.
 * @throws RangeError when `input` is not a real calendar date in that form.
 *
 * @example
 * ```ts
 * import { parseCalendarDate } from 'china-security-risk-data';
 * parseCalendarDate('2020-07-01'); // '2020-07-01'
 * parseCalendarDate(new Date(Date.UTC(2020, 6, 1))); // '2020-07-01'
 * ```
 */
export function parseCalendarDate(input: unknown, name = 'date'): string {
  if (input instanceof Date) {
    const time = input.getTime();
    if (Number.isNaN(time)) throw new RangeError(`${name}: invalid Date`);
    const iso = input.toISOString();
    if (!/^\d{4}-/.test(iso)) throw new RangeError(`${name}: Date out of the four-digit year range: ${iso}`);
    return iso.slice(0, 10);
  }
  if (typeof input !== 'string') {
    throw new RangeError(`${name}: expected a YYYY-MM-DD string or a valid Date, got ${describe(input)}`);
  }
  const match = CALENDAR_DATE.exec(input);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return input;
  }
  throw new RangeError(`${name}: not a calendar date in the form YYYY-MM-DD: ${JSON.stringify(input.slice(0, 40))}`);
}

/**
 * The first day of the period a dated value may fall in: `2020` gives `2020-01-01`, `2020-10` gives
 * `2020-10-01`, a day gives itself.
 *
 * @internal
 */
export function periodStart(date: Pick<FuzzyDate, 'value'>): string {
  const [y, m = '01', d = '01'] = date.value.split('-');
  return `${y}-${m}-${d}`;
}

/**
 * The last day of the period a dated value may fall in, taking a span's `end` into account: `2020` gives
 * `2020-12-31`, `{ value: '2021-09', end: '2021-10' }` gives `2021-10-31`.
 *
 * @internal
 */
export function periodEnd(date: Pick<FuzzyDate, 'value' | 'end'>): string {
  const last = date.end ?? date.value;
  const [y, m, d] = last.split('-');
  if (d !== undefined) return last;
  if (m !== undefined) return `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`;
  return `${y}-12-31`;
}

/** @internal Short description of a value for error messages, safe for any input. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  if (typeof value === 'function') return 'a function';
  return `${typeof value} ${String(value)}`;
}
