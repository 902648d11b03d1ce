import { tiersJson } from '../generated/tables/tiers.js';
import { type DeepReadonly, parseTable } from '../lib/freeze.js';
import type { Tier } from '../schemas/tiers.js';

/**
 * The five tiers of China's partnership hierarchy, closest first (Exhibit 1).
 *
 * @example
 * ```ts
 * import { tiers } from 'china-security-risk-data';
 * tiers.map((t) => t.nameEn)[0]; // 'Strategic Partnership of Coordination'
 * ```
 */
export const tiers: ReadonlyArray<DeepReadonly<Tier>> = /* @__PURE__ */ parseTable<Tier>(tiersJson);
