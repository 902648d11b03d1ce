import type { Source } from '../schemas/sources.js';
import { deepFreeze, type DeepReadonly } from '../freeze.js';
import { eventSources } from '../data/sources/events.js';
import { partnershipSources } from '../data/sources/partnerships.js';
import { trackerSources } from '../data/sources/tracker.js';
import { treatySources } from '../data/sources/treaties.js';

/**
 * Every source a record cites: the tracker (`merics-csrt-3`) first, then external sources by address.
 *
 * @example
 * ```ts
 * import { sources } from 'china-security-risk-data';
 * sources[0]?.publisher; // 'MERICS (Mercator Institute for China Studies)'
 * ```
 */
export const sources: ReadonlyArray<DeepReadonly<Source>> = /* @__PURE__ */ deepFreeze([
  ...trackerSources,
  ...partnershipSources,
  ...treatySources,
  ...eventSources,
]);
