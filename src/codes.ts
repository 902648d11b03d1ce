/**
 * Codes of the five tiers of China's partnership hierarchy, closest first.
 *
 * @example
 * ```ts
 * import { TIER_CODES } from 'china-security-risk-data';
 * TIER_CODES.length; // 5
 * ```
 */
export const TIER_CODES = Object.freeze(['1', '2', '3', '4', '5'] as const);

/**
 * Codes of the sixteen levels of China's partnership hierarchy, closest first. The exhibit numbers its
 * last row "5." with no sub-number; `5.1` is this project's code for it.
 *
 * @example
 * ```ts
 * import { LEVEL_CODES } from 'china-security-risk-data';
 * LEVEL_CODES.indexOf('3.3'); // 6
 * ```
 */
export const LEVEL_CODES = Object.freeze([
  '1.1',
  '2.1',
  '2.2',
  '2.3',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '3.5',
  '3.6',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '4.5',
  '5.1',
] as const);
