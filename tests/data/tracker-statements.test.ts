/**
 * The tracker's own statements, written down here by hand from the tracker (its text, and Exhibit 1 as
 * restored from its figure), not read back from the data files.
 */
import { describe, expect, it } from 'vitest';
import {
  levels,
  membersOf,
  outsideFramework,
  partnerships,
  tierOf,
  tiers,
  trackerLevelOf,
  treaties,
} from '../../src/index.js';

/** The last day of the tracker's month: its statements hold for the data on that day. */
const EDITION_DAY = '2021-08-31';

// Exhibit 1: the countries the tracker names, by level.
const NAMED: Record<string, string[]> = {
  '1.1': ['RU'],
  '2.1': ['PK'],
  '2.3': ['IN'],
  '3.1': ['DE'],
  '3.2': ['KZ'],
  '3.3': ['GB'],
  '3.4': ['AT'],
  '3.5': ['CA', 'CZ'],
  '3.6': ['CH'],
  '4.1': ['SG'],
  '4.2': ['RO', 'MV'],
  '4.3': ['KR', 'NL'],
  '4.4': ['JP'],
  '4.5': ['FI'],
  '5.1': ['IL'],
};
// Exhibit 1: the counts it states, or the number of countries it names.
const COUNTS: Record<string, number> = {
  '1.1': 1,
  '2.1': 1,
  '2.2': 11,
  '2.3': 6,
  '3.1': 1,
  '3.2': 1,
  '3.3': 40,
  '3.4': 1,
  '3.5': 16,
  '3.6': 1,
  '4.1': 1,
  '4.2': 2,
  '4.3': 6,
  '4.4': 1,
  '4.5': 1,
  '5.1': 1,
};
const STATED = ['2.2', '2.3', '3.3', '3.5', '4.3'];

describe('Exhibit 1: the partnership hierarchy', () => {
  it("has 5 tiers and 16 levels with the exhibit's names", () => {
    expect(tiers.map((t) => t.nameEn)).toEqual([
      'Strategic Partnership of Coordination',
      'Strategic Cooperative Partnership',
      'Strategic Partnership',
      'Cooperative Partnership',
      'Partnership',
    ]);
    expect(tiers.map((t) => t.nameZh)).toEqual([
      '战略协作伙伴关系',
      '战略合作伙伴关系',
      '战略伙伴关系',
      '合作伙伴关系',
      '伙伴关系',
    ]);
    const byCode = Object.fromEntries(levels.map((l) => [l.code, l]));
    expect(byCode['1.1']!.nameZh).toBe('新时代全面战略协作伙伴关系');
    expect(byCode['2.1']!.nameEn).toBe('All-Weather Strategic Cooperative Partnership');
    expect(byCode['3.2']!.nameZh).toBe('永久全面战略伙伴关系');
    expect(byCode['3.5']!.nameEn).toBe('Strategic Partnership');
    expect(byCode['4.5']!.nameEn).toBe('New-Type Cooperative Partnership');
    expect(byCode['5.1']!.nameZh).toBe('创新全面伙伴关系');
  });

  for (const [code, countries] of Object.entries(NAMED)) {
    it(`level ${code}: the tracker names ${countries.join(', ')}, each as a tracker-based membership`, () => {
      const level = levels.find((l) => l.code === code)!;
      expect([...level.tracker.named].sort()).toEqual([...countries].sort());
      for (const country of countries) {
        const record = partnerships.find((m) => m.country === country && m.level === code && m.basis === 'tracker');
        expect(record, country).toBeDefined();
        expect(record!.sources.some((s) => s.source === 'merics-csrt-3' && s.section === 'exhibit-1')).toBe(true);
        // The tracker's view is answerable on its own: trackerLevelOf gives exactly the exhibit's placement.
        expect(trackerLevelOf(country)?.code, country).toBe(code);
        // The dated history agrees for every country but South Korea, whose 2008 upgrade no source reports undone.
        const expected = country === 'KR' ? '2.3' : code;
        expect(tierOf(country, { asOf: EDITION_DAY })?.code, country).toBe(expected);
        expect(membersOf(expected as never, { asOf: EDITION_DAY }).map((m) => m.country)).toContain(country);
      }
    });
  }

  it("states each level's count", () => {
    for (const level of levels) {
      expect(level.tracker.count, level.code).toBe(COUNTS[level.code]);
      expect(level.tracker.countStated, level.code).toBe(STATED.includes(level.code));
    }
  });

  it('no other country is tracker-based', () => {
    const named = Object.values(NAMED).flat().sort();
    expect(
      partnerships
        .filter((m) => m.basis === 'tracker')
        .map((m) => m.country)
        .sort(),
    ).toEqual(named);
  });

  it('puts North Korea outside the framework, not on the ladder', () => {
    expect(outsideFramework.map((o) => o.country)).toEqual(['KP']);
    expect(partnerships.some((m) => m.country === 'KP')).toBe(false);
    expect(tierOf('North Korea')).toBeUndefined();
    expect(tierOf('KP')).toBeUndefined();
  });
});

// Hong Kong's treaty partners, from the HK government lists of 2017 and 2020 (sources of the hk-* records).
const HK_PARTNERS = [
  'AU',
  'CA',
  'CZ',
  'DE',
  'FI',
  'FR',
  'GB',
  'ID',
  'IE',
  'IN',
  'KR',
  'LK',
  'MY',
  'NL',
  'NZ',
  'PH',
  'PT',
  'SG',
  'US',
  'ZA',
];
const HK_SUSPENDED = ['AU', 'CA', 'DE', 'FI', 'GB', 'IE', 'NL', 'NZ', 'US'];

describe('Graphic of the quarter: Hong Kong agreements', () => {
  const hk = treaties.filter((t) => t.chinaSide === 'HK');
  it('has all 20 Hong Kong surrender-of-fugitive-offenders agreements', () => {
    expect(hk.map((t) => t.counterparty).sort()).toEqual(HK_PARTNERS);
  });
  it('nine were suspended after the National Security Law, France never ratified, ten in force', () => {
    expect(
      hk
        .filter((t) => t.status === 'suspended')
        .map((t) => t.counterparty)
        .sort(),
    ).toEqual(HK_SUSPENDED);
    expect(hk.filter((t) => t.status === 'not-ratified').map((t) => t.counterparty)).toEqual(['FR']);
    expect(hk.filter((t) => t.status === 'in-force')).toHaveLength(10);
  });
  it('every suspension records both sides: the foreign government first, then Hong Kong or Beijing', () => {
    for (const t of hk.filter((x) => x.status === 'suspended')) {
      const suspensions = t.steps.filter((s) => s.action === 'suspended');
      expect(suspensions.length, t.id).toBe(2);
      expect(suspensions[0]!.by?.country, t.id).toBe(t.counterparty);
      expect(['HK', 'CN'], t.id).toContain(suspensions[1]!.by?.country);
    }
  });
  it('all nine suspensions came after the law took effect on 2020-06-30', () => {
    for (const t of hk.filter((x) => x.status === 'suspended')) {
      const first = t.steps.find((s) => s.action === 'suspended')!;
      expect(first.date.value > '2020-06-30', t.id).toBe(true);
    }
  });
});
