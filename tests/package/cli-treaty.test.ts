/**
 * The CLI's `treaty` command, `export` of every shipped file, and what people type on a command line
 * (names in several words after `--country`, dates shown as ISO 8601 intervals). Expected values are
 * written from the data files by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TreatyJson } from '../../src/cli/commands/treaty.js';
import { BIN, built, root, run, runJson, USAGE } from './cli-helpers.js';

describe.runIf(built)('CLI (dist/cli.js)', () => {
  it('treaty Canada: both sides, each with its status and its dated steps', () => {
    const r = run('treaty', 'Canada');
    expect(r.code).toBe(0);
    // The PRC has no extradition treaty with Canada; Hong Kong's agreement was suspended on 3 July 2020.
    expect(r.out).toMatch(/^hk-ca {2}Agreement between Hong Kong and Canada/m);
    expect(r.out).toMatch(/^status on 2026-01-31: suspended$/m);
    expect(r.out).toMatch(/^2020-07-03 +suspended +/m);
  });

  it('treaty --side and --as-of: the status on that day, from the dated steps', () => {
    const before = runJson<TreatyJson>('treaty', 'Canada', '--side', 'HK', '--as-of', '2020-07-01');
    expect(before.side).toBe('HK');
    expect(before.asOf).toBe('2020-07-01');
    expect(before.treaties.map((t) => [t.treaty.id, t.status])).toEqual([['hk-ca', 'in-force']]);
    const after = runJson<TreatyJson>('treaty', 'Canada', '--side', 'HK', '--as-of', '2020-07-04');
    expect(after.treaties.map((t) => t.status)).toEqual(['suspended']);
    // Australia: the PRC's treaty was never ratified; Hong Kong's agreement is suspended.
    const au = runJson<TreatyJson>('treaty', 'Australia');
    expect(au.treaties.map((t) => `${t.treaty.chinaSide} ${t.status}`)).toEqual(['CN not-ratified', 'HK suspended']);
    expect(au.asOf).toBe('2026-01-31');
  });

  it('treaty: a name in several words unquoted, a country without treaties, a bad side, a day past the coverage', () => {
    expect(run('treaty', 'New', 'Zealand', '--side', 'HK').out).toMatch(/^hk-nz {2}/);
    expect(run('treaty', 'Germany', '--side', 'CN').out).toBe('Germany (DE): no PRC extradition treaty in the data.\n');
    expect(run('treaty', 'Canada', '--side', 'XX')).toEqual({
      out: '',
      err: `${BIN}: --side: expected CN or HK, got "XX"\n${USAGE}`,
      code: 2,
    });
    const late = run('treaty', 'Canada', '--as-of', '2030-01-01');
    expect([late.code, late.out]).toEqual([1, '']);
    expect(late.err).toMatch(/--as-of: 2030-01-01 is after the data's coverage, which ends on 2026-01-31/);
  });

  it('events --country takes a name of several words unquoted', () => {
    const quoted = run('events', '--country', 'United States');
    expect(quoted.code).toBe(0);
    expect(run('events', '--country', 'United', 'States').out).toBe(quoted.out);
    expect(run('events', '--country', 'United', 'States', '--from', '2021-06-01').out).toBe(
      run('events', '--country', 'United States', '--from', '2021-06-01').out,
    );
  });

  it('watch and events print spans as ISO 8601 intervals, with their years', () => {
    const lines = run('watch').out.split('\n');
    expect(lines[2]).toMatch(/^1 +2021-08-17\/2021-08-20 /);
    expect(lines[3]).toMatch(/^2 +2021-09\/2021-10 /);
  });

  it('export: every file the package ships, the panels and the JSON Schemas included', () => {
    for (const name of ['partnership-years', 'treaty-years']) {
      for (const format of ['json', 'csv']) {
        expect(run('export', name, '--format', format).out, `${name}.${format}`).toBe(
          readFileSync(`${root}data/${name}.${format}`, 'utf8'),
        );
      }
    }
    expect(run('export', 'ambiguous-names').out).toBe(readFileSync(`${root}data/ambiguous-names.json`, 'utf8'));
    expect(run('export', 'README.md').out).toBe(readFileSync(`${root}data/README.md`, 'utf8'));
    expect(run('export', 'schema/treaties.schema.json').out).toBe(
      readFileSync(`${root}data/schema/treaties.schema.json`, 'utf8'),
    );
    expect(run('export', 'ambiguous-names', '--format', 'csv')).toEqual({
      out: '',
      err: `${BIN}: ambiguous-names has no CSV file; try --format json\n${USAGE}`,
      code: 2,
    });
    expect(run('export', 'no-such-file.csv').code).toBe(2);
    expect(run('export', 'README.md', '--json').code).toBe(2);
  });
});
