import { partnershipsJson } from '../generated/tables/partnerships.js';
import { type DeepReadonly, parseTable } from '../lib/freeze.js';
import type { Membership } from '../schemas/partnerships.js';

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
export const partnerships: ReadonlyArray<DeepReadonly<Membership>> =
  /* @__PURE__ */ parseTable<Membership>(partnershipsJson);
