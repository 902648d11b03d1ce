/**
 * Every source the records cite: the MERICS tracker (`merics-csrt-3`) first, then the external sources
 * by address. The same frozen records as the main entry.
 *
 * @example
 * ```ts
 * import { sources } from 'china-security-risk-data/sources';
 * sources.find((s) => s.id === 'merics-csrt-3')?.kind; // 'tracker'
 * ```
 *
 * @module sources
 */
export { sources } from '../tables/sources.js';
export type { DeepReadonly } from '../lib/freeze.js';
export type {
  MutableSource,
  Source,
  SourceKind,
} from '../types.js';
