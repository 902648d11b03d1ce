import { watchItemsJson } from '../generated/tables/watch-items.js';
import { type DeepReadonly, parseTable } from '../lib/freeze.js';
import type { WatchItem } from '../schemas/watch-items.js';

/**
 * The tracker's "What to watch in the months ahead" (five items), each with what then happened.
 *
 * @example
 * ```ts
 * import { watchItems } from 'china-security-risk-data';
 * watchItems.map((w) => `${w.windowText}: ${w.outcome.verdict}`);
 * ```
 */
export const watchItems: ReadonlyArray<DeepReadonly<WatchItem>> = /* @__PURE__ */ parseTable<WatchItem>(watchItemsJson);
