/**
 * The indexes the helpers look up, derived from the tables: written into `src/generated/` by the build,
 * and derived again by `verifyDataset()` to check that the indexes in memory agree with the tables.
 *
 * @internal
 */
import { periodStart } from './calendar.js';
import { nameKey } from './normalize.js';

/** What the name index reads of a country. */
export interface CountryRow {
  readonly code: string;
  readonly alpha3: string;
  readonly name: string;
  readonly nameZh: string;
  readonly aliases: readonly string[];
  readonly aliasesZh: readonly string[];
}

/** What the ladder index reads of a membership. */
export interface MembershipRow {
  readonly country: string;
  readonly level: string | null;
  readonly since: { readonly value: string } | null;
  readonly basis: string;
}

/** One country's entry in the ladder index. */
export interface LadderEntry {
  /** Its memberships as indexes into `partnerships`, in the order reached. */
  readonly records: readonly number[];
  /** Position in `records` of the membership that answers for the edition. */
  readonly edition: number;
  /** The level of that membership. */
  readonly level: string | null;
  /** From which day each dated membership held: the day, its level, its index in `partnerships`; in order. */
  readonly steps: readonly (readonly [string, string | null, number])[];
}

/**
 * The day from which each of one country's memberships held, given in the order they were reached: the
 * first day of its `since` period, but never before the membership ahead of it (a step known only to its
 * year or month takes effect from the first day of that period, never before the step ahead of it);
 * `null` for an undated membership.
 */
export function stepStarts(memberships: readonly Pick<MembershipRow, 'since'>[]): (string | null)[] {
  let floor = '';
  return memberships.map((m) => {
    if (!m.since) return null;
    floor = periodStart(m.since) > floor ? periodStart(m.since) : floor;
    return floor;
  });
}

/**
 * Position, among one country's memberships in the order they were reached, of the membership that answers
 * for the edition: the one the tracker names, else the latest.
 */
export function editionPosition(memberships: readonly Pick<MembershipRow, 'basis'>[]): number {
  const tracker = memberships.findIndex((m) => m.basis === 'tracker');
  return tracker >= 0 ? tracker : memberships.length - 1;
}

/**
 * Each country's memberships, in the order they were reached (by date; undated records last, in table
 * order), as indexes into the `partnerships` table; the record that answers for the edition (see
 * {@link editionPosition}); and the level held from each dated step on (see {@link stepStarts}).
 */
export function ladderIndex(partnerships: readonly MembershipRow[]): Record<string, LadderEntry> {
  const byCountry = new Map<string, number[]>();
  partnerships.forEach((m, i) => {
    byCountry.set(m.country, [...(byCountry.get(m.country) ?? []), i]);
  });
  const key = (i: number) => (partnerships[i]!.since ? periodStart(partnerships[i]!.since!) : '9999');
  const ladder: Record<string, LadderEntry> = {};
  for (const [country, list] of [...byCountry].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const records = [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a - b));
    const rows = records.map((i) => partnerships[i]!);
    const edition = editionPosition(rows);
    const starts = stepStarts(rows);
    const steps = rows.flatMap((m, k): [string, string | null, number][] =>
      starts[k] ? [[starts[k], m.level, records[k]!]] : [],
    );
    ladder[country] = { records, edition, level: rows[edition]!.level, steps };
  }
  return ladder;
}

/** The match keys of every country's names and codes (`src/lib/normalize.ts`), by country; names two countries share are left out. */
export function nameIndex(
  countries: readonly CountryRow[],
  ambiguous: Readonly<Record<string, readonly string[]>>,
  only: (code: string) => boolean,
): Record<string, string[]> {
  const index: Record<string, string[]> = {};
  for (const c of countries) {
    if (!only(c.code)) continue;
    const keys = new Set<string>();
    for (const name of [c.code, c.alpha3, c.name, c.nameZh, ...c.aliases, ...c.aliasesZh]) {
      const k = nameKey(name);
      if (!k) throw new Error(`the name ${JSON.stringify(name)} of ${c.code} has no match key`);
      if (!(k in ambiguous)) keys.add(k);
    }
    index[c.code] = [...keys];
  }
  return index;
}

/** What a country held on a day: the level and the index in `partnerships` of the membership record. */
export interface Held {
  readonly level: string | null;
  readonly record: number;
}

/**
 * What a country's ladder entry says it held on a day: the latest membership whose step has started by
 * then; without a day, or from the edition's month on, the membership that answers for the edition.
 * `undefined` before its first dated step.
 */
export function heldOn(entry: LadderEntry, day: string | undefined, editionStart: string): Held | undefined {
  if (day === undefined || day >= editionStart) return { level: entry.level, record: entry.records[entry.edition]! };
  let held: Held | undefined;
  for (const [from, level, record] of entry.steps) {
    if (from > day) break;
    held = { level, record };
  }
  return held;
}
