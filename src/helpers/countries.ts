import type { Country } from '../schemas/countries.js';
import type { DeepReadonly } from '../freeze.js';
import { countries } from '../tables/countries.js';
import { ambiguousNames } from '../data/countries.js';
import { describe } from './dates.js';
import { normalizeName } from './normalize.js';

/** Longest input considered a name; anything longer resolves to nothing without further work. */
const MAX_NAME_LENGTH = 120;

/** Characters no name contains: controls (other than white space), format characters, unassigned code points. */
const NOT_TEXT = /[^\p{L}\p{M}\p{N}\p{P}\p{S}\p{Z}\t\n\r]/u;

let byKey: Map<string, string> | undefined;
let byCode: Map<string, DeepReadonly<Country>> | undefined;

function keyIndex(): Map<string, string> {
  if (byKey) return byKey;
  const index = new Map<string, string>();
  for (const c of countries) {
    for (const n of [c.code, c.alpha3, c.name, c.nameZh, ...c.aliases, ...c.aliasesZh]) {
      index.set(normalizeName(n), c.code);
    }
  }
  for (const key of ambiguousNames) index.delete(key);
  byKey = index;
  return index;
}

function codeIndex(): Map<string, DeepReadonly<Country>> {
  byCode ??= new Map(countries.map((c) => [c.code, c]));
  return byCode;
}

/**
 * Resolves a country to its ISO 3166-1 alpha-2 code. Accepts alpha-2 and alpha-3 codes, English official
 * and short names and aliases, historical names (Swaziland, Burma, Czech Republic, Turkey) and Chinese
 * names (俄罗斯, 德国). Matching is exact after normalising case, accents, punctuation and white space
 * (letters and digits are compared without accents, in lower case; everything else is dropped); it
 * never guesses. Input with control or format characters (NUL, zero-width joiners) names nothing. Names two countries share, such as "Congo", resolve to
 * nothing.
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
 * ```
 */
export function resolveCountry(input: string): string | undefined {
  if (typeof input !== 'string') throw new TypeError(`country: expected a string, got ${describe(input)}`);
  if (input.length > MAX_NAME_LENGTH || NOT_TEXT.test(input)) return undefined;
  const key = normalizeName(input);
  return key === '' ? undefined : keyIndex().get(key);
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
  return code === undefined ? undefined : codeIndex().get(code);
}
