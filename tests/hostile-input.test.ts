/** Every public function answers hostile or careless input with its documented error or answer. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const hostile = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
  }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'prototype',
    '\u0000',
    'GB\u0000',
    Symbol('GB'),
    null,
    undefined,
    NaN,
    -0,
    Infinity,
  ),
  fc.constant(new Date(Number.NaN)),
  fc.constant(Object.create(null)),
);

const ALLOWED = [TypeError, RangeError];
const RUNS = 300;

function calls(name: string, fn: (...args: unknown[]) => unknown, arity: number) {
  it(`${name}: no crash but TypeError/RangeError, no prototype pollution`, () => {
    const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(fc.array(hostile, { minLength: arity, maxLength: arity }), (args) => {
        try {
          fn(...args);
        } catch (error) {
          expect(
            ALLOWED.some((E) => error instanceof E),
            String(error),
          ).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
}

describe('hostile input', () => {
  calls('tierOf', (a, b) => api.tierOf(a as never, b as never), 2);
  calls('compareTiers', (a, b) => api.compareTiers(a as never, b as never), 2);
  calls('membersOf', (a) => api.membersOf(a as never), 1);
  calls('membershipsOf', (a) => api.membershipsOf(a as never), 1);
  calls('resolveCountry', (a) => api.resolveCountry(a as never), 1);
  calls('countryOf', (a) => api.countryOf(a as never), 1);
  calls('treatiesSuspendedAfter', (a) => api.treatiesSuspendedAfter(a as never), 1);
  calls('treatiesWith', (a, b) => api.treatiesWith(a as never, b as never), 2);
  calls('treatyStatus', (a, b) => api.treatyStatus(a as never, b as never), 2);
  calls('eventsBetween', (a, b) => api.eventsBetween(a as never, b as never), 2);
  calls('eventsInvolving', (a) => api.eventsInvolving(a as never), 1);
  calls('parseCalendarDate', (a) => api.parseCalendarDate(a), 1);
  calls('cite', (a) => api.cite(a as never), 1);

  it('strings that are not names or codes get no answer', () => {
    for (const s of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '1.1',
      'x'.repeat(10_000),
      'GB\u0000',
    ]) {
      expect(api.resolveCountry(s), s.slice(0, 20)).toBeUndefined();
      expect(api.tierOf(s)).toBeUndefined();
      expect(api.treatiesWith(s)).toEqual([]);
      expect(api.eventsInvolving(s)).toEqual([]);
    }
  });
});
