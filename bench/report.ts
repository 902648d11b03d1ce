/** Writes BENCHMARKS.md from the figures of one run of `npm run bench`. */
import type { BundleRow } from './bundles.js';
import type { ImportRow } from './imports.js';
import type { lookups } from './lookups.js';
import type { Above, Cost, Stats } from './spawn.js';

interface Figures {
  readonly runs: number;
  readonly machine: {
    readonly cpu: string;
    readonly cores: number;
    readonly memory: number;
    readonly node: string;
    readonly os: string;
    readonly loadBefore: readonly number[];
    readonly loadAfter: readonly number[];
  };
  readonly loading: { rows: ImportRow[]; peer: Cost; cjsMain: Cost; bare: number };
  readonly lookUps: ReturnType<typeof lookups>;
  readonly sizes: readonly BundleRow[];
}

const ms = (s: Stats) => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const cost = (a: Above) => `${a.median.toFixed(1)} (${a.best.toFixed(1)})`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const verdict = (ok: boolean, goal: string) => (ok ? `met (${goal})` : `**missed** (${goal})`);
const entryName = (entry: string) => (entry === 'index' ? '`.` (main)' : `\`/${entry}\``);

export function report(f: Figures): string {
  const { rows, peer, cjsMain, bare } = f.loading;
  const main = rows.find((r) => r.entry === 'index')!;
  const part = rows.find((r) => r.entry === 'partnerships')!;
  const mainRatio = main.ours.wall.median / main.json!.wall.median;
  const partRatio = part.ours.wall.median / peer.wall.median;
  const { codes, names, inputs } = f.lookUps;
  const codeRatio = codes.tierOf.median / codes.mapGet.median;
  const nameRatio = names.tierOf.median / names.mapGet.median;
  const size = (name: BundleRow['name']) => f.sizes.find((s) => s.name === name)!;
  const tierOf = size('tierOf alone');
  const dataset = size('dataset alone');
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

  const lines = [
    '# Benchmarks',
    '',
    '<!-- Written by bench/run.ts (npm run bench); do not edit by hand. -->',
    '',
    'Every figure below comes from one run of `npm run bench` on the built package. Costs are **above a bare',
    '`node` process**: each variant runs in a fresh process, interleaved in a rotating order with a bare',
    `process (\`node --input-type=module -e ''\`), ${f.runs} rounds after two warm-up rounds. A cost is the median of`,
    "the variant's figures minus the median of the bare process's; in brackets, its fastest round minus the bare",
    "process's fastest. Wall time from spawn to exit; CPU time (user + system) as the child reports it at its end.",
    '',
    '## Goals',
    '',
    '| goal | measured | verdict |',
    '|---|---|---|',
    `| main entry, \`import\` + first \`tierOf\`, ≤ 1.5× its tables as JSON | ${main.ours.wall.median.toFixed(1)} ms vs ${main.json!.wall.median.toFixed(1)} ms: ${ratio(main.ours.wall.median, main.json!.wall.median)} | ${verdict(mainRatio <= 1.5, '≤ 1.5×')} |`,
    `| \`/partnerships\`, \`import\` + first \`tierOf\`, at or under countries-list | ${part.ours.wall.median.toFixed(1)} ms vs ${peer.wall.median.toFixed(1)} ms: ${ratio(part.ours.wall.median, peer.wall.median)} | ${verdict(partRatio <= 1, '≤ 1×')} |`,
    `| \`tierOf\` by name on first sight, ≤ 6× \`Map.get\` | ${names.tierOf.median.toFixed(0)} ns vs ${names.mapGet.median.toFixed(0)} ns: ${ratio(names.tierOf.median, names.mapGet.median)} | ${verdict(nameRatio <= 6, '≤ 6×')} |`,
    `| \`tierOf\` by code on first sight, ≤ 3× \`Map.get\` | ${codes.tierOf.median.toFixed(0)} ns vs ${codes.mapGet.median.toFixed(0)} ns: ${ratio(codes.tierOf.median, codes.mapGet.median)} | ${verdict(codeRatio <= 3, '≤ 3×')} |`,
    `| bundle of \`tierOf\` alone ≤ 9 KiB min+gz | ${kib(tierOf.gzipped)} | ${verdict(tierOf.gzipped <= 9216, '≤ 9 KiB')} |`,
    `| bundle of \`dataset\` alone ≤ 4 KiB min+gz | ${kib(dataset.gzipped)} | ${verdict(dataset.gzipped <= 4096, '≤ 4 KiB')} |`,
    `| zod never on the data path | ${f.sizes.some((s) => s.zod) ? 'zod found in a bundle' : 'absent from every bundle above'} | ${verdict(!f.sizes.some((s) => s.zod), 'absent')} |`,
    '',
    '### Where the load time goes',
    '',
    "The two load goals are missed. A CPU profile of the main import of 1.0.0 (`node --cpu-prof`, 2 December 2026) split the cost above the JSON floor as follows: compiling the entry's JavaScript (then about 0.9 MB, nearly all of it the tables as JSON text inside the modules, which a browser bundle needs since the data path may not read files) about 10 ms; loading eight ES modules instead of reading one file, about 1 ms each (the main entry imports the seven table subpaths so that a process holds one copy of every record and function); freezing every record deeply, 3 to 5 ms; the rest is parsing, the same as the floor. The floor reads files with `node:fs`, freezes nothing and loads one module: reaching 1.5× of it would take shipping unfrozen records, or JSON modules (`import ... with { type: 'json' }`, still experimental in Node 20 and a warning on every load), or `node:fs` on the data path. countries-list loads one module of 48 KB of plain object literals and freezes nothing; `/partnerships` carries the dated memberships with their citations and the name indexes, and freezes them. 2.0.0 added the years since the tracker (232 memberships, 65 communities, 949 sources) and the names people type (traditional Chinese, official names): the main path is now about 1.6 MB of JavaScript, and the name index is most of what grew in the look-ups and in the bundle of `tierOf` alone (the generated names are 30 KB of its 54 KB minified). The record of changes between releases is kept off the main path, in `/changes`. Compare ratios between runs, not milliseconds: the bare process itself varies from about 60 to 100 ms between machines and days.",
    '',
    '## Loading each entry',
    '',
    `\`import\` of the built entry (\`dist/<entry>.js\`) and a first call, beside the JSON floor: the same tables read from \`data/*.json\` with \`readFileSync\` and \`JSON.parse\` (no freezing, no indexes). Peak memory is the child's maximum resident set above the bare process's (${bare.toFixed(1)} MiB).`,
    '',
    '| entry | wall ms | CPU ms | its tables as JSON, wall ms | ratio | peak memory above node |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${entryName(r.entry)} | ${cost(r.ours.wall)} | ${cost(r.ours.cpu)} | ${r.json ? cost(r.json.wall) : '–'} | ${r.json ? ratio(r.ours.wall.median, r.json.wall.median) : '–'} | ${r.ours.rss.median.toFixed(1)} MiB |`,
    ),
    `| \`.\` (main), CommonJS \`require\` | ${cost(cjsMain.wall)} | ${cost(cjsMain.cpu)} | ${cost(main.json!.wall)} | ${ratio(cjsMain.wall.median, main.json!.wall.median)} | ${cjsMain.rss.median.toFixed(1)} MiB |`,
    `| countries-list 3.4.1 (peer), \`import\` + one look-up | ${cost(peer.wall)} | ${cost(peer.cpu)} | – | – | ${peer.rss.median.toFixed(1)} MiB |`,
    '',
    '## Look-ups on first sight',
    '',
    `\`tierOf\` on new copies of every spelling of every country (${inputs.codes} codes: alpha-2 and alpha-3, upper, lower and padded; ${inputs.names} names: English and Chinese, as written, upper, lower and padded), beside \`Map.get\` of the same new copies in a Map keyed by those spellings. \`tierOf\` keeps nothing of its inputs: every call resolves the name. Nanoseconds per call, median of rounds (min–max).`,
    '',
    '| input | `tierOf` ns | `Map.get` ns | ratio |',
    '|---|---:|---:|---:|',
    `| codes | ${ms(codes.tierOf)} | ${ms(codes.mapGet)} | ${ratio(codes.tierOf.median, codes.mapGet.median)} |`,
    `| names | ${ms(names.tierOf)} | ${ms(names.mapGet)} | ${ratio(names.tierOf.median, names.mapGet.median)} |`,
    '',
    '## Bundles',
    '',
    'A consumer module importing one thing, bundled by esbuild for the browser, minified; gzip level 9.',
    '',
    '| bundle | minified | min + gzip | zod |',
    '|---|---:|---:|---|',
    ...f.sizes.map((s) => `| ${s.name} | ${kib(s.minified)} | ${kib(s.gzipped)} | ${s.zod ? 'yes' : 'no'} |`),
    '',
    '## Machine',
    '',
    `${f.machine.cpu}, ${f.machine.cores} cores, ${(f.machine.memory / 2 ** 30).toFixed(0)} GiB; ${f.machine.os}; Node ${f.machine.node}. Load average (1, 5, 15 min) ${f.machine.loadBefore.map((l) => l.toFixed(2)).join(', ')} before the run and ${f.machine.loadAfter.map((l) => l.toFixed(2)).join(', ')} after.`,
    '',
    '## How to rerun',
    '',
    '```sh',
    'npm ci',
    'npm run bench            # builds, measures, rewrites BENCHMARKS.md',
    'BENCH_RUNS=61 npm run bench   # more rounds on a noisy machine',
    '```',
    '',
  ];
  return lines.join('\n');
}
