import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schemas: 'src/schemas/index.ts',
  },
  // "type": "module": ESM -> dist/*.js + *.d.ts, CJS -> dist/*.cjs + *.d.cts
  format: ['esm', 'cjs'],
  // tsup 8.5.1 injects `baseUrl` into its dts build; TypeScript 6 rejects that (TS5101) unless deprecations are silenced.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  // One shared chunk for both entries in CJS too, so the two entries share one copy of the code.
  splitting: true,
  metafile: true,
});
