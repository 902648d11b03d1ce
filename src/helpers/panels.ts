import { type DeepReadonly, deepFreeze } from '../lib/freeze.js';
import { ladderIndex } from '../lib/indexes.js';
import { partnershipYearRows, trackerFacts, treatyYearRows } from '../lib/panels.js';
import type { PartnershipYear, TreatyYear } from '../schemas/panels.js';
import { countries } from '../tables/countries.js';
import { levels } from '../tables/levels.js';
import { outsideFramework } from '../tables/outside-framework.js';
import { partnerships } from '../tables/partnerships.js';
import { treaties } from '../tables/treaties.js';

/**
 * China's partnerships as a country-year panel, in dyadic form with China as side one (`ccode1` 710), as
 * peacesciencer's dyad-years: one row per year for every country with a recorded partnership and every
 * country outside the framework, from the first year any partnership is dated to the year of
 * `dataset.coverageEnd`, with where the country stands on 31 December (for the last year, on the last day
 * covered: `status` as `standingOf` answers), the level and record behind it, the closest level held
 * during the year, the tracker's own placement in the edition's year (`trackerLevel`), and the partner's
 * ISO, Correlates of War and Gleditsch & Ward codes. Worked out by the same rules as the helpers, so that
 * `row.level === tierOf(row.country, { asOf: row.asOf })?.code` for every row. The coding rules are in the
 * Panels guide; the same rows are `data/partnership-years.csv`.
 *
 * @returns A new array of frozen rows, by country then year.
 *
 * @example
 * ```ts
 * import { partnershipYears } from 'china-security-risk-data';
 * const kz = partnershipYears().filter((r) => r.country === 'KZ');
 * kz.find((r) => r.year === 2019)?.level; // '3.2'
 * kz[0]?.ccode1; // 710
 * const pk = partnershipYears().find((r) => r.country === 'PK' && r.year === 2000);
 * pk?.status; // 'unknown'
 * ```
 */
export function partnershipYears(): DeepReadonly<PartnershipYear>[] {
  return partnershipYearRows(
    ladderIndex(partnerships),
    partnerships,
    countries,
    trackerFacts(levels, outsideFramework),
  ).map(deepFreeze);
}

/**
 * The PRC's extradition treaties and Hong Kong's agreements as a treaty-year panel: one row per treaty and
 * year, from the year of its first dated step to the year of `dataset.coverageEnd`, with the status on 31
 * December (for the last year, on the last day covered) in the tracker's legend and the step that set it. Worked out by the same
 * rules as `treatyStatus`. Treaties with no dated step have no rows. The same rows are
 * `data/treaty-years.csv`.
 *
 * @returns A new array of frozen rows, in the order of `treaties`, then by year.
 *
 * @example
 * ```ts
 * import { treatyYears } from 'china-security-risk-data';
 * const canada = treatyYears().filter((r) => r.treaty === 'hk-ca');
 * canada.find((r) => r.year === 2019)?.status; // 'in-force'
 * canada.find((r) => r.year === 2020)?.status; // 'suspended'
 * ```
 */
export function treatyYears(): DeepReadonly<TreatyYear>[] {
  return treatyYearRows(treaties, countries).map(deepFreeze);
}
