/**
 * The evidence rule: which excerpts state a date at its precision, in the forms and languages the
 * sources use, and what the rule reports for a date no excerpt states.
 */
import { describe, expect, it } from 'vitest';
import { statesDate, statesSpanEnd } from '../../src/lint/evidence.js';
import { dateEvidence } from '../../src/lint/rules/date-evidence.js';

describe('statesDate', () => {
  const states: [string, string][] = [
    ['2005年7月，中哈建立战略伙伴关系', '2005-07'],
    ['2005年，中哈建立战略伙伴关系', '2005'],
    ['中哈两国元首2005年7月4日签署联合声明', '2005-07-04'],
    ['2013年7月…宣布中白建立全面战略伙伴关系；16日访问', '2013-07'],
    ['溫家寶4月17日會見到訪的泰國總理英拉 (2012)', '2012-04-17'],
    ['二〇一三年七月，双方宣布', '2013-07'],
    ['二零一九年十二月二十四日', '2019-12-24'],
    ['On October 14, 2016, the two leaders agreed', '2016-10-14'],
    ['on 14 October 2016 the two leaders agreed', '2016-10-14'],
    ['the 24th day of August 1998', '1998-08-24'],
    ['Am 31. Juli 2020 setzte die Bundesregierung', '2020-07-31'],
    ['el 18 de julio de 2014, los presidentes', '2014-07-18'],
    ['le 9 avril 2013', '2013-04-09'],
    ['dated 29-Jul-2021', '2021-07-29'],
    ['Published 2020-07-28 by the ministry', '2020-07-28'],
    ['on 28.07.2020 the government', '2020-07-28'],
    ['Sept. 2015 joint statement', '2015-09'],
    ['10月8日…2010年', '2010-10-08'],
    ['Sa kanilang pagtatagpo noong ika-9 ng Hulyo, 2018, sa Beijing', '2018-07-09'],
    ['noong Setyembre 2015', '2015-09'],
  ];
  for (const [text, date] of states) it(`"${text}" states ${date}`, () => expect(statesDate(text, date)).toBe(true));

  const doesNot: [string, string][] = [
    ['in 2005', '2005-07'],
    ['July 2005', '2006-07'],
    ['on Monday the two sides agreed', '2018-11-19'],
    ['2015年4月20日', '2015-04-21'],
    ['2020-10', '2020-10-16'],
    ['12月 2019', '2019-02'],
    ['20151', '2015'],
    ['May 2014', '2014-03'],
    ['ika-9 ng Hulyo, 2018', '2018-06-09'],
  ];
  for (const [text, date] of doesNot) {
    it(`"${text}" does not state ${date}`, () => expect(statesDate(text, date)).toBe(false));
  }
});

describe('statesSpanEnd', () => {
  it('the end stated outright, or as the end of a range written with the start', () => {
    expect(statesSpanEnd('from 17 to 20 August 2021', '2021-08-17', '2021-08-20')).toBe(true);
    expect(statesSpanEnd('met in Cornwall on 11-13 June 2021', '2021-06-11', '2021-06-13')).toBe(true);
    expect(statesSpanEnd('2021年8月17日至20日在北京举行', '2021-08-17', '2021-08-20')).toBe(true);
    expect(statesSpanEnd('ends on 20 August 2021', '2021-08-17', '2021-08-20')).toBe(true);
  });
  it('not without the year, not across months, not a different end', () => {
    expect(statesSpanEnd('from Aug. 17 to 20', '2021-08-17', '2021-08-20')).toBe(false);
    expect(statesSpanEnd('from 17 to 21 August 2021', '2021-08-17', '2021-08-20')).toBe(false);
    expect(statesSpanEnd('from 30 July to 2 August 2021', '2021-07-30', '2021-08-02')).toBe(true);
    expect(statesSpanEnd('July 2021 to August 2021', '2021-07', '2021-08')).toBe(true);
    expect(statesSpanEnd('from 30 July 2021', '2021-07-30', '2021-08-02')).toBe(false);
  });
});

describe('the date-evidence rule', () => {
  const tables = (since: object, sources: object[], source: object = { id: 'x', kind: 'news' }) => ({
    tiers: [],
    levels: [],
    partnerships: [{ id: 'xa-3-5-2005', since, sources }],
    communities: [{ id: 'xa-community-2005', date: since, sources }],
    outsideFramework: [],
    treaties: [{ id: 'hk-xa', steps: [{ date: since, sources }] }],
    events: [{ id: 'e', date: null, moments: [{ date: since }], sources }],
    watchItems: [{ id: 'w', outcome: { date: null, moments: [{ date: since }], sources } }],
    conflicts: [],
    sources: [source],
    countries: [],
  });
  const run = (t: ReturnType<typeof tables>) => {
    const found: string[] = [];
    dateEvidence.check(t as never, (table, record, field, message) =>
      found.push(`${table}/${record}: ${field}: ${message}`),
    );
    return found;
  };
  it('passes a date an excerpt states, in every table', () => {
    expect(run(tables({ value: '2005-07' }, [{ source: 'x', excerpt: '2005年7月建立' }]))).toEqual([]);
  });
  it('reports a date no excerpt states, naming table, record and field', () => {
    expect(run(tables({ value: '2005-07-04' }, [{ source: 'x', excerpt: '2005年7月建立' }]))).toEqual([
      'partnerships/xa-3-5-2005: since: no excerpt of a source cited for it states 2005-07-04',
      'communities/xa-community-2005: date: no excerpt of a source cited for it states 2005-07-04',
      'treaties/hk-xa: steps.0.date: no excerpt of a source cited for it states 2005-07-04',
      'events/e: moments.0.date: no excerpt of a source cited for it states 2005-07-04',
      'watchItems/w: outcome.moments.0.date: no excerpt of a source cited for it states 2005-07-04',
    ]);
  });
  it('a tracker citation is no evidence; a span needs its end', () => {
    const span = { value: '2021-08-17', end: '2021-08-21' };
    const found = run(
      tables(span, [
        { source: 'merics-csrt-3', section: 'looking-forward' },
        { source: 'x' },
        { source: 'x', excerpt: '17 to 20 August 2021' },
      ]),
    );
    expect(found[0]).toBe(
      'partnerships/xa-3-5-2005: since.end: no excerpt of a source cited for it states the end 2021-08-21',
    );
  });
  it('a citation with a note but no excerpt is no evidence', () => {
    const found = run(tables({ value: '2021-07-16' }, [{ source: 'x', note: 'On-site review from 16 July 2021.' }]));
    expect(found[3]).toBe('events/e: moments.0.date: no excerpt of a source cited for it states 2021-07-16');
  });
  it('a derived date needs a cited source that records when it was published', () => {
    const derived = { value: '2018-11-19', derived: 'From "on Monday" in a report of 20 November 2018.' };
    const cites = [{ source: 'x', excerpt: 'upgraded their ties on Monday' }];
    expect(run(tables(derived, cites, { id: 'x', kind: 'news', published: '2018-11-20' }))).toEqual([]);
    expect(run(tables(derived, cites))[0]).toBe(
      'partnerships/xa-3-5-2005: since: derived (2018-11-19), but no source cited for it records when it was published',
    );
  });
});
