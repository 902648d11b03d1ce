/**
 * standingOf (the five answers tierOf's `undefined` leaves together), trackerLevelOf (the tracker's own
 * view), and the coverage every dated helper holds to, against expectations written by hand from the
 * records and the tracker's Exhibit 1.
 */
import { describe, expect, it } from 'vitest';
import {
  CoverageError,
  dataset,
  membershipOf,
  membersOf,
  standingOf,
  tierOf,
  trackerLevelOf,
  treatiesSuspendedAfter,
  treatyStatus,
} from '../../src/index.js';

describe('standingOf', () => {
  it('a level: the level and the membership tierOf and membershipOf answer with', () => {
    const asOf = '2021-08-31';
    const gb = standingOf('United Kingdom', { asOf })!;
    expect(gb).toMatchObject({ country: 'GB', asOf: '2021-08-31', status: 'level' });
    expect(gb.level?.code).toBe('3.3');
    expect(gb.membership?.id).toBe('gb-3-3-2015');
    expect(gb.level).toBe(tierOf('GB', { asOf }));
    expect(gb.membership).toBe(membershipOf('GB', { asOf }));
    expect(standingOf('Hungary')?.asOf).toBe('2026-01-31');
  });
  it('off the ladder: a partnership (or a named relationship) on none of the 16 levels', () => {
    expect(standingOf('Belgium')).toMatchObject({ status: 'off-ladder', level: null });
    expect(standingOf('Belgium')!.membership?.id).toBe('be-off-2014');
    expect(standingOf('United Kingdom', { asOf: '2000-01-01' })!.membership?.id).toBe('gb-off-1998');
    expect(standingOf('Turkey')).toMatchObject({ status: 'off-ladder', level: null });
  });
  it('none: before the first recorded partnership, or no partnership recorded at all', () => {
    expect(standingOf('Bulgaria', { asOf: '1990-01-01' })).toMatchObject({
      status: 'none',
      level: null,
      membership: null,
    });
    expect(standingOf('Norway')).toMatchObject({ country: 'NO', status: 'none', level: null, membership: null });
    expect(standingOf('Taiwan')?.status).toBe('none');
  });
  it('unknown: before an earliest record whose earlier partnership the sources neither name nor date', () => {
    expect(standingOf('Pakistan', { asOf: '1990-01-01' })).toMatchObject({ status: 'unknown', membership: null });
    expect(standingOf('Uzbekistan', { asOf: '2000-01-01' })?.status).toBe('unknown');
    // From the earliest record on, the record answers.
    expect(standingOf('Pakistan', { asOf: '2010-01-01' })).toMatchObject({ status: 'level' });
  });
  it('outside: North Korea, whatever the day', () => {
    expect(standingOf('North Korea')).toMatchObject({
      country: 'KP',
      status: 'outside',
      level: null,
      membership: null,
    });
    expect(standingOf('DPRK', { asOf: '2000-01-01' })?.status).toBe('outside');
  });
  it('undefined for a name of no country; the argument errors of tierOf', () => {
    expect(standingOf('Atlantis')).toBeUndefined();
    expect(standingOf('N/A')).toBeUndefined();
    expect(() => standingOf(undefined as never)).toThrow(
      new TypeError('country: expected a string, got nothing (undefined)'),
    );
    expect(() => standingOf('GB', { asof: '2020-01-01' } as never)).toThrow(/unknown option "asof"/);
    expect(() => standingOf('GB', { asOf: '2021-02-30' })).toThrow(RangeError);
  });
});

describe("trackerLevelOf: the tracker's own placement, apart from the dated history", () => {
  it("gives Exhibit 1's level, which differs from the dated history for South Korea only", () => {
    expect(trackerLevelOf('Russia')?.code).toBe('1.1');
    expect(trackerLevelOf('United Kingdom')?.code).toBe('3.3');
    expect(trackerLevelOf('South Korea')?.code).toBe('4.3');
    expect(tierOf('South Korea')?.code).toBe('2.3');
  });
  it('undefined where the tracker names the country on no level, or for no country', () => {
    expect(trackerLevelOf('Belgium')).toBeUndefined();
    expect(trackerLevelOf('Bulgaria')).toBeUndefined();
    expect(trackerLevelOf('Atlantis')).toBeUndefined();
    expect(() => trackerLevelOf(7 as never)).toThrow(TypeError);
  });
});

describe('coverage: a day after the last day the data covers is refused, never extrapolated', () => {
  const late = '2026-02-01';
  it('dataset states the last day covered: the last day of the last month the research covers', () => {
    expect(dataset.coverageEnd).toBe('2026-01-31');
  });
  it('every dated helper answers for the last day covered and refuses the next', () => {
    expect(tierOf('GB', { asOf: dataset.coverageEnd })?.code).toBe('3.3');
    const calls = [
      () => tierOf('GB', { asOf: late }),
      () => membershipOf('GB', { asOf: late }),
      () => standingOf('GB', { asOf: late }),
      () => membersOf('3.3', { asOf: late }),
      () => treatyStatus('Canada', { side: 'HK', asOf: late }),
      () => treatiesSuspendedAfter(late),
      () => tierOf('GB', { asOf: new Date(Date.UTC(2099, 0, 1)) }),
    ];
    for (const call of calls) {
      expect(call).toThrow(CoverageError);
      expect(call).toThrow(RangeError);
    }
  });
  it('the error says where the data ends and which day was asked for', () => {
    try {
      tierOf('GB', { asOf: '2099-01-01' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CoverageError);
      expect((error as CoverageError).coverageEnd).toBe('2026-01-31');
      expect((error as CoverageError).day).toBe('2099-01-01');
      expect((error as Error).name).toBe('CoverageError');
      expect((error as Error).message).toBe(
        "asOf: 2099-01-01 is after the data's coverage, which ends on 2026-01-31 (dataset.coverageEnd): ask for a day on or before it",
      );
    }
  });
  it('instanceof holds for a CoverageError of another copy of the package, and for nothing else', () => {
    const twin = Object.assign(new RangeError('x'), {
      name: 'CoverageError',
      coverageEnd: '2021-08-31',
      day: '2099-01-01',
    });
    expect(twin instanceof CoverageError).toBe(true);
    for (const other of [new RangeError('x'), { name: 'CoverageError' }, 'CoverageError', null, undefined, 7]) {
      expect(other instanceof CoverageError).toBe(false);
    }
  });
});
