/**
 * The dated events the tracker reports, with the tracker's date and the sources' date, and the event
 * look-ups. The same functions and frozen records as the main entry.
 *
 * @example
 * ```ts
 * import { eventsBetween, eventsInvolving } from 'china-security-risk-data/events';
 * eventsBetween('2021-06-11', '2021-06-15').map((e) => e.id);
 * eventsInvolving('Lithuania').length > 0; // true
 * ```
 *
 * @module events
 */
export { events } from '../tables/events.js';
export { eventsBetween, eventsInvolving } from '../helpers/events.js';
export type { DeepReadonly } from '../lib/freeze.js';
export type {
  Actors,
  Citation,
  DatedMoment,
  Event,
  FuzzyDate,
  MutableActors,
  MutableCitation,
  MutableDatedMoment,
  MutableEvent,
  MutableFuzzyDate,
  TrackerSection,
} from '../types.js';
