import { levelsJson } from '../generated/tables/levels.js';
import { type DeepReadonly, parseTable } from '../lib/freeze.js';
import type { Level } from '../schemas/levels.js';

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
export const levels: ReadonlyArray<DeepReadonly<Level>> = /* @__PURE__ */ parseTable<Level>(levelsJson);
