/**
 * A consumer project of the release rehearsal (release-rehearsal.test.ts): a new npm project that installs
 * the package from the rehearsal's registry as a user would, then reports what the installed package
 * answers, through its main entry and its command line, and what files it holds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReleaseChanges } from '../../src/schemas/changes.js';
import { ADDED_SOURCE, run } from './rehearsal-helpers.js';

const NAME = 'china-security-risk-data';

/** What a consumer project reports. */
export interface Report {
  spec: string;
  version: string;
  dataVersion: string;
  fingerprint: string;
  verified: { valid: boolean; actual: string };
  canada: { value: string; precision: string } | undefined;
  canadaStep: number;
  hasAddedSource: boolean;
  changes: ReleaseChanges[];
  laterThanItself: string;
  cli: unknown;
  files: string[];
  changelog: string;
  citation: string;
}

/** The script each consumer runs: what the installed package answers, its changes since `since` included. */
export const probe = (since: string) => `
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dataset, sources, treaties, verifyDataset } from '${NAME}';
import { changesSince } from '${NAME}/changes';
const pkgDir = 'node_modules/${NAME}';
const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(d + '/' + e.name) : [(d + '/' + e.name).slice(pkgDir.length + 1)]);
const steps = treaties.find((t) => t.id === 'hk-ca').steps;
const canadaStep = steps.findIndex((s) => s.action === 'suspended' && s.by?.country === 'CA');
let laterThanItself;
try { changesSince('9.9.9'); } catch (e) { laterThanItself = e.constructor.name; }
const { valid, actual } = await verifyDataset();
console.log(JSON.stringify({
  spec: JSON.parse(readFileSync('package.json', 'utf8')).dependencies['${NAME}'],
  version: dataset.packageVersion, dataVersion: dataset.dataVersion, fingerprint: dataset.fingerprint,
  verified: { valid, actual },
  canada: steps[canadaStep] && { value: steps[canadaStep].date.value, precision: steps[canadaStep].date.precision },
  canadaStep,
  hasAddedSource: sources.some((s) => s.id === '${ADDED_SOURCE}'),
  changes: changesSince('${since}'),
  laterThanItself,
  cli: JSON.parse(execFileSync('node_modules/.bin/${NAME}', ['changes', '--since', '${since}', '--json'], { encoding: 'utf8' })),
  files: walk(pkgDir).sort(),
  changelog: readFileSync(pkgDir + '/CHANGELOG.md', 'utf8'),
  citation: readFileSync(pkgDir + '/CITATION.cff', 'utf8'),
}));
`;

/** Makes a project in `dir`, installs the package at `spec` (`--save-exact` when `exact`) and runs the probe. */
export async function installConsumer(
  dir: string,
  spec: string,
  exact: boolean,
  env: NodeJS.ProcessEnv,
  since: string,
): Promise<Report> {
  mkdirSync(dir, { recursive: true });
  await run('npm', ['init', '-y'], dir, env);
  await run('npm', ['pkg', 'set', 'type=module'], dir, env);
  const flags = ['--prefer-offline', '--no-audit', '--no-fund', ...(exact ? ['--save-exact'] : [])];
  await run('npm', ['install', `${NAME}@${spec}`, ...flags], dir, env);
  writeFileSync(join(dir, 'probe.mjs'), probe(since));
  return JSON.parse(await run('node', ['probe.mjs'], dir, env)) as Report;
}
