import { periodEnd, periodStart } from '../lib/calendar.js';
import type { DeepReadonly } from '../lib/freeze.js';
import { formatValue } from '../lib/format.js';
import { anyCountry } from '../lib/names.js';
import type { FuzzyDate } from '../schemas/common.js';
import type { Event } from '../schemas/events.js';
import { events } from '../tables/events.js';
import { parseCalendarDate } from './dates.js';

/**
 * The events whose date falls in a range, in date order. An event is dated by the sources' `date`, or
 * the tracker's `trackerDate` where the sources give none; one known only to the month or year, or
 * spanning several days, is included when any day of its period lies in the range (both ends inclusive).
 *
 * @param from - First day, `YYYY-MM-DD` or a `Date`.
 * @param to - Last day, `YYYY-MM-DD` or a `Date`.
 * @returns A new array of event records.
 * @throws RangeError when a bound is not a valid calendar date, or `from` is after `to`.
 *
 * @example
 * ```ts
 * import { eventsBetween } from 'china-security-risk-data';
 * eventsBetween('2021-06-11', '2021-06-15').length > 0; // true: G7, NATO and EU–US summits
 * ```
 */
export function eventsBetween(from: string | Date, to: string | Date): DeepReadonly<Event>[] {
  const first = parseCalendarDate(from, 'from');
  const last = parseCalendarDate(to, 'to');
  if (first > last) throw new RangeError(`from (${first}) is after to (${last})`);
  return events.filter((e) => {
    const date = eventDate(e);
    return periodStart(date) <= last && periodEnd(date) >= first;
  });
}

/**
 * The date an event is placed by: the sources' `date`, else the tracker's `trackerDate` (every event has
 * one or the other; the event schema requires it).
 *
 * @internal
 */
export function eventDate(e: Pick<DeepReadonly<Event>, 'date' | 'trackerDate'>): DeepReadonly<FuzzyDate> {
  return (e.date ?? e.trackerDate)!;
}

/**
 * The events in which a country is an actor, in date order.
 *
 * @param country - A country code or name (`'CN'` for China, `'HK'` for Hong Kong).
 * @returns A new array (empty when the input names no country).
 * @throws TypeError when `country` is not a string.
 *
 * @example
 * ```ts
 * import { eventsInvolving } from 'china-security-risk-data';
 * eventsInvolving('Lithuania').map((e) => e.id);
 * ```
 */
export function eventsInvolving(country: string): DeepReadonly<Event>[] {
  if (typeof country !== 'string') throw new TypeError(`country: expected a string, got ${formatValue(country)}`);
  const code = anyCountry(country);
  if (code === undefined) return [];
  return events.filter((e) => e.actors.countries.includes(code));
}
