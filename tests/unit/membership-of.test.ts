/**
 * membershipOf, the membership record valid on a day: hand-written cases from the data, and
 * agreement with `tierOf` (the level of the record it finds is the level `tierOf` answers with) for every
 * country on the ladder, on the days around each of its steps.
 */
import { describe, expect, it } from 'vitest';
import { membershipOf, partnerships, tierOf } from '../../src/index.js';

const membershipOn = (code: string, day: string | undefined) =>
  membershipOf(code, day === undefined ? {} : { asOf: day });

/** The day before a `YYYY-MM-DD` day. */
function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

describe('membershipOf', () => {
  it('UK: gb-off-1998 from 1998-10-06, gb-3-3-2004 from 2004-05-10, gb-3-3-2015 from 2015-10, to the end of the coverage', () => {
    expect(membershipOn('GB', '1998-10-05')).toBeUndefined();
    expect(membershipOn('GB', '1998-10-06')?.id).toBe('gb-off-1998');
    expect(membershipOn('GB', '2004-05-09')?.id).toBe('gb-off-1998');
    expect(membershipOn('GB', '2004-05-10')?.id).toBe('gb-3-3-2004');
    expect(membershipOn('GB', '2015-09-30')?.id).toBe('gb-3-3-2004');
    expect(membershipOn('GB', '2015-10-01')?.id).toBe('gb-3-3-2015');
    expect(membershipOn('GB', '2021-08-31')?.id).toBe('gb-3-3-2015');
    expect(membershipOn('GB', '2026-01-28')?.id).toBe('gb-3-3-2015');
    // After the last day the data covers: no answer, an error that says where the data ends.
    expect(() => membershipOn('GB', '2030-01-01')).toThrow(/after the data's coverage, which ends on 2026-01-31/);
  });

  // The talks of 31 March 2014 (PRC embassy in Belgium: "On March 31, 2014 … to upgrade the bilateral relations").
  it('Belgium: no record before 2014-03-31, then be-off-2014 (no level)', () => {
    expect(membershipOn('BE', '2010-01-01')).toBeUndefined();
    expect(membershipOn('BE', '2014-03-30')).toBeUndefined();
    expect(membershipOn('BE', '2014-03-31')).toMatchObject({ id: 'be-off-2014', level: null });
    expect(membershipOn('BE', undefined)?.id).toBe('be-off-2014');
  });

  it("South Korea: 1998 (no level), 4.3 from 2003-07, 2.3 from 2008-05-27 to the end of the coverage; the tracker's 4.3 is its own view", () => {
    expect(membershipOn('KR', '1997-12-31')).toBeUndefined();
    expect(membershipOn('KR', '2000-01-01')?.id).toBe('kr-off-1998');
    expect(membershipOn('KR', '2005-01-01')?.id).toBe('kr-4-3-undated');
    expect(membershipOn('KR', '2008-05-26')?.id).toBe('kr-4-3-undated');
    expect(membershipOn('KR', '2008-05-27')?.id).toBe('kr-2-3-2008');
    expect(membershipOn('KR', '2020-01-01')?.id).toBe('kr-2-3-2008');
    // No source reports a change after 2008: the dated history holds 2.3 through August 2021 (conflict partnership-kr-level).
    expect(membershipOn('KR', undefined)?.id).toBe('kr-2-3-2008');
    expect(membershipOn('KR', '2021-08-31')?.id).toBe('kr-2-3-2008');
    expect(membershipOn('KP', undefined)).toBeUndefined();
    expect(membershipOn('KP', '2020-01-01')).toBeUndefined();
  });

  it('agrees with tierOf for every country on the days around each step', () => {
    const countries = [...new Set(partnerships.map((m) => m.country))];
    expect(countries.length).toBeGreaterThan(90);
    for (const country of countries) {
      const days = new Set(['1990-01-01', '2021-07-31', '2021-08-01', '2021-08-31']);
      for (const m of partnerships.filter((p) => p.country === country && p.since)) {
        const [y, mo = '01', d = '01'] = m.since!.value.split('-');
        days.add(`${y}-${mo}-${d}`);
        days.add(dayBefore(`${y}-${mo}-${d}`));
      }
      for (const day of days) {
        expect(membershipOn(country, day)?.level ?? undefined, `${country} ${day}`).toBe(
          tierOf(country, { asOf: day })?.code,
        );
      }
      expect(membershipOn(country, undefined)?.level ?? undefined, country).toBe(tierOf(country)?.code);
    }
  });
});
