/**
 * Where the tracker and other sources disagree: the dataset answers with the tracker, and the other
 * reading is kept here with its sources. The same frozen records as the main entry.
 *
 * @example
 * ```ts
 * import { conflicts } from 'china-security-risk-data/conflicts';
 * conflicts.filter((c) => c.table === 'partnerships').map((c) => c.record);
 * ```
 *
 * @module conflicts
 */
export { conflicts } from '../tables/conflicts.js';
export type { DeepReadonly } from '../lib/freeze.js';
export type {
  Citation,
  Conflict,
  ConflictSide,
  MutableCitation,
  MutableConflict,
  MutableConflictSide,
} from '../types.js';
