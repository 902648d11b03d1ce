import type { DeepReadonly } from '../lib/freeze.js';
import { formatValue } from '../lib/format.js';
import { anyCountry, candidatesOf } from '../lib/names.js';
import { readOptions } from '../lib/options.js';
import type { Country } from '../schemas/countries.js';
import { countries } from '../tables/countries.js';

/**
 * A list of country codes to look a code up in, rather than guessing which list a number comes from:
 * ISO 3166-1 alpha-2 (`iso2`) and alpha-3 (`iso3`), Correlates of War number (`cow`) and abbreviation
 * (`cowAbbr`), Gleditsch & Ward number (`gw`) and abbreviation (`gwAbbr`), V-Dem id (`vdem`), UN M49
 * (`m49`), World Bank code (`wb`).
 */
export type CountryCodeScheme = 'iso2' | 'iso3' | 'cow' | 'cowAbbr' | 'gw' | 'gwAbbr' | 'vdem' | 'm49' | 'wb';

/** Options for {@link countryOf} and {@link resolveCountry}. */
export interface CountryLookupOptions {
  /**
   * Read the input as a code of this list only (exact, case-insensitive for letters; numbers as a number or
   * a string of digits). Omitted: the input is a name or an ISO code, as described on {@link resolveCountry}.
   */
  scheme?: CountryCodeScheme | undefined;
}

const SCHEME_FIELDS = {
  iso2: 'code',
  iso3: 'alpha3',
  cow: 'cowCode',
  cowAbbr: 'cowAbbr',
  gw: 'gwCode',
  gwAbbr: 'gwAbbr',
  vdem: 'vdemId',
  m49: 'm49',
  wb: 'wbCode',
} as const satisfies Record<CountryCodeScheme, keyof Country>;

let byCode: Map<string, DeepReadonly<Country>> | undefined;
const bySchemeIndex = new Map<CountryCodeScheme, Map<string, string>>();

/** The countries of one list by code (no two countries share a code of a list: tests/data/country-codes.test.ts). */
function schemeIndex(scheme: CountryCodeScheme): Map<string, string> {
  let index = bySchemeIndex.get(scheme);
  if (!index) {
    index = new Map();
    for (const c of countries) {
      const value = c[SCHEME_FIELDS[scheme]];
      if (value === null) continue;
      const key = String(value).toUpperCase();
      index.set(key, c.code);
    }
    bySchemeIndex.set(scheme, index);
  }
  return index;
}

function checkScheme(scheme: unknown): CountryCodeScheme | undefined {
  if (scheme === undefined || (typeof scheme === 'string' && Object.hasOwn(SCHEME_FIELDS, scheme))) {
    return scheme as CountryCodeScheme | undefined;
  }
  const message = `scheme: expected one of ${Object.keys(SCHEME_FIELDS).join(', ')}, got ${formatValue(scheme)}`;
  throw typeof scheme === 'string' ? new RangeError(message) : new TypeError(message);
}

/** The alpha-2 code of a code in one list, or `undefined`. */
function inScheme(input: unknown, scheme: CountryCodeScheme): string | undefined {
  const numeric = scheme === 'cow' || scheme === 'gw' || scheme === 'vdem' || scheme === 'm49';
  let key: string;
  if (typeof input === 'number' && numeric) {
    // A number that is no whole number (2.5, NaN, Infinity) is no code of the list: nothing, as for a code it lacks.
    if (!Number.isSafeInteger(input)) return undefined;
    key = String(input);
  } else if (typeof input === 'string') {
    const trimmed = input.trim();
    if (numeric ? !/^\d{1,6}$/.test(trimmed) : !/^[A-Za-z]{2,3}$/.test(trimmed)) return undefined;
    key = numeric ? String(Number(trimmed)) : trimmed.toUpperCase();
  } else {
    throw new TypeError(`country: expected a string${numeric ? ' or a number' : ''}, got ${formatValue(input)}`);
  }
  return schemeIndex(scheme).get(key);
}

/**
 * Resolves a country to its ISO 3166-1 alpha-2 code. Accepts alpha-2 and alpha-3 codes, English official
 * and short names and aliases, historical names (Swaziland, Burma, Czech Republic, Turkey) and Chinese
 * names (俄罗斯, 德国). Matching is exact after folding case, accents, full-width forms, punctuation and
 * white space; it never guesses. Only letters, digits, white space and the punctuation of names may take
 * part: input with any other character (a symbol such as `™` or `★`, U+FFFD, a control or format
 * character) names nothing. Names two countries share, such as "Congo" or "Korea", resolve to nothing
 * (see {@link ambiguousCountry}).
 *
 * With `{ scheme }`, the input is a code of that list only: `resolveCountry('710', { scheme: 'cow' })` is
 * China, while `resolveCountry('710')` is nothing (a number is no name and no ISO code).
 *
 * @param input - A code or name; with `scheme`, a code of that list (a number for the numeric lists).
 * @param options - `scheme`: the list of codes to read the input in; see {@link CountryLookupOptions}.
 * @returns The alpha-2 code, or `undefined` when the input names no country (with a numeric scheme, also a
 *   number that is no whole number, such as `2.5`).
 * @throws TypeError when `input` is not a string (or, with a numeric scheme, a number), or the options are
 *   not an options object; RangeError for an unknown scheme.
 *
 * @example
 * ```ts
 * import { resolveCountry } from 'china-security-risk-data';
 * resolveCountry('Russia'); // 'RU'
 * resolveCountry(' czechia '); // 'CZ'
 * resolveCountry('GBR'); // 'GB'
 * resolveCountry('德国'); // 'DE'
 * resolveCountry('Atlantis'); // undefined
 * resolveCountry('G★B'); // undefined
 * resolveCountry('255', { scheme: 'cow' }); // 'DE'
 * resolveCountry(260, { scheme: 'gw' }); // 'DE'
 * ```
 */
export function resolveCountry(input: string | number, options?: CountryLookupOptions): string | undefined {
  const scheme = checkScheme(readOptions(options, ['scheme'], 'resolveCountry').scheme);
  if (scheme !== undefined) return inScheme(input, scheme);
  if (typeof input !== 'string') throw new TypeError(`country: expected a string, got ${formatValue(input)}`);
  return anyCountry(input);
}

/**
 * The countries a name could mean when two or more share it ("Congo": the Democratic Republic of the
 * Congo and the Republic of the Congo), so that a caller can ask which one is meant.
 *
 * @param input - A name.
 * @returns Their alpha-2 codes, or `undefined` when the input is not such a name.
 * @throws TypeError when `input` is not a string.
 *
 * @example
 * ```ts
 * import { ambiguousCountry } from 'china-security-risk-data';
 * ambiguousCountry('Congo'); // ['CD', 'CG']
 * ambiguousCountry('Korea'); // ['KP', 'KR']
 * ambiguousCountry('Germany'); // undefined
 * ```
 */
export function ambiguousCountry(input: string): string[] | undefined {
  if (typeof input !== 'string') throw new TypeError(`country: expected a string, got ${formatValue(input)}`);
  const codes = candidatesOf(input);
  return codes ? [...codes] : undefined;
}

/**
 * The country record (codes, English and Chinese names) for a code or name.
 *
 * @param input - A code or name, as for {@link resolveCountry}.
 * @param options - `scheme`: the list of codes to read the input in; see {@link CountryLookupOptions}.
 * @returns The frozen country record, or `undefined` when the input names no country.
 * @throws TypeError and RangeError as {@link resolveCountry}.
 *
 * @example
 * ```ts
 * import { countryOf } from 'china-security-risk-data';
 * countryOf('KR')?.name; // 'South Korea'
 * countryOf('Swaziland')?.code; // 'SZ'
 * countryOf('710', { scheme: 'cow' })?.name; // 'China'
 * countryOf('RS')?.cowCode; // 345
 * ```
 */
export function countryOf(input: string | number, options?: CountryLookupOptions): DeepReadonly<Country> | undefined {
  const code = resolveCountry(input, options);
  if (code === undefined) return undefined;
  byCode ??= new Map(countries.map((c) => [c.code, c]));
  return byCode.get(code);
}
