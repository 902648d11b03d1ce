/** The published package: a whitelist of files, no install scripts, zod the only runtime dependency. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as Record<string, any>;

it('npm pack holds the built entries, sources, data files and docs, and nothing of the workshop', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
  for (const needed of [
    'package.json',
    'README.md',
    'LICENSE',
    'dist/index.js',
    'dist/index.cjs',
    'dist/index.d.ts',
    'dist/index.d.cts',
    'dist/schemas.js',
    'dist/schemas.cjs',
    'src/index.ts',
  ]) {
    expect(files, needed).toContain(needed);
  }
  const forbidden = files.filter(
    (f) =>
      /^(tests|scripts|bench|examples|node_modules|\.ci|\.changeset|\.github|docs|coverage)\//.test(f) ||
      /\.tgz$|\.env|metafile/.test(f),
  );
  expect(forbidden).toEqual([]);
});

it('declares a files whitelist, no install scripts, provenance, and zod as the only runtime dependency', () => {
  expect(Array.isArray(pkg.files)).toBe(true);
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
    expect(pkg.scripts?.[hook], hook).toBeUndefined();
  expect(Object.keys(pkg.dependencies ?? {})).toEqual(['zod']);
  expect(pkg.publishConfig?.provenance).toBe(true);
  expect(pkg.sideEffects).toBe(false);
  expect(pkg.engines?.node).toBe('>=20');
});
