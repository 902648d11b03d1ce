/**
 * What people paste into the look-ups: spreadsheet placeholders and the sweep of short strings (names in
 * traditional characters, official names, `&` and pasted text are in what-people-type-names.test.ts).
 * The expected names were written down by hand from government usage (sources beside each list), not
 * from the conversion library's output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countries, countryOf, eventsInvolving, resolveCountry, tierOf, treatiesWith } from '../../src/index.js';
import type { CountryCodeScheme } from '../../src/index.js';

/** The placeholders the naming guide lists as "no value" (docs/guides/naming.md, "Placeholders"). */
const PLACEHOLDERS = [
  'N/A',
  'n/a',
  'N.A.',
  'n.a.',
  'N.A',
  'n-a',
  'N-A',
  'n/a.',
  '#N/A',
  '#NA',
  'NaN',
  'nan',
  'null',
  'NULL',
  'None',
  'none',
  'nil',
  'NIL',
  '-',
  '--',
  '—',
  '–',
  '?',
  '??',
  '.',
  '..',
  '...',
  'TBD',
  'tbd',
  'TBC',
  'unknown',
  'Unknown',
  'missing',
  'n.d.',
  'N/D',
  'x',
  'X',
  'XX',
  'ZZ',
  '(blank)',
  '(none)',
  '0',
  '-1',
  'e.g.',
  'i.e.',
  'c.f.',
  'cf.',
  'etc.',
  'ibid.',
  'op. cit.',
  'et al.',
  'N / A',
  'n. a.',
];

const SCHEMES: CountryCodeScheme[] = ['iso2', 'iso3', 'cow', 'cowAbbr', 'gw', 'gwAbbr', 'vdem', 'm49', 'wb'];

describe('placeholders are not countries', () => {
  it('resolve to nothing in every helper and every scheme', () => {
    for (const input of PLACEHOLDERS) {
      expect(resolveCountry(input), input).toBeUndefined();
      expect(countryOf(input), input).toBeUndefined();
      expect(tierOf(input), input).toBeUndefined();
      expect(treatiesWith(input), input).toEqual([]);
      expect(eventsInvolving(input), input).toEqual([]);
      for (const scheme of SCHEMES) expect(countryOf(input, { scheme }), `${input} ${scheme}`).toBeUndefined();
    }
  });
  it('a code matches only as letters: NA is Namibia, N/A is nothing', () => {
    expect(resolveCountry('NA')).toBe('NA');
    expect(resolveCountry(' na ')).toBe('NA');
    expect(resolveCountry('ＮＡ')).toBe('NA');
    expect(resolveCountry('eg')).toBe('EG');
    expect(resolveCountry('e.g.')).toBeUndefined();
    expect(resolveCountry('i.e.')).toBeUndefined();
    expect(resolveCountry('IE')).toBe('IE');
    expect(resolveCountry('c.f.')).toBeUndefined();
  });
  it('dotted abbreviations resolve only where they are names themselves', () => {
    expect(resolveCountry('U.S.')).toBe('US');
    expect(resolveCountry('U.S.A.')).toBe('US');
    expect(resolveCountry('U.K.')).toBe('GB');
    expect(resolveCountry('U.A.E.')).toBe('AE');
    expect(resolveCountry('G.B.')).toBeUndefined();
    expect(resolveCountry('D.E.')).toBeUndefined();
  });
});

/** An input as a person would compare it with a name: compatibility forms folded, accents, case and edge spaces removed. */
const fold = (s: string) => s.normalize('NFKC').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

const NAMES = new Map<string, Set<string>>();
for (const c of countries) {
  const names = [
    c.code,
    c.alpha3,
    c.name,
    c.officialName,
    ...c.aliases,
    c.nameZh,
    c.officialNameZh,
    c.nameZhHk,
    c.nameZhTw,
    ...c.aliasesZh,
  ];
  NAMES.set(c.code, new Set(names.filter((n): n is string => n !== null).map(fold)));
}

/** Whether a short input that resolved to `code` is one of that country's codes, names or aliases. */
function isNameOf(input: string, code: string): boolean {
  return NAMES.get(code)!.has(fold(input));
}

function* strings(alphabet: readonly string[], length: number): Generator<string> {
  if (length === 0) {
    yield '';
    return;
  }
  for (const head of alphabet) for (const tail of strings(alphabet, length - 1)) yield head + tail;
}

describe('the sweep: no input of one to four characters resolves unless it is a code, a name or an alias', () => {
  it('every string of up to three characters over letters, digits, punctuation, CJK and full-width forms', () => {
    const alphabet = [
      'a',
      'b',
      'e',
      'g',
      'i',
      'n',
      's',
      'u',
      'G',
      'B',
      'N',
      'A',
      '.',
      '/',
      '-',
      ' ',
      "'",
      '&',
      ',',
      '(',
      ')',
      '0',
      '中',
      '国',
      '國',
      'ｇ',
      'ｂ',
    ];
    let resolved = 0;
    for (let length = 1; length <= 3; length++) {
      for (const input of strings(alphabet, length)) {
        const code = resolveCountry(input);
        if (code === undefined) continue;
        resolved++;
        expect(isNameOf(input, code), `${JSON.stringify(input)} resolved to ${code}`).toBe(true);
      }
    }
    // Codes such as GB, NA, AE, BE and CN, and 中国, are among them: the sweep is not vacuous.
    expect(resolved).toBeGreaterThan(50);
  });
  it('every string of four characters over the letters and punctuation of N/A, e.g. and U.S.', () => {
    for (const input of strings(['n', 'a', 'N', 'A', 'e', 'g', 'u', 's', '/', '.', '-', ' '], 4)) {
      const code = resolveCountry(input);
      if (code !== undefined) expect(isNameOf(input, code), `${JSON.stringify(input)} resolved to ${code}`).toBe(true);
    }
  });
  it('random strings of one to four printable characters', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 4, unit: 'grapheme-ascii' }), (input) => {
        const code = resolveCountry(input);
        if (code !== undefined) expect(isNameOf(input, code), JSON.stringify(input)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
