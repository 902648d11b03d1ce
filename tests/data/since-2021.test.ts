/**
 * The years since the tracker (the living edition, 2.x): a few changes of partnership, communities with a
 * shared future and treaty steps, with the values written down by hand from the sources the records cite
 * (joint statements, Xinhua and the foreign ministries), not read back from the data; and the coverage
 * the research reaches.
 */
import { describe, expect, it } from 'vitest';
import {
  baseLevelOf,
  CoverageError,
  communities,
  communitiesWith,
  dataset,
  membershipOf,
  standingOf,
  tierOf,
  treatyStatus,
} from '../../src/index.js';
import { records } from '../../src/data/index.js';

describe('changes of partnership since September 2021', () => {
  it('Hungary: 3.3 until the joint statement of 9 May 2024, then the all-weather partnership for the new era, off the ladder', () => {
    expect(tierOf('Hungary', { asOf: '2024-05-08' })?.code).toBe('3.3');
    expect(tierOf('Hungary', { asOf: '2024-05-09' })).toBeUndefined();
    const hu = standingOf('Hungary', { asOf: '2024-05-09' })!;
    expect(hu.status).toBe('off-ladder');
    expect(hu.membership).toMatchObject({
      id: 'hu-off-2024',
      label: { zh: '新时代全天候全面战略伙伴关系' },
      since: { value: '2024-05-09', precision: 'day' },
      placement: 'none',
      qualifiers: ['new-era', 'all-weather'],
      baseLevel: '3.3',
      basis: 'external',
    });
    expect(baseLevelOf('Hungary')?.code).toBe('3.3');
  });
  it('Belarus: the all-weather comprehensive strategic partnership of 15 September 2022 (Samarkand)', () => {
    expect(membershipOf('Belarus', { asOf: '2022-09-15' })).toMatchObject({
      id: 'by-off-2022',
      level: null,
      qualifiers: ['all-weather'],
      baseLevel: '3.3',
    });
    expect(tierOf('Belarus', { asOf: '2022-09-14' })?.code).toBe('3.3');
  });
  it('Ethiopia: 2.2 since 2017, then the all-weather strategic partnership of 17 October 2023, whose base level reads lower', () => {
    expect(tierOf('Ethiopia', { asOf: '2023-10-16' })?.code).toBe('2.2');
    expect(membershipOf('Ethiopia', { asOf: '2023-10-17' })).toMatchObject({
      id: 'et-off-2023',
      label: { zh: '全天候战略伙伴关系' },
      level: null,
      baseLevel: '3.5',
    });
    // The explicit reading would rank an announced upgrade below the level it replaced: never the default.
    expect(tierOf('Ethiopia')).toBeUndefined();
    expect(baseLevelOf('Ethiopia')?.code).toBe('3.5');
  });
  it('South Africa: the all-round strategic cooperative partnership for a new era of 2 September 2024', () => {
    expect(membershipOf('South Africa')).toMatchObject({
      id: 'za-off-2024',
      label: { zh: '新时代全方位战略合作伙伴关系' },
      qualifiers: ['new-era', 'all-round'],
      baseLevel: '2.3',
    });
  });
  it('the Maldives (10 January 2024), Bangladesh (10 July 2024) and Turkmenistan (6 January 2023) moved up the ladder', () => {
    expect([
      tierOf('Maldives', { asOf: '2024-01-09' })?.code,
      tierOf('Maldives', { asOf: '2024-01-10' })?.code,
    ]).toEqual(['4.2', '2.2']);
    expect([tierOf('BD', { asOf: '2024-07-09' })?.code, tierOf('BD', { asOf: '2024-07-10' })?.code]).toEqual([
      '2.3',
      '2.2',
    ]);
    expect([tierOf('TM', { asOf: '2023-01-05' })?.code, tierOf('TM', { asOf: '2023-01-06' })?.code]).toEqual([
      '3.5',
      '3.3',
    ]);
  });
  it('Cyprus: its first partnership, a strategic partnership of 30 November 2021', () => {
    expect(standingOf('Cyprus', { asOf: '2021-08-31' })?.status).toBe('none');
    expect(membershipOf('Cyprus', { asOf: '2021-11-30' })).toMatchObject({ id: 'cy-3-5-2021', level: '3.5' });
  });
  it("Canada's new type of strategic partnership of 16 January 2026 is kept, its date marked uncertain", () => {
    const ca = membershipOf('Canada')!;
    expect(ca).toMatchObject({ id: 'ca-off-2026', label: { zh: '新型战略伙伴关系' }, qualifiers: ['new-type'] });
    expect(ca.since).toMatchObject({ value: '2026-01-16', uncertain: true });
  });
  it('the United Kingdom stays on 3.3: the words of January 2026 describe the partnership of 2015, no new name', () => {
    expect(membershipOf('United Kingdom')?.id).toBe('gb-3-3-2015');
  });
  it('the countries whose first partnership on record comes after the tracker edition', () => {
    // From the research since September 2021: the FOCAC summit of 2024 and earlier visits in Africa, the
    // Caucasus, Cyprus and Slovakia, Latin America, the Middle East and the Solomon Islands.
    const first = new Map<string, string>();
    for (const m of records.partnerships) {
      const day = m.since?.value ?? '';
      if (!first.has(m.country) || day < first.get(m.country)!) first.set(m.country, day);
    }
    const later = [...first].filter(([, day]) => day > '2021-08-31').map(([c]) => c);
    expect(later.sort()).toEqual(
      ['AM', 'AZ', 'BH', 'BI', 'BJ', 'BW', 'CF', 'CM', 'CO', 'CV', 'CY', 'ER', 'GE', 'GH', 'GM', 'GW', 'KM', 'LR', 'LS']
        .concat([
          'ML',
          'MR',
          'MU',
          'MW',
          'NI',
          'PS',
          'RW',
          'SB',
          'SC',
          'SK',
          'SO',
          'SS',
          'ST',
          'SY',
          'TD',
          'TG',
          'TN',
          'ZM',
        ])
        .sort(),
    );
  });
});

describe('communities with a shared future', () => {
  it('Serbia: agreed in the joint statement of 8 May 2024, none in the tracker edition', () => {
    expect(communitiesWith('Serbia').map((c) => [c.id, c.step, c.date.value])).toEqual([
      ['rs-community-2024', 'agreed', '2024-05-08'],
    ]);
    expect(communitiesWith('Serbia', { asOf: '2021-08-31' })).toEqual([]);
  });
  it('Laos and Myanmar, before the tracker: proposed and agreed, the action plan of 2019, the statement of January 2020', () => {
    expect(communitiesWith('Laos', { asOf: '2021-08-31' }).map((c) => c.step)).toEqual([
      'proposed',
      'agreed',
      'action-plan',
    ]);
    expect(communitiesWith('Myanmar', { asOf: '2021-08-31' }).map((c) => [c.step, c.date.value.slice(0, 7)])).toEqual([
      ['agreed', '2020-01'],
    ]);
  });
  it('regional communities name a group, not a country: the Arab states agreed in the Amman Declaration of 2020', () => {
    const arab = communities.filter((c) => c.group === 'arab-states');
    expect(arab.every((c) => c.country === undefined)).toBe(true);
    expect(arab.find((c) => c.step === 'agreed')?.date.value.slice(0, 4)).toBe('2020');
  });
  it('a community is never a partnership label', () => {
    expect(
      records.partnerships.some((m) => /命运共同体|community with a shared future/.test(JSON.stringify(m.label))),
    ).toBe(false);
  });
});

describe('treaties since September 2021', () => {
  it("Serbia: signed on 8 May 2024 (no treaty in the tracker's month), approved by the NPC Standing Committee in 2025", () => {
    expect(treatyStatus('Serbia', { side: 'CN', asOf: '2021-08-31' })).toBeUndefined();
    expect(treatyStatus('Serbia', { side: 'CN', asOf: '2024-05-08' })).toBe('not-ratified');
    expect(records.treaties.find((t) => t.id === 'cn-rs')?.status).toBeNull();
  });
  it('Hungary: only initialled (July 2025), so no status yet', () => {
    const hu = records.treaties.find((t) => t.id === 'cn-hu')!;
    expect(hu.steps.map((s) => [s.action, s.date.value])).toEqual([['initialled', '2025-07']]);
    expect(treatyStatus('Hungary', { side: 'CN' })).toBeUndefined();
  });
  it("Uruguay: approved by Uruguay's parliament on 12 October 2021 and by the NPC Standing Committee on 30 December 2022", () => {
    const uy = records.treaties.find((t) => t.id === 'cn-uy')!;
    const approvals = uy.steps.filter((s) => s.action === 'approved').map((s) => [s.by?.country, s.date.value]);
    expect(approvals).toEqual(
      expect.arrayContaining([
        ['UY', '2021-10-12'],
        ['CN', '2022-12-30'],
      ]),
    );
    expect(treatyStatus('Uruguay', { side: 'CN' })).toBe('not-ratified');
  });
});

describe('coverage', () => {
  it('ends on 31 January 2026, the last day the research searched everything; a later day is refused', () => {
    expect(dataset.coverageEnd).toBe('2026-01-31');
    expect(() => tierOf('Hungary', { asOf: '2026-02-01' })).toThrow(CoverageError);
    expect(tierOf('Russia')?.code).toBe('1.1');
  });
});
