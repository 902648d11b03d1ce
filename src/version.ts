// Kept equal to package.json's version by scripts/sync-version.ts (run by `npm run version`); a test checks it.
/** The package version. */
export const VERSION = '0.0.0';
