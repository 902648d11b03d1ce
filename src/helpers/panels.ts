import { type DeepReadonly, deepFreeze } from '../lib/freeze.js';
import { ladderIndex } from '../lib/indexes.js';
import { partnershipYearRows, treatyYearRows } from '../lib/panels.js';
import type { PartnershipYear, TreatyYear } from '../schemas/panels.js';
import { countries } from '../tables/countries.js';
import { partnerships } from '../tables/partnerships.js';
import { treaties } from '../tables/treaties.js';

/**
 * China's partnerships as a country-year panel, in dyadic form with China as side one (`ccode1` 710), as
 * peacesciencer's dyad-years: one row per country and year, from the year of its first dated partnership
 * to the edition's year (2021), with the level held on 31 December (for 2021: at the edition), the closest
 * level held during the year, the membership records behind them, and the partner's ISO, Correlates of War
 * and Gleditsch & Ward codes. Worked out by the same rules as `tierOf` and `membershipOf`, so that
 * `row.level === tierOf(row.country, { asOf: row.asOf })?.code` for every row before the edition year. The
 * coding rules are in the Panels guide; the same rows are `data/partnership-years.csv`.
 *
 * @returns A new array of frozen rows, by country then year.
 *
 * @example
 * ```ts
 * import { partnershipYears } from 'china-security-risk-data';
 * const kz = partnershipYears().filter((r) => r.country === 'KZ');
 * kz.find((r) => r.year === 2019)?.level; // '3.2'
 * kz[0]?.ccode1; // 710
 * ```
 */
export function partnershipYears(): DeepReadonly<PartnershipYear>[] {
  return partnershipYearRows(ladderIndex(partnerships), partnerships, countries).map(deepFreeze);
}

/**
 * The PRC's extradition treaties and Hong Kong's agreements as a treaty-year panel: one row per treaty and
 * year, from the year of its first dated step to the edition's year, with the status on 31 December in
 * the tracker's legend (for 2021: the edition's status) and the step that set it. Worked out by the same
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
