/**
 * The extradition treaties of the PRC and the surrender-of-fugitive-offenders agreements of Hong Kong,
 * with their dated steps and August 2021 status, and the treaty look-ups. The same functions and frozen
 * records as the main entry.
 *
 * @example
 * ```ts
 * import { treatiesSuspendedAfter, treatyStatus } from 'china-security-risk-data/treaties';
 * treatiesSuspendedAfter('2020-07-31').map((t) => t.id); // ['hk-us', 'hk-nl', 'hk-ie', 'hk-fi']
 * treatyStatus('Canada', { side: 'HK', asOf: '2020-07-04' }); // 'suspended'
 * ```
 *
 * @module treaties
 */
export { treaties } from '../tables/treaties.js';
export { treatiesSuspendedAfter, treatiesWith, treatyStatus } from '../helpers/treaties.js';
export type { TreatiesWithOptions, TreatyStatusOptions } from '../helpers/treaties.js';
export { CoverageError } from '../lib/coverage.js';
export type { DeepReadonly } from '../lib/freeze.js';
export type {
  Certainty,
  ChinaSide,
  Citation,
  FuzzyDate,
  MutableCitation,
  MutableFuzzyDate,
  MutableTreaty,
  MutableTreatyStep,
  Treaty,
  TreatyAction,
  TreatyStatus,
  TreatyStep,
} from '../types.js';
