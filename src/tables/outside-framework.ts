import { outsideFrameworkJson } from '../generated/tables/outside-framework.js';
import { type DeepReadonly, parseTable } from '../lib/freeze.js';
import type { OutsideFramework } from '../schemas/outside-framework.js';

/**
 * Countries outside the partnership framework: North Korea, China's only treaty ally.
 *
 * @example
 * ```ts
 * import { outsideFramework } from 'china-security-risk-data';
 * outsideFramework[0]?.country; // 'KP'
 * ```
 */
export const outsideFramework: ReadonlyArray<DeepReadonly<OutsideFramework>> =
  /* @__PURE__ */ parseTable<OutsideFramework>(outsideFrameworkJson);
