/**
 * The tracker's five "what to watch" items, each with its window and what then happened. The same frozen
 * records as the main entry.
 *
 * @example
 * ```ts
 * import { watchItems } from 'china-security-risk-data/watch';
 * watchItems.map((w) => `${w.windowText}: ${w.outcome.verdict}`);
 * ```
 *
 * @module watch
 */
export { watchItems } from '../tables/watch-items.js';
export type { DeepReadonly } from '../lib/freeze.js';
export type {
  Actors,
  Citation,
  DatedMoment,
  FuzzyDate,
  MutableActors,
  MutableCitation,
  MutableDatedMoment,
  MutableFuzzyDate,
  MutableWatchItem,
  MutableWatchOutcome,
  WatchItem,
  WatchOutcome,
} from '../types.js';
