/** The panel rules on small hand-made tables: which years, which day, the closest level of a year, treaty statuses. */
import { describe, expect, it } from 'vitest';
import { ladderIndex } from '../../src/lib/indexes.js';
import { partnershipYearRows, treatyYearRows } from '../../src/lib/panels.js';

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
  sources: [{ source: basis === 'tracker' ? 'merics-csrt-3' : 'some-page' }],
});

describe('partnershipYearRows', () => {
  const partnerships = [
    m('xa-3-5-2019', 'XA', '3.5', '2019-03'),
    m('xa-3-3-2019', 'XA', '3.3', '2019-06'),
    m('xa-4-3-2019', 'XA', '4.3', '2019-11', 'tracker'),
    m('xb-off-2020', 'XB', null, '2020-05'),
    m('xb-3-5-undated', 'XB', '3.5', null),
    m('xc-3-5-undated', 'XC', '3.5', null),
  ];
  const rows = partnershipYearRows(ladderIndex(partnerships), partnerships, countries);
  it('runs from the first dated step to the edition year, China as side one; no rows without a dated step', () => {
    expect(rows.map((r) => `${r.country} ${r.year} ${r.asOf}`)).toEqual([
      'XA 2019 2019-12-31',
      'XA 2020 2020-12-31',
      'XA 2021 2021-08',
      'XB 2020 2020-12-31',
      'XB 2021 2021-08',
    ]);
    expect(rows[0]).toMatchObject({ ccode1: 710, gwcode1: 710, ccode2: 999, gwcode2: 998, iso3: 'XAA' });
  });
  it('the level on 31 December, and the closest level held during the year', () => {
    expect(rows[0]).toMatchObject({
      level: '4.3',
      tier: '4',
      record: 'xa-4-3-2019',
      highestLevel: '3.3',
      highestRecord: 'xa-3-3-2019',
    });
    expect(rows[1]).toMatchObject({ level: '4.3', highestLevel: '4.3' });
  });
  it('a label on none of the levels: no level, no tier; the edition answer where the record is undated', () => {
    expect(rows[3]).toMatchObject({
      level: null,
      tier: null,
      record: 'xb-off-2020',
      highestLevel: null,
      highestRecord: null,
      label: null,
    });
    expect(rows[4]).toMatchObject({ level: '3.5', record: 'xb-3-5-undated', basis: 'external', highestLevel: '3.5' });
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
    );
    expect(rows.map((r) => [r.treaty, r.year, r.status, r.step, r.action])).toEqual([
      ['hk-xa', 2019, 'not-ratified', 1, 'signed'],
      ['hk-xa', 2020, 'in-force', 2, 'entered-into-force'],
      ['hk-xa', 2021, 'suspended', 3, 'suspended'],
      ['cn-xa', 2020, null, null, null],
      ['cn-xa', 2021, 'not-ratified', 2, 'signed'],
    ]);
    expect(rows[0]).toMatchObject({ ccode2: 999, asOf: '2019-12-31' });
  });
});
