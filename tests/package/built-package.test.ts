/**
 * The built package (dist/, made by `npm run build` before the tests in `npm test`): both module kinds
 * load, and the data-only main entry loads no zod and no node:fs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
const built = existsSync(`${root}/dist/index.cjs`);

describe.runIf(built)('built package', () => {
  it('CJS: the main entry answers and loads no zod', () => {
    const out = run([
      '-e',
      `const m = require('./dist/index.cjs');
       const loaded = Object.keys(require.cache).filter((p) => /node_modules[\\\\/]zod/.test(p));
       console.log(JSON.stringify({ uk: m.tierOf('United Kingdom').code, zod: loaded.length, n: m.treaties.length, frozen: Object.isFrozen(m.treaties[0]) }));`,
    ]);
    const result = JSON.parse(out);
    expect(result).toMatchObject({ uk: '3.3', zod: 0, frozen: true });
    expect(result.n).toBeGreaterThan(20);
  });

  it('ESM: the main entry answers, and the schemas subpath validates', () => {
    const out = run([
      '--input-type=module',
      '-e',
      `const m = await import('./dist/index.js');
       const s = await import('./dist/schemas.js');
       console.log(JSON.stringify({ ru: m.tierOf('RUS').code, ok: s.TreatySchema.safeParse(m.treaties[0]).success, bad: s.TreatySchema.safeParse({}).success }));`,
    ]);
    expect(JSON.parse(out)).toEqual({ ru: '1.1', ok: true, bad: false });
  });

  it('CJS: the schemas subpath validates', () => {
    const out = run([
      '-e',
      `const s = require('./dist/schemas.cjs'); console.log(s.EventSchema.safeParse({ id: 'x' }).success)`,
    ]);
    expect(out.trim()).toBe('false');
  });

  /** The files a built file loads, read from its import and require statements; each followed in turn. */
  const graph = (start: string) => {
    const reached = new Map<string, string[]>();
    const queue = [start];
    while (queue.length) {
      const file = queue.pop()!;
      if (reached.has(file)) continue;
      const text = readFileSync(`${root}/dist/${file}`, 'utf8');
      const specifiers = [
        ...text.matchAll(/(?:^|\n)(?:import|export)\b[^;'"]*?from\s*['"]([^'"]+)['"]/g),
        ...text.matchAll(/(?:^|\n)import\s*['"]([^'"]+)['"]/g),
        ...text.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g),
      ].map((m) => m[1]!);
      reached.set(file, specifiers);
      for (const s of specifiers) if (s.startsWith('./')) queue.push(s.slice(2));
    }
    return reached;
  };
  const SUBPATHS = ['partnerships', 'treaties', 'events', 'watch', 'sources', 'countries', 'conflicts'];

  for (const [kind, ext] of [
    ['ESM', 'js'],
    ['CJS', 'cjs'],
  ] as const) {
    it(`${kind}: the main entry loads the seven table subpaths, files of its own kind only, and neither zod nor node:fs`, () => {
      const reached = graph(`index.${ext}`);
      expect([...reached.keys()].sort()).toEqual([`index.${ext}`, ...SUBPATHS.map((s) => `${s}.${ext}`)].sort());
      const specifiers = [...reached.values()].flat();
      // Everything is bundled: the only imports are the sibling subpath files, of the same module kind.
      expect(specifiers.filter((s) => !s.startsWith('./'))).toEqual([]);
      expect(specifiers.filter((s) => !s.endsWith(`.${ext}`))).toEqual([]);
      for (const file of reached.keys()) {
        const text = readFileSync(`${root}/dist/${file}`, 'utf8');
        // esbuild marks each bundled source module with a `// src/...` comment.
        expect(text.match(/^\/\/ (?:src\/schemas\/|node_modules\/zod).*$/gm), file).toBeNull();
      }
    });
  }
});

it('the build ran before the tests (npm test builds first)', () => {
  expect(built || !process.env.CI).toBe(true);
});
