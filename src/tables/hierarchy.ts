import type { Level, Tier } from '../schemas/hierarchy.js';
import { deepFreeze, type DeepReadonly } from '../freeze.js';
import { levels as levelList } from '../data/levels.js';
import { tiers as tierList } from '../data/tiers.js';

/**
 * The five tiers of China's partnership hierarchy, closest first (Exhibit 1).
 *
 * @example
 * ```ts
 * import { tiers } from 'china-security-risk-data';
 * tiers.map((t) => t.nameEn)[0]; // 'Strategic Partnership of Coordination'
 * ```
 */
export const tiers: ReadonlyArray<DeepReadonly<Tier>> = /* @__PURE__ */ deepFreeze(tierList);

/**
 * The sixteen levels of China's partnership hierarchy, closest first (Exhibit 1), with what the tracker
 * reports of each level's membership.
 *
 * @example
 * ```ts
 * import { levels } from 'china-security-risk-data';
 * levels.find((l) => l.code === '3.5')?.tracker.count; // 16
 * ```
 */
export const levels: ReadonlyArray<DeepReadonly<Level>> = /* @__PURE__ */ deepFreeze(levelList);
