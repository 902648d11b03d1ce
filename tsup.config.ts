import { defineConfig } from 'tsup';

import { ENTRIES } from './src/registry.js';

/** One entry per subpath of the registry (package.json `exports` names the same; a test holds them together). */
const entries = Object.fromEntries(Object.values(ENTRIES).map((e) => [e.name, e.source]));

export default defineConfig([
  {
    entry: entries,
    // "type": "module": ESM -> dist/*.js + *.d.ts, CJS -> dist/*.cjs + *.d.cts
    format: ['esm', 'cjs'],
    // tsup 8.5.1 injects `baseUrl` into its dts build; TypeScript 6 rejects that (TS5101) unless deprecations are silenced.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    // The CLI below is built in parallel into the same folder: keep its output.
    clean: ['!cli.js'],
    target: 'node20',
    treeshake: true,
    // Shared chunks in CJS too, so every entry shares one copy of the code and the data.
    splitting: true,
    metafile: true,
  },
  {
    // The command line (package.json `bin`): one self-contained ESM file with a shebang.
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
  },
]);
