import { sourcesJson } from '../generated/tables/sources.js';
import { type DeepReadonly, parseTable } from '../lib/freeze.js';
import type { Source } from '../schemas/sources.js';

/**
 * Every source a record cites: the tracker (`merics-csrt-3`) first, then external sources by address.
 *
 * @example
 * ```ts
 * import { sources } from 'china-security-risk-data';
 * sources[0]?.publisher; // 'MERICS (Mercator Institute for China Studies)'
 * ```
 */
export const sources: ReadonlyArray<DeepReadonly<Source>> = /* @__PURE__ */ parseTable<Source>(sourcesJson);
