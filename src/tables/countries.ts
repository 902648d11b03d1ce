import { countriesJson } from '../generated/tables/countries.js';
import { type DeepReadonly, parseTable } from '../lib/freeze.js';
import type { Country } from '../schemas/countries.js';

/**
 * ISO 3166-1 countries and territories with alpha-2 and alpha-3 codes, English and Chinese names and
 * aliases (generated from i18n-iso-countries).
 *
 * @example
 * ```ts
 * import { countries } from 'china-security-risk-data';
 * countries.find((c) => c.code === 'CZ')?.aliases; // ['Czech Republic', 'Czechia'] minus the display name
 * ```
 */
export const countries: ReadonlyArray<DeepReadonly<Country>> = /* @__PURE__ */ parseTable<Country>(countriesJson);
