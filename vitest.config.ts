import { defineConfig } from 'vitest/config';

/**
 * Tests by level, each a vitest project: `unit` (the helpers, schemas and lint against the source, no
 * build), `data` (the records against the tracker, the research and the lint rules; the generated files),
 * `package` (the built package as users get it: dist/, the tarball, bundles, the CLI, real clients),
 * `docs` (examples, doc comments, guides). `npm test` runs them all after the build; `npm run test:unit`
 * runs the first without one.
 */
const project = (name: string, timeout = 60_000) => ({
  extends: true as const,
  test: { name, include: [`tests/${name}/**/*.test.ts`], testTimeout: timeout },
});

export default defineConfig({
  test: {
    environment: 'node',
    projects: [project('unit'), project('data'), project('package', 180_000), project('docs')],
    coverage: {
      provider: 'v8',
      include: ['src/helpers/**/*.ts', 'src/lib/**/*.ts', 'src/lint/**/*.ts'],
      reporter: ['text-summary', 'text'],
      // The helpers, their internals and the lint are the package's logic: every line and branch is exercised.
      thresholds: { lines: 100, branches: 100, functions: 100, statements: 100 },
    },
  },
});
