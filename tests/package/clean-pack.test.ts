/**
 * `npm pack` and `npm publish` from a clean checkout ship the built package: the `prepack` script builds
 * dist/ (and checks the generated files) before npm lists the files. The checkout is a copy of the files
 * git tracks (the working tree's tracked and not-ignored files: what a clone of a commit of this tree
 * holds, without dist/), with node_modules as a symlink to this repository's (what `npm ci` would
 * install; sharing it saves the install). Then `npm pack --dry-run --json`, scripts on, as a release does.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ENTRIES } from '../../src/registry.js';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** The environment without npm's own variables, so that the inner npm reads its settings afresh. */
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

let tmp: string;
let files: string[];
let hadDist: boolean;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'csrd-clean-'));
  const { stdout } = await exec('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    maxBuffer: 16 * 2 ** 20,
  });
  for (const file of stdout.split('\0')) {
    // A tracked file deleted in the working tree is not part of it.
    if (!file || !existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(tmp, file)), { recursive: true });
    copyFileSync(join(root, file), join(tmp, file));
  }
  symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'), 'dir');
  hadDist = existsSync(join(tmp, 'dist'));
  const pack = await exec('npm', ['pack', '--dry-run', '--json'], { cwd: tmp, env, maxBuffer: 16 * 2 ** 20 });
  // The prepack script's build prints to the same stdout; npm's JSON is the last part, from a line `[`.
  const json = pack.stdout.slice(pack.stdout.lastIndexOf('\n[\n') + 1);
  files = (JSON.parse(json) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
}, 170_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

it('the clean copy has no dist/ until npm pack runs prepack', () => {
  expect(hadDist).toBe(false);
  expect(existsSync(join(tmp, 'src/index.ts'))).toBe(true);
});

it('npm pack of the clean copy lists the built entries, their types, the CLI and data/', () => {
  for (const { name } of Object.values(ENTRIES)) {
    for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) expect(files, `${name}.${ext}`).toContain(`dist/${name}.${ext}`);
  }
  for (const file of [
    'dist/cli.js',
    'data/treaties.json',
    'data/treaties.csv',
    'data/schema/treaties.schema.json',
    'data/datapackage.json',
    'data/README.md',
    'CITATION.cff',
    'README.md',
    'LICENSE',
    'package.json',
  ]) {
    expect(files).toContain(file);
  }
  expect(files.filter((f) => /metafile|\.tgz$|^node_modules\//.test(f))).toEqual([]);
});
