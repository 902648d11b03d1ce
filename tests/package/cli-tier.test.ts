/**
 * The CLI's `tier` command, as text and as JSON (`--json`), today and on a day (`--as-of`). Expected
 * values are written from the data files by hand.
 */
import { describe, expect, it } from 'vitest';
import type { TierJson } from '../../src/cli/commands/tier.js';
import { built, run, runJson } from './cli-helpers.js';

describe.runIf(built)('CLI (dist/cli.js)', () => {
  it('tier "United Kingdom": level 3.3 in tier 3, as an aligned table', () => {
    const r = run('tier', 'United Kingdom');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('country  United Kingdom (GB)');
    expect(lines[1]).toMatch(/^level {4}3\.3 +Comprehensive Strategic Partnership \(全面战略伙伴关系\)$/);
    expect(lines[2]).toMatch(/^tier {5}3 +Strategic Partnership \(战略伙伴关系\)$/);
    expect(lines[3]).toMatch(/^since {4}2015-10 +the tracker names it there$/);
    // The values of the rows line up.
    expect(lines[1]!.indexOf('Comprehensive')).toBe(lines[2]!.indexOf('Strategic'));
  });

  it('tier: other names and dates, and countries off the ladder', () => {
    expect(run('tier', 'rus').out).toMatch(/^level +1\.1 /m);
    expect(run('tier', 'Bulgaria', '--as-of', '2018-01-01').out).toMatch(/^level +4\.2 /m);
    expect(run('tier', 'North Korea').out).toMatch(/^North Korea \(KP\): outside the partnership framework\./);
    expect(run('tier', 'North Korea').code).toBe(0);
  });

  it('tier --as-of: the membership record valid on that day (UK 2004 record, Belgium from 2014-03-31)', () => {
    // gb-3-3-2004 (level 3.3, since 2004-05-10, the joint statement; external) until gb-3-3-2015 (since 2015-10, the tracker's).
    const uk2010 = run('tier', 'UK', '--as-of', '2010-01-01');
    expect(uk2010.code).toBe(0);
    expect(uk2010.out.split('\n')).toEqual([
      'country  United Kingdom (GB)',
      'level    3.3         Comprehensive Strategic Partnership (全面战略伙伴关系)',
      'tier     3           Strategic Partnership (战略伙伴关系)',
      'since    2004-05-10  other sources place it there',
      'label    comprehensive strategic partnership / 全面战略伙伴关系',
      'record   gb-3-3-2004',
      'as of    2010-01-01',
      '',
    ]);
    expect(run('tier', 'UK', '--as-of', '2015-09-30').out).toMatch(/^record +gb-3-3-2004$/m);
    expect(run('tier', 'UK', '--as-of', '2015-10-01').out).toMatch(/^record +gb-3-3-2015$/m);
    expect(run('tier', 'UK').out).toMatch(/^label +global comprehensive strategic partnership for the 21st century /m);
    // A year-only step counts from 1 January of that year, not before: Ireland's partnership of 2012, whose
    // name 互惠战略伙伴关系 carries the qualifier 互惠 (mutually beneficial): off the ladder, base level 3.5.
    expect(run('tier', 'Ireland', '--as-of', '2012-01-01').out).toBe(
      'Ireland (IE): a partnership on none of the 16 levels as of 2012-01-01: "mutually beneficial strategic partnership" since 2012 (ie-3-5-2012).\n' +
        'Qualifiers: mutually-beneficial. Base level, a reading for an ordinal rank and not its level: 3.5 (the name without its qualifiers).\n',
    );
    expect(run('tier', 'Ireland', '--as-of', '2011-12-31').out).toBe(
      'Ireland (IE): no partnership with China as of 2011-12-31, as far as the sources show.\n',
    );
    // Before 10 May 2004 the UK held a partnership of a type on none of the 16 levels (1998).
    expect(run('tier', 'UK', '--as-of', '2004-01-01').out).toMatch(
      /^United Kingdom \(GB\): a partnership on none of the 16 levels as of 2004-01-01: "comprehensive partnership" since 1998-10-06 \(gb-off-1998\)\.$/m,
    );
    // be-off-2014: "all-round friendly cooperative partnership", on none of the 16 levels, since the talks of
    // 31 March 2014 (PRC embassy in Belgium: "On March 31, 2014 … to upgrade the bilateral relations").
    expect(run('tier', 'Belgium', '--as-of', '2010-01-01').out).toBe(
      'Belgium (BE): no partnership with China as of 2010-01-01, as far as the sources show.\n',
    );
    // be-off-2014 is dated 31 March 2014 (the Chinese embassy in Belgium).
    expect(run('tier', 'Belgium', '--as-of', '2014-03-30').out).toBe(
      'Belgium (BE): no partnership with China as of 2014-03-30, as far as the sources show.\n',
    );
    expect(run('tier', 'Belgium', '--as-of', '2014-03-31').out).toBe(
      'Belgium (BE): a partnership on none of the 16 levels as of 2014-03-31: "all-round friendly cooperative partnership" since 2014-03-31 (be-off-2014).\n' +
        'Qualifiers: all-round. Base level, a reading for an ordinal rank and not its level: 4.4 (the name without its qualifiers).\n',
    );
    expect(run('tier', 'Belgium').out).toMatch(
      /^Belgium \(BE\): a partnership on none of the 16 levels as of 2026-01-31: .*\(be-off-2014\)\.\nQualifiers: all-round\. /,
    );
    // Not known is not none: Pakistan's earlier partnership is neither named nor dated by the sources.
    expect(run('tier', 'Pakistan', '--as-of', '1990-01-01').out).toBe(
      'Pakistan (PK): not known as of 1990-01-01: the sources show an earlier partnership with China but neither name nor date it.\n',
    );
    // South Korea: the dated sources' 2.3, and the tracker's own 4.3 beside it.
    const kr = run('tier', 'South', 'Korea').out;
    expect(kr).toMatch(/^level +2\.3 /m);
    expect(kr).toMatch(
      /^The tracker places it on 4\.3 \(Comprehensive Cooperative Partnership\) in 2021-08; the dated sources differ \(see conflicts\)\.$/m,
    );
  });

  it('tier --json: country, the day, the level and tier records, the membership valid that day', () => {
    const uk = runJson<TierJson>('tier', 'UK', '--as-of', '2010-01-01');
    expect(Object.keys(uk)).toEqual([
      'country',
      'asOf',
      'coverageEnd',
      'status',
      'level',
      'tier',
      'membership',
      'trackerLevel',
      'outsideFramework',
    ]);
    expect([uk.status, uk.coverageEnd, uk.trackerLevel?.code]).toEqual(['level', '2026-01-31', '3.3']);
    expect(uk.country).toEqual({ code: 'GB', name: 'United Kingdom', nameZh: '英国' });
    expect(uk.asOf).toBe('2010-01-01');
    expect(uk.level).toMatchObject({ code: '3.3', tier: '3', nameEn: 'Comprehensive Strategic Partnership' });
    expect(uk.tier).toMatchObject({ code: '3', nameEn: 'Strategic Partnership' });
    expect(uk.membership).toMatchObject({ id: 'gb-3-3-2004', country: 'GB', level: '3.3', basis: 'external' });
    expect(uk.membership?.since?.value).toBe('2004-05-10');
    expect(uk.outsideFramework).toBeNull();
    const now = runJson<TierJson>('tier', 'United Kingdom');
    expect(now.asOf).toBe('2026-01-31');
    expect(now.membership).toMatchObject({ id: 'gb-3-3-2015', basis: 'tracker', since: { value: '2015-10' } });
    const be2010 = runJson<TierJson>('tier', 'Belgium', '--as-of', '2010-01-01');
    expect(be2010.status).toBe('none');
    expect([be2010.level, be2010.tier, be2010.membership, be2010.outsideFramework]).toEqual([null, null, null, null]);
    expect(runJson<TierJson>('tier', 'Pakistan', '--as-of', '1990-01-01').status).toBe('unknown');
    const be = runJson<TierJson>('tier', 'Belgium', '--as-of', '2014-03-31');
    expect(be.status).toBe('off-ladder');
    expect(be.level).toBeNull();
    expect(be.membership).toMatchObject({ id: 'be-off-2014', level: null, since: { value: '2014-03-31' } });
    expect(be.membership?.label?.en).toBe('all-round friendly cooperative partnership');
    // bg-4-2-2014 (2014-01-13) until bg-3-5-2019 (2019-07-03).
    expect(runJson<TierJson>('tier', 'Bulgaria', '--as-of', '2019-07-02').membership?.id).toBe('bg-4-2-2014');
    expect(runJson<TierJson>('tier', 'Bulgaria', '--as-of', '2019-07-03').level?.code).toBe('3.5');
    const kp = runJson<TierJson>('tier', 'North Korea');
    expect(kp.status).toBe('outside');
    expect(kp.country.code).toBe('KP');
    expect([kp.level, kp.membership]).toEqual([null, null]);
    expect(kp.outsideFramework?.country).toBe('KP');
  });

  it('a day after the coverage: no answer, one line that says where the data ends, text and JSON alike (exit 1)', () => {
    for (const json of [[], ['--json']]) {
      const r = run('tier', 'GB', '--as-of', '2099-01-01', ...json);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toBe(
        "china-security-risk-data: --as-of: 2099-01-01 is after the data's coverage, which ends on 2026-01-31 (dataset.coverageEnd): ask for a day on or before it\n",
      );
    }
  });

  it('names of several words need no quotes; placeholders are no country', () => {
    expect(run('tier', 'United', 'Kingdom').out).toBe(run('tier', 'United Kingdom').out);
    expect(run('tier', 'Bosnia', '&', 'Herzegovina').code).toBe(0);
    for (const placeholder of ['N/A', 'n/a', 'N.A.', 'e.g.']) {
      const r = run('tier', placeholder);
      expect(r.code, placeholder).toBe(1);
      expect(r.err, placeholder).toMatch(/unknown country/);
    }
  });
});
