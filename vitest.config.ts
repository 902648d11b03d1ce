import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/helpers/**/*.ts'],
      reporter: ['text-summary', 'text'],
      // The helpers are the package's logic: every line and branch is exercised by the tests.
      thresholds: { lines: 100, branches: 100, functions: 100, statements: 100 },
    },
  },
});
