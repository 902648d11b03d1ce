import { treatiesJson } from '../generated/tables/treaties.js';
import { type DeepReadonly, parseTable } from '../lib/freeze.js';
import type { Treaty } from '../schemas/treaties.js';

/**
 * PRC extradition treaties (`chinaSide: 'CN'`) and Hong Kong surrender-of-fugitive-offenders agreements
 * (`'HK'`), with their dated steps and their status in August 2021.
 *
 * @example
 * ```ts
 * import { treaties } from 'china-security-risk-data';
 * treaties.filter((t) => t.chinaSide === 'HK' && t.status === 'suspended').length; // 9
 * ```
 */
export const treaties: ReadonlyArray<DeepReadonly<Treaty>> = /* @__PURE__ */ parseTable<Treaty>(treatiesJson);
