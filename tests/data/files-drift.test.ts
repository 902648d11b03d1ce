/**
 * The generated files (data/, CITATION.cff, src/generated/) do not drift from the data: the build script,
 * run into a temporary folder, writes the committed files byte for byte, and the same bytes twice. The
 * files' contents are checked in files-tables.test.ts, files-datapackage.test.ts and files-fingerprint.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read, root } from './files-helpers.js';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

describe('generated files do not drift from the data', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'csrd-files-'));
    execFileSync(join(root, 'node_modules/.bin/tsx'), ['build/main.ts', '--out', out], {
      cwd: root,
      stdio: 'pipe',
    });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('data/ holds exactly the files the script writes, byte for byte (run `npm run build:files` after a data change)', () => {
    const committed = listFiles(join(root, 'data'));
    expect(committed).toEqual(listFiles(join(out, 'data')));
    for (const file of committed)
      expect(read(`data/${file}`), `data/${file}`).toBe(readFileSync(join(out, 'data', file), 'utf8'));
  });

  it('CITATION.cff and the modules of src/generated/ the build writes are up to date', () => {
    const generated = listFiles(join(out, 'src/generated')).map((f) => `src/generated/${f}`);
    expect(generated).toContain('src/generated/dataset.ts');
    for (const file of ['CITATION.cff', ...generated]) {
      expect(read(file), file).toBe(readFileSync(join(out, file), 'utf8'));
    }
  });

  it('a second run writes the same bytes (deterministic output)', () => {
    const again = mkdtempSync(join(tmpdir(), 'csrd-files-'));
    try {
      execFileSync(join(root, 'node_modules/.bin/tsx'), ['build/main.ts', '--out', again], {
        cwd: root,
        stdio: 'pipe',
      });
      for (const file of listFiles(out))
        expect(readFileSync(join(again, file), 'utf8'), file).toBe(readFileSync(join(out, file), 'utf8'));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
