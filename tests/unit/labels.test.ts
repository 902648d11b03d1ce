/**
 * The label rule (`readLabel`), on names written down by hand with what the rule says they read as:
 * a level name, a bilateral marker, a description set aside, qualifiers written onto a name, English names,
 * and bad input. The expected readings follow the Codebook's rule, not the code.
 */
import { describe, expect, it } from 'vitest';
import { readLabel } from '../../src/index.js';
import { QualifierSchema } from '../../src/schemas/qualifiers.js';

const read = (name: string) => {
  const r = readLabel(name)!;
  return [r.placement, r.level, r.qualifiers, r.baseLevel];
};

describe('readLabel: Chinese names', () => {
  it('a level name is that level; a bilateral marker is set aside', () => {
    expect(read('全面战略伙伴关系')).toEqual(['label', '3.3', [], '3.3']);
    expect(read('中韩战略合作伙伴关系')).toEqual(['label', '2.3', [], '2.3']);
    expect(read('中印尼全面战略伙伴关系')).toEqual(['label', '3.3', [], '3.3']);
    // A level whose own name holds a qualifier: the qualifier is recorded, the level stands.
    expect(read('全天候战略合作伙伴关系')).toEqual(['label', '2.1', ['all-weather'], '2.1']);
    expect(read('新时代全面战略协作伙伴关系')).toEqual(['label', '1.1', ['new-era'], '1.1']);
  });
  it('a descriptive phrase ending in 的 is set aside: a reading', () => {
    expect(read('与时俱进的全方位合作伙伴关系')).toEqual(['reading', '4.1', ['all-round'], '4.1']);
    expect(read('相互尊重、共同发展的战略伙伴关系')).toEqual(['reading', '3.5', [], '3.5']);
    // "Closer" as the whole description is part of it.
    expect(read('更加紧密的全面合作伙伴关系')).toEqual(['reading', '4.3', [], '4.3']);
  });
  it('a qualifier written onto a level name: no level, the base level taken off one qualifier at a time', () => {
    expect(read('全天候战略伙伴关系')).toEqual(['none', null, ['all-weather'], '3.5']);
    expect(read('新时代全天候全面战略伙伴关系')).toEqual(['none', null, ['new-era', 'all-weather'], '3.3']);
    expect(read('新时代全方位战略合作伙伴关系')).toEqual(['none', null, ['new-era', 'all-round'], '2.3']);
    expect(read('互惠战略伙伴关系')).toEqual(['none', null, ['mutually-beneficial'], '3.5']);
    expect(read('全方位友好合作伙伴关系')).toEqual(['none', null, ['all-round'], '4.4']);
    // A qualifier before a description counts; the description is set aside.
    expect(read('新时代相互尊重、共同发展的全面战略伙伴关系')).toEqual(['none', null, ['new-era'], '3.3']);
    // A marker between qualifiers and the noun (Uzbekistan, 2022).
    expect(read('亲密友好、休戚与共、共享繁荣的新时代中乌全面战略伙伴关系')).toEqual([
      'none',
      null,
      ['new-era'],
      '3.3',
    ]);
  });
  it('a name that reaches no level name has no base level', () => {
    expect(read('全方位高质量的前瞻性伙伴关系')).toEqual(['none', null, ['forward-looking'], null]);
    expect(read('建设性伙伴关系')).toEqual(['none', null, [], null]);
    expect(read('战略合作关系')).toEqual(['none', null, [], null]);
    // 中 that starts no bilateral marker (no partnership word follows one or two characters) stays.
    expect(read('中华文明伙伴关系')).toEqual(['none', null, [], null]);
  });
});

describe('readLabel: English names, labels and bad input', () => {
  it('reads English only where no Chinese is given, against the English level names', () => {
    expect(read('strategic partnership')).toEqual(['label', '3.5', [], '3.5']);
    expect(read('Comprehensive Strategic Partnership of Cooperation')).toEqual(['label', '2.2', [], '2.2']);
    expect(read('all-weather comprehensive strategic partnership for the new era')).toEqual([
      'none',
      null,
      ['new-era', 'all-weather'],
      '3.3',
    ]);
    expect(read('strategic partnership based on respect, equality and mutual benefit')).toEqual([
      'reading',
      '3.5',
      [],
      '3.5',
    ]);
    // A label object: the Chinese name decides.
    expect(readLabel({ zh: '全天候战略伙伴关系', en: 'strategic partnership' })?.level).toBeNull();
    expect(readLabel({ en: 'strategic partnership' })?.language).toBe('en');
  });
  it('returns a new object each time, undefined for an empty name, and refuses what is no name', () => {
    const a = readLabel('全天候战略伙伴关系')!;
    (a.qualifiers as string[]).push('x');
    expect(readLabel('全天候战略伙伴关系')!.qualifiers).toEqual(['all-weather']);
    expect(readLabel('')).toBeUndefined();
    expect(readLabel({ zh: '  ' })).toBeUndefined();
    expect(() => readLabel(3 as never)).toThrow(TypeError);
    expect(() => readLabel({} as never)).toThrow(TypeError);
    expect(() => readLabel({ zh: 3 } as never)).toThrow(TypeError);
    expect(() => readLabel(null as never)).toThrow(TypeError);
  });
  it('every qualifier code is one the schema accepts', () => {
    const codes = [
      'new-era',
      'all-weather',
      'all-round',
      'permanent',
      'innovative',
      'new-type',
      'mutually-beneficial',
      '21st-century',
      'global',
      'closer',
      'high-quality',
      'forward-looking',
      'high-level',
    ];
    expect(QualifierSchema.options).toEqual(codes);
  });
});
