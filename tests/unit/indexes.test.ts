/**
 * The look-up indexes the build writes and verifyDataset derives again, on small hand-made tables: the
 * order memberships were reached in, the day each level held from (a year- or month-only step never
 * before the step ahead of it), where a country with no membership on a day stands, and the name keys.
 */
import { describe, expect, it } from 'vitest';
import { ladderIndex, nameIndex, standingWithout, stepStarts } from '../../src/lib/indexes.js';

/** A membership row; a tracker record cites the current edition (`merics-csrt-3`), an external one a web page. */
const m = (country: string, level: string | null, since: string | null, basis = 'external') => ({
  country,
  level,
  since: since === null ? null : { value: since },
  basis,
  sources: [{ source: basis === 'tracker' ? 'merics-csrt-3' : 'some-page' }],
});

describe('ladderIndex', () => {
  it('orders each country by date, undated last; a tracker record is a dated step like any other', () => {
    const ladder = ladderIndex([
      m('XA', '3.3', '2015'),
      m('XB', '4.2', null, 'tracker'),
      m('XA', '3.5', '2005-07'),
      m('XA', null, '1998-10-06'),
      m('XB', '4.3', '2003-07'),
      m('XC', '3.5', '2010', 'tracker'),
      m('XC', '3.3', '2014'),
    ]);
    expect(Object.keys(ladder)).toEqual(['XA', 'XB', 'XC']);
    expect(ladder.XA).toEqual({
      records: [3, 2, 0],
      steps: [
        ['1998-10-06', null, 3],
        ['2005-07-01', '3.5', 2],
        ['2015-01-01', '3.3', 0],
      ],
    });
    expect(ladder.XB).toEqual({ records: [4, 1], steps: [['2003-07-01', '4.3', 4]] });
    // The tracker's record does not override a later dated step: XC holds 3.3 from 2014.
    expect(ladder.XC).toEqual({
      records: [5, 6],
      steps: [
        ['2010-01-01', '3.5', 5],
        ['2014-01-01', '3.3', 6],
      ],
    });
  });
  it("a country's memberships are ordered by the first day of their period; on the same day, in table order", () => {
    const ladder = ladderIndex([m('XA', '3.5', '2013-07'), m('XA', '3.3', '2013-07'), m('XA', '3.2', '2013')]);
    expect(ladder.XA!.steps).toEqual([
      ['2013-01-01', '3.2', 2],
      ['2013-07-01', '3.5', 0],
      ['2013-07-01', '3.3', 1],
    ]);
  });
});

describe('stepStarts and standingWithout (the rules the helpers and the panels share)', () => {
  it('starts a year- or month-only step on the first day of its period, never before the step ahead; undated: null', () => {
    expect(
      stepStarts([
        m('XA', null, '1998-10-06'),
        m('XA', '3.5', '2005-07'),
        m('XA', '3.3', '2005'),
        m('XA', '3.1', null),
      ]),
    ).toEqual(['1998-10-06', '2005-07-01', '2005-07-01', null]);
    expect(stepStarts([])).toEqual([]);
  });
  it('before its first membership a country stands nowhere known when the sources show an earlier one', () => {
    expect(standingWithout([m('XA', '3.5', '2010'), m('XA', '3.3', '2014')])).toBe('none');
    expect(standingWithout([{ ...m('XA', '3.5', '2010'), priorHistory: 'unknown' as const }])).toBe('unknown');
    expect(standingWithout([m('XA', '3.5', '2010'), m('XA', '3.1', null)])).toBe('unknown');
    expect(standingWithout([])).toBe('none');
  });
});
describe('nameIndex', () => {
  const country = {
    code: 'XA',
    alpha3: 'XAA',
    name: 'Côte Example',
    officialName: 'Republic of Example',
    aliases: ['Ex-Land'],
    nameZh: '例国',
    officialNameZh: '例共和国',
    nameZhHk: '例國',
    nameZhTw: '範例國',
    aliasesZh: [],
  };
  it('keys every name and code, official and traditional names included, leaves out names two countries share', () => {
    expect(nameIndex([country], { exland: ['XA', 'XB'] }, () => true)).toEqual({
      xa: 'XA',
      xaa: 'XA',
      coteexample: 'XA',
      republicofexample: 'XA',
      例国: 'XA',
      例共和国: 'XA',
      例國: 'XA',
      範例國: 'XA',
    });
    expect(nameIndex([country], {}, () => false)).toEqual({});
  });
  it('refuses a name that has no match key', () => {
    expect(() => nameIndex([{ ...country, aliases: ['Ex™Land'] }], {}, () => true)).toThrow(/has no match key/);
  });
});
