import type { Level, LevelCode, TierCode } from '../schemas/hierarchy.js';
import type { Membership } from '../schemas/partnerships.js';
import type { DeepReadonly } from '../freeze.js';
import { AS_OF_START } from '../edition.js';
import { levels } from '../tables/hierarchy.js';
import { partnerships } from '../tables/partnerships.js';
import { describe, parseCalendarDate, periodStart } from './dates.js';
import { resolveCountry } from './countries.js';

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
   * The day to answer for (`YYYY-MM-DD` or a `Date`). Omitted: as of the edition (August 2021).
   * A level reached in a year or month known only to that precision counts from the first day of that
   * year or month. Dates after the edition answer with the last level the dataset records.
   */
  asOf?: string | Date;
}

const EDITION_START = AS_OF_START;

let levelByCode: Map<string, DeepReadonly<Level>> | undefined;
let membershipsByCountry: Map<string, DeepReadonly<Membership>[]> | undefined;

function levelIndex(): Map<string, DeepReadonly<Level>> {
  levelByCode ??= new Map(levels.map((l) => [l.code, l]));
  return levelByCode;
}

function membershipIndex(): Map<string, DeepReadonly<Membership>[]> {
  if (membershipsByCountry) return membershipsByCountry;
  const index = new Map<string, DeepReadonly<Membership>[]>();
  for (const m of partnerships) {
    const list = index.get(m.country) ?? [];
    list.push(m);
    index.set(m.country, list);
  }
  for (const list of index.values()) list.sort(bySince);
  membershipsByCountry = index;
  return index;
}

/** First day a membership can have held (`''` when undated), for sorting and `asOf` comparisons. */
function sinceKey(m: DeepReadonly<Membership>): string {
  return m.since ? periodStart(m.since) : '';
}

function bySince(a: DeepReadonly<Membership>, b: DeepReadonly<Membership>): number {
  return sinceKey(a).localeCompare(sinceKey(b));
}

/** Sort key of a code: a tier sorts as `[tier, 0]`, a level as `[tier, level]`. */
function sortKey(value: unknown, name: string): readonly [number, number] {
  let code: unknown = value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) code = (value as { code?: unknown }).code;
  if (typeof code !== 'string') {
    throw new TypeError(`${name}: expected a tier or level code or a record with a code, got ${describe(value)}`);
  }
  if (/^[1-5]$/.test(code)) return [Number(code), 0];
  if (levelIndex().has(code)) {
    const [tier, level] = code.split('.');
    return [Number(tier), Number(level)];
  }
  throw new RangeError(`${name}: unknown tier or level code ${describe(code)}`);
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
 * tier's code (`tier`). Where the tracker names the country, the answer is the tracker's (see
 * `conflicts` for other readings). Accepts ISO alpha-2 and alpha-3 codes and English (and Chinese)
 * names and aliases, ignoring case, accents, punctuation and surrounding white space.
 *
 * @param country - A country code or name.
 * @param options - `asOf`: the day to answer for; see {@link TierOfOptions}.
 * @returns The level record, or `undefined` when the country is not on the ladder on that day (North
 *   Korea, a country no source places, a partnership type outside the 16 levels such as Belgium's, a day
 *   before the first recorded level) or the input names no country.
 * @throws TypeError when `country` is not a string.
 * @throws RangeError when `asOf` is not a valid calendar date.
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
export function tierOf(country: string, options: TierOfOptions = {}): DeepReadonly<Level> | undefined {
  if (typeof country !== 'string') throw new TypeError(`country: expected a string, got ${describe(country)}`);
  if (options?.asOf !== undefined) return levelOn(country, parseCalendarDate(options.asOf, 'asOf'));
  // The data is frozen, so the edition's answer for an input string never changes: remember it.
  let answer = editionAnswers.get(country);
  if (answer === undefined) {
    answer = levelOn(country, undefined) ?? null;
    if (editionAnswers.size >= MAX_REMEMBERED) editionAnswers.clear();
    editionAnswers.set(country, answer);
  }
  return answer ?? undefined;
}

/** Inputs whose edition answer `tierOf` remembers at most (the memory is emptied when full). */
const MAX_REMEMBERED = 1024;
const editionAnswers = new Map<string, DeepReadonly<Level> | null>();

function levelOn(country: string, day: string | undefined): DeepReadonly<Level> | undefined {
  const code = resolveCountry(country);
  if (code === undefined) return undefined;
  const held = membershipIndex().get(code);
  if (!held) return undefined;
  const membership = day === undefined || day >= EDITION_START ? editionMembership(held) : membershipOn(held, day);
  return membership?.level ? levelIndex().get(membership.level) : undefined;
}

function editionMembership(held: readonly DeepReadonly<Membership>[]): DeepReadonly<Membership> | undefined {
  return held.find((m) => m.basis === 'tracker') ?? held.at(-1);
}

function membershipOn(held: readonly DeepReadonly<Membership>[], day: string): DeepReadonly<Membership> | undefined {
  let current: DeepReadonly<Membership> | undefined;
  for (const m of held) if (sinceKey(m) !== '' && sinceKey(m) <= day) current = m;
  return current;
}

/**
 * The countries on a level, or on every level of a tier, as of the edition (August 2021): the current
 * membership records, closest level first, then by country code.
 *
 * @param code - A level code (`'3.5'`) or a tier code (`'3'`).
 * @returns A new array of membership records.
 * @throws TypeError when `code` is not a string; RangeError when it is no tier or level code.
 *
 * @example
 * ```ts
 * import { membersOf } from 'china-security-risk-data';
 * membersOf('4.2').map((m) => m.country); // ['MV', 'RO']
 * ```
 */
export function membersOf(code: TierCode | LevelCode): DeepReadonly<Membership>[] {
  if (typeof code !== 'string') throw new TypeError(`code: expected a tier or level code, got ${describe(code)}`);
  sortKey(code, 'code');
  const matches = (level: string) => level === code || level.split('.')[0] === code;
  const out: DeepReadonly<Membership>[] = [];
  for (const held of membershipIndex().values()) {
    const m = editionMembership(held);
    if (m?.level && matches(m.level)) out.push(m);
  }
  return out.sort((a, b) => compareTiers(a.level!, b.level!) || (a.country < b.country ? -1 : 1));
}

/**
 * Every membership record of one country, earliest first: its history on the ladder as far as the
 * sources give it, including partnership types outside the 16 levels (`level: null`).
 *
 * @param country - A country code or name.
 * @returns A new array (empty when no source places the country or the input names no country).
 * @throws TypeError when `country` is not a string.
 *
 * @example
 * ```ts
 * import { membershipsOf } from 'china-security-risk-data';
 * membershipsOf('Bulgaria').map((m) => m.level); // ['4.2', '3.5']
 * ```
 */
export function membershipsOf(country: string): DeepReadonly<Membership>[] {
  const code = resolveCountry(country);
  return code === undefined ? [] : [...(membershipIndex().get(code) ?? [])];
}
