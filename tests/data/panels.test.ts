/**
 * The panels: every row agrees with the helpers it is worked out by the same rules as (tierOf,
 * membershipOf, treatyStatus), and a few rows are checked against values written by hand from the records.
 */
import { describe, expect, it } from 'vitest';
import {
  countryOf,
  dataset,
  membershipOf,
  partnershipYears,
  standingOf,
  tierOf,
  treaties,
  treatyStatus,
  treatyYears,
} from '../../src/index.js';

const rows = partnershipYears();
const treatyRows = treatyYears();

describe('partnershipYears', () => {
  it('every row agrees with standingOf, tierOf and membershipOf on its day (the last day covered for the last year)', () => {
    const lastYear = Number(dataset.coverageEnd.slice(0, 4));
    expect(rows.length).toBeGreaterThan(500);
    for (const r of rows) {
      const day = r.year === lastYear ? dataset.coverageEnd : `${r.year}-12-31`;
      expect(r.asOf, `${r.country} ${r.year}`).toBe(day);
      expect(r.status, `${r.country} ${r.year}`).toBe(standingOf(r.country, { asOf: day })?.status);
      expect(r.level, `${r.country} ${r.year}`).toBe(tierOf(r.country, { asOf: day })?.code ?? null);
      expect(r.record, `${r.country} ${r.year}`).toBe(membershipOf(r.country, { asOf: day })?.id ?? null);
      expect(r.tier).toBe(r.level === null ? null : r.level.split('.')[0]);
    }
  });
  it('China is side one (710 in both lists); the partner carries its own codes', () => {
    for (const r of rows) {
      expect([r.ccode1, r.gwcode1]).toEqual([710, 710]);
      const partner = countryOf(r.country)!;
      expect([r.iso3, r.ccode2, r.gwcode2]).toEqual([partner.alpha3, partner.cowCode, partner.gwCode]);
    }
  });
  it('one row per country and year, for every country from the first dated partnership (1993) to 2026, with no gap', () => {
    const years = new Map<string, number[]>();
    for (const r of rows) years.set(r.country, [...(years.get(r.country) ?? []), r.year]);
    for (const [country, list] of years) {
      expect(list[0], country).toBe(1993);
      expect(list.at(-1), country).toBe(2026);
      expect(list, country).toEqual(list.map((_, i) => list[0]! + i));
    }
  });
  it('the United Kingdom: a comprehensive partnership (no level) from 6 October 1998, 3.3 from 10 May 2004, relaunched in October 2015', () => {
    const gb = (year: number) => rows.find((r) => r.country === 'GB' && r.year === year);
    expect(gb(1997)).toMatchObject({ status: 'none', level: null, record: null });
    expect(gb(1998)).toMatchObject({ status: 'off-ladder', level: null, record: 'gb-off-1998', highestLevel: null });
    expect(gb(2004)).toMatchObject({ level: '3.3', record: 'gb-3-3-2004', highestLevel: '3.3' });
    expect(gb(2014)).toMatchObject({ level: '3.3', record: 'gb-3-3-2004', highestRecord: 'gb-3-3-2004' });
    expect(gb(2015)).toMatchObject({ level: '3.3', record: 'gb-3-3-2015', basis: 'tracker' });
    expect(gb(2021)).toMatchObject({ asOf: '2021-12-31', level: '3.3', record: 'gb-3-3-2015', trackerLevel: '3.3' });
    expect(gb(2026)).toMatchObject({ asOf: '2026-01-31', level: '3.3', record: 'gb-3-3-2015', trackerLevel: null });
  });
  it("the tracker edition's panel: drawn to 2021-08-31, its last row answers for that day", () => {
    const edition = partnershipYears({ asOf: '2021-08-31' });
    expect(edition.at(-1)).toMatchObject({ country: 'ZW', year: 2021, asOf: '2021-08-31' });
    expect(edition.find((r) => r.country === 'GB' && r.year === 2021)).toMatchObject({ level: '3.3' });
    // Hungary: 3.3 in the tracker's month; off the ladder (all-weather, new era) from 9 May 2024.
    expect(edition.find((r) => r.country === 'HU' && r.year === 2021)?.level).toBe('3.3');
    expect(rows.find((r) => r.country === 'HU' && r.year === 2024)).toMatchObject({
      status: 'off-ladder',
      level: null,
      record: 'hu-off-2024',
      qualifiers: ['new-era', 'all-weather'],
      baseLevel: '3.3',
      highestLevel: '3.3',
    });
    expect(() => partnershipYears({ asOf: '2026-02-01' })).toThrow(RangeError);
    expect(() => treatyYears({ asOf: 'yesterday' })).toThrow(RangeError);
  });
  it('Bulgaria: 4.2 until the strategic partnership of 3 July 2019, the closest level of 2019 being 3.5', () => {
    const bg = (year: number) => rows.find((r) => r.country === 'BG' && r.year === year);
    expect(bg(2018)).toMatchObject({ level: '4.2', highestLevel: '4.2' });
    expect(bg(2019)).toMatchObject({ level: '3.5', highestLevel: '3.5', highestRecord: 'bg-3-5-2019' });
  });
  it('Belgium: a partnership type on none of the 16 levels, with its label; North Korea: outside', () => {
    const be = rows.find((r) => r.country === 'BE' && r.year === 2016)!;
    expect(be).toMatchObject({
      status: 'off-ladder',
      level: null,
      tier: null,
      record: 'be-off-2014',
      highestLevel: null,
    });
    expect(be.label?.zh).toBe('全方位友好合作伙伴关系');
    // Its qualifier 全方位 taken off, the name reads as 友好合作伙伴关系 (4.4): the base level, a reading.
    expect([be.qualifiers, be.baseLevel]).toEqual([['all-round'], '4.4']);
    const kp = rows.filter((r) => r.country === 'KP');
    expect(kp.length).toBe(2026 - 1993 + 1);
    expect(kp.every((r) => r.status === 'outside' && r.level === null && r.record === null)).toBe(true);
  });
  it('tells not known from none: Pakistan before 2005 is not known, South Korea before 1998 has none', () => {
    const row = (c: string, y: number) => rows.find((r) => r.country === c && r.year === y)!;
    expect(row('PK', 2000)).toMatchObject({ status: 'unknown', level: null, record: null });
    expect(row('KR', 1997)).toMatchObject({ status: 'none', level: null, record: null });
  });
  it("South Korea: the sources' 2.3 in the level column, the tracker's 4.3 in its own column (2021 only)", () => {
    const kr = (y: number) => rows.find((r) => r.country === 'KR' && r.year === y)!;
    expect(kr(2021)).toMatchObject({ level: '2.3', record: 'kr-2-3-2008', trackerLevel: '4.3' });
    expect(kr(2020)).toMatchObject({ level: '2.3', trackerLevel: null });
    // No change from 2020 to 2021 that no source reports.
    expect(kr(2021).level).toBe(kr(2020).level);
  });
  it('shows no change that no source reports: a record changes only in the year its own step is dated', () => {
    let changes = 0;
    for (const r of rows) {
      const before = rows.find((x) => x.country === r.country && x.year === r.year - 1);
      if (!before || before.record === r.record || r.record === null) continue;
      changes++;
      const record = membershipOf(r.country, { asOf: r.asOf })!;
      expect(record.since?.value.slice(0, 4), `${r.country} ${r.year}: ${before.record} -> ${r.record}`).toBe(
        String(r.year),
      );
    }
    expect(changes).toBeGreaterThan(50);
  });
  it('returns frozen rows in a new array each time', () => {
    expect(Object.isFrozen(rows[0])).toBe(true);
    expect(partnershipYears()).not.toBe(rows);
    expect(partnershipYears()).toEqual(rows);
  });
});

describe('treatyYears', () => {
  it('every row agrees with treatyStatus on its day (the last day covered for the last year)', () => {
    expect(treatyRows.length).toBeGreaterThan(500);
    for (const r of treatyRows) {
      const last = r.year === Number(dataset.coverageEnd.slice(0, 4));
      const options = { side: r.chinaSide, asOf: last ? dataset.coverageEnd : `${r.year}-12-31` };
      expect(r.status, `${r.treaty} ${r.year}`).toBe(treatyStatus(r.counterparty, options) ?? null);
    }
  });
  it('the step that set a status is a step of the treaty with that action', () => {
    for (const r of treatyRows) {
      if (r.step === null) continue;
      const treaty = treaties.find((t) => t.id === r.treaty)!;
      expect(treaty.steps[r.step - 1]?.action, `${r.treaty} ${r.year}`).toBe(r.action);
    }
  });
  it('Hong Kong–Canada: signed in 1993, in force from 1997, suspended by Canada on 3 July 2020', () => {
    const ca = (year: number) => treatyRows.find((r) => r.treaty === 'hk-ca' && r.year === year);
    expect(treatyRows.find((r) => r.treaty === 'hk-ca')?.year).toBe(1993);
    expect(ca(1996)).toMatchObject({ status: 'not-ratified', action: 'signed' });
    expect(ca(1997)).toMatchObject({ status: 'in-force', action: 'entered-into-force' });
    expect(ca(2020)).toMatchObject({ status: 'suspended', action: 'suspended', ccode2: 20 });
  });
  it('PRC–Cyprus: in force at the end of 2020, after the October 2020 approval', () => {
    expect(treatyRows.find((r) => r.treaty === 'cn-cy' && r.year === 2020)).toMatchObject({ status: 'in-force' });
  });
  it('a treaty with no dated step has no rows', () => {
    const undated = treaties.filter((t) => t.steps.length === 0).map((t) => t.id);
    expect(undated.length).toBeGreaterThan(0);
    expect(treatyRows.filter((r) => undated.includes(r.treaty))).toEqual([]);
  });
});
