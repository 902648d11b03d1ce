import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { countries } from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

it('src/generated/countries.ts is what scripts/generate-countries.ts writes (no drift from i18n-iso-countries)', () => {
  const fresh = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-countries.ts', '--print'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(fresh).toBe(readFileSync(`${root}/src/generated/countries.ts`, 'utf8'));
});

it('holds the ISO 3166-1 table with unique alpha-2 and alpha-3 codes', () => {
  expect(countries.length).toBeGreaterThanOrEqual(249);
  expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
  expect(new Set(countries.map((c) => c.alpha3)).size).toBe(countries.length);
  expect(countries.find((c) => c.code === 'HK')).toMatchObject({ alpha3: 'HKG', name: 'Hong Kong', nameZh: '香港' });
  expect(countries.find((c) => c.code === 'TW')?.name).toBe('Taiwan');
});

it("src/version.ts holds package.json's version", async () => {
  const { VERSION } = await import('../../src/version.js');
  const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string };
  expect(VERSION).toBe(pkg.version);
});
