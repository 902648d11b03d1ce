/**
 * The built command line (dist/cli.js, made by `npm run build`), driven as a subprocess: the executable
 * itself, its version and help. The commands' answers are in cli-tier.test.ts and cli-commands.test.ts,
 * how it fails in cli-errors.test.ts, output it cannot write in cli-output.test.ts; the shared helpers
 * in cli-helpers.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { built, cli, run, version } from './cli-helpers.js';

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
      'treaty <country>',
      'compare <a> <b>',
      'suspended-after <date>',
      'events [--from',
      'watch',
      'export <name>',
    ]) {
      expect(help.out).toContain(command);
    }
  });
  it('every command has its own help, as `help <command>` and `<command> --help`', () => {
    for (const name of [
      'tier',
      'treaty',
      'compare',
      'suspended-after',
      'events',
      'watch',
      'export',
      'cite',
      'fingerprint',
    ]) {
      const a = run('help', name);
      const b = run(name, '--help');
      expect(a.code, name).toBe(0);
      expect(a.out, name).toMatch(new RegExp(`^Usage: china-security-risk-data ${name}[ \\n]`));
      expect(b.out, name).toBe(a.out);
    }
    expect(run('help', 'nonsense')).toMatchObject({ code: 2, out: '' });
    expect(run('help').out).toBe(run('--help').out);
  });
});

it('the CLI was built before the tests (npm test builds first)', () => {
  expect(built || !process.env.CI).toBe(true);
});
