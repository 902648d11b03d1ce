/**
 * Every public function answers hostile or careless input with its documented error or answer. The
 * functions are found by walking the exports of the main entry and of `/schemas`, so a new helper is
 * fuzzed without anyone listing it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as schemas from '../../src/schemas/index.js';

/** Dates that try to pass for something else, or that come from odd places. */
const trickyDates = fc.constantFrom(
  new Date(Number.NaN),
  new Date(Date.UTC(2020, 6, 3)),
  new Date(8.64e15),
  new Date(-8.64e15),
  Object.assign(new Date(Date.UTC(2020, 0, 1)), { toISOString: () => '2099-13-45T00:00:00.000Z' }),
  Object.assign(new Date(Date.UTC(2020, 0, 1)), { getTime: () => Number.NaN }),
  new Proxy(new Date(Date.UTC(2020, 0, 1)), {}),
  { toISOString: () => '2020-01-01T00:00:00.000Z', getTime: () => 0 },
);

/** Options objects that are typos, wrong shapes, inherited or changing values. */
const trickyOptions = fc.oneof(
  fc.record({ asOf: fc.oneof(fc.string(), trickyDates, fc.anything()) }, { requiredKeys: [] }),
  fc.record({ side: fc.oneof(fc.constantFrom('CN', 'HK', 'cn', 'XX'), fc.anything()) }, { requiredKeys: [] }),
  fc.record({ format: fc.oneof(fc.constantFrom('text', 'bibtex', 'apa'), fc.anything()) }, { requiredKeys: [] }),
  fc.constantFrom(
    { asof: '2018-01-01' },
    { side: 'HK', extra: true },
    { [Symbol('asOf')]: '2018-01-01' },
    Object.create({ asOf: '2018-01-01' }),
    Object.defineProperty({}, 'asOf', {
      enumerable: true,
      get: (() => {
        let n = 0;
        return () => (n++ % 2 ? undefined : '2018-01-01');
      })(),
    }),
    new Proxy({}, { ownKeys: () => ['asOf'], getOwnPropertyDescriptor: () => undefined }),
    new Map([['asOf', '2018-01-01']]),
    [],
    '2018-01-01',
    new Date(),
  ),
);

/** Strings with symbols, replacement characters and controls inside what looks like a name. */
const trickyStrings = fc.oneof(
  fc.constantFrom('™', '№', '℠', '㎇', '㎏', 'Ⅵ', 'ǅ', 'G★B', 'GB\uFFFD', 'G\u200bB', 'Ｇ Ｂ', '\u202eBG', 'GB\u0000'),
  fc
    .tuple(fc.constantFrom('GB', 'Germany', '德国', 'Côte d’Ivoire'), fc.string({ unit: 'binary', maxLength: 3 }))
    .map(([name, junk]) => `${name}${junk}`),
);

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
  trickyDates,
  trickyOptions,
  trickyStrings,
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'prototype',
    '\u0000',
    Symbol('GB'),
    null,
    undefined,
    Number.NaN,
    -0,
    Number.POSITIVE_INFINITY,
    Object.create(null),
  ),
);

const ALLOWED = [TypeError, RangeError];
const RUNS = 200;

/** Every function the entries export. */
type Fn = (...args: unknown[]) => unknown;
const functions: (readonly [string, Fn])[] = [
  ...Object.entries(api as Record<string, unknown>),
  ...Object.entries(schemas as Record<string, unknown>)
    .filter(([name]) => !(name in api))
    .map(([name, value]) => [`schemas.${name}`, value] as const),
].flatMap(([name, value]) => (typeof value === 'function' ? [[name, value as Fn] as const] : []));

it('finds every public function (the main entry has at least the fourteen helpers)', () => {
  const names = functions.map(([name]) => name);
  for (const name of ['tierOf', 'compareTiers', 'membersOf', 'membershipsOf', 'resolveCountry', 'ambiguousCountry']) {
    expect(names).toContain(name);
  }
  for (const name of ['countryOf', 'treatiesSuspendedAfter', 'treatiesWith', 'treatyStatus', 'eventsBetween']) {
    expect(names).toContain(name);
  }
  for (const name of ['eventsInvolving', 'parseCalendarDate', 'cite', 'verifyDataset', 'schemas.checkDataset']) {
    expect(names).toContain(name);
  }
});

describe('hostile input to every public function', () => {
  for (const [name, fn] of functions) {
    it(`${name}: a TypeError or RangeError or an answer, never a crash, never prototype pollution`, async () => {
      const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();
      const arity = Math.max(fn.length, 2);
      await fc.assert(
        fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: arity }), async (args) => {
          try {
            await fn(...args);
          } catch (error) {
            expect(
              ALLOWED.some((E) => error instanceof E),
              `${name}: ${String(error)}`,
            ).toBe(true);
          }
        }),
        { numRuns: RUNS },
      );
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});

describe('strings that are not names get no answer', () => {
  it('no country from words of the prototype, long strings, symbols or controls', () => {
    for (const s of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '1.1', 'x'.repeat(10_000)]) {
      expect(api.resolveCountry(s), s.slice(0, 20)).toBeUndefined();
      expect(api.tierOf(s)).toBeUndefined();
      expect(api.treatiesWith(s)).toEqual([]);
      expect(api.eventsInvolving(s)).toEqual([]);
    }
  });
  it('invisible characters pasted into a name are ignored', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['GB', 'GB'], ['Germany', 'DE'], ['gbr', 'GB'], ['英国', 'GB'], ['Japan', 'JP']),
        fc.constantFrom(
          '\u200b',
          '\u200c',
          '\u200d',
          '\u2060',
          '\ufeff',
          '\u00ad',
          '\u200e',
          '\u200f',
          '\u202a',
          '\u2066',
        ),
        fc.nat(),
        ([name, code], invisible, at) => {
          const i = at % (name.length + 1);
          const input = `${name.slice(0, i)}${invisible}${name.slice(i)}`;
          expect(api.resolveCountry(input), JSON.stringify(input)).toBe(code);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('symbol-bearing strings never name a country', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('GB', 'Germany', 'gbr', '英国', 'Japan'),
        fc.constantFrom('★', '™', '\uFFFD', '\u0000', '\u0007', '©', '°', '€', '+', '*', '@', '#', '%'),
        fc.nat(),
        (name, symbol, at) => {
          const i = at % (name.length + 1);
          const input = `${name.slice(0, i)}${symbol}${name.slice(i)}`;
          expect(api.resolveCountry(input), JSON.stringify(input)).toBeUndefined();
        },
      ),
      { numRuns: 500 },
    );
  });
});
