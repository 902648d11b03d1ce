import { LEVEL_CODES } from '../codes.js';
import { COVERAGE_END } from '../coverage.js';
import { withinCoverage } from '../lib/coverage.js';
import type { DeepReadonly } from '../lib/freeze.js';
import { formatValue } from '../lib/format.js';
import { stepOn } from '../lib/indexes.js';
import { levelRecord, levelsIndex, recordsIndex } from '../lib/ladder.js';
import { ladderCountry } from '../lib/names.js';
import { readOptions } from '../lib/options.js';
import type { Level } from '../schemas/levels.js';
import type { Membership } from '../schemas/partnerships.js';
import type { LevelCode, TierCode } from '../schemas/tiers.js';
import { partnerships } from '../tables/partnerships.js';
import { parseCalendarDate } from './dates.js';

/** A tier or level code, or a record carrying one. */
export type TierLike =
  | TierCode
  | LevelCode
  | {
      /** The tier or level code of the record (a tier or a level). */
      readonly code: TierCode | LevelCode;
    };

/** Options for {@link tierOf}. */
export interface TierOfOptions {
  /**
   * The day to answer for (`YYYY-MM-DD` or a `Date`, read as its UTC day). Omitted: the last day the data
   * covers (`dataset.coverageEnd`). A level reached in a year or month known only to that precision counts
   * from the first day of that year or month (but never before a level the country reached ahead of it). A
   * day after the coverage is refused with a `CoverageError`.
   */
  asOf?: string | Date | undefined;
}

/** Sort key of a code: a tier sorts as `[tier, 0]`, a level as `[tier, level]`. */
function sortKey(value: unknown, name: string): readonly [number, number] {
  let code: unknown = value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) code = (value as { code?: unknown }).code;
  if (typeof code !== 'string') {
    throw new TypeError(`${name}: expected a tier or level code or a record with a code, got ${formatValue(value)}`);
  }
  if (/^[1-5]$/.test(code)) return [Number(code), 0];
  if ((LEVEL_CODES as readonly string[]).includes(code)) {
    const [tier, level] = code.split('.');
    return [Number(tier), Number(level)];
  }
  throw new RangeError(`${name}: unknown tier or level code ${formatValue(code)}`);
}

/**
 * Compares two tiers or levels by closeness: negative when `a` is closer than `b`, zero when they are
 * the same, positive otherwise. Accepts codes (`'3'`, `'3.5'`) or records with a `code` (tiers, levels).
 * A tier sorts just before its own levels, so sorting any mix is a total order, closest first.
 *
 * @throws TypeError when an argument is neither a string nor a record with a string `code`.
 * @throws RangeError when a code is not one of the 5 tier or 16 level codes.
 *
 * @example
 * ```ts
 * import { compareTiers } from 'china-security-risk-data';
 * compareTiers('1.1', '3.3') < 0; // true: Russia's level is closer than the UK's
 * ['4', '3.5', '3', '1.1'].sort(compareTiers); // ['1.1', '3', '3.5', '4']
 * ```
 */
export function compareTiers(a: TierLike, b: TierLike): number {
  const [ta, la] = sortKey(a, 'a');
  const [tb, lb] = sortKey(b, 'b');
  return ta - tb || la - lb;
}

/**
 * The level a country holds on China's partnership ladder, with its `code` (e.g. `'3.3'`) and its
 * tier's code (`tier`): the level of the latest membership dated on or before the day, in the dated
 * history the sources give. Where the tracker placed a country elsewhere in August 2021, that is its view
 * ({@link trackerLevelOf}), kept apart, with the disagreement in `conflicts`. Accepts ISO alpha-2 and
 * alpha-3 codes and English and Chinese names, official names and aliases, ignoring case, accents and
 * surrounding white space.
 *
 * `undefined` covers several answers: a partnership whose name is none of the 16 levels, no partnership,
 * a place that is not known, North Korea outside the framework, or an input that names no country.
 * {@link standingOf} tells them apart.
 *
 * @param country - A country code or name.
 * @param options - `asOf`: the day to answer for; see {@link TierOfOptions}.
 * @returns The level record, or `undefined` (see above).
 * @throws TypeError when `country` is not a string, `options` is not an options object or holds an
 *   unknown option, or `asOf` is neither a string nor a `Date`.
 * @throws RangeError when `asOf` is not a real calendar day; `CoverageError` (a RangeError) when it is
 *   after `dataset.coverageEnd`.
 *
 * @example
 * ```ts
 * import { tierOf } from 'china-security-risk-data';
 * tierOf('United Kingdom')?.code; // '3.3'
 * tierOf('rus')?.tier; // '1'
 * tierOf('North Korea'); // undefined
 * tierOf('Bulgaria', { asOf: '2018-01-01' })?.code; // '4.2'
 * ```
 */
export function tierOf(country: string, options?: TierOfOptions): DeepReadonly<Level> | undefined {
  const day = dayOf(country, options, 'tierOf');
  const code = ladderCountry(country);
  const entry = code === undefined ? undefined : levelsIndex().get(code);
  if (!entry) return undefined;
  return levelRecord(entry.steps[stepOn(entry.steps, day)]?.[1]);
}

/**
 * Checks the arguments every country-and-day helper takes, and returns the day to answer for.
 *
 * @internal
 */
export function dayOf(country: unknown, options: unknown, fn: string): string {
  if (typeof country !== 'string') throw new TypeError(`country: expected a string, got ${formatValue(country)}`);
  const { asOf } = readOptions(options, ['asOf'], fn);
  if (asOf === undefined) return COVERAGE_END;
  return withinCoverage(parseCalendarDate(asOf as string | Date, 'asOf'), 'asOf');
}

/** Options for {@link membershipOf}. */
export interface MembershipOfOptions {
  /** The day to answer for (`YYYY-MM-DD` or a `Date`, read as its UTC day); omitted: `dataset.coverageEnd`. */
  asOf?: string | Date | undefined;
}

/**
 * The membership record behind {@link tierOf}'s answer: the record a country held on a day, with its date,
 * its label as the sources state it, its basis and its sources. Found by the same rule as `tierOf` (the
 * latest step started by then), so `membershipOf(c, o)?.level` is always `tierOf(c, o)?.code` (or `null`
 * for a partnership type outside the 16 levels, where `tierOf` gives `undefined`).
 *
 * @param country - A country code or name.
 * @param options - `asOf`: the day to answer for.
 * @returns The membership record, or `undefined` when the country held none on that day.
 * @throws TypeError, RangeError and CoverageError as {@link tierOf}.
 *
 * @example
 * ```ts
 * import { membershipOf } from 'china-security-risk-data';
 * membershipOf('United Kingdom')?.id; // 'gb-3-3-2015'
 * membershipOf('United Kingdom', { asOf: '2010-01-01' })?.id; // 'gb-3-3-2004'
 * membershipOf('Belgium')?.label?.zh; // '全方位友好合作伙伴关系'
 * ```
 */
export function membershipOf(country: string, options?: MembershipOfOptions): DeepReadonly<Membership> | undefined {
  const day = dayOf(country, options, 'membershipOf');
  // Only a country on the ladder (with some membership) has memberships: its own name index is enough.
  const code = ladderCountry(country);
  return code === undefined ? undefined : heldOn(code, day);
}

/**
 * The membership a country (by code) held on a day, or `undefined`.
 *
 * @internal
 */
export function heldOn(code: string, day: string): DeepReadonly<Membership> | undefined {
  const entry = recordsIndex().get(code);
  if (!entry) return undefined;
  const step = entry.steps[stepOn(levelsIndex().get(code)!.steps, day)];
  return step === undefined ? undefined : partnerships[step];
}

/** Options for {@link membersOf}. */
export interface MembersOfOptions {
  /** The day to answer for (`YYYY-MM-DD` or a `Date`, read as its UTC day); omitted: `dataset.coverageEnd`. */
  asOf?: string | Date | undefined;
}

/**
 * The countries on a level, or on every level of a tier, on a day (by default the last day the data
 * covers): their membership records, closest level first, then by country code. The countries the tracker
 * itself names on each level are `level.tracker.named`.
 *
 * @param code - A level code (`'3.5'`) or a tier code (`'3'`).
 * @param options - `asOf`: the day to answer for.
 * @returns A new array of membership records.
 * @throws TypeError when `code` is not a string; RangeError when it is no tier or level code; TypeError,
 *   RangeError and CoverageError for `asOf` as {@link tierOf}.
 *
 * @example
 * ```ts
 * import { membersOf } from 'china-security-risk-data';
 * membersOf('4.2').map((m) => m.country); // ['RO']: the Maldives moved to 2.2 in January 2024
 * membersOf('4.2', { asOf: '2021-08-31' }).map((m) => m.country); // ['MV', 'RO']
 * membersOf('1', { asOf: '2010-01-01' }).map((m) => m.country); // []
 * ```
 */
export function membersOf(code: TierCode | LevelCode, options?: MembersOfOptions): DeepReadonly<Membership>[] {
  if (typeof code !== 'string') throw new TypeError(`code: expected a tier or level code, got ${formatValue(code)}`);
  sortKey(code, 'code');
  const day = dayOf('', options, 'membersOf');
  const matches = (level: string) => level === code || level.split('.')[0] === code;
  const out: DeepReadonly<Membership>[] = [];
  for (const country of levelsIndex().keys()) {
    const held = heldOn(country, day);
    if (held?.level && matches(held.level)) out.push(held);
  }
  return out.sort((a, b) => compareTiers(a.level!, b.level!) || a.country.localeCompare(b.country));
}

/**
 * Every membership record of one country, earliest first: its history on the ladder as far as the
 * sources give it, including partnership types outside the 16 levels (`level: null`). Where the first
 * record has `priorHistory: 'unknown'` (Pakistan, Uzbekistan), the sources show an earlier partnership
 * they neither name nor date: before that record the country's place is not known, rather than off the
 * ladder.
 *
 * @param country - A country code or name.
 * @returns A new array (empty when no source places the country or the input names no country).
 * @throws TypeError when `country` is not a string.
 *
 * @example
 * ```ts
 * import { membershipsOf } from 'china-security-risk-data';
 * membershipsOf('Bulgaria').map((m) => m.level); // ['4.2', '3.5']
 * membershipsOf('Pakistan')[0]?.priorHistory; // 'unknown'
 * ```
 */
export function membershipsOf(country: string): DeepReadonly<Membership>[] {
  if (typeof country !== 'string') throw new TypeError(`country: expected a string, got ${formatValue(country)}`);
  // Only a country on the ladder (with some membership) has memberships: its own name index is enough.
  const code = ladderCountry(country);
  const entry = code === undefined ? undefined : recordsIndex().get(code);
  return entry ? entry.records.map((i) => partnerships[i]!) : [];
}
