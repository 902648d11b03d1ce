import type { DeepReadonly } from '../lib/freeze.js';
import { periodStart } from '../lib/calendar.js';
import { anyCountry } from '../lib/names.js';
import type { Community } from '../schemas/communities.js';
import { communities } from '../tables/communities.js';
import { dayOf } from './partnerships.js';

/** Options for {@link communitiesWith}. */
export interface CommunitiesWithOptions {
  /** The day to answer for (`YYYY-MM-DD` or a `Date`, read as its UTC day); omitted: `dataset.coverageEnd`. */
  asOf?: string | Date | undefined;
}

/**
 * The statements about a bilateral "community with a shared future" between China and one country, made
 * on or before a day (by default the last day the data covers), earliest first. A statement dated only to
 * a month or year counts from the first day of that period. Regional communities (China and the Arab
 * states, Central Asia, ...) are the records of `communities` with a `group`.
 *
 * @param country - A country code or name.
 * @param options - `asOf`: the day to answer for.
 * @returns A new array (empty when there is none or the input names no country).
 * @throws TypeError, RangeError and CoverageError as `tierOf`.
 *
 * @example
 * ```ts
 * import { communitiesWith } from 'china-security-risk-data';
 * communitiesWith('Serbia').map((c) => c.step); // ['agreed']
 * communitiesWith('Serbia', { asOf: '2021-08-31' }); // []
 * ```
 */
export function communitiesWith(country: string, options?: CommunitiesWithOptions): DeepReadonly<Community>[] {
  const day = dayOf(country, options, 'communitiesWith');
  const code = anyCountry(country);
  if (code === undefined) return [];
  return communities.filter((c) => c.country === code && periodStart(c.date) <= day);
}
