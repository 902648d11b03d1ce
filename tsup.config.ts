import { readFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

import { ENTRIES } from './src/registry.js';

/**
 * How the package is built (each subpath of the registry is one entry; package.json `exports` names the
 * same, and a test holds them together):
 *
 * - every subpath (`/partnerships`, `/treaties`, ..., `/schemas`) is one self-contained file, so that it
 *   loads as one module (each module a process loads costs about a millisecond);
 * - the main entry bundles only what no subpath exports (cite, verifyDataset, the panels, dataset...) and
 *   imports the rest from the subpath files, so that the main entry and the subpaths hand out the very
 *   same functions and frozen records (`tierOf` from `/partnerships` is `tierOf` from the main entry).
 */
const subpaths = Object.fromEntries(
  Object.values(ENTRIES)
    .filter((e) => e.name !== 'index')
    .map((e) => [e.name, e.source]),
);

/** Source modules whose values a subpath entry re-exports, mapped to that entry's name. */
function providedBySubpaths(): Map<string, string> {
  const provided = new Map<string, string>();
  for (const entry of Object.values(ENTRIES)) {
    if (entry.name === 'index' || entry.name === 'schemas') continue;
    const text = readFileSync(entry.source, 'utf8');
    for (const match of text.matchAll(/^export \{[^}]*\} from '([^']+)';$/gm)) {
      const module = resolve(dirname(entry.source), match[1]!.replace(/\.js$/, '.ts'));
      provided.set(module, entry.name);
    }
  }
  return provided;
}

/**
 * The output format of each esbuild run, recorded by `esbuildOptions` below: with `treeshake` on, tsup has
 * esbuild write ESM for both formats and converts the CJS run afterwards, so `initialOptions.format` is
 * `esm` in both runs and cannot tell them apart.
 */
const formats = new WeakMap<object, string>();

/**
 * In the main entry's build: an import of a module a subpath re-exports becomes an import of that subpath's
 * file. `only` narrows which modules (the CLI, which also imports functions the subpaths do not export,
 * shares only the tables: each table module exports its table alone).
 */
function shareSubpaths(only: (module: string) => boolean = () => true): Plugin {
  const provided = providedBySubpaths();
  return {
    name: 'share-subpaths',
    setup(build) {
      const format = formats.get(build.initialOptions);
      if (format !== 'esm' && format !== 'cjs') throw new Error(`share-subpaths: unknown output format ${format}`);
      const extension = format === 'cjs' ? 'cjs' : 'js';
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const module = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        const entry = only(module) ? provided.get(module) : undefined;
        return entry ? { path: `./${entry}.${extension}`, external: true } : undefined;
      });
    },
  };
}

const common = {
  format: ['esm', 'cjs'] as ('esm' | 'cjs')[],
  // tsup 8.5.1 injects `baseUrl` into its dts build; TypeScript 6 rejects that (TS5101) unless deprecations are silenced.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // No sourcemaps: the bundles are not minified (the code reads as written, one module per comment
  // banner), and a map would carry the sources again, data included, doubling the package.
  sourcemap: false,
  target: 'node20',
  treeshake: true,
  splitting: false,
  // ASCII output (non-ASCII as \u escapes): V8 compiles a one-byte source much faster than a two-byte one.
  esbuildOptions(options: { charset?: 'ascii' | 'utf8' }, context: { format: string }) {
    options.charset = 'ascii';
    formats.set(options, context.format);
  },
};

export default defineConfig([
  // "type": "module": ESM -> dist/*.js + *.d.ts, CJS -> dist/*.cjs + *.d.cts
  { ...common, entry: subpaths, clean: ['!cli.js', '!index.*'] },
  { ...common, entry: { index: ENTRIES['.'].source }, clean: false, esbuildPlugins: [shareSubpaths()] },
  {
    // The command line (package.json `bin`): an ESM file with a shebang that imports the tables from the
    // subpath files beside it (`./treaties.js`...), so that the package holds one copy of the records; its
    // `changes` command reads the record of releases from `data/changes.json` when it runs.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    treeshake: true,
    splitting: false,
    metafile: false,
    banner: { js: '#!/usr/bin/env node' },
    esbuildOptions: common.esbuildOptions,
    esbuildPlugins: [shareSubpaths((module) => module.startsWith(resolve('src/tables') + sep))],
  },
]);
