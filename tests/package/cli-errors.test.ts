/**
 * How the CLI fails: exit codes (1 for a bad value, 2 for a usage error), one line on stderr naming what
 * the user typed, candidates for an ambiguous name, and short escaped echoes of long or hostile input.
 */
import { describe, expect, it } from 'vitest';
import type { TierJson } from '../../src/cli/commands/tier.js';
import { BIN, USAGE, built, run, runJson } from './cli-helpers.js';

describe.runIf(built)('CLI (dist/cli.js)', () => {
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
        `${BIN}: unknown table ${piece}; tables: ambiguous-names, changes, communities, conflicts, countries, datapackage, events, levels, outside-framework, partnership-years, partnerships, sources, tiers, treaties, treaty-steps, treaty-years, watch-items (or a file: README.md, schema/<table>.schema.json)\n${USAGE}`,
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
      expect(r.err.length, label).toBeLessThan(500);
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
