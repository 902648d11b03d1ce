import { COVERAGE_END } from '../coverage.js';
import { CoverageError } from '../lib/coverage.js';
import { type DeepReadonly, deepFreeze } from '../lib/freeze.js';
import { readOptions } from '../lib/options.js';
import { ladderIndex } from '../lib/indexes.js';
import { partnershipYearRows, trackerFacts, treatyYearRows } from '../lib/panels.js';
import type { PartnershipYear, TreatyYear } from '../schemas/panels.js';
import { countries } from '../tables/countries.js';
import { levels } from '../tables/levels.js';
import { outsideFramework } from '../tables/outside-framework.js';
import { partnerships } from '../tables/partnerships.js';
import { treaties } from '../tables/treaties.js';
import { parseCalendarDate } from './dates.js';

/** Options for {@link partnershipYears} and {@link treatyYears}. */
export interface PanelOptions {
  /**
   * The panel's last day (`YYYY-MM-DD` or a `Date`, read as its UTC day): its year's row answers for it.
   * Omitted: `dataset.coverageEnd`. `'2021-08-31'` gives the panel as the tracker edition (1.x) drew it.
   * A day after the coverage is refused with a `CoverageError`.
   */
  asOf?: string | Date | undefined;
}

/** The panel's last day from the options. */
function endOf(options: unknown, fn: string): string {
  const { asOf } = readOptions(options, ['asOf'], fn);
  if (asOf === undefined) return COVERAGE_END;
  // CoverageError alone, not withinCoverage: the main entry takes lib/coverage.ts from a subpath, which
  // exports the class but not the function.
  const day = parseCalendarDate(asOf as string | Date, 'asOf');
  if (day > COVERAGE_END) throw new CoverageError('asOf', day);
  return day;
}

/**
 * China's partnerships as a country-year panel, in dyadic form with China as side one (`ccode1` 710), as
 * peacesciencer's dyad-years: one row per year for every country with a partnership recorded by the panel's last day and every
 * country outside the framework, from the first year any partnership is dated to the year of
 * `dataset.coverageEnd` (or the day `asOf` names), with where the country stands on 31 December (for the last
 * year, on the panel's last day: `status` as `standingOf` answers), the level and record behind it, the closest level held
 * during the year, the tracker's own placement in the edition's year (`trackerLevel`), and the partner's
 * ISO, Correlates of War and Gleditsch & Ward codes. Worked out by the same rules as the helpers, so that
 * `row.level === tierOf(row.country, { asOf: row.asOf })?.code` for every row. The coding rules are in the
 * Panels guide; the same rows are `data/partnership-years.csv`.
 *
 * @param options - `asOf`: the panel's last day (see {@link PanelOptions}).
 * @returns A new array of frozen rows, by country then year.
 * @throws TypeError for options that are not an options object or `asOf` that is neither a string nor a
 *   `Date`; RangeError when `asOf` is no calendar day; `CoverageError` when it is after the coverage.
 *
 * @example
 * ```ts
 * import { partnershipYears } from 'china-security-risk-data';
 * const kz = partnershipYears().filter((r) => r.country === 'KZ');
 * kz.find((r) => r.year === 2019)?.level; // '3.2'
 * kz[0]?.ccode1; // 710
 * const pk = partnershipYears().find((r) => r.country === 'PK' && r.year === 2000);
 * pk?.status; // 'unknown'
 * partnershipYears({ asOf: '2021-08-31' }).at(-1)?.asOf; // '2021-08-31': the panel as the tracker edition drew it
 * ```
 */
export function partnershipYears(options?: PanelOptions): DeepReadonly<PartnershipYear>[] {
  const end = endOf(options, 'partnershipYears');
  return partnershipYearRows(
    ladderIndex(partnerships),
    partnerships,
    countries,
    trackerFacts(levels, outsideFramework),
    end,
  ).map(deepFreeze);
}

/**
 * The PRC's extradition treaties and Hong Kong's agreements as a treaty-year panel: one row per treaty and
 * year, from the year of its first dated step to the year of `dataset.coverageEnd` (or the day `asOf` names),
 * with the status on 31 December (for the last year, on the panel's last day) in the tracker's legend and the step that set it. Worked out by the same
 * rules as `treatyStatus`. Treaties with no dated step have no rows. The same rows are
 * `data/treaty-years.csv`.
 *
 * @param options - `asOf`: the panel's last day (see {@link PanelOptions}).
 * @returns A new array of frozen rows, in the order of `treaties`, then by year.
 * @throws TypeError, RangeError and CoverageError for `options` as {@link partnershipYears}.
 *
 * @example
 * ```ts
 * import { treatyYears } from 'china-security-risk-data';
 * const canada = treatyYears().filter((r) => r.treaty === 'hk-ca');
 * canada.find((r) => r.year === 2019)?.status; // 'in-force'
 * canada.find((r) => r.year === 2020)?.status; // 'suspended'
 * ```
 */
export function treatyYears(options?: PanelOptions): DeepReadonly<TreatyYear>[] {
  return treatyYearRows(treaties, countries, endOf(options, 'treatyYears')).map(deepFreeze);
}
