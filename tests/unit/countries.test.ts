/** resolveCountry and countryOf, against expectations written by hand from the research files and the sources. */
import { describe, expect, it } from 'vitest';
import { ambiguousCountry, countryOf, resolveCountry } from '../../src/index.js';

describe('resolveCountry', () => {
  it('resolves codes, official, short, historical and Chinese names', () => {
    const cases: [string, string | undefined][] = [
      ['DE', 'DE'],
      ['deu', 'DE'],
      ['Germany', 'DE'],
      ['德国', 'DE'],
      ['俄罗斯', 'RU'],
      ['Swaziland', 'SZ'],
      ['Eswatini', 'SZ'],
      ['Burma', 'MM'],
      ['Myanmar', 'MM'],
      ['Turkey', 'TR'],
      ['Türkiye', 'TR'],
      ['Czech Republic', 'CZ'],
      ['Czechia', 'CZ'],
      ["Côte d'Ivoire", 'CI'],
      ['cote divoire', 'CI'],
      ['Ivory Coast', 'CI'],
      ['Viet Nam', 'VN'],
      ['Lao PDR', 'LA'],
      ['Republic of the Congo', 'CG'],
      ['Democratic Republic of the Congo', 'CD'],
      ['Hong Kong', 'HK'],
      ['中国', 'CN'],
      ['Congo', undefined],
      ['Korea', undefined],
      ['Russ', undefined],
      ['Germ any', 'DE'],
      ['XX', undefined],
      ['', undefined],
    ];
    for (const [input, code] of cases) expect(resolveCountry(input), input).toBe(code);
    expect(countryOf('Swaziland')?.name).toBe('Eswatini');
    expect(() => resolveCountry(undefined as never)).toThrow(TypeError);
  });
});

describe('names that are not names', () => {
  it('symbols folded by Unicode compatibility never turn into country codes', () => {
    // Under NFKD these fold to TM, NO, SM, GB, KG, VI and DZ: none of them is a name.
    for (const input of ['™', '№', '℠', '㎇', '㎏', 'Ⅵ', 'ǅ', 'ℌ', 'ℱiji']) {
      expect(resolveCountry(input), input).toBeUndefined();
    }
  });
  it('a symbol or a replacement character inside a name means no match', () => {
    for (const input of ['G★B', 'GB\uFFFD', 'Ger™many', 'GB\u0000', 'Ja*pan', '+GB']) {
      expect(resolveCountry(input), JSON.stringify(input)).toBeUndefined();
    }
  });
  it('accents, full-width forms, case, white space and the punctuation of names still fold', () => {
    const cases: [string, string][] = [
      ['ＧＢ', 'GB'],
      ['\u3000ＧＢ\u3000', 'GB'],
      ['Ｇｅｒｍａｎｙ', 'DE'],
      ['  gb\t', 'GB'],
      ['CÔTE D’IVOIRE', 'CI'],
      ['Guinea-Bissau', 'GW'],
      ['U.S.A.', 'US'],
      ['Korea, South', 'KR'],
      ['Holy See (Vatican City State)', 'VA'],
      ['Türkiye', 'TR'],
      ['São Tomé and Príncipe', 'ST'],
    ];
    for (const [input, code] of cases) expect(resolveCountry(input), input).toBe(code);
  });
});

describe('ambiguousCountry', () => {
  it('lists the countries a shared name could mean', () => {
    expect(ambiguousCountry('Congo')).toEqual(['CD', 'CG']);
    expect(ambiguousCountry(' KOREA ')).toEqual(['KP', 'KR']);
    expect(resolveCountry('Korea')).toBeUndefined();
  });
  it('is undefined for a name of one country, no name, or a string that is no name', () => {
    expect(ambiguousCountry('Germany')).toBeUndefined();
    expect(ambiguousCountry('Atlantis')).toBeUndefined();
    expect(ambiguousCountry('Con★go')).toBeUndefined();
    expect(ambiguousCountry('__proto__')).toBeUndefined();
    expect(() => ambiguousCountry(7 as never)).toThrow(TypeError);
  });
  it('returns a new array each time', () => {
    const a = ambiguousCountry('Congo')!;
    a.push('XX');
    expect(ambiguousCountry('Congo')).toEqual(['CD', 'CG']);
  });
});
