/**
 * The dual-package hazard, as the README describes it: a process that loads both the ESM entry
 * (`import`) and the CJS entry (`require`) of the built package holds two copies of every table and
 * function. The copies are distinct objects, so identity checks across them fail; by value they are the
 * same data and give the same answers. Run in a child Node process that resolves the package by its
 * name (a self-reference through package.json `exports`, as a user's code resolves it). Needs the build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../src/registry.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(`${root}/dist/index.cjs`) && existsSync(`${root}/dist/index.js`);

/** Loads both copies and reports, for each table and helper, whether the two are the same object and equal by value. */
const SCRIPT = `
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
const esm = await import('china-security-risk-data');
const cjs = createRequire(import.meta.url)('china-security-risk-data');
const tables = ${JSON.stringify([...TABLE_NAMES, 'dataset'])};

// An answer or the error it throws, to compare by value.
const answer = (fn) => {
  try {
    return { value: fn() };
  } catch (error) {
    return { error: error.name + ': ' + error.message };
  }
};
// Every country, every tier and level code, both sides: the answers of the two copies by value.
const codes = esm.countries.map((c) => c.code);
const tierCodes = [...esm.TIER_CODES, ...esm.LEVEL_CODES];
const questions = [
  ...codes.map((c) => ['tierOf', c, (m) => m.tierOf(c)]),
  ...codes.map((c) => ['tierOf 2018', c, (m) => m.tierOf(c, { asOf: '2018-01-01' })]),
  ...codes.flatMap((c) => ['CN', 'HK'].map((side) => ['treatyStatus ' + side, c, (m) => m.treatyStatus(c, { side })])),
  ...codes.map((c) => ['membershipsOf', c, (m) => m.membershipsOf(c)]),
  ...tierCodes.map((code) => ['membersOf', code, (m) => m.membersOf(code)]),
  ['tierOf', 'not a country', (m) => m.tierOf('not a country')],
  ['tierOf', 42, (m) => m.tierOf(42)],
];
const unequal = questions
  .filter(([, , ask]) => !isDeepStrictEqual(answer(() => ask(esm)), answer(() => ask(cjs))))
  .map(([name, input]) => name + ' ' + input);

const gbEsm = esm.tierOf('GB');
const gbCjs = cjs.tierOf('GB');
console.log(JSON.stringify({
  files: [import.meta.resolve('china-security-risk-data'), createRequire(import.meta.url).resolve('china-security-risk-data')],
  sameTable: tables.filter((t) => esm[t] === cjs[t]),
  equalTable: tables.filter((t) => isDeepStrictEqual(esm[t], cjs[t])),
  frozen: [Object.isFrozen(esm.treaties[0]), Object.isFrozen(cjs.treaties[0])],
  sameFunction: esm.tierOf === cjs.tierOf,
  fingerprints: [esm.dataset.fingerprint, cjs.dataset.fingerprint],
  gb: [gbEsm.code, gbCjs.code],
  sameRecord: gbEsm === gbCjs,
  includes: esm.levels.includes(gbCjs),
  byCode: esm.levels.some((l) => l.code === gbCjs.code),
  canada: [esm.treatyStatus('Canada', { side: 'HK' }), cjs.treatyStatus('Canada', { side: 'HK' })],
  members42: [esm.membersOf('4.2').map((m) => m.country), cjs.membersOf('4.2').map((m) => m.country)],
  asked: questions.length,
  unequal,
}));
`;

describe.runIf(built)('ESM and CJS entries loaded in one process (the dual-package hazard)', () => {
  const result = built
    ? JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { cwd: root, encoding: 'utf8' }))
    : undefined;

  it('the package name resolves to the two built entries', () => {
    expect(result.files).toEqual([`file://${root}dist/index.js`, `${root}dist/index.cjs`]);
  });

  it('gives two copies: no table, function or record is shared, so identity checks across them fail', () => {
    expect(result.sameTable).toEqual([]);
    expect(result.sameFunction).toBe(false);
    expect(result.sameRecord).toBe(false);
    expect(result.includes).toBe(false);
    expect(result.byCode).toBe(true);
  });

  it('the copies hold the same data: every table deep-equal, both frozen, the same fingerprint', () => {
    expect(result.equalTable).toEqual([...TABLE_NAMES, 'dataset']);
    expect(result.frozen).toEqual([true, true]);
    expect(result.fingerprints[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(result.fingerprints[1]).toBe(result.fingerprints[0]);
  });

  it('the copies give the same answers by value (tierOf, treatyStatus, membershipsOf, membersOf, errors)', () => {
    expect(result.gb).toEqual(['3.3', '3.3']);
    expect(result.canada).toEqual(['suspended', 'suspended']);
    // The Maldives moved from 4.2 to 2.2 in January 2024.
    expect(result.members42).toEqual([['RO'], ['RO']]);
    // Every country (about 250) asked five ways, plus the 21 codes and two bad inputs.
    expect(result.asked).toBeGreaterThan(1200);
    expect(result.unequal).toEqual([]);
  });
});

it('the package was built before the tests (npm test builds first)', () => {
  expect(built || !process.env.CI).toBe(true);
});
