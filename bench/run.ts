/**
 * The benchmarks (`npm run bench`, after the build; not part of `npm test`): every figure is measured in
 * one run beside its baseline, and the run writes BENCHMARKS.md with the machine it ran on.
 *
 * - loading: each entry's cost above a bare `node` process beside the JSON floor of its tables and beside
 *   countries-list (bench/imports.ts);
 * - look-ups: `tierOf` on first sight of every spelling of every country, beside a `Map.get` of the same
 *   fresh strings (bench/lookups.ts);
 * - bundles: a consumer's minified and gzipped bundle of `tierOf` alone, of `dataset` alone (bench/bundles.ts).
 *
 * `BENCH_RUNS` sets the number of interleaved rounds (default 31).
 */
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundles } from './bundles.js';
import { imports } from './imports.js';
import { lookups } from './lookups.js';
import { report } from './report.js';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const file of ['dist/index.js', 'dist/partnerships.js', 'data/tiers.json']) {
  if (!existsSync(join(root, file))) throw new Error(`${file} missing: run npm run build first`);
}
const runs = Number(process.env.BENCH_RUNS ?? 31);
const load = os.loadavg();

console.error(`loading: ${runs} interleaved rounds of every entry, its JSON floor and countries-list...`);
const loading = imports(root, runs);
console.error('look-ups...');
const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
const lookUps = lookups(lib);
console.error('bundles...');
const sizes = await bundles(root);

const text = report({
  runs,
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memory: os.totalmem(),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadBefore: load,
    loadAfter: os.loadavg(),
  },
  loading,
  lookUps,
  sizes,
});
writeFileSync(join(root, 'BENCHMARKS.md'), text);
console.log(text);
