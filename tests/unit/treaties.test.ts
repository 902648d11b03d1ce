/**
 * treatiesSuspendedAfter, treatiesWith and treatyStatus, against expectations written by hand from the
 * sources the treaty records cite (the suspensions: tests/fixtures/facts.ts).
 */
import { describe, expect, it } from 'vitest';
import { treaties, treatiesSuspendedAfter, treatiesWith, treatyStatus } from '../../src/index.js';
import { CANADA_SUSPENSION, HK_SUSPENSIONS } from '../fixtures/facts.js';

/** The first day a date may be: a month or a year counts from its first day. */
const firstDay = (value: string) =>
  value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
/** The nine suspended agreements, by the fixture's dates, first suspended strictly after a day. */
const suspendedLater = (day: string) => HK_SUSPENSIONS.filter((s) => firstDay(s.date.value) > day).map((s) => s.treaty);

describe('treatiesSuspendedAfter', () => {
  // The first suspension of each of the nine, by the foreign side, as the cited sources date it.
  const NINE = HK_SUSPENSIONS.map((s) => s.treaty);
  it('returns the treaties first suspended strictly after the date, earliest first', () => {
    expect(NINE).toHaveLength(9);
    expect(treatiesSuspendedAfter('2020-06-30').map((t) => t.id)).toEqual(NINE);
    for (const s of HK_SUSPENSIONS) {
      const day = firstDay(s.date.value);
      expect(
        treatiesSuspendedAfter(day).map((t) => t.id),
        day,
      ).toEqual(suspendedLater(day));
      expect(
        treatiesSuspendedAfter(day).map((t) => t.id),
        day,
      ).not.toContain(s.treaty);
    }
    expect(treatiesSuspendedAfter('2020-07-31').map((t) => t.id)).toEqual(suspendedLater('2020-07-31'));
    expect(treatiesSuspendedAfter(HK_SUSPENSIONS.at(-1)!.date.value)).toEqual([]);
    expect(treatiesSuspendedAfter(new Date(Date.UTC(2020, 6, 27))).map((t) => t.id)).toEqual(
      suspendedLater('2020-07-27'),
    );
  });
  it('says when each was first suspended, and by whom, as the fixture has it', () => {
    for (const s of HK_SUSPENSIONS) {
      const first = treaties.find((t) => t.id === s.treaty)!.steps.find((step) => step.action === 'suspended')!;
      expect({ value: first.date.value, precision: first.date.precision }, s.treaty).toEqual(s.date);
      expect(first.by?.country, s.treaty).toBe(s.country);
      expect(
        first.sources.map((c) => c.source),
        s.treaty,
      ).toContain(s.source);
    }
  });
  it('compares a suspension known only to the month by the first day of that month', () => {
    const byMonth = HK_SUSPENSIONS.filter((s) => s.date.precision === 'month');
    expect(byMonth.length).toBeGreaterThan(0);
    for (const s of byMonth) {
      const first = `${s.date.value}-01`;
      const dayBefore = new Date(Date.parse(`${first}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      expect(treatiesSuspendedAfter(dayBefore).map((t) => t.id)).toContain(s.treaty);
      expect(treatiesSuspendedAfter(first).map((t) => t.id)).not.toContain(s.treaty);
    }
  });
  it('rejects a string that is no real calendar day with a RangeError, and anything else with a TypeError', () => {
    for (const bad of ['2020-02-30', '2020-13-01', '2020-7-1', '30/06/2020', '2020-06', '', ' 2020-06-30']) {
      expect(() => treatiesSuspendedAfter(bad), bad).toThrow(RangeError);
    }
    for (const bad of [20200630, null, undefined, {}, { toISOString: () => '2020-06-30' }]) {
      expect(() => treatiesSuspendedAfter(bad as never), String(bad)).toThrow(TypeError);
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
    // The day Canada suspended it (tests/fixtures/facts.ts): suspended from that day on.
    const day = firstDay(CANADA_SUSPENSION.date.value);
    expect(treatyStatus('Canada', { side: 'HK', asOf: day })).toBe('suspended');
    expect(treatyStatus('Canada', { side: 'HK', asOf: '2020-07-31' })).toBe('suspended');
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
    expect(() => treatyStatus('CA', {} as never)).toThrow(TypeError);
    expect(() => treatyStatus('CA', { side: 42 as never })).toThrow(TypeError);
    expect(() => treatyStatus('CA', { side: 'HK', asOf: '2020-02-30' })).toThrow(RangeError);
    expect(() => treatyStatus(7 as never, { side: 'HK' })).toThrow(TypeError);
  });
});

describe('edge cases', () => {
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
    // Hong Kong–Germany: in force in April 2009 (Hong Kong government, 12 August 2020), the day not known.
    expect(treatyStatus('Germany', { side: 'HK', asOf: '2009-03-31' })).toBe('not-ratified');
    expect(treatyStatus('Germany', { side: 'HK', asOf: '2009-04-01' })).toBe('in-force');
    expect(treatyStatus('Germany', { side: 'HK', asOf: '2020-07-31' })).toBe('suspended');
    // Hong Kong–Malaysia: signed 1995-01-11, in force from June 2001 (a Hong Kong government release of 2006).
    expect(treatyStatus('Malaysia', { side: 'HK', asOf: '2001-05-31' })).toBe('not-ratified');
    expect(treatyStatus('Malaysia', { side: 'HK', asOf: '2001-06-01' })).toBe('in-force');
  });
});

describe('mixed precision never reorders what a treaty record says happened', () => {
  it('PRC–Cyprus: signed in 2018, approved by the NPC in October 2020, in force in 2020 (year only)', () => {
    // Recorded in this order; the year-only entry into force cannot take effect before the October approval.
    expect(treatyStatus('Cyprus', { side: 'CN', asOf: '2017-12-31' })).toBeUndefined();
    expect(treatyStatus('Cyprus', { side: 'CN', asOf: '2018-01-01' })).toBe('not-ratified');
    expect(treatyStatus('Cyprus', { side: 'CN', asOf: '2020-01-01' })).toBe('not-ratified');
    expect(treatyStatus('Cyprus', { side: 'CN', asOf: '2020-09-30' })).toBe('not-ratified');
    expect(treatyStatus('Cyprus', { side: 'CN', asOf: '2020-10-01' })).toBe('in-force');
    expect(treatyStatus('Cyprus', { side: 'CN', asOf: '2021-07-31' })).toBe('in-force');
    expect(treatyStatus('Cyprus', { side: 'CN' })).toBe('in-force');
  });

  /** Every first day of a month from the treaty's first step to the edition. */
  function months(first: string): string[] {
    const out: string[] = [];
    let [y, m] = [Number(first.slice(0, 4)), first.length > 4 ? Number(first.slice(5, 7)) : 1];
    while (y < 2021 || (y === 2021 && m <= 8)) {
      out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`);
      [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    }
    return out;
  }

  it('over every treaty and every month to the edition, the status changes only at a step and never falls back from in force to not ratified', () => {
    let checked = 0;
    for (const t of treaties) {
      const first = t.steps[0]?.date.value;
      if (!first) continue;
      // The first day of each step's period: a change of status may only happen on one of them.
      const stepDays = t.steps.map((s) => `${s.date.value}-01-01`.slice(0, 10));
      let previous: string | undefined;
      let previousDay = '';
      for (const day of months(first)) {
        const status = treatyStatus(t.counterparty, { side: t.chinaSide, asOf: day });
        if (previous !== undefined && status !== previous && day < '2021-08-01') {
          const between = stepDays.some((d) => d > previousDay && d <= day);
          expect(between, `${t.id}: ${previous} → ${status} between ${previousDay} and ${day}, where no step is`).toBe(
            true,
          );
        }
        expect(previous === 'in-force' && status === 'not-ratified', `${t.id}: falls back on ${day}`).toBe(false);
        previous = status;
        previousDay = day;
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5_000);
  });
});
