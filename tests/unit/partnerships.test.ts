/** tierOf, compareTiers, membersOf and membershipsOf, against expectations written by hand from the research files and the sources. */
import { describe, expect, it } from 'vitest';
import { compareTiers, levels, membershipOf, membersOf, membershipsOf, tierOf, tiers } from '../../src/index.js';

describe('tierOf', () => {
  it('accepts codes, names and aliases, ignoring case, accents, punctuation and white space', () => {
    for (const input of [
      'GB',
      'gb',
      'GBR',
      'United Kingdom',
      '  united kingdom ',
      'UK',
      'U.K.',
      'Great Britain',
      'Britain',
      '英国',
    ]) {
      expect(tierOf(input)?.code, input).toBe('3.3');
    }
    for (const input of ['RU', 'RUS', 'Russia', 'Russian Federation', 'RUSSIA', '俄罗斯'])
      expect(tierOf(input)?.code, input).toBe('1.1');
    expect(tierOf('Czech Republic')?.code).toBe('3.5');
    expect(tierOf('Czechia')?.code).toBe('3.5');
    // The sources show the 2008 upgrade standing (the tracker's own 4.3 is trackerLevelOf: see standing.test.ts).
    expect(tierOf('South Korea')?.code).toBe('2.3');
    expect(tierOf('Republic of Korea')?.code).toBe('2.3');
    // Turkey's 战略合作关系 (2010) is a named relationship on no level: the names resolve, the answer is no level.
    for (const name of ['Türkiye', 'turkiye', 'Turkey', 'TUR']) {
      expect(tierOf(name), name).toBeUndefined();
      expect(membershipOf(name)?.id, name).toBe('tr-off-2010');
    }
  });
  it("returns the level record with its code and its tier's code", () => {
    const level = tierOf('Germany');
    expect(level).toMatchObject({ code: '3.1', tier: '3', nameEn: 'All-round Strategic Partnership' });
    expect(level).toBe(levels.find((l) => l.code === '3.1'));
  });
  it('is undefined off the ladder and for unknown names', () => {
    for (const input of [
      'North Korea',
      'KP',
      'Belgium',
      'Norway',
      'Atlantis',
      '',
      '   ',
      'Congo',
      'Korea',
      '3.3',
      'Hong Kong',
      'CN',
    ]) {
      expect(tierOf(input), input).toBeUndefined();
    }
  });
  it('throws a TypeError for a non-string', () => {
    for (const bad of [42, null, undefined, {}, ['GB'], Symbol('GB')])
      expect(() => tierOf(bad as never)).toThrow(TypeError);
  });
});

describe('compareTiers', () => {
  it('orders by closeness, a tier just before its own levels', () => {
    expect(compareTiers('1.1', '3.3')).toBeLessThan(0);
    expect(compareTiers('3.3', '1.1')).toBeGreaterThan(0);
    expect(compareTiers('3', '3.1')).toBeLessThan(0);
    expect(compareTiers('2.3', '3')).toBeLessThan(0);
    expect(compareTiers('4.5', '5')).toBeLessThan(0);
    expect(compareTiers('3.3', '3.3')).toBe(0);
    expect(compareTiers(tiers[0]!, levels[0]!)).toBeLessThan(0);
    expect(compareTiers(levels[6]!, '3.3')).toBe(0);
    expect((['5.1', '3', '1.1', '4.2', '2'] as const).slice().sort(compareTiers)).toEqual([
      '1.1',
      '2',
      '3',
      '4.2',
      '5.1',
    ]);
  });
  it('names a bad code in a RangeError, and refuses non-codes with a TypeError', () => {
    for (const bad of ['6', '0', '3.7', '5.2', '1.10', ' 3', 'three', '']) {
      expect(() => compareTiers(bad as never, '1')).toThrow(RangeError);
      expect(() => compareTiers('1', bad as never)).toThrow(
        new RegExp(JSON.stringify(bad).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      );
    }
    for (const bad of [3, null, undefined, {}, { code: 3 }, Symbol('x')])
      expect(() => compareTiers(bad as never, '1')).toThrow(TypeError);
  });
});

describe('membersOf', () => {
  it('lists the members of a level, and of every level of a tier', () => {
    const asOf = '2021-08-31';
    expect(membersOf('4.2', { asOf }).map((m) => m.country)).toEqual(['MV', 'RO']);
    // The Maldives' comprehensive strategic cooperative partnership of January 2024 is on 2.2.
    expect(membersOf('4.2').map((m) => m.country)).toEqual(['RO']);
    expect(membersOf('2.2').map((m) => m.country)).toContain('MV');
    expect(membersOf('1').map((m) => m.country)).toEqual(['RU']);
    expect(membersOf('2').map((m) => m.level)[0]).toBe('2.1');
    expect(membersOf('3.5', { asOf }).map((m) => m.country)).toContain('CA');
    // Canada's 新型战略伙伴关系 of 16 January 2026 carries a qualifier: off the ladder.
    expect(membersOf('3.5').map((m) => m.country)).not.toContain('CA');
  });
  it('rejects unknown codes', () => {
    expect(() => membersOf('9' as never)).toThrow(RangeError);
    expect(() => membersOf(9 as never)).toThrow(TypeError);
  });
  it('returns a new array each time', () => {
    const a = membersOf('3.3', { asOf: '2021-08-31' });
    a.length = 0;
    expect(membersOf('3.3', { asOf: '2021-08-31' }).length).toBe(40);
  });
});

describe('edge cases', () => {
  it('membershipsOf a country no source places is empty', () => {
    expect(membershipsOf('Norway')).toEqual([]);
    expect(membershipsOf('Atlantis')).toEqual([]);
  });
});

describe('tierOf keeps nothing of what callers pass', () => {
  it('gives the same answers however many inputs it has seen', () => {
    const first = tierOf('United Kingdom');
    for (let i = 0; i < 2_500; i++) expect(tierOf(`no such country ${i}`)).toBeUndefined();
    expect(tierOf('United Kingdom')).toBe(first);
    expect(tierOf('North Korea')).toBeUndefined();
    expect(tierOf('GB', { asOf: '2003-01-01' })).toBeUndefined();
    expect(tierOf('GB')?.code).toBe('3.3');
  });
});
