import { anyCountry, candidatesOf } from '../lib/names.js';
import type { DeepReadonly } from '../lib/freeze.js';
import { formatValue } from '../lib/format.js';
import type { Country } from '../schemas/countries.js';
import { countries } from '../tables/countries.js';

let byCode: Map<string, DeepReadonly<Country>> | undefined;

/**
 * Resolves a country to its ISO 3166-1 alpha-2 code. Accepts alpha-2 and alpha-3 codes, English official
 * and short names and aliases, historical names (Swaziland, Burma, Czech Republic, Turkey) and Chinese
 * names (俄罗斯, 德国). Matching is exact after folding case, accents, full-width forms, punctuation and
 * white space; it never guesses. Only letters, digits, white space and the punctuation of names may take
 * part: input with any other character (a symbol such as `™` or `★`, U+FFFD, a control or format
 * character) names nothing. Names two countries share, such as "Congo" or "Korea", resolve to nothing
 * (see {@link ambiguousCountry}).
 *
 * @param input - A code or name.
 * @returns The alpha-2 code, or `undefined` when the input names no country.
 * @throws TypeError when `input` is not a string.
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
 * ```
 */
export function resolveCountry(input: string): string | undefined {
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
 * @returns The frozen country record, or `undefined` when the input names no country.
 * @throws TypeError when `input` is not a string.
 *
 * @example
 * ```ts
 * import { countryOf } from 'china-security-risk-data';
 * countryOf('KR')?.name; // 'South Korea'
 * countryOf('Swaziland')?.code; // 'SZ'
 * ```
 */
export function countryOf(input: string): DeepReadonly<Country> | undefined {
  const code = resolveCountry(input);
  if (code === undefined) return undefined;
  byCode ??= new Map(countries.map((c) => [c.code, c]));
  return byCode.get(code);
}
