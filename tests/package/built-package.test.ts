/**
 * The built package (dist/, made by `npm run build` before the tests in `npm test`): both module kinds
 * load, and the data-only main entry loads no zod and no node:fs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

  it("the main entry's bundle graph contains neither zod nor node:fs (tsup metafiles)", () => {
    const metafiles = readdirSync(`${root}/dist`).filter((f) => /^metafile-.*\.json$/.test(f));
    expect(metafiles.length).toBe(2);
    for (const file of metafiles) {
      const meta = JSON.parse(readFileSync(`${root}/dist/${file}`, 'utf8')) as {
        outputs: Record<string, { entryPoint?: string; imports: { path: string }[]; inputs: Record<string, unknown> }>;
      };
      const outputs = meta.outputs;
      const entry = Object.keys(outputs).find((k) => outputs[k]!.entryPoint === 'src/index.ts')!;
      // Follow the entry's static imports through shared chunks.
      const seen = new Set<string>();
      const queue = [entry];
      while (queue.length) {
        const key = queue.pop()!;
        if (seen.has(key) || !outputs[key]) continue;
        seen.add(key);
        for (const imp of outputs[key]!.imports) queue.push(imp.path);
      }
      const inputs = [...seen].flatMap((k) => Object.keys(outputs[k]!.inputs));
      const imports = [...seen].flatMap((k) => outputs[k]!.imports.map((i) => i.path));
      expect(
        inputs.filter((i) => i.includes('zod') || i.startsWith('src/schemas')),
        file,
      ).toEqual([]);
      expect(
        imports.filter((i) => i === 'zod' || i.startsWith('node:') || i === 'fs'),
        file,
      ).toEqual([]);
      expect(inputs.length, file).toBeGreaterThan(5);
    }
  });
});

it('the build ran before the tests (npm test builds first)', () => {
  expect(built || !process.env.CI).toBe(true);
});
