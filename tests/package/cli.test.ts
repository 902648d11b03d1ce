/**
 * The built command line (dist/cli.js, made by `npm run build`), driven as a subprocess.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = `${root}dist/cli.js`;
const built = existsSync(cli);
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

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

  it('watch: the five items', () => {
    const r = run('watch');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^# +window +outcome +title$/);
    expect(lines.slice(2).map((l) => l.split(' ')[0])).toEqual(['1', '2', '3', '4', '5']);
  });

  it('export writes the same bytes as the data files', () => {
    expect(run('export', 'treaties', '--format', 'csv').out).toBe(readFileSync(`${root}data/treaties.csv`, 'utf8'));
    expect(run('export', 'watch-items', '--format', 'json').out).toBe(
      readFileSync(`${root}data/watch-items.json`, 'utf8'),
    );
    expect(run('export', 'tiers').out).toBe(readFileSync(`${root}data/tiers.json`, 'utf8'));
  });

  it('fingerprint and cite', () => {
    expect(run('fingerprint').out).toMatch(/^[0-9a-f]{64}\n$/);
    expect(run('cite', '--format', 'bibtex').out).toContain(`@misc{china-security-risk-data-${version},`);
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
      ['cite', '--format', 'apa'],
    ]) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out, args.join(' ')).toBe('');
      expect(r.err.length, args.join(' ')).toBeGreaterThan(10);
    }
  });
});

it('the CLI was built before the tests (npm test builds first)', () => {
  expect(built || !process.env.CI).toBe(true);
});
