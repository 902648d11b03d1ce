import { communitiesJson } from '../generated/tables/communities.js';
import { type DeepReadonly, parseTable } from '../lib/freeze.js';
import type { Community } from '../schemas/communities.js';

/**
 * Dated statements about a "community with a shared future" (命运共同体) between China and one country
 * (`country`) or a group of countries (`group`): proposed, agreed, deepened or given an action plan. They
 * are not partnership labels and are kept apart from the ladder.
 *
 * @example
 * ```ts
 * import { communities } from 'china-security-risk-data';
 * communities.find((c) => c.country === 'RS')?.date.value; // '2024-05-08'
 * ```
 */
export const communities: ReadonlyArray<DeepReadonly<Community>> =
  /* @__PURE__ */ parseTable<Community>(communitiesJson);
