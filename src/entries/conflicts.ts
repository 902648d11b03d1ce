/**
 * Where sources disagree (the tracker and others, or other sources among themselves): the record keeps the
 * dataset's answer (the tracker's where it speaks), and the other
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
  ConflictAnswer,
  ConflictSide,
  MutableCitation,
  MutableConflict,
  MutableConflictAnswer,
  MutableConflictSide,
} from '../types.js';
