/**
 * The country-year and treaty-year panels, worked out from the tables by the same rules the helpers use
 * (`stepOn` behind `tierOf` and `membershipOf`, `statusOn` behind `treatyStatus`), so that a panel row and
 * the helpers can never disagree. Shared by `partnershipYears()`/`treatyYears()` and the build, which writes
 * `data/partnership-years.csv` and `data/treaty-years.csv`.
 *
 * @internal
 */
import { LEVEL_CODES } from '../codes.js';
import { COVERAGE_END } from '../coverage.js';
import { AS_OF } from '../edition.js';
import { periodStart } from './calendar.js';
import type { MutablePartnershipYear, MutableTreatyYear } from '../schemas/panels.js';
import { type LadderEntry, standingWithout, stepOn } from './indexes.js';
import { type Status, statusOn } from './treaty-status.js';

/** The tracker edition's year: the year whose rows carry the tracker's own placements. */
const EDITION_YEAR = /* @__PURE__ */ Number(AS_OF.slice(0, 4));

interface CountryCodes {
  readonly code: string;
  readonly alpha3: string;
  readonly cowCode: number | null;
  readonly gwCode: number | null;
}
interface MembershipFacts {
  readonly id: string;
  readonly country: string;
  readonly level: string | null;
  readonly label?: { readonly en?: string | undefined; readonly zh?: string | undefined } | undefined;
  readonly basis: 'tracker' | 'external';
  readonly since: unknown;
  readonly priorHistory?: 'unknown' | undefined;
  readonly qualifiers: readonly string[];
  readonly baseLevel: string | null;
}
/** What the partnership panel reads of the tracker's own placements and of the countries outside the ladder. */
export interface TrackerFacts {
  /** The level each country the tracker names is on (`levels[].tracker.named`), by alpha-2 code. */
  readonly placements: ReadonlyMap<string, string>;
  /** The countries outside the framework (`outsideFramework`). */
  readonly outside: readonly string[];
}
interface TreatyFacts {
  readonly id: string;
  readonly chinaSide: 'CN' | 'HK';
  readonly counterparty: string;
  readonly status: Status | null;
  readonly steps: readonly { readonly action: string; readonly date: { readonly value: string } }[];
}

/** The tracker's placements and the countries outside the framework, from the `levels` and `outsideFramework` tables. */
export function trackerFacts(
  levels: readonly { readonly code: string; readonly tracker: { readonly named: readonly string[] } }[],
  outside: readonly { readonly country: string }[],
): TrackerFacts {
  return {
    placements: new Map(levels.flatMap((l) => l.tracker.named.map((c) => [c, l.code] as const))),
    outside: outside.map((o) => o.country),
  };
}

/** The day a row answers for: 31 December of the year, or for the panel's last year its last day. */
function dayOfYear(year: number, end: string): string {
  return year === Number(end.slice(0, 4)) ? end : `${year}-12-31`;
}

/** What a country held on a day: the level and the index in `partnerships` of its membership record. */
interface Held {
  readonly level: string | null;
  readonly record: number;
}

/** What a ladder entry says a country held on a day, by the rule `tierOf` applies. */
function heldOn(entry: LadderEntry | undefined, day: string): Held | undefined {
  const step = entry?.steps[stepOn(entry.steps, day)];
  return step && { level: step[1], record: step[2] };
}

/** The closest level among what was held (levels compare by their position in LEVEL_CODES). */
function closest(held: readonly (Held | undefined)[]): Held | undefined {
  let best: Held | undefined;
  for (const h of held) {
    if (!h || h.level === null) continue;
    if (!best || LEVEL_CODES.indexOf(h.level as never) < LEVEL_CODES.indexOf(best.level as never)) best = h;
  }
  return best;
}

/**
 * One row per country and year, for every country with a partnership recorded by the panel's last day and every country outside
 * the framework, from the first year any partnership is dated to the coverage year: where the country
 * stands on 31 December (for the coverage year, on its last day), the level and record behind it, the
 * closest level held during the year, the tracker's own placement in the edition year, and the partner's
 * codes with China as side one.
 */
export function partnershipYearRows(
  ladder: Readonly<Record<string, LadderEntry>>,
  partnerships: readonly MembershipFacts[],
  countries: readonly CountryCodes[],
  tracker: TrackerFacts,
  end: string = COVERAGE_END,
): MutablePartnershipYear[] {
  const lastYear = Number(end.slice(0, 4));
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const china = byCode.get('CN')!;
  const firstYear = Math.min(
    lastYear,
    ...Object.values(ladder).flatMap((e) => (e.steps[0] ? [Number(e.steps[0][0].slice(0, 4))] : [])),
  );
  const rows: MutablePartnershipYear[] = [];
  // The countries with a partnership on record by the panel's last day (an undated record counts).
  const recorded = Object.keys(ladder).filter((code) =>
    ladder[code]!.records.some((i) => {
      const since = partnerships[i]!.since as { value: string } | null;
      return since === null || periodStart(since) <= end;
    }),
  );
  for (const code of [...new Set([...recorded, ...tracker.outside])].sort()) {
    const entry = ladder[code];
    const partner = byCode.get(code)!;
    const without = standingWithout(entry ? entry.records.map((i) => partnerships[i]!) : []);
    for (let year = firstYear; year <= lastYear; year++) {
      const asOf = dayOfYear(year, end);
      const held = heldOn(entry, asOf);
      const during = (entry?.steps ?? []).filter(([from]) => from > `${year}-01-01` && from <= asOf);
      const highest = closest([
        heldOn(entry, `${year}-01-01`),
        ...during.map(([, level, record]) => ({ level, record })),
        held,
      ]);
      const record = held && partnerships[held.record]!;
      const status = tracker.outside.includes(code)
        ? 'outside'
        : held
          ? held.level === null
            ? 'off-ladder'
            : 'level'
          : without;
      rows.push({
        country: code,
        iso3: partner.alpha3,
        year,
        ccode1: china.cowCode,
        ccode2: partner.cowCode,
        gwcode1: china.gwCode,
        gwcode2: partner.gwCode,
        asOf,
        status,
        level: (held?.level ?? null) as MutablePartnershipYear['level'],
        tier: (held?.level ? held.level.split('.')[0] : null) as MutablePartnershipYear['tier'],
        record: record ? record.id : null,
        label: record?.label ? { ...record.label } : null,
        basis: record ? record.basis : null,
        qualifiers: (record ? [...record.qualifiers] : []) as MutablePartnershipYear['qualifiers'],
        baseLevel: (record ? record.baseLevel : null) as MutablePartnershipYear['baseLevel'],
        highestLevel: (highest?.level ?? null) as MutablePartnershipYear['highestLevel'],
        highestRecord: highest ? partnerships[highest.record]!.id : null,
        trackerLevel: (year === EDITION_YEAR
          ? (tracker.placements.get(code) ?? null)
          : null) as MutablePartnershipYear['trackerLevel'],
      });
    }
  }
  return rows;
}

/**
 * One row per treaty and year, from the year of its first dated step to the coverage year: the status on
 * 31 December (for the coverage year, on its last day) and the step that set it.
 */
export function treatyYearRows(
  treaties: readonly TreatyFacts[],
  countries: readonly CountryCodes[],
  end: string = COVERAGE_END,
): MutableTreatyYear[] {
  const lastYear = Number(end.slice(0, 4));
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const rows: MutableTreatyYear[] = [];
  for (const treaty of treaties) {
    const first = treaty.steps[0];
    if (!first) continue;
    for (let year = Number(first.date.value.slice(0, 4)); year <= lastYear; year++) {
      const asOf = dayOfYear(year, end);
      const on = statusOn(treaty, asOf);
      const step = on.step === undefined ? null : on.step;
      rows.push({
        treaty: treaty.id,
        chinaSide: treaty.chinaSide,
        counterparty: treaty.counterparty,
        ccode2: byCode.get(treaty.counterparty)!.cowCode,
        year,
        asOf,
        status: on.status ?? null,
        step: step === null ? null : step + 1,
        action: (step === null ? null : treaty.steps[step]!.action) as MutableTreatyYear['action'],
      });
    }
  }
  return rows;
}
