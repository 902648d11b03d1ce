/** The panel rules on small hand-made tables: which years, which day, the closest level of a year, treaty statuses. */
import { describe, expect, it } from 'vitest';
import { ladderIndex } from '../../src/lib/indexes.js';
import { partnershipYearRows, treatyYearRows } from '../../src/lib/panels.js';

// The panels end on the day given (by default the coverage end): these tables end with the tracker's month.
const END = '2021-08-31';

const countries = [
  { code: 'CN', alpha3: 'CHN', cowCode: 710, gwCode: 710 },
  { code: 'XA', alpha3: 'XAA', cowCode: 999, gwCode: 998 },
  { code: 'XB', alpha3: 'XBB', cowCode: null, gwCode: null },
];
const m = (id: string, country: string, level: string | null, since: string | null, basis = 'external') => ({
  id,
  country,
  level,
  since: since === null ? null : { value: since },
  basis: basis as 'tracker' | 'external',
  qualifiers: [] as string[],
  baseLevel: level,
  sources: [{ source: basis === 'tracker' ? 'merics-csrt-3' : 'some-page' }],
});

describe('partnershipYearRows', () => {
  const partnerships = [
    m('xa-3-5-2019', 'XA', '3.5', '2019-03'),
    m('xa-3-3-2019', 'XA', '3.3', '2019-06'),
    m('xa-4-3-2019', 'XA', '4.3', '2019-11', 'tracker'),
    m('xb-off-2020', 'XB', null, '2020-05'),
    m('xb-3-5-undated', 'XB', '3.5', null),
    { ...m('xc-3-5-2021', 'XC', '3.5', '2021-03'), priorHistory: 'unknown' as const },
  ];
  const tracker = { placements: new Map([['XA', '3.1']]), outside: ['XD'] };
  const all = [
    ...countries,
    { code: 'XC', alpha3: 'XCC', cowCode: 997, gwCode: null },
    { code: 'XD', alpha3: 'XDD', cowCode: 996, gwCode: null },
  ];
  const rows = partnershipYearRows(ladderIndex(partnerships), partnerships, all, tracker, END);
  const row = (country: string, year: number) => rows.find((r) => r.country === country && r.year === year)!;
  it('every country, from the first year any partnership is dated to the coverage year, China as side one', () => {
    expect(rows.map((r) => `${r.country} ${r.year} ${r.asOf}`)).toEqual([
      'XA 2019 2019-12-31',
      'XA 2020 2020-12-31',
      'XA 2021 2021-08-31',
      'XB 2019 2019-12-31',
      'XB 2020 2020-12-31',
      'XB 2021 2021-08-31',
      'XC 2019 2019-12-31',
      'XC 2020 2020-12-31',
      'XC 2021 2021-08-31',
      'XD 2019 2019-12-31',
      'XD 2020 2020-12-31',
      'XD 2021 2021-08-31',
    ]);
    expect(rows[0]).toMatchObject({ ccode1: 710, gwcode1: 710, ccode2: 999, gwcode2: 998, iso3: 'XAA' });
  });
  it('the level on 31 December, and the closest level held during the year', () => {
    expect(row('XA', 2019)).toMatchObject({
      status: 'level',
      level: '4.3',
      tier: '4',
      record: 'xa-4-3-2019',
      highestLevel: '3.3',
      highestRecord: 'xa-3-3-2019',
    });
    expect(row('XA', 2020)).toMatchObject({ level: '4.3', highestLevel: '4.3' });
  });
  it("the tracker's placement in the edition's year only, beside the dated history's level", () => {
    expect(row('XA', 2021)).toMatchObject({ level: '4.3', trackerLevel: '3.1' });
    expect(row('XA', 2020).trackerLevel).toBeNull();
    expect(row('XB', 2021).trackerLevel).toBeNull();
  });
  it('tells apart a level, a label off the ladder, none, not known and outside', () => {
    expect(row('XB', 2020)).toMatchObject({
      status: 'off-ladder',
      level: null,
      tier: null,
      record: 'xb-off-2020',
      highestLevel: null,
      highestRecord: null,
      label: null,
    });
    // XB also has an undated record: before its first dated step, its place is not known.
    expect(row('XB', 2019)).toMatchObject({ status: 'unknown', record: null, level: null, basis: null });
    // XC's earliest record says an earlier partnership went unnamed and undated.
    expect(row('XC', 2020)).toMatchObject({ status: 'unknown', record: null });
    expect(row('XC', 2021)).toMatchObject({ status: 'level', level: '3.5' });
    expect(row('XD', 2020)).toMatchObject({ status: 'outside', record: null, level: null });
    const none = partnershipYearRows(
      ladderIndex(partnerships.slice(0, 3)),
      partnerships,
      all,
      {
        placements: new Map(),
        outside: [],
      },
      END,
    );
    expect(none.filter((r) => r.country === 'XA').map((r) => r.status)).toEqual(['level', 'level', 'level']);
  });
  it('a country whose only record is undated stands nowhere known, every year', () => {
    const undated = [m('xa-3-5-2020', 'XA', '3.5', '2020'), m('xb-3-5-undated', 'XB', '3.5', null)];
    const r = partnershipYearRows(ladderIndex(undated), undated, all, { placements: new Map(), outside: [] }, END);
    expect(r.filter((x) => x.country === 'XB').map((x) => `${x.year} ${x.status}`)).toEqual([
      '2020 unknown',
      '2021 unknown',
    ]);
  });
  it('a country with no dated step starts its rows at the first year any partnership is dated', () => {
    const early = [m('xa-3-5-2015', 'XA', '3.5', '2015'), m('xb-3-5-2019', 'XB', '3.5', '2019')];
    const r = partnershipYearRows(ladderIndex(early), early, all, { placements: new Map(), outside: [] }, END);
    expect(
      r
        .filter((x) => x.country === 'XB')
        .map((x) => `${x.year} ${x.status}`)
        .slice(0, 5),
    ).toEqual(['2015 none', '2016 none', '2017 none', '2018 none', '2019 level']);
  });
});

describe('treatyYearRows', () => {
  const step = (action: string, value: string) => ({ action, date: { value } });
  it('the status on 31 December and the step that set it; null before signature; no rows without a dated step', () => {
    const rows = treatyYearRows(
      [
        {
          id: 'hk-xa',
          chinaSide: 'HK',
          counterparty: 'XA',
          status: 'suspended',
          steps: [step('signed', '2019-05'), step('entered-into-force', '2020'), step('suspended', '2021-07-01')],
        },
        {
          id: 'cn-xa',
          chinaSide: 'CN',
          counterparty: 'XA',
          status: 'not-ratified',
          steps: [step('protocol-signed', '2020-02'), step('signed', '2021-02')],
        },
        { id: 'cn-xb', chinaSide: 'CN', counterparty: 'XB', status: 'in-force', steps: [] },
      ],
      countries,
      END,
    );
    expect(rows.map((r) => [r.treaty, r.year, r.status, r.step, r.action])).toEqual([
      ['hk-xa', 2019, 'not-ratified', 1, 'signed'],
      ['hk-xa', 2020, 'in-force', 2, 'entered-into-force'],
      ['hk-xa', 2021, 'suspended', 3, 'suspended'],
      ['cn-xa', 2020, null, null, null],
      ['cn-xa', 2021, 'not-ratified', 2, 'signed'],
    ]);
    expect(rows[0]).toMatchObject({ ccode2: 999, asOf: '2019-12-31' });
    expect(rows[2]).toMatchObject({ asOf: '2021-08-31' });
  });
});
