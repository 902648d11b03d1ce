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
 * membersOf('4.2').map((m) => m.country); // ['RO']
 * membersOf('4.2', { asOf: '2021-08-31' }).map((m) => m.country); // ['MV', 'RO']
 * ```
 *
 * @module partnerships
 */
export { tiers } from '../tables/tiers.js';
export { levels } from '../tables/levels.js';
export { partnerships } from '../tables/partnerships.js';
export { communities } from '../tables/communities.js';
export { outsideFramework } from '../tables/outside-framework.js';
export { TIER_CODES, LEVEL_CODES } from '../codes.js';
export { compareTiers, membershipOf, membersOf, membershipsOf, tierOf } from '../helpers/partnerships.js';
export type { MembersOfOptions, MembershipOfOptions, TierLike, TierOfOptions } from '../helpers/partnerships.js';
export { standingOf, trackerLevelOf } from '../helpers/standing.js';
export type { Standing, StandingOfOptions, StandingStatus } from '../helpers/standing.js';
export { baseLevelOf, readLabel } from '../helpers/labels.js';
export type { BaseLevelOfOptions } from '../helpers/labels.js';
export { communitiesWith } from '../helpers/communities.js';
export type { CommunitiesWithOptions } from '../helpers/communities.js';
export { CoverageError } from '../lib/coverage.js';
export type { DeepReadonly } from '../lib/freeze.js';
export type {
  Basis,
  Citation,
  Community,
  CommunityGroup,
  CommunityStep,
  LabelReading,
  FuzzyDate,
  Level,
  LevelCode,
  Membership,
  MutableCitation,
  MutableCommunity,
  MutableFuzzyDate,
  MutableLevel,
  MutableMembership,
  MutableOutsideFramework,
  MutablePartnershipLabel,
  MutableTier,
  MutableTrackerMembership,
  OutsideFramework,
  PartnershipLabel,
  Qualifier,
  Tier,
  TierCode,
  TrackerMembership,
} from '../types.js';
