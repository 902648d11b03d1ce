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
  readonly officialName: string | null;
  readonly aliases: readonly string[];
  readonly nameZh: string;
  readonly officialNameZh: string | null;
  readonly nameZhHk: string;
  readonly nameZhTw: string;
  readonly aliasesZh: readonly string[];
}

/** Every name and code of a country the name index reads, official names and traditional forms included. */
export function namesOf(c: CountryRow): string[] {
  const names = [c.code, c.alpha3, c.name, ...c.aliases, c.nameZh, c.nameZhHk, c.nameZhTw, ...c.aliasesZh];
  if (c.officialName !== null) names.push(c.officialName);
  if (c.officialNameZh !== null) names.push(c.officialNameZh);
  return names;
}

/** What the ladder index reads of a membership. */
export interface MembershipRow {
  readonly country: string;
  readonly level: string | null;
  readonly since: { readonly value: string } | null;
  readonly basis: string;
  readonly sources: readonly { readonly source: string }[];
}

/** One country's entry in the ladder index. */
export interface LadderEntry {
  /** Its memberships as indexes into `partnerships`, in the order reached. */
  readonly records: readonly number[];
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
 * Each country's memberships, in the order they were reached (by date; undated records last, in table
 * order), as indexes into the `partnerships` table, and the level held from each dated step on (see
 * {@link stepStarts}). This is the dated history: which record a country held on a day is the latest step
 * started by then, whatever the tracker says of the edition's month (the tracker's own placements are
 * its view, `trackerLevelOf`, kept apart).
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
    const starts = stepStarts(rows);
    const steps = rows.flatMap((m, k): [string, string | null, number][] =>
      starts[k] ? [[starts[k], m.level, records[k]!]] : [],
    );
    ladder[country] = { records, steps };
  }
  return ladder;
}

/**
 * The country each match key names (`src/lib/normalize.ts`): every name and code of the countries `only`
 * keeps, as key → alpha-2 code; names two countries share are left out.
 */
export function nameIndex(
  countries: readonly CountryRow[],
  ambiguous: Readonly<Record<string, readonly string[]>>,
  only: (code: string) => boolean,
): Record<string, string> {
  const index: Record<string, string> = {};
  for (const c of countries) {
    if (!only(c.code)) continue;
    for (const name of namesOf(c)) {
      const k = nameKey(name);
      if (!k) throw new Error(`the name ${JSON.stringify(name)} of ${c.code} has no match key`);
      if (!(k in ambiguous)) index[k] = c.code;
    }
  }
  return index;
}

/** The part of a country's ladder entry `tierOf` reads: each dated step's start and level. */
export interface LadderLevels {
  readonly steps: readonly (readonly [string, string | null])[];
}

/** The part `membershipOf` and `membershipsOf` read: the records in order, each step's record. */
export interface LadderRecords {
  readonly records: readonly number[];
  readonly steps: readonly number[];
}

/**
 * The ladder index split in the two parts the helpers read, so that a bundle of `tierOf` alone carries
 * only the first. The levels are written flat, as `[start, level, start, level...]`, which is what keeps
 * that bundle small; `readLevels` reads them back.
 */
export function ladderParts(ladder: Readonly<Record<string, LadderEntry>>): {
  levels: Record<string, (string | null)[]>;
  records: Record<string, LadderRecords>;
} {
  const levels: Record<string, (string | null)[]> = {};
  const records: Record<string, LadderRecords> = {};
  for (const [code, e] of Object.entries(ladder)) {
    // Each step is [from, level, record]: only the first two go into the levels.
    // biome-ignore lint/complexity/noFlatMapIdentity: not an identity; the callback drops the record
    levels[code] = e.steps.flatMap(([from, level]) => [from, level]);
    records[code] = { records: e.records, steps: e.steps.map(([, , record]) => record) };
  }
  return { levels, records };
}

/** A country's levels over time, from the flat form `ladderParts` writes. */
export function readLevels(flat: readonly (string | null)[]): LadderLevels {
  const steps: [string, string | null][] = [];
  for (let i = 0; i < flat.length; i += 2) steps.push([flat[i]!, flat[i + 1]!]);
  return { steps };
}

/**
 * Where a country that holds no membership on a day stands, by its memberships in the order they were
 * reached: `unknown` when the sources show a partnership they neither name nor date (the earliest record's
 * `priorHistory` is `unknown`, or a record is undated), else `none`.
 */
export function standingWithout(
  memberships: readonly { readonly since: unknown; readonly priorHistory?: 'unknown' | undefined }[],
): 'none' | 'unknown' {
  return memberships[0]?.priorHistory === 'unknown' || memberships.some((m) => m.since === null) ? 'unknown' : 'none';
}

/** The position of the step a country held on a day: the latest whose start is on or before it; -1 before the first. */
export function stepOn(steps: readonly (readonly [string, ...unknown[]])[], day: string): number {
  let held = -1;
  for (const [i, step] of steps.entries()) {
    if (step[0] > day) break;
    held = i;
  }
  return held;
}
