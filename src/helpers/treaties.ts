import { COVERAGE_END } from '../coverage.js';
import { periodStart } from '../lib/calendar.js';
import { withinCoverage } from '../lib/coverage.js';
import type { DeepReadonly } from '../lib/freeze.js';
import { formatValue } from '../lib/format.js';
import { anyCountry } from '../lib/names.js';
import { readOptions } from '../lib/options.js';
import { statusOn } from '../lib/treaty-status.js';
import type { ChinaSide, Treaty, TreatyStatus, TreatyStep } from '../schemas/treaties.js';
import { treaties } from '../tables/treaties.js';
import { parseCalendarDate } from './dates.js';

/**
 * The first `suspended` step of a treaty, by either side (the earliest by the first day of its period; the
 * first listed among steps that start the same day), or `undefined`.
 *
 * @internal
 */
export function firstSuspension(treaty: DeepReadonly<Treaty>): DeepReadonly<TreatyStep> | undefined {
  let first: DeepReadonly<TreatyStep> | undefined;
  for (const step of treaty.steps) {
    if (step.action === 'suspended' && (!first || periodStart(step.date) < periodStart(first.date))) first = step;
  }
  return first;
}

/**
 * The treaties whose first suspension (by either side) falls strictly after `date`, earliest first
 * (treaties first suspended on the same day keep the table's order).
 *
 * A suspension known only to the month (the Netherlands' of October 2020) or the year is compared by
 * the first day of that month or year, so it is returned only when the whole period lies after `date`:
 * `'2020-09-30'` returns the Dutch agreement, `'2020-10-01'` and `'2020-10-15'` do not.
 *
 * @param date - A calendar date `YYYY-MM-DD`, or a valid `Date` (its UTC day), on or before
 *   `dataset.coverageEnd`: the data cannot say what was suspended after the last day it covers.
 * @returns A new array of treaty records.
 * @throws RangeError when `date` is not a valid calendar date (`'2020-02-30'`, `'30/06/2020'`, an invalid
 *   `Date`); `CoverageError` (a RangeError) when it is after `dataset.coverageEnd`.
 *
 * @example
 * ```ts
 * import { treatiesSuspendedAfter } from 'china-security-risk-data';
 * treatiesSuspendedAfter('2020-10-01').map((t) => t.id); // ['hk-ie', 'hk-fi']
 * ```
 */
export function treatiesSuspendedAfter(date: string | Date): DeepReadonly<Treaty>[] {
  const day = withinCoverage(parseCalendarDate(date, 'date'), 'date');
  const found: { treaty: DeepReadonly<Treaty>; start: string }[] = [];
  for (const treaty of treaties) {
    const step = firstSuspension(treaty);
    if (step && periodStart(step.date) > day) found.push({ treaty, start: periodStart(step.date) });
  }
  found.sort((a, b) => a.start.localeCompare(b.start));
  return found.map((f) => f.treaty);
}

/** Options for {@link treatiesWith}. */
export interface TreatiesWithOptions {
  /** Only the PRC's treaty (`'CN'`) or only Hong Kong's agreement (`'HK'`). */
  side?: ChinaSide | undefined;
}

function checkSide(side: unknown): ChinaSide | undefined {
  if (side === undefined || side === 'CN' || side === 'HK') return side;
  const message = `side: expected 'CN' or 'HK', got ${formatValue(side)}`;
  throw typeof side === 'string' ? new RangeError(message) : new TypeError(message);
}

function checkCountry(country: unknown): string {
  if (typeof country !== 'string') throw new TypeError(`country: expected a string, got ${formatValue(country)}`);
  return country;
}

/** The treaties of one side (or both) with the country named by `country`, PRC first. */
function treatiesOf(country: string, side: ChinaSide | undefined): DeepReadonly<Treaty>[] {
  const code = anyCountry(country);
  if (code === undefined) return [];
  return treaties
    .filter((t) => t.counterparty === code && (side === undefined || t.chinaSide === side))
    .sort((a, b) => a.chinaSide.localeCompare(b.chinaSide));
}

/**
 * The treaties of the PRC and of Hong Kong with one country (PRC first).
 *
 * @param country - A country code or name.
 * @param options - `side` to keep one side only.
 * @returns A new array (empty when there is none or the input names no country).
 * @throws TypeError when `country` is not a string; RangeError for a `side` other than `'CN'` or `'HK'`.
 *
 * @example
 * ```ts
 * import { treatiesWith } from 'china-security-risk-data';
 * treatiesWith('Australia').map((t) => `${t.chinaSide} ${t.status}`); // ['CN not-ratified', 'HK suspended']
 * ```
 */
export function treatiesWith(country: string, options?: TreatiesWithOptions): DeepReadonly<Treaty>[] {
  checkCountry(country);
  const side = checkSide(readOptions(options, ['side'], 'treatiesWith').side);
  return treatiesOf(country, side);
}

/** Options for {@link treatyStatus}. */
export interface TreatyStatusOptions {
  /** Which side's treaty: the PRC's (`'CN'`) or Hong Kong's (`'HK'`). */
  side: ChinaSide;
  /** The day to answer for (`YYYY-MM-DD` or a `Date`, read as its UTC day); omitted: `dataset.coverageEnd`. */
  asOf?: string | Date | undefined;
}

/**
 * The status of a treaty on a given day, worked out from its dated steps: signed (and approved) but
 * not in force is `'not-ratified'`, then `'in-force'`, then `'suspended'`. A step dated only to a month
 * or year counts from the first day of that period.
 *
 * Where the steps cannot say (a treaty known to have been in force whose entry into force is undated,
 * or a day before its first dated step when its signature is undated), the answer is `'unknown'`; from
 * the edition's month (August 2021) on, the edition's status is the answer where the steps stop short of it.
 *
 * @param country - A country code or name.
 * @param options - `side` (required) and `asOf`.
 * @returns The status, or `undefined` when there is no such treaty or `asOf` falls before its signature.
 * @throws TypeError when `country` is not a string; RangeError for a bad `side` or `asOf`;
 *   `CoverageError` (a RangeError) when `asOf` is after `dataset.coverageEnd`.
 *
 * @example
 * ```ts
 * import { treatyStatus } from 'china-security-risk-data';
 * treatyStatus('Canada', { side: 'HK', asOf: '2020-07-01' }); // 'in-force'
 * treatyStatus('Canada', { side: 'HK', asOf: '2020-07-04' }); // 'suspended'
 * treatyStatus('France', { side: 'HK' }); // 'not-ratified'
 * ```
 */
export function treatyStatus(country: string, options: TreatyStatusOptions): TreatyStatus | undefined {
  checkCountry(country);
  const read = readOptions(options, ['side', 'asOf'], 'treatyStatus');
  const side = checkSide(read.side);
  if (side === undefined) throw new TypeError("treatyStatus: options: `side` is required, 'CN' or 'HK'");
  const day =
    read.asOf === undefined
      ? COVERAGE_END
      : withinCoverage(parseCalendarDate(read.asOf as string | Date, 'asOf'), 'asOf');
  const [treaty] = treatiesOf(country, side);
  if (!treaty) return undefined;
  return statusOn(treaty, day).status;
}
