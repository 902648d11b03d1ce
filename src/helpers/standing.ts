import type { DeepReadonly } from '../lib/freeze.js';
import { standingWithout } from '../lib/indexes.js';
import { levelRecord, recordsIndex } from '../lib/ladder.js';
import { anyCountry } from '../lib/names.js';
import type { Level } from '../schemas/levels.js';
import type { Membership } from '../schemas/partnerships.js';
import { levels } from '../tables/levels.js';
import { outsideFramework } from '../tables/outside-framework.js';
import { partnerships } from '../tables/partnerships.js';
import { dayOf, heldOn } from './partnerships.js';

/**
 * Where a country stands towards China's partnership ladder on a day, one of five answers:
 *
 * - `'level'`: it holds one of the 16 levels (`level` and `membership` say which);
 * - `'off-ladder'`: it has a partnership whose name is none of the 16 levels (`membership` holds it,
 *   `level` is null), such as Belgium's 全方位友好合作伙伴关系;
 * - `'none'`: no partnership, as far as the sources show: before its first recorded partnership, or a
 *   country with none recorded at all;
 * - `'unknown'`: the sources show that China had a partnership with it before its earliest record, but
 *   neither name nor date it (that record's `priorHistory` is `'unknown'`), or they name one they do not
 *   date (a record with no `since`), so its place is not known;
 * - `'outside'`: outside the framework altogether (North Korea, China's treaty ally; see `outsideFramework`).
 */
export type StandingStatus = 'level' | 'off-ladder' | 'none' | 'unknown' | 'outside';

/** What {@link standingOf} answers. */
export interface Standing {
  /** The country, ISO 3166-1 alpha-2. */
  readonly country: string;
  /** The day answered for, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Which of the five answers it is; see {@link StandingStatus}. */
  readonly status: StandingStatus;
  /** The level held (the record `tierOf` answers with), or null unless `status` is `'level'`. */
  readonly level: DeepReadonly<Level> | null;
  /** The membership record held (what `membershipOf` answers), or null when none is held. */
  readonly membership: DeepReadonly<Membership> | null;
}

/** Options for {@link standingOf}. */
export interface StandingOfOptions {
  /** The day to answer for (`YYYY-MM-DD` or a `Date`, read as its UTC day); omitted: `dataset.coverageEnd`. */
  asOf?: string | Date | undefined;
}

/**
 * Where a country stands towards China's partnership ladder on a day, telling apart the answers that
 * {@link tierOf}'s `undefined` leaves together: a level, a partnership off the 16 levels, no partnership,
 * a place that is not known, and outside the framework (see {@link StandingStatus}). `level` and
 * `membership` are always what `tierOf` and `membershipOf` answer for the same day.
 *
 * @param country - A country code or name (any country, not only those on the ladder).
 * @param options - `asOf`: the day to answer for.
 * @returns The standing, or `undefined` when the input names no country.
 * @throws TypeError, RangeError and CoverageError as {@link tierOf}.
 *
 * @example
 * ```ts
 * import { standingOf } from 'china-security-risk-data';
 * standingOf('United Kingdom')?.status; // 'level'
 * standingOf('Belgium')?.status; // 'off-ladder'
 * standingOf('Pakistan', { asOf: '1990-01-01' })?.status; // 'unknown'
 * standingOf('Bulgaria', { asOf: '1990-01-01' })?.status; // 'none'
 * standingOf('North Korea')?.status; // 'outside'
 * standingOf('Atlantis'); // undefined
 * ```
 */
export function standingOf(country: string, options?: StandingOfOptions): Standing | undefined {
  const asOf = dayOf(country, options, 'standingOf');
  const code = anyCountry(country);
  if (code === undefined) return undefined;
  const standing = (status: StandingStatus, membership?: DeepReadonly<Membership>): Standing => ({
    country: code,
    asOf,
    status,
    level: levelRecord(membership?.level) ?? null,
    membership: membership ?? null,
  });
  if (outsideFramework.some((o) => o.country === code)) return standing('outside');
  const held = heldOn(code, asOf);
  if (held) return standing(held.level === null ? 'off-ladder' : 'level', held);
  const records = recordsIndex().get(code)?.records ?? [];
  return standing(standingWithout(records.map((i) => partnerships[i]!)));
}

/**
 * The level the tracker itself places a country on in Exhibit 1 (August 2021): the tracker's view, kept
 * apart from the dated history that {@link tierOf} answers from. The two agree for every country but
 * where the sources report a later or other step than the tracker shows (South Korea: the tracker places
 * it on 4.3, the sources show the 2008 upgrade to 2.3 standing; see `conflicts`).
 *
 * @param country - A country code or name.
 * @returns The level record, or `undefined` when the tracker names the country on no level (or the input
 *   names no country).
 * @throws TypeError when `country` is not a string.
 *
 * @example
 * ```ts
 * import { tierOf, trackerLevelOf } from 'china-security-risk-data';
 * trackerLevelOf('Russia')?.code; // '1.1'
 * trackerLevelOf('South Korea')?.code; // '4.3'
 * tierOf('South Korea', { asOf: '2021-08-31' })?.code; // '2.3'
 * trackerLevelOf('Belgium'); // undefined
 * ```
 */
export function trackerLevelOf(country: string): DeepReadonly<Level> | undefined {
  dayOf(country, undefined, 'trackerLevelOf');
  const code = anyCountry(country);
  return code === undefined ? undefined : levels.find((l) => l.tracker.named.includes(code));
}
