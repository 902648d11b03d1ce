/**
 * The state codes of the countries table against the reference file they come from
 * (reference/country-codes-crosswalk.csv, read here on its own), the traps users of these codes meet, and
 * look-ups through an explicit scheme.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countries, countryOf, resolveCountry } from '../../src/index.js';

const csv = readFileSync(new URL('../../reference/country-codes-crosswalk.csv', import.meta.url), 'utf8').trimEnd();
const [header, ...lines] = csv.split('\n');
const columns = header!.split(',');
const reference = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i]!, cell])));
const num = (cell: string | undefined) => (cell ? Number(cell) : null);

describe('the codes hold the reference file', () => {
  it('every country with an ISO row carries that row’s codes, but where an override is documented', () => {
    let compared = 0;
    for (const row of reference.filter((r) => r.iso2c)) {
      const c = countries.find((x) => x.code === row.iso2c);
      if (!c) continue;
      compared++;
      if (c.code !== 'RS') {
        expect([c.cowCode, c.cowAbbr], c.code).toEqual([num(row.cown), row.cowc || null]);
      }
      expect([c.gwCode, c.gwAbbr, c.vdemId, c.m49, c.wbCode], c.code).toEqual([
        num(row.gwn),
        row.gwc || null,
        num(row.vdem),
        num(row.un),
        row.wb || null,
      ]);
    }
    expect(compared).toBeGreaterThan(240);
  });
  it('no country of the table carries a code the reference file does not give it', () => {
    const known = new Set(reference.map((r) => r.iso2c).filter(Boolean));
    for (const c of countries) {
      if (known.has(c.code) || c.code === 'XK') continue;
      expect([c.cowCode, c.gwCode, c.vdemId, c.m49, c.wbCode], c.code).toEqual([null, null, null, null, null]);
    }
  });
});

it('no two countries share a code of any list', () => {
  for (const field of ['alpha3', 'cowCode', 'cowAbbr', 'gwCode', 'gwAbbr', 'vdemId', 'm49', 'wbCode'] as const) {
    const values = countries.map((c) => c[field]).filter((v) => v !== null);
    expect(values.length, field).toBe(new Set(values).size);
  }
});

describe('the traps, as the lists have them', () => {
  it('China is 710 in both lists; Namibia keeps its ISO code NA', () => {
    expect(countryOf('CN')).toMatchObject({ cowCode: 710, cowAbbr: 'CHN', gwCode: 710, m49: 156, wbCode: 'CHN' });
    expect(countryOf('Namibia')).toMatchObject({ code: 'NA', cowCode: 565, gwCode: 565 });
  });
  it('Serbia: COW 345 (the continuation of Yugoslavia), G-W 340', () => {
    expect(countryOf('Serbia')).toMatchObject({ cowCode: 345, cowAbbr: 'YUG', gwCode: 340, gwAbbr: 'SER' });
  });
  it('Germany: COW 255 GMY, G-W 260 GFR', () => {
    expect(countryOf('DE')).toMatchObject({ cowCode: 255, cowAbbr: 'GMY', gwCode: 260, gwAbbr: 'GFR' });
  });
  it('Hong Kong and Macao have no state code; Taiwan is 713 with no M49 row', () => {
    expect(countryOf('HK')).toMatchObject({ cowCode: null, gwCode: null, m49: 344 });
    expect(countryOf('MO')).toMatchObject({ cowCode: null, gwCode: null });
    expect(countryOf('TW')).toMatchObject({ cowCode: 713, gwCode: 713, m49: null });
  });
  it('Kosovo (XK) takes the list’s Kosovo row: COW and G-W 347, World Bank XKX', () => {
    expect(countryOf('XK')).toMatchObject({ cowCode: 347, gwCode: 347, wbCode: 'XKX' });
  });
});

describe('look-ups through an explicit scheme', () => {
  it('a number is read in the list named, never guessed', () => {
    expect(countryOf('710', { scheme: 'cow' })?.code).toBe('CN');
    expect(countryOf(710, { scheme: 'gw' })?.code).toBe('CN');
    expect(resolveCountry('255', { scheme: 'cow' })).toBe('DE');
    expect(resolveCountry('255', { scheme: 'gw' })).toBeUndefined();
    expect(resolveCountry('260', { scheme: 'gw' })).toBe('DE');
    expect(resolveCountry('345', { scheme: 'cow' })).toBe('RS');
    expect(resolveCountry('340', { scheme: 'gw' })).toBe('RS');
    expect(resolveCountry('156', { scheme: 'm49' })).toBe('CN');
    expect(resolveCountry('004', { scheme: 'm49' })).toBe('AF');
    expect(resolveCountry('110', { scheme: 'vdem' })).toBe('CN');
    expect(resolveCountry('710')).toBeUndefined();
  });
  it('abbreviations and ISO codes, case-insensitive', () => {
    expect(resolveCountry('gmy', { scheme: 'cowAbbr' })).toBe('DE');
    expect(resolveCountry('GFR', { scheme: 'gwAbbr' })).toBe('DE');
    expect(resolveCountry('xkx', { scheme: 'wb' })).toBe('XK');
    expect(resolveCountry('deu', { scheme: 'iso3' })).toBe('DE');
    expect(resolveCountry('de', { scheme: 'iso2' })).toBe('DE');
    expect(resolveCountry('Germany', { scheme: 'iso2' })).toBeUndefined();
    expect(resolveCountry('999', { scheme: 'cow' })).toBeUndefined();
  });
  it('bad schemes and inputs are errors of the right kind', () => {
    expect(() => resolveCountry('710', { scheme: 'correlates' as never })).toThrow(RangeError);
    expect(() => resolveCountry('710', { scheme: 7 as never })).toThrow(TypeError);
    expect(() => resolveCountry(710, { scheme: 'iso2' })).toThrow(TypeError);
    expect(() => resolveCountry(710 as never)).toThrow(TypeError);
    // A number that is no whole number is no code of a numeric list: nothing, as documented.
    expect(resolveCountry(7.5, { scheme: 'cow' })).toBeUndefined();
    expect(resolveCountry(2.5, { scheme: 'cow' })).toBeUndefined();
    expect(resolveCountry(Number.NaN, { scheme: 'cow' })).toBeUndefined();
    expect(resolveCountry(Number.POSITIVE_INFINITY, { scheme: 'm49' })).toBeUndefined();
    expect(() => resolveCountry({} as never, { scheme: 'cow' })).toThrow(
      new TypeError('country: expected a string or a number, got an object'),
    );
  });
});
