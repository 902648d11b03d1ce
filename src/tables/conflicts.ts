import type { Conflict } from '../schemas/conflicts.js';
import { deepFreeze, type DeepReadonly } from '../freeze.js';
import { eventConflicts } from '../data/conflicts/events.js';
import { partnershipConflicts } from '../data/conflicts/partnerships.js';

/**
 * Where the tracker and other sources disagree. The dataset answers with the tracker; the other reading
 * is kept here with its sources.
 *
 * @example
 * ```ts
 * import { conflicts } from 'china-security-risk-data';
 * conflicts.find((c) => c.country === 'KR')?.other.value;
 * ```
 */
export const conflicts: ReadonlyArray<DeepReadonly<Conflict>> = /* @__PURE__ */ deepFreeze([
  ...partnershipConflicts,
  ...eventConflicts,
]);
