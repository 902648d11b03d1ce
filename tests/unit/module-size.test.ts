/**
 * The house rule on module size: no module of the package's code, build, scripts, benchmarks or tests is
 * over 300 lines. The records in src/data/ and the generated modules in src/generated/ are exempt: they
 * are data, not code. The files are the ones git tracks (`git ls-files`), so that nothing ignored or
 * left over in a working tree counts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MAX_LINES = 300;
const DIRS = ['src/', 'build/', 'scripts/', 'bench/', 'tests/'];
const EXEMPT = ['src/data/', 'src/generated/'];
const EXTENSIONS = /\.(ts|mjs|js)$/;

/** Lines as an editor numbers them: a final newline ends the last line, it does not start another. */
const lineCount = (text: string) => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

const modules = execFileSync('git', ['ls-files', '-z', '--', ...DIRS], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter(
    (file) =>
      EXTENSIONS.test(file) &&
      !EXEMPT.some((dir) => file.startsWith(dir)) &&
      // A tracked file deleted in the working tree is not part of it.
      existsSync(join(root, file)),
  )
  .sort();

describe(`no module outside src/data/ and src/generated/ is over ${MAX_LINES} lines`, () => {
  it('finds the modules git tracks under src/, build/, scripts/, bench/ and tests/, without the exempt folders', () => {
    expect(modules).toContain('tests/unit/module-size.test.ts');
    for (const dir of DIRS)
      expect(
        modules.some((file) => file.startsWith(dir)),
        dir,
      ).toBe(true);
    expect(modules.filter((file) => EXEMPT.some((dir) => file.startsWith(dir)))).toEqual([]);
  });

  it(`every one is at most ${MAX_LINES} lines`, () => {
    const over = modules.flatMap((file) => {
      const lines = lineCount(readFileSync(join(root, file), 'utf8'));
      return lines > MAX_LINES ? [`${file}: ${lines} lines`] : [];
    });
    expect(over).toEqual([]);
  });

  it('counts lines as an editor numbers them', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb'), lineCount('a\nb\n')]).toEqual([
      0, 1, 1, 2, 2,
    ]);
  });
});
