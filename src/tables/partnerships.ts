import type { Membership, OutsideFramework } from '../schemas/partnerships.js';
import { deepFreeze, type DeepReadonly } from '../freeze.js';
import { outsideFramework as outsideList, partnerships as membershipList } from '../data/partnerships.js';

/**
 * Countries on the partnership ladder: one record per country and level held, with the date it was
 * reached and whether the tracker (`basis: 'tracker'`) or only other sources place it there.
 *
 * @example
 * ```ts
 * import { partnerships } from 'china-security-risk-data';
 * partnerships.filter((m) => m.basis === 'tracker').length; // 18
 * ```
 */
export const partnerships: ReadonlyArray<DeepReadonly<Membership>> = /* @__PURE__ */ deepFreeze(membershipList);

/**
 * Countries outside the partnership framework: North Korea, China's only treaty ally.
 *
 * @example
 * ```ts
 * import { outsideFramework } from 'china-security-risk-data';
 * outsideFramework[0]?.country; // 'KP'
 * ```
 */
export const outsideFramework: ReadonlyArray<DeepReadonly<OutsideFramework>> = /* @__PURE__ */ deepFreeze(outsideList);
