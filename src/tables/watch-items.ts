import type { WatchItem } from '../schemas/watch-items.js';
import { deepFreeze, type DeepReadonly } from '../freeze.js';
import { watchItems as watchList } from '../data/watch-items.js';

/**
 * The tracker's "What to watch in the months ahead" (five items), each with what then happened.
 *
 * @example
 * ```ts
 * import { watchItems } from 'china-security-risk-data';
 * watchItems.map((w) => `${w.windowText}: ${w.outcome.verdict}`);
 * ```
 */
export const watchItems: ReadonlyArray<DeepReadonly<WatchItem>> = /* @__PURE__ */ deepFreeze(watchList);
