/** The helpers against expectations written by hand from the research files. */
import { describe, expect, it } from 'vitest';
import {
  compareTiers,
  countryOf,
  eventsBetween,
  eventsInvolving,
  levels,
  membersOf,
  membershipsOf,
  parseCalendarDate,
  resolveCountry,
  tierOf,
  tiers,
  treaties,
  treatiesSuspendedAfter,
  treatiesWith,
  treatyStatus,
} from '../src/index.js';

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
    expect(tierOf('South Korea')?.code).toBe('4.3');
    expect(tierOf('Republic of Korea')?.code).toBe('4.3');
    expect(tierOf('Türkiye')?.code).toBe('2.3');
    expect(tierOf('turkiye')?.code).toBe('2.3');
    expect(tierOf('Turkey')?.code).toBe('2.3');
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
    expect(membersOf('4.2').map((m) => m.country)).toEqual(['MV', 'RO']);
    expect(membersOf('1').map((m) => m.country)).toEqual(['RU']);
    expect(membersOf('2').map((m) => m.level)[0]).toBe('2.1');
    expect(membersOf('3.5').map((m) => m.country)).toContain('CA');
  });
  it('rejects unknown codes', () => {
    expect(() => membersOf('9' as never)).toThrow(RangeError);
    expect(() => membersOf(9 as never)).toThrow(TypeError);
  });
  it('returns a new array each time', () => {
    const a = membersOf('3.3');
    a.length = 0;
    expect(membersOf('3.3').length).toBe(40);
  });
});

describe('treatiesSuspendedAfter', () => {
  // research/treaties.md Table 1: first suspension of each of the nine, by the foreign side.
  const NINE = ['hk-ca', 'hk-au', 'hk-us', 'hk-gb', 'hk-nz', 'hk-de', 'hk-nl', 'hk-ie', 'hk-fi'];
  it('returns the treaties first suspended strictly after the date, earliest first', () => {
    expect(treatiesSuspendedAfter('2020-06-30').map((t) => t.id)).toEqual(NINE);
    expect(treatiesSuspendedAfter('2020-07-03').map((t) => t.id)).toEqual(NINE.slice(1));
    expect(treatiesSuspendedAfter('2020-07-14').map((t) => t.id)).toEqual(NINE.slice(3));
    expect(treatiesSuspendedAfter('2020-07-31').map((t) => t.id)).toEqual(['hk-nl', 'hk-ie', 'hk-fi']);
    expect(treatiesSuspendedAfter('2020-10-16')).toEqual([]);
    expect(treatiesSuspendedAfter(new Date(Date.UTC(2020, 6, 27))).map((t) => t.id)).toEqual([
      'hk-nz',
      'hk-de',
      'hk-nl',
      'hk-ie',
      'hk-fi',
    ]);
  });
  it('compares a suspension known only to the month by the first day of that month', () => {
    expect(treatiesSuspendedAfter('2020-09-30').map((t) => t.id)).toEqual(['hk-nl', 'hk-ie', 'hk-fi']);
    expect(treatiesSuspendedAfter('2020-10-01').map((t) => t.id)).toEqual(['hk-ie', 'hk-fi']);
  });
  it('rejects anything but a real calendar date with a RangeError', () => {
    for (const bad of [
      '2020-02-30',
      '2020-13-01',
      '2020-7-1',
      '30/06/2020',
      '2020-06',
      '',
      ' 2020-06-30',
      20200630,
      null,
      undefined,
      {},
    ]) {
      expect(() => treatiesSuspendedAfter(bad as never), String(bad)).toThrow(RangeError);
    }
    expect(() => treatiesSuspendedAfter(new Date('nope'))).toThrow(RangeError);
  });
  it('returns new arrays and never exposes mutable data', () => {
    const a = treatiesSuspendedAfter('2020-01-01');
    a.pop();
    expect(treatiesSuspendedAfter('2020-01-01')).toHaveLength(9);
    expect(() => {
      (a[0] as { status: string }).status = 'in-force';
    }).toThrow(TypeError);
  });
});

describe('treatiesWith and treatyStatus', () => {
  it("finds both sides' treaties with a country", () => {
    expect(treatiesWith('Australia').map((t) => [t.chinaSide, t.status])).toEqual([
      ['CN', 'not-ratified'],
      ['HK', 'suspended'],
    ]);
    expect(treatiesWith('France', { side: 'HK' }).map((t) => t.status)).toEqual(['not-ratified']);
    expect(treatiesWith('Atlantis')).toEqual([]);
    expect(() => treatiesWith('FR', { side: 'TW' as never })).toThrow(RangeError);
  });
  it('works out the status on a day from the dated steps', () => {
    expect(treatyStatus('Canada', { side: 'HK', asOf: '2020-07-01' })).toBe('in-force');
    expect(treatyStatus('Canada', { side: 'HK', asOf: '2020-07-04' })).toBe('suspended');
    expect(treatyStatus('Canada', { side: 'HK', asOf: '1995-01-01' })).toBe('not-ratified');
    expect(treatyStatus('Canada', { side: 'HK', asOf: '1993-09-06' })).toBeUndefined();
    expect(treatyStatus('Canada', { side: 'HK' })).toBe('suspended');
    expect(treatyStatus('Spain', { side: 'CN', asOf: '2007-04-03' })).toBe('not-ratified');
    expect(treatyStatus('Spain', { side: 'CN', asOf: '2007-04-04' })).toBe('in-force');
    expect(treatyStatus('Belgium', { side: 'CN', asOf: '2020-07-24' })).toBe('not-ratified');
    expect(treatyStatus('Belgium', { side: 'CN', asOf: '2020-12-26' })).toBe('in-force');
    expect(treatyStatus('Australia', { side: 'CN', asOf: '2017-03-28' })).toBe('not-ratified');
    expect(treatyStatus('Norway', { side: 'CN' })).toBeUndefined();
  });
  it('rejects a bad side or date', () => {
    expect(() => treatyStatus('CA', { side: 'XX' as never })).toThrow(RangeError);
    expect(() => treatyStatus('CA', {} as never)).toThrow(RangeError);
    expect(() => treatyStatus('CA', { side: 'HK', asOf: '2020-02-30' })).toThrow(RangeError);
    expect(() => treatyStatus(7 as never, { side: 'HK' })).toThrow(TypeError);
  });
});

describe('events', () => {
  it('finds the events between two dates, both ends inclusive', () => {
    const titles = eventsBetween('2021-06-14', '2021-06-14').map((e) => e.date?.value);
    expect(titles).toContain('2021-06-14');
    for (const e of eventsBetween('2021-06-01', '2021-06-30')) {
      const d = (e.date ?? e.trackerDate)!;
      expect(d.value.slice(0, 7) <= '2021-06' && (d.end ?? d.value).slice(0, 7) >= '2021-06', e.id).toBe(true);
    }
    expect(eventsBetween('1990-01-01', '2030-12-31').length).toBe(eventsBetween('1990-01-01', '2030-12-31').length);
    expect(() => eventsBetween('2021-07-01', '2021-06-01')).toThrow(RangeError);
    expect(() => eventsBetween('2021-06-31', '2021-07-01')).toThrow(RangeError);
  });
  it('finds the events involving a country', () => {
    const lithuania = eventsInvolving('Lithuania');
    expect(lithuania.length).toBeGreaterThanOrEqual(1);
    expect(lithuania.every((e) => e.actors.countries.includes('LT'))).toBe(true);
    expect(eventsInvolving('LTU')).toEqual(lithuania);
    expect(eventsInvolving('Atlantis')).toEqual([]);
    expect(() => eventsInvolving(null as never)).toThrow(TypeError);
  });
});

describe('resolveCountry and dates', () => {
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
  it('parses only real calendar dates', () => {
    expect(parseCalendarDate('2020-02-29')).toBe('2020-02-29');
    expect(() => parseCalendarDate('2021-02-29')).toThrow(RangeError);
    expect(() => parseCalendarDate('1900-02-29')).toThrow(RangeError);
  });
  it('exposes deeply frozen data', () => {
    expect(Object.isFrozen(treaties)).toBe(true);
    expect(Object.isFrozen(treaties[0]!.steps)).toBe(true);
    expect(() => (treaties as unknown as unknown[]).push({})).toThrow(TypeError);
  });
});

describe('edge cases', () => {
  it('membershipsOf a country no source places is empty', () => {
    expect(membershipsOf('Norway')).toEqual([]);
    expect(membershipsOf('Atlantis')).toEqual([]);
  });
  it("treatyStatus says unknown where the dated steps do not reach the edition's status", () => {
    // PRC–Mongolia: signed 1997-08-19, in force by 2019, entry into force undated.
    expect(treatyStatus('Mongolia', { side: 'CN', asOf: '1997-08-18' })).toBeUndefined();
    expect(treatyStatus('Mongolia', { side: 'CN', asOf: '2000-01-01' })).toBe('unknown');
    expect(treatyStatus('Mongolia', { side: 'CN', asOf: '2021-08-15' })).toBe('in-force');
    // PRC–Portugal: signed 2007-01-31, approved in 2008 and 2009, entry into force undated.
    expect(treatyStatus('Portugal', { side: 'CN', asOf: '2007-01-30' })).toBeUndefined();
    expect(treatyStatus('Portugal', { side: 'CN', asOf: '2010-01-01' })).toBe('unknown');
    // PRC–Morocco: approved by both sides by January 2021; whether it was in force in August 2021 is unknown.
    expect(treatyStatus('Morocco', { side: 'CN', asOf: '2020-01-01' })).toBe('not-ratified');
    expect(treatyStatus('Morocco', { side: 'CN', asOf: '2021-08-20' })).toBe('unknown');
    expect(treatyStatus('Morocco', { side: 'CN' })).toBe('unknown');
    // PRC–Peru: in force in 2019, no dated step at all.
    expect(treatyStatus('Peru', { side: 'CN', asOf: '2010-01-01' })).toBe('unknown');
    expect(treatyStatus('Peru', { side: 'CN', asOf: '2021-08-01' })).toBe('in-force');
  });
  it('dated steps known only to the year or month count from its first day', () => {
    // Hong Kong–Netherlands: signed 1992, in force on an undated day, suspended by the Dutch in October 2020.
    expect(treatyStatus('Netherlands', { side: 'HK', asOf: '2020-09-30' })).toBe('unknown');
    expect(treatyStatus('Netherlands', { side: 'HK', asOf: '2020-10-01' })).toBe('suspended');
    expect(treatyStatus('Germany', { side: 'HK', asOf: '2009-04-10' })).toBe('not-ratified');
    expect(treatyStatus('Germany', { side: 'HK', asOf: '2020-07-31' })).toBe('suspended');
  });
});

describe('tierOf remembers edition answers', () => {
  it('gives the same answers after its memory fills and empties', () => {
    const first = tierOf('United Kingdom');
    for (let i = 0; i < 2_500; i++) expect(tierOf(`no such country ${i}`)).toBeUndefined();
    expect(tierOf('United Kingdom')).toBe(first);
    expect(tierOf('North Korea')).toBeUndefined();
    expect(tierOf('North Korea')).toBeUndefined();
    expect(tierOf('GB', { asOf: '2003-01-01' })).toBeUndefined();
    expect(tierOf('GB')?.code).toBe('3.3');
  });
});

describe('internals', () => {
  it("an event is placed by the sources' date, else the tracker's", async () => {
    const { eventDate } = await import('../src/helpers/events.js');
    const day = { value: '2021-07-24', precision: 'day' } as const;
    const month = { value: '2021-07', precision: 'month' } as const;
    expect(eventDate({ date: day, trackerDate: month })).toBe(day);
    expect(eventDate({ date: null, trackerDate: month })).toBe(month);
  });
  it('error messages describe any bad value safely', () => {
    expect(() => tierOf((() => 'GB') as never)).toThrow(/a function/);
    expect(() => tierOf(Symbol('GB') as never)).toThrow(/a symbol/);
    expect(() => tierOf(['GB'] as never)).toThrow(/an array/);
    expect(() => tierOf(7n as never)).toThrow(/bigint 7/);
    expect(() => compareTiers('x'.repeat(100) as never, '1')).toThrow(/x{40}…/);
  });
});

describe('periods', () => {
  it('periodStart and periodEnd bound a date by its precision', async () => {
    const { periodStart, periodEnd } = await import('../src/helpers/dates.js');
    expect(periodStart({ value: '2019' })).toBe('2019-01-01');
    expect(periodEnd({ value: '2019' })).toBe('2019-12-31');
    expect(periodEnd({ value: '2020-02' })).toBe('2020-02-29');
    expect(periodEnd({ value: '2021-02' })).toBe('2021-02-28');
    expect(periodEnd({ value: '2021-09', end: '2021-10' })).toBe('2021-10-31');
    expect(periodEnd({ value: '2021-08-17', end: '2021-08-20' })).toBe('2021-08-20');
  });
});
