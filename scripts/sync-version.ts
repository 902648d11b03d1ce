/** Writes package.json's version into src/version.ts; run after `changeset version` (see `npm run version`). */
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const target = new URL('../src/version.ts', import.meta.url);
const text = readFileSync(target, 'utf8').replace(
  /export const VERSION = '[^']*';/,
  `export const VERSION = '${version}';`,
);
writeFileSync(target, text);
console.log(`src/version.ts: ${version}`);
