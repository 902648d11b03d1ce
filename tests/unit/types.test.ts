/**
 * Type tests: checked by `tsc --noEmit` (npm run typecheck) and run as no-ops by vitest.
 */
import { expectTypeOf, it } from 'vitest';
import {
  compareTiers,
  levels,
  membersOf,
  tierOf,
  treaties,
  treatiesSuspendedAfter,
  treatyStatus,
  resolveCountry,
  type DeepReadonly,
  type Level,
  type LevelCode,
  type Membership,
  type TierCode,
  type Treaty,
  type TreatyStatus,
} from '../../src/index.js';

it('tier and level codes are literal unions', () => {
  expectTypeOf<TierCode>().toEqualTypeOf<'1' | '2' | '3' | '4' | '5'>();
  expectTypeOf<LevelCode>().toEqualTypeOf<
    | '1.1'
    | '2.1'
    | '2.2'
    | '2.3'
    | '3.1'
    | '3.2'
    | '3.3'
    | '3.4'
    | '3.5'
    | '3.6'
    | '4.1'
    | '4.2'
    | '4.3'
    | '4.4'
    | '4.5'
    | '5.1'
  >();
  expectTypeOf(levels[0]!.code).toEqualTypeOf<LevelCode>();
});

it('helpers return what they document', () => {
  expectTypeOf(tierOf).returns.toEqualTypeOf<DeepReadonly<Level> | undefined>();
  expectTypeOf(compareTiers).returns.toEqualTypeOf<number>();
  expectTypeOf(treatiesSuspendedAfter).returns.toEqualTypeOf<DeepReadonly<Treaty>[]>();
  expectTypeOf(treatyStatus).returns.toEqualTypeOf<TreatyStatus | undefined>();
  expectTypeOf(membersOf).returns.toEqualTypeOf<DeepReadonly<Membership>[]>();
  expectTypeOf(resolveCountry).returns.toEqualTypeOf<string | undefined>();
  expectTypeOf(treaties).toEqualTypeOf<ReadonlyArray<DeepReadonly<Treaty>>>();
});

it('calls with wrong argument types do not compile', () => {
  const never = () => {
    // @ts-expect-error a country is a string
    tierOf(42);
    // @ts-expect-error asOf is a string or a Date
    tierOf('FR', { asOf: 2020 });
    // @ts-expect-error not a tier or level code
    compareTiers('3.7', '1');
    // @ts-expect-error dates are strings or Dates
    treatiesSuspendedAfter(20200701);
    // @ts-expect-error side is required
    treatyStatus('CA', {});
    // @ts-expect-error side is 'CN' or 'HK'
    treatyStatus('CA', { side: 'TW' });
    // @ts-expect-error membersOf takes a code
    membersOf('Strategic Partnership');
    // @ts-expect-error the data is read-only
    treaties[0]!.status = 'in-force';
    // @ts-expect-error the arrays are read-only
    treaties.push(treaties[0]!);
  };
  expectTypeOf(never).toBeFunction();
});
