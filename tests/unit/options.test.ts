/**
 * Options are read as documented: only an options object, only its own properties, each read once,
 * every key known; anything else is a TypeError that names the option.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cite, tierOf, treatiesWith, treatyStatus } from '../../src/index.js';

describe('options that are not an options object are a TypeError', () => {
  it('a date string or a Date in place of { asOf } does not silently answer for the edition', () => {
    // Bulgaria: 4.2 from 2014, 3.5 from 2019-07-03; the edition answer is 3.5.
    expect(tierOf('Bulgaria', { asOf: '2018-01-01' })?.code).toBe('4.2');
    expect(() => tierOf('Bulgaria', '2018-01-01' as never)).toThrow(TypeError);
    expect(() => tierOf('Bulgaria', '2018-01-01' as never)).toThrow(/tierOf: options: .*got the string "2018-01-01"/);
    expect(() => tierOf('Bulgaria', new Date(Date.UTC(2018, 0, 1)) as never)).toThrow(TypeError);
    expect(() => tierOf('Bulgaria', null as never)).toThrow(TypeError);
    expect(() => tierOf('Bulgaria', [] as never)).toThrow(TypeError);
    expect(() => tierOf('Bulgaria', new Map([['asOf', '2018-01-01']]) as never)).toThrow(TypeError);
  });
  it('a side in place of { side } is a TypeError', () => {
    expect(() => treatiesWith('AU', 'HK' as never)).toThrow(/treatiesWith: options: .*got the string "HK"/);
    expect(treatiesWith('AU', { side: 'HK' }).map((t) => t.id)).toEqual(['hk-au']);
  });
});

describe('unknown option keys are a TypeError that names them', () => {
  it('a typo', () => {
    expect(() => tierOf('Bulgaria', { asof: '2018-01-01' } as never)).toThrow(/tierOf: unknown option "asof"/);
    expect(() => treatiesWith('AU', { sides: 'HK' } as never)).toThrow(/unknown option "sides"/);
    expect(() => treatyStatus('AU', { side: 'HK', asof: '2020-01-01' } as never)).toThrow(/unknown option "asof"/);
    expect(() => cite({ fromat: 'bibtex' } as never)).toThrow(/cite: unknown option "fromat"/);
    expect(() => tierOf('GB', { [Symbol('asOf')]: '2018-01-01' } as never)).toThrow(/unknown option a symbol key/);
  });
  it('wrong shapes of known options', () => {
    expect(() => tierOf('GB', { asOf: 20180101 } as never)).toThrow(TypeError);
    expect(() => tierOf('GB', { asOf: 20180101 } as never)).toThrow(/asOf: expected a YYYY-MM-DD string or a Date/);
    expect(() => treatiesWith('AU', { side: 1 } as never)).toThrow(/side: expected 'CN' or 'HK', got number 1/);
    expect(() => treatiesWith('AU', { side: 'XX' as never })).toThrow(RangeError);
    expect(() => cite({ format: 1 } as never)).toThrow(TypeError);
  });
  it('undefined values and an empty object are no options', () => {
    expect(tierOf('GB', {})?.code).toBe('3.3');
    expect(tierOf('GB', { asOf: undefined } as never)?.code).toBe('3.3');
    expect(cite({})).toBe(cite());
  });
});

describe('only own properties, each read once', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).asOf;
    delete (Object.prototype as Record<string, unknown>).side;
  });
  it('Object.prototype.asOf changes no answer', () => {
    (Object.prototype as Record<string, unknown>).asOf = '2018-01-01';
    expect(tierOf('Bulgaria')?.code).toBe('3.5');
    expect(tierOf('Bulgaria', {})?.code).toBe('3.5');
    (Object.prototype as Record<string, unknown>).side = 'CN';
    expect(treatiesWith('AU', {}).map((t) => t.id)).toEqual(['cn-au', 'hk-au']);
  });
  it('an inherited option is not read', () => {
    const options = Object.create({ asOf: '2018-01-01' }) as object;
    expect(() => tierOf('Bulgaria', options as never)).toThrow(TypeError);
  });
  it('a getter runs once, so a value that changes between reads cannot split the answer', () => {
    let reads = 0;
    const options = {
      get asOf() {
        reads++;
        return reads === 1 ? '2018-01-01' : undefined;
      },
    };
    expect(tierOf('Bulgaria', options as never)?.code).toBe('4.2');
    expect(reads).toBe(1);
  });
  it('an option with only a setter is read as absent', () => {
    const options = Object.defineProperty({}, 'asOf', { set() {}, enumerable: true });
    expect(tierOf('Bulgaria', options)?.code).toBe('3.5');
  });
  it('a null-prototype options object is an options object', () => {
    const options = Object.assign(Object.create(null) as object, { asOf: '2018-01-01' });
    expect(tierOf('Bulgaria', options)?.code).toBe('4.2');
  });
  it('a Proxy whose traps throw is a TypeError, not a crash', () => {
    const trap = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('boom');
        },
      },
    );
    expect(() => tierOf('GB', trap as never)).toThrow(TypeError);
  });
});
