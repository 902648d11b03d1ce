/**
 * Tree shaking of the built package: a bundle that imports only `tierOf` (esbuild, as a consumer's
 * bundler would resolve the package) holds neither zod nor the tables `tierOf` does not need.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(join(root, 'dist/index.js'));

describe.runIf(built)('a consumer bundle importing only tierOf', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'csrd-bundle-'));
    mkdirSync(join(tmp, 'node_modules'));
    symlinkSync(root, join(tmp, 'node_modules/china-security-risk-data'), 'dir');
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  async function bundle(source: string, platform: 'node' | 'neutral') {
    const entry = join(tmp, `entry-${platform}-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(entry, source);
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform,
      write: false,
      metafile: true,
      absWorkingDir: tmp,
      logLevel: 'silent',
    });
    return { text: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
  }

  for (const platform of ['node', 'neutral'] as const) {
    for (const from of ['china-security-risk-data', 'china-security-risk-data/partnerships']) {
      it(`${platform}, from '${from}': no zod, no treaties, events or sources`, async () => {
        const { text, inputs } = await bundle(
          `import { tierOf } from '${from}';\nexport const uk = tierOf('United Kingdom')?.code;\n`,
          platform,
        );
        expect(inputs.filter((p) => /(^|\/)zod\//.test(p))).toEqual([]);
        expect(text).toContain('3.3');
        // Text found only in the event, treaty and treaty-source tables, which tierOf does not need.
        const found = ['nato-brussels-summit-2021', 'Carbis Bay', 'hk-nl', 'Surrender of Fugitive Offenders'].filter(
          (s) => text.includes(s),
        );
        expect(found).toEqual([]);
      });
    }
  }

  it('the whole main entry is much larger (the baseline of the check above)', async () => {
    const all = await bundle(`export * from 'china-security-risk-data';\n`, 'neutral');
    const one = await bundle(
      `import { tierOf } from 'china-security-risk-data';\nexport const uk = tierOf('GB');\n`,
      'neutral',
    );
    expect(all.text.includes('nato-brussels-summit-2021')).toBe(true);
    expect(one.text.length * 2).toBeLessThan(all.text.length);
  });
});
