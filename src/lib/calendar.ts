/**
 * The one calendar module: calendar days as `YYYY-MM-DD` strings, the periods of dates known to the year
 * or month, and reading a `Date` by its time value. Proleptic Gregorian calendar, years 0000 to 9999.
 *
 * @internal
 */

// The intrinsic Date getters, taken when this module loads: a Date is read by its real time value,
// never by methods a caller can override (`toISOString`), and a Date from another realm reads the same.
const DateIntrinsic = Date;
const getTime = Date.prototype.getTime;
const getUTCFullYear = Date.prototype.getUTCFullYear;
const getUTCMonth = Date.prototype.getUTCMonth;
const getUTCDate = Date.prototype.getUTCDate;
const apply = Reflect.apply;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Whether a year of the proleptic Gregorian calendar is a leap year. */
function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1 to 12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `text` is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The time value of a `Date` of any realm, read by the intrinsic getter; `undefined` for anything that
 * is not a Date (a plain object, a Proxy of a Date, a Date-like object).
 */
export function timeOf(value: object): number | undefined {
  try {
    return apply(getTime, value, []) as number;
  } catch {
    return undefined;
  }
}

/** The UTC calendar day of a time value as `YYYY-MM-DD`, or `undefined` outside the years 0000 to 9999. */
export function dayOfTime(time: number): string | undefined {
  const date = new DateIntrinsic(time);
  const year = apply(getUTCFullYear, date, []) as number;
  if (!(year >= 0 && year <= 9999)) return undefined;
  const month = (apply(getUTCMonth, date, []) as number) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(apply(getUTCDate, date, []) as number)}`;
}

/**
 * The first day of the period a date may fall in: `2020` gives `2020-01-01`, `2020-10` gives
 * `2020-10-01`, a day gives itself.
 */
export function periodStart(date: { readonly value: string }): string {
  const [y, m = '01', d = '01'] = date.value.split('-');
  return `${y}-${m}-${d}`;
}

/**
 * The last day of the period a date may fall in, taking a span's `end` into account: `2020` gives
 * `2020-12-31`, `{ value: '2021-09', end: '2021-10' }` gives `2021-10-31`.
 */
export function periodEnd(date: { readonly value: string; readonly end?: string | undefined }): string {
  const last = date.end ?? date.value;
  const [y, m, d] = last.split('-');
  if (d !== undefined) return last;
  if (m !== undefined) return `${y}-${m}-${pad(daysInMonth(Number(y), Number(m)))}`;
  return `${y}-12-31`;
}

/** The precision a date string is written to, by its length; `undefined` for any other form. */
export function precisionOf(value: string): 'year' | 'month' | 'day' | undefined {
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-(?:0[1-9]|1[0-2])$/.test(value)) return 'month';
  if (isCalendarDay(value)) return 'day';
  return undefined;
}
