/**
 * The packed package as a user gets it: `npm pack`, installed (`--prefer-offline`: from the npm cache where
 * it holds zod, from the registry on a new machine) into a throw-away project in the system temp folder,
 * type-checked (`strict`) from an ESM `.ts` file and a CJS `.cts` file under moduleResolution node16,
 * nodenext and bundler by the repository's TypeScript, and under node16 and bundler by the oldest
 * TypeScript the README supports (5.4), then run by Node in both module kinds. The files hold what users
 * write with the records: read-only records in their own annotations, edits that must fail, mutable copies.
 * Needs the build (npm test builds first).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(join(root, 'dist/index.cjs')) && existsSync(join(root, 'dist/cli.js'));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const PKG = 'china-security-risk-data';
const SUBPATHS = [
  '',
  '/schemas',
  '/partnerships',
  '/treaties',
  '/events',
  '/watch',
  '/sources',
  '/countries',
  '/conflicts',
];

/** What both module kinds print: the same answers through every entry. */
const EXPECTED = {
  uk: '3.3',
  sameFunction: true,
  suspended: ['hk-nl', 'hk-ie', 'hk-fi'],
  canada: 'suspended',
  nato: true,
  watch: 5,
  tracker: 'tracker',
  cz: 'CZ',
  conflicts: true,
  rejects: false,
  fingerprint: true,
};

/**
 * The records as users hold them (type-checked, never run): the tables hand out read-only records that
 * users' own annotations accept (`Treaty`, `Membership[]`, `Level | undefined`); writing to one is an
 * error; a record to edit is a `Mutable*` one, built by hand, parsed by the schema or cast from a copy
 * (`structuredClone` keeps the read-only type). `ns` qualifies the package's names (`main.` in the CJS
 * file), `z` the schemas'.
 */
function records(ns: string, z: string): string {
  return `
export function records() {
  function f(t: ${ns}Treaty): string {
    return t.id;
  }
  f(${ns}treaties[0]!);
  const ms: ${ns}Membership[] = ${ns}partnerships.filter((m) => m.level === '3.3');
  const all: readonly ${ns}Membership[] = ${ns}partnerships;
  const l: ${ns}Level | undefined = ${ns}tierOf('GB');
  const suspended: ${ns}Treaty[] = ${ns}treatiesSuspendedAfter('2020-07-31');
  const mine: ${ns}MutableTreaty = structuredClone(${ns}treaties[0]!) as ${ns}MutableTreaty;
  // @ts-expect-error structuredClone returns the type it is given: a read-only Treaty
  const uncast: ${ns}MutableTreaty = structuredClone(${ns}treaties[0]!);
  mine.status = 'suspended';
  mine.steps.push({ action: 'suspended', date: { value: '2020-07', precision: 'month' }, sources: [{ source: 'x' }] });
  const parsed: ${ns}MutableTreaty = ${z}TreatySchema.parse(${ns}treaties[0]);
  parsed.steps[0]!.date.value = '2001';
  const byHand: ${ns}MutableMembership = {
    id: 'gb-3-3-2015',
    country: 'GB',
    level: '3.3',
    since: { value: '2015-10', precision: 'month' },
    placement: 'label',
    basis: 'external',
    sources: [{ source: 'x' }],
  };
  byHand.level = '3.5';
  const asRecord: ${ns}Membership = byHand;
  const asTreaty: ${ns}Treaty = mine;
  // @ts-expect-error a record is read-only
  ${ns}treaties[0]!.status = 'in-force';
  // @ts-expect-error so are its arrays
  ${ns}treaties[0]!.steps.push(mine.steps[0]!);
  // @ts-expect-error and its nested objects
  ms[0]!.since!.value = '2020';
  // @ts-expect-error and the records helpers return
  l!.code = '1.1';
  // @ts-expect-error a table is a read-only array
  ${ns}partnerships.push(byHand);
  // @ts-expect-error a read-only record is no mutable one
  const edit: ${ns}MutableTreaty = ${ns}treaties[0]!;
  return [all, suspended, uncast, parsed, asRecord, asTreaty, edit];
}
`;
}

const ESM = `import {
  tierOf as mainTierOf,
  dataset,
  cite,
  partnerships,
  treaties,
  type Level,
  type Membership,
  type MutableMembership,
  type MutableTreaty,
  type Treaty,
} from '${PKG}';
import { TreatySchema } from '${PKG}/schemas';
import { tierOf, compareTiers, type LevelCode } from '${PKG}/partnerships';
import { treatiesSuspendedAfter, treatyStatus } from '${PKG}/treaties';
import { eventsBetween } from '${PKG}/events';
import { watchItems } from '${PKG}/watch';
import { sources, type Source } from '${PKG}/sources';
import { resolveCountry } from '${PKG}/countries';
import { conflicts } from '${PKG}/conflicts';

// Real types reach the consumer: literal unions, and errors on misuse (type-checked, never run).
const uk: LevelCode | undefined = tierOf('United Kingdom')?.code;
export function misuse() {
  // @ts-expect-error tierOf takes a string
  tierOf(42);
  // @ts-expect-error not a level code
  compareTiers('9.9', '1.1');
}
const treaty: Treaty | undefined = undefined;
const tracker: Source['kind'] | undefined = sources[0]?.kind;
cite({ format: 'bibtex' });
console.log(JSON.stringify({
  uk,
  sameFunction: tierOf === mainTierOf && treaty === undefined,
  suspended: treatiesSuspendedAfter('2020-07-31').map((t) => t.id),
  canada: treatyStatus('Canada', { side: 'HK' }),
  nato: eventsBetween('2021-06-14', '2021-06-14').some((e) => e.id === 'nato-brussels-summit-2021'),
  watch: watchItems.length,
  tracker,
  cz: resolveCountry('Czech Republic'),
  conflicts: conflicts.length > 0,
  rejects: TreatySchema.safeParse({}).success,
  fingerprint: /^[0-9a-f]{64}$/.test(dataset.fingerprint),
}));
${records('', '')}`;

/** The CJS file: \`import x = require()\` under node16/nodenext; bundler mode takes ESM syntax only. */
function cjs(style: 'require' | 'esm-syntax'): string {
  const imp = (name: string, path: string) =>
    style === 'require' ? `import ${name} = require('${PKG}${path}');` : `import * as ${name} from '${PKG}${path}';`;
  return `${imp('main', '')}
${imp('schemas', '/schemas')}
${imp('partnerships', '/partnerships')}
${imp('treaties', '/treaties')}
${imp('events', '/events')}
${imp('watch', '/watch')}
${imp('sources', '/sources')}
${imp('countries', '/countries')}
${imp('conflicts', '/conflicts')}

const uk: partnerships.LevelCode | undefined = partnerships.tierOf('United Kingdom')?.code;
function misuse() {
  // @ts-expect-error tierOf takes a string
  partnerships.tierOf(42);
}
void misuse;
const treaty: treaties.Treaty | undefined = undefined;
const tracker: sources.Source['kind'] | undefined = sources.sources[0]?.kind;
main.cite({ format: 'text' });
console.log(JSON.stringify({
  uk,
  sameFunction: partnerships.tierOf === main.tierOf && treaty === undefined,
  suspended: treaties.treatiesSuspendedAfter('2020-07-31').map((t) => t.id),
  canada: treaties.treatyStatus('Canada', { side: 'HK' }),
  nato: events.eventsBetween('2021-06-14', '2021-06-14').some((e) => e.id === 'nato-brussels-summit-2021'),
  watch: watch.watchItems.length,
  tracker,
  cz: countries.resolveCountry('Czech Republic'),
  conflicts: conflicts.conflicts.length > 0,
  rejects: schemas.TreatySchema.safeParse({}).success,
  fingerprint: /^[0-9a-f]{64}$/.test(main.dataset.fingerprint),
}));
${records('main.', 'schemas.')}`;
}

/**
 * The nodenext build also emits (to run it). Declaration files (ours and zod's) are checked where
 * `libCheck` is set: once by the repository's TypeScript (in the nodenext build; checking them once saves
 * half the time), and by the oldest TypeScript supported in every build it runs. TypeScript's own
 * `lib.*.d.ts` are never checked (`skipDefaultLibCheck`): they say nothing about the package, and cost a
 * third of the time.
 */
function tsconfig(module: string, moduleResolution: string, files: string[], emit: boolean, libCheck = emit) {
  return JSON.stringify({
    compilerOptions: {
      strict: true,
      skipLibCheck: !libCheck,
      skipDefaultLibCheck: true,
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      types: [],
      module,
      moduleResolution,
      ...(emit ? { outDir: 'out' } : { noEmit: true }),
    },
    files,
  });
}

/**
 * The oldest TypeScript the README says the package supports, installed into a folder of its own for
 * this test (an npm alias in devDependencies would take over the `tsc` command of the repository).
 */
const OLDEST_TS = '5.4';
const OLDEST_TS_VERSION = '5.4.5';
let tsc54 = '';

/** Each type-check: a TypeScript and a config written into the consumer project. */
const CHECKS = [
  { name: 'node16', tsc, config: 'tsconfig.node16.json' },
  { name: 'nodenext', tsc, config: 'tsconfig.nodenext.json' },
  { name: 'bundler', tsc, config: 'tsconfig.bundler.json' },
  { name: `TypeScript ${OLDEST_TS}, node16`, tsc: '', config: 'tsconfig.ts54-node16.json' },
  { name: `TypeScript ${OLDEST_TS}, bundler`, tsc: '', config: 'tsconfig.ts54-bundler.json' },
];

describe.runIf(built)('the packed package in a consumer project', () => {
  let tmp: string;
  let app: string;
  let tarball: string;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'csrd-consumer-'));
    const { stdout } = await exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], {
      cwd: root,
    });
    tarball = join(tmp, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
    app = join(tmp, 'app');
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }),
    );
    // --prefer-offline, not --offline: a new machine's npm cache lacks zod's registry metadata (ENOTCACHED).
    const ts54 = join(tmp, 'ts54');
    mkdirSync(ts54);
    writeFileSync(join(ts54, 'package.json'), JSON.stringify({ name: 'ts54', version: '1.0.0', private: true }));
    await Promise.all([
      exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], {
        cwd: app,
      }),
      exec(
        'npm',
        [
          'install',
          '--no-audit',
          '--no-fund',
          '--prefer-offline',
          '--ignore-scripts',
          `typescript@${OLDEST_TS_VERSION}`,
        ],
        { cwd: ts54 },
      ),
    ]);
    tsc54 = join(ts54, 'node_modules/typescript/bin/tsc');
    writeFileSync(join(app, 'esm.ts'), ESM);
    writeFileSync(join(app, 'cjs.cts'), cjs('require'));
    writeFileSync(join(app, 'cjs-bundler.cts'), cjs('esm-syntax'));
    writeFileSync(join(app, 'tsconfig.node16.json'), tsconfig('node16', 'node16', ['esm.ts', 'cjs.cts'], false));
    writeFileSync(join(app, 'tsconfig.nodenext.json'), tsconfig('nodenext', 'nodenext', ['esm.ts', 'cjs.cts'], true));
    writeFileSync(
      join(app, 'tsconfig.bundler.json'),
      tsconfig('esnext', 'bundler', ['esm.ts', 'cjs-bundler.cts'], false),
    );
    writeFileSync(
      join(app, 'tsconfig.ts54-node16.json'),
      tsconfig('node16', 'node16', ['esm.ts', 'cjs.cts'], false, true),
    );
    writeFileSync(
      join(app, 'tsconfig.ts54-bundler.json'),
      tsconfig('esnext', 'bundler', ['esm.ts', 'cjs-bundler.cts'], false, true),
    );
  }, 60_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the tarball holds the built entries, the data files, the CLI and CITATION.cff', async () => {
    const { stdout } = await exec('tar', ['-tzf', tarball]);
    const files = stdout.split('\n');
    for (const name of [
      'index',
      'schemas',
      'partnerships',
      'treaties',
      'events',
      'watch',
      'sources',
      'countries',
      'conflicts',
    ]) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts'])
        expect(files, `${name}.${ext}`).toContain(`package/dist/${name}.${ext}`);
    }
    for (const file of [
      'dist/cli.js',
      'data/treaties.csv',
      'data/treaties.json',
      'data/schema/treaties.schema.json',
      'data/datapackage.json',
      'data/README.md',
      'CITATION.cff',
    ]) {
      expect(files).toContain(`package/${file}`);
    }
  });

  it(`type-checks under node16, nodenext and bundler (ESM .ts and CJS .cts), and under TypeScript ${OLDEST_TS}`, async () => {
    const installed = JSON.parse(readFileSync(join(tsc54, '../../package.json'), 'utf8'));
    expect(installed.version).toBe(OLDEST_TS_VERSION);
    const results = await Promise.allSettled(
      CHECKS.map((c) => exec(c.tsc === '' ? tsc54 : c.tsc, ['-p', c.config], { cwd: app })),
    );
    const failures = results.flatMap((r, i) =>
      r.status === 'rejected' ? [`${CHECKS[i]!.name}: ${(r.reason as { stdout?: string }).stdout ?? r.reason}`] : [],
    );
    expect(failures).toEqual([]);
    expect(readdirSync(join(app, 'out')).sort()).toEqual(['cjs.cjs', 'esm.js']);
  });

  it('runs as ESM and as CJS, with the same answers through every entry', async () => {
    const esm = await exec(process.execPath, ['out/esm.js'], { cwd: app });
    const cjsRun = await exec(process.execPath, ['out/cjs.cjs'], { cwd: app });
    expect(JSON.parse(esm.stdout)).toEqual(EXPECTED);
    expect(JSON.parse(cjsRun.stdout)).toEqual(EXPECTED);
  });

  it('every subpath loads in both module kinds; the data files resolve; the bin runs', async () => {
    const script = `
      const subpaths = ${JSON.stringify(SUBPATHS)};
      const esm = await Promise.all(subpaths.map((p) => import('${PKG}' + p)));
      const { createRequire } = await import('node:module');
      const require = createRequire(import.meta.url);
      const cjs = subpaths.map((p) => require('${PKG}' + p));
      const tiers = require('${PKG}/data/tiers.json');
      const json = (await import('${PKG}/data/levels.json', { with: { type: 'json' } })).default;
      console.log(JSON.stringify({
        esm: esm.map((m) => Object.keys(m).length > 0),
        cjs: cjs.map((m) => Object.keys(m).length > 0),
        tiers: tiers.length,
        levels: json.length,
        sameData: cjs[2].levels[0].code === json[0].code,
      }));`;
    const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script], { cwd: app });
    const ok = SUBPATHS.map(() => true);
    expect(JSON.parse(stdout)).toEqual({ esm: ok, cjs: ok, tiers: 5, levels: 16, sameData: true });
    const bin = await exec(join(app, 'node_modules/.bin', PKG), ['tier', 'United Kingdom'], { cwd: app });
    expect(bin.stdout).toMatch(/^level +3\.3 /m);
  });
});

it('the package was built before the tests (npm test builds first)', () => {
  expect(built || !process.env.CI).toBe(true);
});
