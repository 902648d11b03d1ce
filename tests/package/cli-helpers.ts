/**
 * What the CLI tests (cli*.test.ts) share: the built command line (dist/cli.js, made by `npm run build`),
 * run as a subprocess, its answers as text (`run`) and as one JSON document (`runJson`), and the
 * messages' fixed parts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cli = `${root}dist/cli.js`;
export const built = existsSync(cli);
export const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };

export function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

/** Runs with `--json`: exit 0, nothing on stderr, and stdout that is one JSON document (and nothing else). */
export function runJson<T>(...args: string[]): T {
  const r = run(...args, '--json');
  expect(r.err, args.join(' ')).toBe('');
  expect(r.code, args.join(' ')).toBe(0);
  expect(r.out.endsWith('}\n') || r.out.endsWith(']\n'), args.join(' ')).toBe(true);
  return JSON.parse(r.out);
}

export const BIN = 'china-security-risk-data';
/** The line a usage error (exit code 2) adds after its message. */
export const USAGE = `Run "${BIN} --help" for usage.\n`;
