/**
 * The partnership hierarchy alone: the 5 tiers and 16 levels of Exhibit 1, the membership records,
 * North Korea outside the framework, and the helpers that read them. Smaller to load than the main entry
 * (no treaties, events, watch-items or sources); the same functions and frozen records as the main entry.
 *
 * @example
 * ```ts
 * import { tierOf, compareTiers, membersOf } from 'china-security-risk-data/partnerships';
 * tierOf('United Kingdom')?.code; // '3.3'
 * compareTiers('1.1', '3.3') < 0; // true
 * membersOf('4.2').map((m) => m.country); // ['MV', 'RO']
 * ```
 *
 * @module partnerships
 */
export { tiers, levels } from '../tables/hierarchy.js';
export { partnerships, outsideFramework } from '../tables/partnerships.js';
export { TIER_CODES, LEVEL_CODES } from '../codes.js';
export { compareTiers, membersOf, membershipsOf, tierOf } from '../helpers/hierarchy.js';
export type { TierLike, TierOfOptions } from '../helpers/hierarchy.js';
export type { DeepReadonly } from '../freeze.js';
export type {
  Basis,
  Citation,
  FuzzyDate,
  Level,
  LevelCode,
  Membership,
  OutsideFramework,
  PartnershipLabel,
  Tier,
  TierCode,
  TrackerMembership,
} from '../types.js';
