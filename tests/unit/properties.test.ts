import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CoverageError,
  compareTiers,
  dataset,
  LEVEL_CODES,
  levels,
  membershipOf,
  partnerships,
  resolveCountry,
  standingOf,
  TIER_CODES,
  tierOf,
  tiers,
  treatiesSuspendedAfter,
} from '../../src/index.js';

const ALL_CODES = [...TIER_CODES, ...LEVEL_CODES];
const anyTier = fc.oneof(fc.constantFrom(...ALL_CODES), fc.constantFrom(...tiers), fc.constantFrom(...levels));
const codeOf = (x: string | { code: string }) => (typeof x === 'string' ? x : x.code);

describe('compareTiers properties', () => {
  it('is reflexive and antisymmetric', () => {
    fc.assert(
      fc.property(anyTier, anyTier, (a, b) => {
        expect(compareTiers(a, a)).toBe(0);
        expect(Math.sign(compareTiers(a, b))).toBe(-Math.sign(compareTiers(b, a)) || 0);
        expect(compareTiers(a, b) === 0).toBe(codeOf(a) === codeOf(b));
      }),
      { numRuns: 500 },
    );
  });
  it('is transitive', () => {
    fc.assert(
      fc.property(anyTier, anyTier, anyTier, (a, b, c) => {
        if (compareTiers(a, b) <= 0 && compareTiers(b, c) <= 0) expect(compareTiers(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
  it("sorts every code into the exhibit's order, each tier just before its own levels", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ALL_CODES, { minLength: ALL_CODES.length }), (shuffled) => {
        expect([...shuffled].sort(compareTiers)).toEqual([
          '1',
          '1.1',
          '2',
          '2.1',
          '2.2',
          '2.3',
          '3',
          '3.1',
          '3.2',
          '3.3',
          '3.4',
          '3.5',
          '3.6',
          '4',
          '4.1',
          '4.2',
          '4.3',
          '4.4',
          '4.5',
          '5',
          '5.1',
        ]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('lookups never throw on arbitrary strings', () => {
  const strings = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', '\u0000', ' ', ''),
  );
  it('tierOf returns a level or undefined', () => {
    fc.assert(
      fc.property(strings, (s) => {
        const level = tierOf(s);
        expect(level === undefined || LEVEL_CODES.includes(level.code)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it('resolveCountry returns an ISO code or undefined, and nothing for object-property names', () => {
    fc.assert(
      fc.property(strings, (s) => {
        const code = resolveCountry(s);
        expect(code === undefined || /^[A-Z]{2}$/.test(code)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const s of ['__proto__', 'constructor', 'toString', 'valueOf', 'prototype'])
      expect(resolveCountry(s)).toBeUndefined();
  });
  it('treatiesSuspendedAfter takes any real calendar day up to the coverage, refuses a later one, and rejects the rest with a RangeError', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const day = d.toISOString().slice(0, 10);
        if (day > dataset.coverageEnd) {
          expect(() => treatiesSuspendedAfter(day)).toThrow(CoverageError);
          expect(() => treatiesSuspendedAfter(d)).toThrow(CoverageError);
          return;
        }
        const a = treatiesSuspendedAfter(day).map((t) => t.id);
        expect(treatiesSuspendedAfter(d).map((t) => t.id)).toEqual(a);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return;
        expect(() => treatiesSuspendedAfter(s)).toThrow(RangeError);
      }),
      { numRuns: 500 },
    );
  });
});

describe('standingOf properties', () => {
  const countryCodes = [...new Set(partnerships.map((m) => m.country)), 'KP', 'NO', 'TW', 'US'];
  const day = fc
    .date({ min: new Date('1980-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  it('agrees with tierOf and membershipOf on every day up to the coverage, and refuses every day after', () => {
    fc.assert(
      fc.property(fc.constantFrom(...countryCodes), day, (country, asOf) => {
        if (asOf > dataset.coverageEnd) {
          expect(() => standingOf(country, { asOf })).toThrow(CoverageError);
          expect(() => tierOf(country, { asOf })).toThrow(CoverageError);
          return;
        }
        const s = standingOf(country, { asOf })!;
        const level = tierOf(country, { asOf });
        const membership = membershipOf(country, { asOf });
        expect(s.level).toBe(level ?? null);
        expect(s.membership).toBe(membership ?? null);
        if (s.status === 'level') expect(level).toBeDefined();
        if (s.status === 'off-ladder') expect([level, membership?.level]).toEqual([undefined, null]);
        if (s.status === 'none' || s.status === 'unknown' || s.status === 'outside') {
          expect([level, membership]).toEqual([undefined, undefined]);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
