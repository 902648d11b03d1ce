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
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHECKS,
  cjs,
  ESM,
  EXPECTED,
  OLDEST_TS,
  OLDEST_TS_VERSION,
  PKG,
  root,
  SUBPATHS,
  tsconfig,
} from './consumer-fixtures.js';

const exec = promisify(execFile);
const built = existsSync(join(root, 'dist/index.cjs')) && existsSync(join(root, 'dist/cli.js'));
/** The oldest TypeScript's compiler, installed by the setup (`CHECKS` entries without a `tsc` use it). */
let tsc54 = '';

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
