/**
 * Benchmarks (`npm run bench`; not part of `npm test`). Every figure is a ratio against a baseline
 * measured in the same run, on the built package (dist/) and the generated files (data/). Writes
 * BENCHMARKS.md at the repository root.
 *
 *   1. cold import of each entry, against loading the same data from plain JSON (goal <= 1.5x)
 *   2. tierOf by code and by name, against a bare Map.get (goal <= 3x)
 *   3. treatiesSuspendedAfter, against a hand-written filter over the same array
 *   4. minified + gzipped size of a consumer bundle importing only tierOf (esbuild), zod absent
 *   5. the same name lookups in i18n-iso-countries (and countries-list, when installed)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { do_not_optimize, measure } from 'mitata';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const RUNS = Number(process.env.BENCH_RUNS ?? 21);

for (const file of ['dist/index.js', 'dist/cli.js', 'data/tiers.json']) {
  if (!existsSync(join(root, file)))
    throw new Error(`${file} missing: run npm run build (and npm run build:files) first`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, digits = 2) => x.toFixed(digits);
const ratio = (a, b) => `${fmt(a / b)}×`;
const verdict = (value, goal) => (value <= goal ? `met (≤ ${goal}×)` : `**missed** (goal ≤ ${goal}×)`);
const log = (...a) => console.error(...a);

// ---------------------------------------------------------------------------------------------------
// 1. Cold import

const JSON_OF = {
  tiers: 'tiers',
  levels: 'levels',
  partnerships: 'partnerships',
  outsideFramework: 'outside-framework',
  treaties: 'treaties',
  events: 'events',
  watchItems: 'watch-items',
  conflicts: 'conflicts',
  sources: 'sources',
  countries: 'countries',
};
/** Entry -> the data files holding the same data it loads (the country table where its helpers resolve names). */
const ENTRIES = [
  { entry: '.', file: 'index', json: Object.values(JSON_OF) },
  {
    entry: './partnerships',
    file: 'partnerships',
    json: ['tiers', 'levels', 'partnerships', 'outside-framework', 'countries'],
  },
  { entry: './treaties', file: 'treaties', json: ['treaties', 'countries'] },
  { entry: './events', file: 'events', json: ['events', 'countries'] },
  { entry: './watch', file: 'watch', json: ['watch-items'] },
  { entry: './sources', file: 'sources', json: ['sources'] },
  { entry: './countries', file: 'countries', json: ['countries'] },
  { entry: './conflicts', file: 'conflicts', json: ['conflicts'] },
];

function esmImport(path) {
  return ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(path).href)});`];
}
function jsonLoad(files, kind) {
  const paths = JSON.stringify(files.map((f) => join(root, 'data', `${f}.json`)));
  const body = `const out = []; for (const p of ${paths}) out.push(JSON.parse(readFileSync(p, 'utf8')));`;
  return kind === 'esm'
    ? ['--input-type=module', '-e', `import { readFileSync } from 'node:fs'; ${body}`]
    : ['-e', `const { readFileSync } = require('node:fs'); ${body}`];
}

function coldImports() {
  const variants = new Map();
  variants.set('node (empty script)', ['-e', '']);
  for (const e of ENTRIES) {
    variants.set(`esm ${e.entry}`, esmImport(join(root, 'dist', `${e.file}.js`)));
    variants.set(`json-esm ${e.entry}`, jsonLoad(e.json, 'esm'));
  }
  variants.set('cjs .', ['-e', `require(${JSON.stringify(join(root, 'dist/index.cjs'))});`]);
  variants.set('json-cjs .', jsonLoad(ENTRIES[0].json, 'cjs'));
  variants.set('esm ./schemas', esmImport(join(root, 'dist/schemas.js')));
  variants.set('zod alone (esm)', [
    '--input-type=module',
    '-e',
    `await import(${JSON.stringify(pathToFileURL(require.resolve('zod')).href)});`,
  ]);

  const times = new Map([...variants.keys()].map((k) => [k, []]));
  const names = [...variants.keys()];
  for (let i = 0; i < RUNS + 2; i++) {
    // Interleaved, in a rotating order; the first two rounds warm the file cache and are dropped.
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length];
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, variants.get(name), { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
      if (i >= 2) times.get(name).push(ms);
    }
  }
  return new Map([...times].map(([k, v]) => [k, median(v)]));
}

// ---------------------------------------------------------------------------------------------------
// 2, 3, 5. Micro-benchmarks (mitata)

async function ns(fn) {
  const stats = await measure(fn);
  return stats.p50;
}

async function micro(lib) {
  const { tierOf, resolveCountry, treaties, treatiesSuspendedAfter, levels } = lib;
  // 2. tierOf vs Map.get, over the same answer.
  const uk = tierOf('United Kingdom');
  const map = new Map([
    ['GB', uk],
    ['United Kingdom', uk],
    ['Germany', tierOf('Germany')],
  ]);
  if (tierOf('GB') !== uk || !levels.includes(uk)) throw new Error('tierOf disagrees');
  const mapGetCode = await ns(() => do_not_optimize(map.get('GB')));
  const mapGetName = await ns(() => do_not_optimize(map.get('United Kingdom')));
  const byCode = await ns(() => do_not_optimize(tierOf('GB')));
  const byName = await ns(() => do_not_optimize(tierOf('United Kingdom')));
  const byAlpha3 = await ns(() => do_not_optimize(tierOf('gbr')));
  const resolveName = await ns(() => do_not_optimize(resolveCountry('United Kingdom')));

  // 3. treatiesSuspendedAfter vs a hand-written filter giving the same answer.
  const start = (v) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
  const handWritten = (day) => {
    const found = [];
    for (const t of treaties) {
      let first;
      for (const s of t.steps)
        if (s.action === 'suspended' && (first === undefined || start(s.date.value) < first))
          first = start(s.date.value);
      if (first !== undefined && first > day) found.push([first, t]);
    }
    found.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1].id < b[1].id ? -1 : 1));
    return found.map((f) => f[1]);
  };
  const a = treatiesSuspendedAfter('2020-07-31')
    .map((t) => t.id)
    .join();
  const b = handWritten('2020-07-31')
    .map((t) => t.id)
    .join();
  if (a !== b) throw new Error(`hand-written filter disagrees: ${a} vs ${b}`);
  const suspended = await ns(() => do_not_optimize(treatiesSuspendedAfter('2020-07-31')));
  const suspendedHand = await ns(() => do_not_optimize(handWritten('2020-07-31')));

  // 5. Other libraries, same name lookups.
  const countriesLib = require('i18n-iso-countries');
  countriesLib.registerLocale(require('i18n-iso-countries/langs/en.json'));
  if (countriesLib.getAlpha2Code('United Kingdom', 'en') !== 'GB') throw new Error('i18n-iso-countries disagrees');
  const i18nName = await ns(() => do_not_optimize(countriesLib.getAlpha2Code('United Kingdom', 'en')));
  const i18nVersion = require('i18n-iso-countries/package.json').version;
  let countriesList = null;
  try {
    countriesList = require('countries-list');
  } catch {
    // not installed
  }
  let listName = null;
  if (countriesList?.getCountryCode)
    listName = await ns(() => do_not_optimize(countriesList.getCountryCode('United Kingdom')));

  return {
    mapGetCode,
    mapGetName,
    byCode,
    byName,
    byAlpha3,
    resolveName,
    suspended,
    suspendedHand,
    i18nName,
    i18nVersion,
    listName,
  };
}

// ---------------------------------------------------------------------------------------------------
// 4. Consumer bundle size (esbuild)

async function bundles() {
  const tmp = mkdtempSync(join(os.tmpdir(), 'csrd-bench-'));
  try {
    mkdirSync(join(tmp, 'node_modules'));
    symlinkSync(root, join(tmp, 'node_modules', pkg.name), 'dir');
    const sources = {
      'tierOf (main entry)': `import { tierOf } from '${pkg.name}';\nexport const answer = tierOf('United Kingdom')?.code;\n`,
      'tierOf (/partnerships)': `import { tierOf } from '${pkg.name}/partnerships';\nexport const answer = tierOf('United Kingdom')?.code;\n`,
      'whole main entry (baseline)': `export * from '${pkg.name}';\n`,
    };
    const out = [];
    for (const platform of ['node', 'neutral']) {
      for (const [name, text] of Object.entries(sources)) {
        const entry = join(tmp, `${name.replace(/\W+/g, '-')}.mjs`);
        writeFileSync(entry, text);
        const result = await build({
          entryPoints: [entry],
          bundle: true,
          minify: true,
          format: 'esm',
          platform,
          write: false,
          metafile: true,
          absWorkingDir: tmp,
          logLevel: 'silent',
        });
        const code = result.outputFiles[0].contents;
        const inputs = Object.keys(result.metafile.inputs);
        out.push({
          platform,
          name,
          minified: code.length,
          gzipped: gzipSync(code, { level: 9 }).length,
          zod: inputs.some((p) => /(^|\/)zod\//.test(p)),
        });
      }
    }
    return out;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------

const loadStart = os.loadavg()[0];
log(`cold imports: ${RUNS} interleaved runs of each variant...`);
const cold = coldImports();
log('micro-benchmarks (mitata)...');
const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
const m = await micro(lib);
log('bundles (esbuild)...');
const b = await bundles();
for (const row of b)
  if (row.zod && row.name.startsWith('tierOf'))
    throw new Error(`zod found in the ${row.platform} bundle of ${row.name}`);

const cpus = os.cpus();
const bare = cold.get('node (empty script)');
const coldRows = ENTRIES.map((e) => {
  const ours = cold.get(`esm ${e.entry}`);
  const base = cold.get(`json-esm ${e.entry}`);
  return {
    entry: e.entry === '.' ? `\`${pkg.name}\`` : `\`${pkg.name}/${e.entry.slice(2)}\``,
    json: e.json,
    ours,
    base,
  };
});
coldRows.push({
  entry: `\`${pkg.name}\` (CJS require)`,
  json: ENTRIES[0].json,
  ours: cold.get('cjs .'),
  base: cold.get('json-cjs .'),
});
const coldWorst = Math.max(...coldRows.map((r) => r.ours / r.base));
const bundleOf = (platform, name) => b.find((r) => r.platform === platform && r.name === name);

const md = `# Benchmarks

Written by \`npm run bench\` (\`bench/run.mjs\`) on ${new Date().toISOString().slice(0, 10)}; not part of \`npm test\`. Every figure is a
ratio against a baseline measured in the same run, on the built package (\`dist/\`) and the generated files (\`data/\`)
of version ${pkg.version}. Re-run it on your machine: absolute times vary, the ratios much less.

## Machine

- CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length}
- Memory: ${fmt(os.totalmem() / 2 ** 30, 1)} GiB; ${os.type()} ${os.release()} (${os.arch()})
- Load average (1 min) at the start and end of the run: ${fmt(loadStart)} and ${fmt(os.loadavg()[0])} (the run shares the
  machine with whatever else runs on it; a high load inflates the process-spawn times and the micro-benchmarks)
- Node ${process.version}; esbuild ${require('esbuild/package.json').version}; mitata ${require('mitata/package.json').version}

## 1. Cold import, against loading the same data from plain JSON (goal ≤ 1.5×)

Method: a new \`node\` process per measurement (spawned and timed from outside, so process start-up is included in
both columns), ${RUNS} runs of every variant, interleaved in a rotating order after two warm-up rounds; the median is
shown. The entry is loaded with \`await import()\` of its \`dist/*.js\` file (ESM) or \`require()\` (CJS); the baseline
reads and \`JSON.parse\`s the \`data/*.json\` files holding the same tables (for entries whose helpers resolve country
names, the country table too). An empty \`node -e ""\` takes ${fmt(bare, 1)} ms.

| entry | data files of the baseline | entry (ms) | JSON (ms) | ratio | above bare node: entry / JSON (ms) |
|---|---|---:|---:|---:|---:|
${coldRows.map((r) => `| ${r.entry} | ${r.json.join(', ')} | ${fmt(r.ours, 1)} | ${fmt(r.base, 1)} | **${ratio(r.ours, r.base)}** | ${fmt(r.ours - bare, 1)} / ${fmt(r.base - bare, 1)} |`).join('\n')}

Worst ratio ${fmt(coldWorst)}×: goal ${verdict(coldWorst, 1.5)}. For scale, the zod-based \`/schemas\` entry takes
${fmt(cold.get('esm ./schemas'), 1)} ms and zod alone ${fmt(cold.get('zod alone (esm)'), 1)} ms; the data entries load no zod.

## 2. \`tierOf\`, against a bare \`Map.get\` (goal ≤ 3×)

Method: mitata \`measure()\` (median time per call, \`do_not_optimize\` on every result) in one process, on the
built ESM entry. The baseline is \`Map.prototype.get\` with the same input string, on a \`Map\` from the inputs
(\`'GB'\`, \`'United Kingdom'\`) to the same level record: the cheapest possible lookup, with no normalisation and no
validation.

| lookup | median per call | baseline: \`Map.get\` with the same key | ratio | goal |
|---|---:|---:|---:|---|
| \`tierOf('GB')\` (by code) | ${fmt(m.byCode, 1)} ns | ${fmt(m.mapGetCode, 1)} ns | **${ratio(m.byCode, m.mapGetCode)}** | ${verdict(m.byCode / m.mapGetCode, 3)} |
| \`tierOf('United Kingdom')\` (by name) | ${fmt(m.byName, 1)} ns | ${fmt(m.mapGetName, 1)} ns | **${ratio(m.byName, m.mapGetName)}** | ${verdict(m.byName / m.mapGetName, 3)} |
| \`tierOf('gbr')\` (alpha-3, lower case) | ${fmt(m.byAlpha3, 1)} ns | ${fmt(m.mapGetCode, 1)} ns | ${ratio(m.byAlpha3, m.mapGetCode)} | |
| \`resolveCountry('United Kingdom')\` | ${fmt(m.resolveName, 1)} ns | ${fmt(m.mapGetName, 1)} ns | ${ratio(m.resolveName, m.mapGetName)} | |

At these few nanoseconds mitata's own loop overhead is a large part of every figure, so ratios near 1× mean
"as fast as a \`Map.get\`", not more. Between runs on this machine the sub-microsecond figures vary by up to a third
(JIT state, the order of the measurements), so read them as orders of magnitude.
${
  Math.max(m.byCode / m.mapGetCode, m.byName / m.mapGetName) > 3
    ? `
The goal is missed in this run.
`
    : ''
}
\`tierOf\` without \`asOf\` remembers its answer per exact input string (a bounded \`Map\`; the data is frozen, so a
remembered answer never goes stale), so a repeated lookup costs one \`Map.get\` after the argument check. The first
lookup of a string pays for the normalisation (Unicode NFKD, accents, punctuation and case) and the index lookups:
that cost is the \`resolveCountry\` row. Calls with \`asOf\` are not remembered.

## 3. \`treatiesSuspendedAfter\`, against a hand-written filter

Method as in 2. The hand-written version loops over the same frozen \`treaties\` array, finds each treaty's first
\`suspended\` step (a month or year counted from its first day), keeps those after the day and sorts them by date:
the same answer, checked before timing, but without validating the date argument.

| call | median per call | ratio |
|---|---:|---:|
| \`treatiesSuspendedAfter('2020-07-31')\` | ${fmt(m.suspended / 1000, 2)} µs | **${ratio(m.suspended, m.suspendedHand)}** |
| hand-written filter (baseline) | ${fmt(m.suspendedHand / 1000, 2)} µs | 1.00× |

## 4. Size of a consumer bundle that imports only \`tierOf\`

Method: esbuild (\`bundle\`, \`minify\`, ESM output, tree shaking; the package resolved through its \`exports\` from a
\`node_modules\` link), then gzip level 9. The baseline is a bundle of the whole main entry (\`export *\`). zod is
absent from every \`tierOf\` bundle (checked in esbuild's metafile; the run fails otherwise).

| platform | bundle | minified | min + gzip | ratio to whole entry (gzip) | zod |
|---|---|---:|---:|---:|---|
${b.map((r) => `| ${r.platform} | ${r.name} | ${(r.minified / 1024).toFixed(1)} KiB | ${(r.gzipped / 1024).toFixed(1)} KiB | ${ratio(r.gzipped, bundleOf(r.platform, 'whole main entry (baseline)').gzipped)} | ${r.zod ? 'present' : 'absent'} |`).join('\n')}

\`tierOf\` needs the country table (to resolve names in English and Chinese), the levels and the membership records
with their citations; the treaty, event, watch-item, conflict and source tables are shaken out.

## 5. The same look-ups in other libraries

Method as in 2: name to ISO alpha-2 code, \`'United Kingdom'\`.

| library | call | median per call | time relative to this package's \`resolveCountry\` (higher is slower) |
|---|---|---:|---:|
| ${pkg.name} ${pkg.version} | \`resolveCountry('United Kingdom')\` | ${fmt(m.resolveName, 1)} ns | 1.00× |
| ${pkg.name} ${pkg.version} | \`tierOf('United Kingdom')\` (resolves, then looks up the level) | ${fmt(m.byName, 1)} ns | ${ratio(m.byName, m.resolveName)} |
| i18n-iso-countries ${m.i18nVersion} | \`getAlpha2Code('United Kingdom', 'en')\` after \`registerLocale(en)\` | ${fmt(m.i18nName, 1)} ns | ${ratio(m.i18nName, m.resolveName)} |
| countries-list | \`getCountryCode('United Kingdom')\` | ${m.listName === null ? 'not measured' : `${fmt(m.listName, 1)} ns`} | ${m.listName === null ? '-' : ratio(m.listName, m.resolveName)} |
${
  m.listName === null
    ? `
countries-list was not measured: it is not a dependency of this repository, and this run installs nothing. To
include it, \`npm install --no-save countries-list\` and run \`npm run bench\` again; the script picks it up.
`
    : ''
}`;

writeFileSync(join(root, 'BENCHMARKS.md'), md);
log(md);
log('wrote BENCHMARKS.md');
