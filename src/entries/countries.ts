/**
 * The ISO 3166-1 table with English and Chinese names and aliases, and the name-to-code helpers
 * (exact after normalising, never fuzzy). The same functions and frozen records as the main entry.
 *
 * @example
 * ```ts
 * import { resolveCountry, countryOf } from 'china-security-risk-data/countries';
 * resolveCountry('Czech Republic'); // 'CZ'
 * countryOf('德国')?.name; // 'Germany'
 * ```
 *
 * @module countries
 */
export { countries } from '../tables/countries.js';
export { ambiguousCountry, countryOf, resolveCountry } from '../helpers/countries.js';
export type { CountryCodeScheme, CountryLookupOptions } from '../helpers/countries.js';
export type { DeepReadonly } from '../lib/freeze.js';
export type {
  Country,
  CountryCode,
  MutableCountry,
} from '../types.js';
