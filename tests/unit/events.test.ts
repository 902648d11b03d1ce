/** eventsBetween and eventsInvolving, against expectations written by hand from the research files and the sources. */
import { describe, expect, it } from 'vitest';
import { compareTiers, eventsBetween, eventsInvolving, tierOf } from '../../src/index.js';

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

describe('internals', () => {
  it("an event is placed by the sources' date, else the tracker's", async () => {
    const { eventDate } = await import('../../src/helpers/events.js');
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
