/**
 * China's security environment as the MERICS China Security and Risk Tracker No. 3 (August 2021)
 * reports it, and China's partnerships and extradition treaties from their first record to the coverage
 * end (`dataset.coverageEnd`), as typed, frozen data: the partnership hierarchy, the extradition treaties
 * of the PRC and Hong Kong, dated events and watch-items, with helpers. This entry loads no zod; the
 * schemas are in `china-security-risk-data/schemas`, and `changesSince` in
 * `china-security-risk-data/changes`.
 *
 * @example
 * ```ts
 * import { tierOf, treatiesSuspendedAfter, dataset } from 'china-security-risk-data';
 * tierOf('Germany')?.code; // '3.1'
 * treatiesSuspendedAfter('2020-07-31').length;
 * dataset.asOf; // '2021-08'
 * ```
 *
 * @module china-security-risk-data
 */
export { TIER_CODES, LEVEL_CODES } from './codes.js';
export { tiers } from './tables/tiers.js';
export { levels } from './tables/levels.js';
export { partnerships } from './tables/partnerships.js';
export { communities } from './tables/communities.js';
export { outsideFramework } from './tables/outside-framework.js';
export { treaties } from './tables/treaties.js';
export { events } from './tables/events.js';
export { watchItems } from './tables/watch-items.js';
export { conflicts } from './tables/conflicts.js';
export { sources } from './tables/sources.js';
export { countries } from './tables/countries.js';
export { dataset } from './tables/dataset.js';
export { compareTiers, membershipOf, membersOf, membershipsOf, tierOf } from './helpers/partnerships.js';
export type { MembersOfOptions, MembershipOfOptions, TierLike, TierOfOptions } from './helpers/partnerships.js';
export { standingOf, trackerLevelOf } from './helpers/standing.js';
export { baseLevelOf, readLabel } from './helpers/labels.js';
export type { BaseLevelOfOptions } from './helpers/labels.js';
export { communitiesWith } from './helpers/communities.js';
export type { CommunitiesWithOptions } from './helpers/communities.js';
export type { Standing, StandingOfOptions, StandingStatus } from './helpers/standing.js';
export { CoverageError } from './lib/coverage.js';
export { ambiguousCountry, countryOf, resolveCountry } from './helpers/countries.js';
export type { CountryCodeScheme, CountryLookupOptions } from './helpers/countries.js';
export { treatiesSuspendedAfter, treatiesWith, treatyStatus } from './helpers/treaties.js';
export type { TreatiesWithOptions, TreatyStatusOptions } from './helpers/treaties.js';
export { eventsBetween, eventsInvolving } from './helpers/events.js';
export { parseCalendarDate } from './helpers/dates.js';
export { partnershipYears, treatyYears } from './helpers/panels.js';
export type { PanelOptions } from './helpers/panels.js';
export { cite } from './helpers/cite.js';
export type { CiteOptions, CitationFormat } from './helpers/cite.js';
export { verifyDataset } from './helpers/verify.js';
export type { DatasetVerification } from './helpers/verify.js';
export type { DeepReadonly } from './lib/freeze.js';
export type * from './types.js';
