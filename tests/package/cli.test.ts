/**
 * The built command line (dist/cli.js, made by `npm run build`), driven as a subprocess: its answers, as text
 * and as JSON (`--json`), and how it fails (exit codes, one line on stderr, short escaped echoes of the
 * input, a full disk, a closed pipe). Expected values are written from the data files by hand.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CiteJson } from '../../src/cli/commands/cite.js';
import type { CompareJson } from '../../src/cli/commands/compare.js';
import type { EventsJson } from '../../src/cli/commands/events.js';
import type { FingerprintJson } from '../../src/cli/commands/fingerprint.js';
import type { SuspendedAfterJson } from '../../src/cli/commands/suspended-after.js';
import type { TierJson } from '../../src/cli/commands/tier.js';
import type { Tier, WatchItem } from '../../src/types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = `${root}dist/cli.js`;
const built = existsSync(cli);
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

/** Runs with `--json`: exit 0, nothing on stderr, and stdout that is one JSON document (and nothing else). */
function runJson<T>(...args: string[]): T {
  const r = run(...args, '--json');
  expect(r.err, args.join(' ')).toBe('');
  expect(r.code, args.join(' ')).toBe(0);
  expect(r.out.endsWith('}\n') || r.out.endsWith(']\n'), args.join(' ')).toBe(true);
  return JSON.parse(r.out);
}

const BIN = 'china-security-risk-data';
/** The line a usage error (exit code 2) adds after its message. */
const USAGE = `Run "${BIN} --help" for usage.\n`;

describe.runIf(built)('CLI (dist/cli.js)', () => {
  it('is an executable ESM file with a shebang', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(cli).mode & 0o111).not.toBe(0);
  });

  it('--version and --help', () => {
    expect(run('--version')).toEqual({ out: `${version}\n`, err: '', code: 0 });
    expect(run('-v').out).toBe(`${version}\n`);
    const help = run('--help');
    expect(help.code).toBe(0);
    for (const command of [
      'tier <country>',
      'compare <a> <b>',
      'suspended-after <date>',
      'events [--from',
      'watch',
      'export <table>',
    ]) {
      expect(help.out).toContain(command);
    }
  });

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

  it('tier --as-of: the membership record valid on that day (UK 2004 record, Belgium from 2014-03)', () => {
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
    // A year-only step counts from 1 January of that year, not before: Ireland's strategic partnership of 2012.
    expect(run('tier', 'Ireland', '--as-of', '2012-01-01').out).toMatch(/^record +ie-3-5-2012$/m);
    expect(run('tier', 'Ireland', '--as-of', '2011-12-31').out).toBe(
      'Ireland (IE): not on the partnership ladder as of 2011-12-31.\n',
    );
    // Before 10 May 2004 the UK held a partnership of a type on none of the 16 levels (1998).
    expect(run('tier', 'UK', '--as-of', '2004-01-01').out).toMatch(
      /^United Kingdom \(GB\): not on the 16 levels as of 2004-01-01; its partnership type since 1998-10-06 is "comprehensive partnership" \(gb-off-1998\)\.$/m,
    );
    // be-off-2014: "all-round friendly cooperative partnership", on none of the 16 levels, since 2014-03.
    expect(run('tier', 'Belgium', '--as-of', '2010-01-01').out).toBe(
      'Belgium (BE): not on the partnership ladder as of 2010-01-01.\n',
    );
    expect(run('tier', 'Belgium', '--as-of', '2014-02-28').out).toBe(
      'Belgium (BE): not on the partnership ladder as of 2014-02-28.\n',
    );
    expect(run('tier', 'Belgium', '--as-of', '2014-03-01').out).toBe(
      'Belgium (BE): not on the 16 levels as of 2014-03-01; its partnership type since 2014-03 is "all-round friendly cooperative partnership" (be-off-2014).\n',
    );
    expect(run('tier', 'Belgium').out).toMatch(
      /^Belgium \(BE\): not on the 16 levels as of 2021-08 \(the tracker's edition\); .*\(be-off-2014\)\.\n$/,
    );
  });

  it('tier --json: country, the day, the level and tier records, the membership valid that day', () => {
    const uk = runJson<TierJson>('tier', 'UK', '--as-of', '2010-01-01');
    expect(Object.keys(uk)).toEqual(['country', 'asOf', 'level', 'tier', 'membership', 'outsideFramework']);
    expect(uk.country).toEqual({ code: 'GB', name: 'United Kingdom', nameZh: '英国' });
    expect(uk.asOf).toBe('2010-01-01');
    expect(uk.level).toMatchObject({ code: '3.3', tier: '3', nameEn: 'Comprehensive Strategic Partnership' });
    expect(uk.tier).toMatchObject({ code: '3', nameEn: 'Strategic Partnership' });
    expect(uk.membership).toMatchObject({ id: 'gb-3-3-2004', country: 'GB', level: '3.3', basis: 'external' });
    expect(uk.membership?.since?.value).toBe('2004-05-10');
    expect(uk.outsideFramework).toBeNull();
    const now = runJson<TierJson>('tier', 'United Kingdom');
    expect(now.asOf).toBeNull();
    expect(now.membership).toMatchObject({ id: 'gb-3-3-2015', basis: 'tracker', since: { value: '2015-10' } });
    // After the edition: the edition's answer.
    expect(runJson<TierJson>('tier', 'GB', '--as-of', '2023-01-01').membership?.id).toBe('gb-3-3-2015');
    const be2010 = runJson<TierJson>('tier', 'Belgium', '--as-of', '2010-01-01');
    expect([be2010.level, be2010.tier, be2010.membership, be2010.outsideFramework]).toEqual([null, null, null, null]);
    const be = runJson<TierJson>('tier', 'Belgium', '--as-of', '2014-03-01');
    expect(be.level).toBeNull();
    expect(be.membership).toMatchObject({ id: 'be-off-2014', level: null, since: { value: '2014-03' } });
    expect(be.membership?.label?.en).toBe('all-round friendly cooperative partnership');
    // bg-4-2-2014 (year 2014) until bg-3-5-2019 (2019-07-03).
    expect(runJson<TierJson>('tier', 'Bulgaria', '--as-of', '2019-07-02').membership?.id).toBe('bg-4-2-2014');
    expect(runJson<TierJson>('tier', 'Bulgaria', '--as-of', '2019-07-03').level?.code).toBe('3.5');
    const kp = runJson<TierJson>('tier', 'North Korea');
    expect(kp.country.code).toBe('KP');
    expect([kp.level, kp.membership]).toEqual([null, null]);
    expect(kp.outsideFramework?.country).toBe('KP');
  });

  it('compare 1.1 3.3: 1.1 is closer', () => {
    expect(run('compare', '1.1', '3.3')).toEqual({
      out:
        '1.1  Comprehensive Strategic Partnership of Coordination for a New Era\n' +
        '3.3  Comprehensive Strategic Partnership\n' +
        '1.1 is closer to Beijing than 3.3.\n',
      err: '',
      code: 0,
    });
    expect(run('compare', 'United Kingdom', 'Russia').out).toMatch(/3\.3 is further from Beijing than 1\.1\.\n$/);
    expect(run('compare', '3.5', '3.5').out).toMatch(/3\.5 and 3\.5 are equally close/);
    expect(run('compare', '3.3', '3').out).toMatch(/\n3\.3 is a level of tier 3\.\n$/);
    expect(run('compare', '3', '3.3').out).toMatch(/\n3\.3 is a level of tier 3\.\n$/);
  });

  it('compare --json: both sides, the sort order and how a stands to b', () => {
    expect(runJson<CompareJson>('compare', '1.1', '3.3')).toEqual({
      a: {
        kind: 'level',
        code: '1.1',
        nameEn: 'Comprehensive Strategic Partnership of Coordination for a New Era',
        nameZh: '新时代全面战略协作伙伴关系',
        country: null,
      },
      b: {
        kind: 'level',
        code: '3.3',
        nameEn: 'Comprehensive Strategic Partnership',
        nameZh: '全面战略伙伴关系',
        country: null,
      },
      order: -1,
      relation: 'closer',
    });
    const countries = runJson<CompareJson>('compare', 'United Kingdom', 'Russia');
    expect([countries.a.code, countries.a.country?.code, countries.b.code, countries.b.country?.code]).toEqual([
      '3.3',
      'GB',
      '1.1',
      'RU',
    ]);
    expect([countries.order, countries.relation]).toEqual([1, 'further']);
    expect(runJson<CompareJson>('compare', '3.3', '3')).toMatchObject({
      order: 1,
      relation: 'level-of',
      b: { kind: 'tier' },
    });
    expect(runJson<CompareJson>('compare', '3', '3.3')).toMatchObject({ order: -1, relation: 'tier-of' });
    expect(runJson<CompareJson>('compare', '3.5', '3.5')).toMatchObject({ order: 0, relation: 'same' });
  });

  it('suspended-after 2020-07-31 lists hk-nl, hk-ie, hk-fi', () => {
    const r = run('suspended-after', '2020-07-31');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id +side +counterparty +suspended +by$/);
    expect(lines[1]).toMatch(/^-+( +-+){4}$/);
    expect(lines.slice(2).map((l) => l.split(/\s+/)[0])).toEqual(['hk-nl', 'hk-ie', 'hk-fi']);
    expect(lines[2]).toMatch(/^hk-nl +HK +Netherlands +2020-10 /);
    expect(lines[4]).toMatch(/^hk-fi +HK +Finland +2020-10-16 +Government of Finland$/);
    expect(run('suspended-after', '2021-01-01').out).toBe('No treaty was first suspended after 2021-01-01.\n');
  });

  it('suspended-after --json: the treaties and their first suspension', () => {
    const r = runJson<SuspendedAfterJson>('suspended-after', '2020-07-31');
    expect(r.after).toBe('2020-07-31');
    expect(r.treaties.map((t) => t.treaty.id)).toEqual(['hk-nl', 'hk-ie', 'hk-fi']);
    expect(r.treaties.map((t) => t.firstSuspension.date.value)).toEqual(['2020-10', '2020-10-13', '2020-10-16']);
    expect(r.treaties[2]?.firstSuspension).toMatchObject({
      action: 'suspended',
      by: { body: 'Government of Finland' },
    });
    expect(runJson<SuspendedAfterJson>('suspended-after', '2021-01-01')).toEqual({ after: '2021-01-01', treaties: [] });
  });

  it('events: by range and by country', () => {
    const june = run('events', '--from', '2021-06-14', '--to', '2021-06-14');
    expect(june.code).toBe(0);
    expect(june.out).toContain('nato-brussels-summit-2021');
    expect(june.out).toMatch(/\n\d+ events?\n$/);
    expect(run('events', '--from', '2021-06-28', '--to', '2021-06-28', '--country', 'Russia').out).toMatch(
      /\n2 events\n$/,
    );
    const lt = run('events', '--country', 'Lithuania');
    expect(lt.out).toContain('lithuania-quits-17-plus-1');
    expect(run('events').out).toMatch(/\n\d+ events\n$/);
  });

  it('events --json: the query and the event records, without the count line', () => {
    const r = runJson<EventsJson>('events', '--from', '2021-06-28', '--to', '2021-06-28', '--country', 'Russia');
    expect([r.from, r.to, r.country]).toEqual([
      '2021-06-28',
      '2021-06-28',
      { code: 'RU', name: 'Russia', nameZh: '俄罗斯' },
    ]);
    expect(r.events).toHaveLength(2);
    for (const e of r.events) expect(e.actors.countries).toContain('RU');
    const all = runJson<EventsJson>('events');
    expect([all.from, all.to, all.country]).toEqual([null, null, null]);
    expect(all.events.map((e) => e.id)).toEqual(
      JSON.parse(readFileSync(`${root}data/events.json`, 'utf8')).map((e: { id: string }) => e.id),
    );
    expect(runJson<EventsJson>('events', '--country', 'Lithuania').events.map((e) => e.id)).toContain(
      'lithuania-quits-17-plus-1',
    );
  });

  it('watch: the five items', () => {
    const r = run('watch');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^# +window +outcome +title$/);
    expect(lines.slice(2).map((l) => l.split(' ')[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(runJson<{ watchItems: WatchItem[] }>('watch')).toEqual({
      watchItems: JSON.parse(readFileSync(`${root}data/watch-items.json`, 'utf8')),
    });
  });

  it('export writes the same bytes as the data files', () => {
    expect(run('export', 'treaties', '--format', 'csv').out).toBe(readFileSync(`${root}data/treaties.csv`, 'utf8'));
    expect(run('export', 'watch-items', '--format', 'json').out).toBe(
      readFileSync(`${root}data/watch-items.json`, 'utf8'),
    );
    expect(run('export', 'tiers').out).toBe(readFileSync(`${root}data/tiers.json`, 'utf8'));
    // --json is --format json.
    expect(run('export', 'treaty-steps', '--json').out).toBe(readFileSync(`${root}data/treaty-steps.json`, 'utf8'));
    expect(runJson<Tier[]>('export', 'tiers').map((t) => t.code)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('fingerprint and cite', () => {
    expect(run('fingerprint').out).toMatch(/^[0-9a-f]{64}\n$/);
    expect(run('cite', '--format', 'bibtex').out).toContain(`@misc{china-security-risk-data-${version},`);
  });

  it('fingerprint --json and cite --json', () => {
    const fp = runJson<FingerprintJson>('fingerprint');
    expect(Object.keys(fp)).toEqual(['fingerprint', 'dataVersion']);
    expect(fp.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(`${fp.fingerprint}\n`).toBe(run('fingerprint').out);
    expect(fp.dataVersion).toBe(version);
    const text = runJson<CiteJson>('cite');
    expect(text.format).toBe('text');
    expect(text.citation).toContain(`version ${version}.`);
    expect(text.citation).toContain('MERICS China Security and Risk Tracker No. 3. August 2021.');
    const bibtex = runJson<CiteJson>('cite', '--format', 'bibtex');
    expect(bibtex.format).toBe('bibtex');
    expect(bibtex.citation.startsWith(`@misc{china-security-risk-data-${version},\n`)).toBe(true);
  });

  it('errors: stderr and exit 1', () => {
    const bad = run('suspended-after', '2020-02-30');
    expect(bad.code).toBe(1);
    expect(bad.out).toBe('');
    expect(bad.err).toBe('china-security-risk-data: date: not a calendar date in the form YYYY-MM-DD: "2020-02-30"\n');
    expect(run('events', '--from', '2021-07-01', '--to', '2021-06-01')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/is after/),
    });
    expect(run('tier', 'Atlantis')).toMatchObject({
      code: 1,
      out: '',
      err: expect.stringMatching(/unknown country "Atlantis"/),
    });
    expect(run('tier', 'Atlantis', '--json')).toMatchObject({ code: 1, out: '' });
    expect(run('compare', '9.9', '1.1')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/unknown tier or level code "9\.9"/),
    });
  });

  it('usage errors: stderr and exit 2', () => {
    for (const args of [
      [],
      ['bogus'],
      ['tier'],
      ['compare', '1.1'],
      ['watch', '--from', '2020-01-01'],
      ['tier', 'GB', '--nope'],
      ['export', 'nope'],
      ['export', 'tiers', '--format', 'xml'],
      ['export', 'tiers', '--format', 'csv', '--json'],
      ['cite', '--format', 'apa'],
      ['help', '--json'],
      ['tier', 'GB', '--json=yes'],
      ['tier', 'GB', '--as-of'],
    ]) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out, args.join(' ')).toBe('');
      expect(r.err.length, args.join(' ')).toBeGreaterThan(10);
    }
  });

  it('errors name the flag the user typed, not the parameter of the helper', () => {
    expect(run('tier', 'UK', '--as-of', '2010-13-01')).toEqual({
      out: '',
      err: `${BIN}: --as-of: not a calendar date in the form YYYY-MM-DD: "2010-13-01"\n`,
      code: 1,
    });
    expect(run('events', '--from', '2021-02-30').err).toBe(
      `${BIN}: --from: not a calendar date in the form YYYY-MM-DD: "2021-02-30"\n`,
    );
    expect(run('events', '--to', '30/06/2021').err).toBe(
      `${BIN}: --to: not a calendar date in the form YYYY-MM-DD: "30/06/2021"\n`,
    );
    expect(run('events', '--from', '2021-07-01', '--to', '2021-06-01')).toEqual({
      out: '',
      err: `${BIN}: --from (2021-07-01) is after --to (2021-06-01)\n`,
      code: 1,
    });
    // The option itself, without its value.
    expect(run('tier', 'UK', '--as-of').err).toBe(`${BIN}: --as-of needs a value\n${USAGE}`);
    expect(run('tier', 'UK', '--as-of', '--json').err).toBe(`${BIN}: --as-of needs a value\n${USAGE}`);
    expect(run('tier', 'UK', '--as-of=-1').err).toBe(
      `${BIN}: --as-of: not a calendar date in the form YYYY-MM-DD: "-1"\n`,
    );
    expect(run('watch', '--json=1').err).toBe(`${BIN}: --json takes no value\n${USAGE}`);
  });

  it('an ambiguous name lists its candidates', () => {
    expect(run('tier', 'Congo')).toEqual({
      out: '',
      err: `${BIN}: ambiguous country "Congo": it may mean Democratic Republic of the Congo (CD) or Republic of the Congo (CG); name one\n`,
      code: 1,
    });
    expect(run('tier', 'korea', '--json')).toEqual({
      out: '',
      err: `${BIN}: ambiguous country "korea": it may mean North Korea (KP) or South Korea (KR); name one\n`,
      code: 1,
    });
    expect(run('compare', 'Congo', '1.1').err).toMatch(/: ambiguous country "Congo": .* \(CD\) or .* \(CG\)/);
    expect(run('events', '--country', 'Korea').err).toMatch(/: ambiguous country "Korea": .* \(KP\) or .* \(KR\)/);
    // Each named alone resolves.
    expect(runJson<TierJson>('tier', 'CG').country.code).toBe('CG');
  });

  it('command names are looked up as names, never as properties of an object', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']) {
      expect(run(name)).toEqual({ out: '', err: `${BIN}: unknown command "${name}"\n${USAGE}`, code: 2 });
      expect(run(name, 'GB', '--json').code).toBe(2);
    }
    expect(run('--__proto__')).toEqual({ out: '', err: `${BIN}: unknown option "--__proto__"\n${USAGE}`, code: 2 });
    expect(run('tier', '--constructor=1', 'GB').err).toBe(`${BIN}: unknown option "--constructor"\n${USAGE}`);
  });

  it('a 128 KB argument comes back as a short piece of itself, wherever it is', () => {
    const big = 'x'.repeat(128_000);
    const piece = `"${'x'.repeat(40)}…"`;
    const cases: [string[], number, string][] = [
      [[big], 2, `${BIN}: unknown command ${piece}\n${USAGE}`],
      [['tier', big], 1, `${BIN}: unknown country ${piece} (try an ISO code such as GB or an English name)\n`],
      [['tier', 'GB', '--as-of', big], 1, `${BIN}: --as-of: not a calendar date in the form YYYY-MM-DD: ${piece}\n`],
      [['suspended-after', big], 1, `${BIN}: date: not a calendar date in the form YYYY-MM-DD: ${piece}\n`],
      [
        ['compare', '1.1', big],
        1,
        `${BIN}: unknown country ${piece} (try an ISO code such as GB or an English name)\n`,
      ],
      [
        ['compare', '1'.repeat(128_000), '1.1'],
        1,
        `${BIN}: unknown tier or level code "${'1'.repeat(40)}…" (tiers 1-5, levels 1.1-5.1)\n`,
      ],
      [
        ['events', '--country', big],
        1,
        `${BIN}: unknown country ${piece} (try an ISO code such as GB or an English name)\n`,
      ],
      [['cite', '--format', big], 2, `${BIN}: --format: expected text or bibtex, got ${piece}\n${USAGE}`],
      [
        ['export', big],
        2,
        `${BIN}: unknown table ${piece}; tables: tiers, levels, partnerships, outside-framework, treaties, treaty-steps, events, watch-items, conflicts, sources, countries\n${USAGE}`,
      ],
      // Unknown options: parseArgs's own messages would quote the whole option twice.
      [[`--${big}`], 2, `${BIN}: unknown option "--${'x'.repeat(38)}…"\n${USAGE}`],
      [[`--${big}=1`, 'watch'], 2, `${BIN}: unknown option "--${'x'.repeat(38)}…"\n${USAGE}`],
      // A long group of short options overflows parseArgs's stack: refused before it.
      [[`-${big}`], 2, `${BIN}: unknown option "-x"\n${USAGE}`],
    ];
    for (const [args, code, err] of cases) {
      const r = run(...args);
      const label = args.map((a) => a.slice(0, 20)).join(' ');
      expect(r.code, label).toBe(code);
      expect(r.out, label).toBe('');
      expect(r.err, label).toEqual(err);
      expect(r.err.length, label).toBeLessThan(400);
    }
  });

  it('control and invisible characters in the input are escaped in messages', () => {
    expect(run('tier', '\u001b[31mred\u0007').err).toBe(
      `${BIN}: unknown country "\\u001b[31mred\\u0007" (try an ISO code such as GB or an English name)\n`,
    );
    expect(run('\u202egnp').err).toBe(`${BIN}: unknown command "\\u202egnp"\n${USAGE}`);
    expect(run('--a\u0000b'.replace('\u0000', '\u0085')).err).toBe(`${BIN}: unknown option "--a\\u0085b"\n${USAGE}`);
    expect(run('-\u0001').err).toBe(`${BIN}: unknown option "-\\u0001"\n${USAGE}`);
    expect(run('tier', 'GB', '--as-of', '2020-01-01\r\n').err).toBe(
      `${BIN}: --as-of: not a calendar date in the form YYYY-MM-DD: "2020-01-01\\r\\n"\n`,
    );
  });
});

describe.runIf(built && existsSync('/dev/full'))('CLI output that cannot be written', () => {
  it('a full disk (> /dev/full): exit 1, one line on stderr, no stack trace', () => {
    for (const args of [['export', 'sources'], ['fingerprint'], ['watch', '--json']]) {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
        expect(r.status, args.join(' ')).toBe(1);
        expect(r.stderr, args.join(' ')).toBe(
          `${BIN}: cannot write the output: ENOSPC: no space left on device, write\n`,
        );
      } finally {
        closeSync(full);
      }
    }
  });
});

describe.runIf(built)('CLI writing to a closed pipe', () => {
  it('a reader that has gone (its end of the pipe closed): exit 0 quietly, as for | head', async () => {
    const child = spawn(process.execPath, [cli, 'export', 'treaties'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it.runIf(existsSync('/bin/bash'))('| head -1 under pipefail: the first line, nothing on stderr, exit 0', () => {
    // data/treaties.json is larger than a pipe holds, so the writer meets EPIPE once head has exited.
    expect(statSync(`${root}data/treaties.json`).size).toBeGreaterThan(128 * 1024);
    const script = 'set -o pipefail; "$0" "$1" export treaties | head -1';
    const r = spawnSync('/bin/bash', ['-c', script, process.execPath, cli], { encoding: 'utf8' });
    expect({ out: r.stdout, err: r.stderr, code: r.status }).toEqual({ out: '[\n', err: '', code: 0 });
  });

  it('an error of the command itself keeps its exit code when the pipe is closed', async () => {
    const child = spawn(process.execPath, [cli, 'tier', 'Atlantis'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(1);
  });
});

it('the CLI was built before the tests (npm test builds first)', () => {
  expect(built || !process.env.CI).toBe(true);
});
