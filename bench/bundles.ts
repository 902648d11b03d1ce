/**
 * Sizes of a consumer's browser bundle (esbuild, minified, gzip level 9) that imports one thing from the
 * package: `tierOf` alone, `dataset` alone, `tierOf` from `/partnerships`, and the whole main entry; and
 * whether zod is in it (it must never be on the data path).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const NAME = 'china-security-risk-data';

export const BUNDLES = {
  'tierOf alone': `import { tierOf } from '${NAME}'; export const a = tierOf('United Kingdom')?.code;`,
  'dataset alone': `import { dataset } from '${NAME}'; export const a = dataset.fingerprint;`,
  'tierOf from /partnerships': `import { tierOf } from '${NAME}/partnerships'; export const a = tierOf('GB')?.code;`,
  'the whole main entry': `export * from '${NAME}';`,
} as const;

export interface BundleRow {
  readonly name: keyof typeof BUNDLES;
  readonly minified: number;
  readonly gzipped: number;
  readonly zod: boolean;
}

export async function bundles(root: string): Promise<BundleRow[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'csrd-bench-'));
  try {
    mkdirSync(join(tmp, 'node_modules'));
    symlinkSync(root, join(tmp, 'node_modules', NAME), 'dir');
    const rows: BundleRow[] = [];
    for (const [name, text] of Object.entries(BUNDLES) as [keyof typeof BUNDLES, string][]) {
      const entry = join(tmp, `${rows.length}.mjs`);
      writeFileSync(entry, text);
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        metafile: true,
        absWorkingDir: tmp,
        logLevel: 'silent',
      });
      const code = result.outputFiles[0]!.contents;
      rows.push({
        name,
        minified: code.length,
        gzipped: gzipSync(code, { level: 9 }).length,
        zod: Object.keys(result.metafile.inputs).some((p) => /(^|\/)zod\//.test(p)),
      });
    }
    return rows;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
