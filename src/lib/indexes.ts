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
  /** From which day each dated membership's level held, in order. */
  readonly steps: readonly (readonly [string, string | null])[];
}

/**
 * Each country's memberships, in the order they were reached (by date; undated records last, in table
 * order), as indexes into the `partnerships` table; the record that answers for the edition (the one the
 * tracker names, else the latest); and the level held from each dated step on. A step known only to its
 * year or month takes effect from the first day of that period, but never before the step ahead of it.
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
    const tracker = records.findIndex((i) => partnerships[i]!.basis === 'tracker');
    const edition = tracker >= 0 ? tracker : records.length - 1;
    const steps: [string, string | null][] = [];
    let floor = '';
    for (const i of records) {
      const since = partnerships[i]!.since;
      if (!since) continue;
      floor = periodStart(since) > floor ? periodStart(since) : floor;
      steps.push([floor, partnerships[i]!.level]);
    }
    ladder[country] = { records, edition, level: partnerships[records[edition]!]!.level, steps };
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
