/**
 * The members the project's first research verified (its partnership tables, with the sources the records
 * cite), written down here by hand: every row must be in the data on its level, with the date the research
 * gives (at the precision it gives).
 */
import { describe, expect, it } from 'vitest';
import {
  conflicts,
  levels,
  membershipOf,
  membersOf,
  membershipsOf,
  partnerships,
  tierOf,
  trackerLevelOf,
} from '../../src/index.js';

/** The tracker edition's last day: what the first research found held then (later records are the living edition's). */
const asOf = '2021-08-31';

// [country, level, date as the research gives it]
const CURRENT: [string, string, string][] = [
  ['RU', '1.1', '2019-06-05'],
  ['PK', '2.1', '2015-04-20'],
  ['DE', '3.1', '2014-03'],
  ['KZ', '3.2', '2019-09-11'],
  ['AT', '3.4', '2018-04'],
  ['CH', '3.6', '2016-04-08'],
  ['SG', '4.1', '2015-11-07'],
  ['RO', '4.2', '2004'],
  ['MV', '4.2', '2014-09'],
  ['JP', '4.4', '1998-11-26'],
  ['FI', '4.5', '2017-04'],
  ['IL', '5.1', '2017-03'],
  // 2.2
  ['VN', '2.2', '2008'],
  ['LA', '2.2', '2009'],
  ['KH', '2.2', '2010'],
  ['MM', '2.2', '2011-05'],
  ['TH', '2.2', '2012-04-17'],
  ['CG', '2.2', '2016-07-05'],
  ['SN', '2.2', '2016'],
  ['MZ', '2.2', '2016'],
  ['SL', '2.2', '2016-12-01'],
  ['GN', '2.2', '2016-11-02'],
  ['KE', '2.2', '2017-05-15'],
  // Year only: proposed on 12 May 2017, raised by June 2017 (Tigrai Online; PRC consulate in Surabaya).
  ['ET', '2.2', '2017'],
  ['ZW', '2.2', '2018-04'],
  // 2.3
  ['IN', '2.3', '2005'],
  ['AF', '2.3', '2012'],
  ['LK', '2.3', '2013'],
  ['BD', '2.3', '2016-10-14'],
  ['BN', '2.3', '2018-11-19'],
  ['NP', '2.3', '2019-10-12'],
  // 3.3
  ['FR', '3.3', '2004-01'],
  ['IT', '3.3', '2004-05'],
  ['ES', '3.3', '2005-11-14'],
  ['PT', '3.3', '2005-12'],
  ['GR', '3.3', '2006-01-19'],
  ['DK', '3.3', '2008-10'],
  ['PL', '3.3', '2016-06'],
  ['HU', '3.3', '2017-05-13'],
  ['GB', '3.3', '2015-10'],
  ['BR', '3.3', '2012-06-21'],
  ['MX', '3.3', '2013-06'],
  ['PE', '3.3', '2013'],
  ['AR', '3.3', '2014-07'],
  ['VE', '3.3', '2014-07-20'],
  ['CL', '3.3', '2016-11'],
  ['EC', '3.3', '2016-11-17'],
  ['ZA', '3.3', '2010-08-24'],
  ['DZ', '3.3', '2014'],
  ['EG', '3.3', '2014'],
  ['SA', '3.3', '2016-01'],
  ['IR', '3.3', '2016-01-23'],
  ['AE', '3.3', '2018'],
  ['BY', '3.3', '2016-09-29'],
  ['RS', '3.3', '2016-06'],
  ['UZ', '3.3', '2016-06-22'],
  ['TJ', '3.3', '2017-08-31'],
  ['KG', '3.3', '2018-06-06'],
  ['MN', '3.3', '2014-08'],
  ['ID', '3.3', '2013-10-02'],
  ['MY', '3.3', '2013-10-04'],
  ['AU', '3.3', '2014-11'],
  ['NZ', '3.3', '2014-11'],
  ['PG', '3.3', '2018-11-16'],
  ['FM', '3.3', '2018-11-16'],
  ['WS', '3.3', '2018-11-16'],
  ['VU', '3.3', '2018-11-16'],
  ['CK', '3.3', '2018-11-16'],
  ['TO', '3.3', '2018-11-16'],
  ['NU', '3.3', '2018-11-16'],
  ['FJ', '3.3', '2018-11-16'],
  // 3.5
  ['CA', '3.5', '2005-09-09'],
  ['CZ', '3.5', '2016-03-29'],
  ['TM', '3.5', '2013-09-03'],
  ['QA', '3.5', '2014'],
  ['JO', '3.5', '2015'],
  ['IQ', '3.5', '2015'],
  ['MA', '3.5', '2016'],
  ['SD', '3.5', '2015-09-01'],
  ['DJ', '3.5', '2017'],
  ['OM', '3.5', '2018'],
  ['KW', '3.5', '2018-07'],
  ['AO', '3.5', '2010-11-20'],
  ['NG', '3.5', '2005-04'],
  ['UA', '3.5', '2011-06-20'],
  ['CR', '3.5', '2015-01-06'],
  ['UY', '3.5', '2016-10-18'],
  ['BO', '3.5', '2018-06-19'],
  ['BG', '3.5', '2019-07-03'],
  // 4.3
  ['NL', '4.3', '2014-03'],
  ['HR', '4.3', '2005-05'],
  ['TZ', '4.3', '2013-03-25'],
  ['GQ', '4.3', '2015-04-28'],
];

describe('the research: verified members', () => {
  for (const [country, level, date] of CURRENT) {
    it(`${country} is on ${level} since ${date}`, () => {
      expect(tierOf(country, { asOf })?.code).toBe(level);
      const record = membershipsOf(country).find((m) => m.level === level && m.since?.value.startsWith(date));
      expect(record, `${country} ${level} ${date}`).toBeDefined();
      // The date is at least as precise as the research's, and no more than a day.
      expect(record!.since!.value.length).toBeGreaterThanOrEqual(date.length);
      expect(record!.basis).toBe(
        ['RU', 'PK', 'DE', 'KZ', 'GB', 'AT', 'CA', 'CZ', 'CH', 'SG', 'RO', 'MV', 'NL', 'JP', 'FI', 'IL', 'IN'].includes(
          country,
        )
          ? 'tracker'
          : 'external',
      );
    });
  }

  it("South Korea: the sources' 2.3 since 2008 answers through August 2021; the tracker's 4.3 is its own view and a listed conflict", () => {
    expect(tierOf('South Korea', { asOf })?.code).toBe('2.3');
    expect(trackerLevelOf('South Korea')?.code).toBe('4.3');
    expect(membershipsOf('KR').map((m) => m.level)).toEqual([null, '4.3', '2.3']);
    expect(tierOf('South Korea', { asOf: '2010-01-01' })?.code).toBe('2.3');
    const c = conflicts.find((x) => x.country === 'KR');
    expect(c?.answer.value).toMatch(/2\.3/);
    expect(c?.answer.value).toMatch(/2008/);
    expect(c?.answer.basis).toBe('external');
    expect(c?.other.value).toMatch(/^4\.3/);
  });

  it('lists the count conflicts for 2.2, 2.3, 3.5 and 4.3 with both numbers', () => {
    const expected: Record<string, [string, string]> = {
      '2.2': ['11', '14'],
      '2.3': ['6', '9'],
      '3.5': ['16', '20'],
      '4.3': ['6', '8'],
    };
    for (const [code, [tracker, found]] of Object.entries(expected)) {
      const c = conflicts.find((x) => x.table === 'levels' && x.record === code);
      expect(c, code).toBeDefined();
      expect(c!.answer.value).toMatch(new RegExp(`\\b${tracker}\\b`));
      expect(c!.other.value).toMatch(new RegExp(`\\b${found}\\b`));
    }
  });

  it("records Belgium's all-round friendly cooperative partnership as it is, on no level", () => {
    const [be] = membershipsOf('Belgium');
    expect(be?.level).toBeNull();
    expect(be?.label?.zh).toBe('全方位友好合作伙伴关系');
    // The talks of 31 March 2014 (PRC embassy in Belgium: "On March 31, 2014 … to upgrade the bilateral relations").
    expect(be?.since?.value).toBe('2014-03-31');
    expect(tierOf('Belgium', { asOf })).toBeUndefined();
  });

  it("Ireland's 互惠战略伙伴关系 (2012): off the ladder by the label rule, its base level 3.5", () => {
    const ie = membershipOf('Ireland', { asOf })!;
    expect([ie.id, ie.level, ie.placement, ie.qualifiers, ie.baseLevel]).toEqual([
      'ie-3-5-2012',
      null,
      'none',
      ['mutually-beneficial'],
      '3.5',
    ]);
  });

  it('gives official names where the sources give them', () => {
    const label = (cc: string) => membershipOf(cc, { asOf })?.label?.zh;
    expect(label('SG')).toBe('与时俱进的全方位合作伙伴关系');
    expect(label('JP')).toBe('致力于和平与发展的友好合作伙伴关系');
    expect(label('FI')).toBe('面向未来的新型合作伙伴关系');
    expect(label('NL')).toBe('开放务实的全面合作伙伴关系');
    expect(label('GB')).toBe('面向21世纪全球全面战略伙伴关系');
    expect(label('FJ')).toBe('相互尊重、共同发展的全面战略伙伴关系');
    expect(membershipOf('NP', { asOf })?.label?.en).toMatch(/ever-lasting friendship/);
  });

  it('keeps history: the UK in 1998, 2004 and 2015, Bulgaria in 2014 and 2019', () => {
    expect(membershipsOf('GB').map((m) => [m.level, m.since?.value.slice(0, 4)])).toEqual([
      [null, '1998'],
      ['3.3', '2004'],
      ['3.3', '2015'],
    ]);
    expect(membershipsOf('BG').map((m) => [m.level, m.since?.value.slice(0, 4)])).toEqual([
      ['4.2', '2014'],
      ['3.5', '2019'],
    ]);
  });

  it('answers asOf on both sides of an upgrade date', () => {
    expect(tierOf('Bulgaria', { asOf: '2019-07-02' })?.code).toBe('4.2');
    expect(tierOf('Bulgaria', { asOf: '2019-07-03' })?.code).toBe('3.5');
    expect(tierOf('Bulgaria', { asOf: '2013-12-31' })).toBeUndefined();
    // 13 January 2014 (PRC embassy in Lithuania: "On January 13, 2014 … decided to establish").
    expect(tierOf('Bulgaria', { asOf: '2014-01-12' })).toBeUndefined();
    expect(tierOf('Bulgaria', { asOf: '2014-01-13' })?.code).toBe('4.2');
    expect(tierOf('Pakistan', { asOf: '2015-04-19' })?.code).toBe('2.3');
    expect(tierOf('Pakistan', { asOf: '2015-04-20' })?.code).toBe('2.1');
    expect(tierOf('Russia', { asOf: new Date(Date.UTC(2019, 5, 4)) })).toBeUndefined();
    expect(tierOf('Russia', { asOf: new Date(Date.UTC(2019, 5, 5)) })?.code).toBe('1.1');
    expect(tierOf('Kenya', { asOf: '2017-05-14' })?.code).toBe('4.3');
    expect(tierOf('Kenya', { asOf: '2017-05-15' })?.code).toBe('2.2');
    expect(tierOf('United Kingdom', { asOf: '2003-12-31' })).toBeUndefined();
    expect(tierOf('United Kingdom', { asOf: '2010-06-01' })?.code).toBe('3.3');
    // South Korea: the sources' 4.3 from July 2003 and 2.3 from May 2008, still in August 2021.
    expect(tierOf('KR', { asOf: '2003-06-30' })).toBeUndefined();
    expect(tierOf('KR', { asOf: '2003-07-01' })?.code).toBe('4.3');
    expect(tierOf('KR', { asOf: '2020-01-01' })?.code).toBe('2.3');
    expect(tierOf('KR', { asOf: '2021-08-15' })?.code).toBe('2.3');
  });

  it('rejects a bad asOf with a RangeError', () => {
    for (const bad of ['2020-02-30', '2020-13-01', '2020-7-1', '30/06/2020', '', 'yesterday']) {
      expect(() => tierOf('France', { asOf: bad })).toThrow(RangeError);
    }
    expect(() => tierOf('France', { asOf: new Date('not a date') })).toThrow(RangeError);
  });

  it('places per level, on the last day the data covers, what the research found', () => {
    const found = Object.fromEntries(levels.map((l) => [l.code, membersOf(l.code, { asOf }).length]));
    expect(found).toEqual({
      '1.1': 1,
      '2.1': 1,
      '2.2': 14,
      '2.3': 8,
      '3.1': 1,
      '3.2': 1,
      '3.3': 40,
      '3.4': 1,
      // 21 in 1.x: Ireland's 互惠战略伙伴关系 is off the ladder since 2.0.0 (a qualifier written onto the name).
      '3.5': 20,
      '3.6': 1,
      '4.1': 1,
      '4.2': 2,
      '4.3': 8,
      '4.4': 1,
      '4.5': 1,
      '5.1': 1,
    });
    expect(partnerships.filter((m) => m.country === 'NA').map((m) => [m.level, m.since?.value])).toEqual([
      ['2.2', '2018-03-29'],
    ]);
  });
});
