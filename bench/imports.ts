/**
 * What loading each entry costs above a bare `node` process: `import` and a first call, beside the cost of
 * reading the same tables from `data/*.json` with `readFileSync` + `JSON.parse` (the JSON floor) and beside
 * countries-list (the lightest peer), all in the same interleaved rounds.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTRIES, TABLE_NAMES, TABLES, type TableName } from '../src/registry.js';
import { type Cost, cjs, esm, measure, type Variant } from './spawn.js';

/** What each entry is asked once loaded, so that a first look-up is part of its cost. */
const FIRST_CALL: Record<string, string> = {
  index: "m.tierOf('GB')",
  partnerships: "m.tierOf('GB')",
  treaties: "m.treatyStatus('Canada', { side: 'HK' })",
  events: "m.eventsInvolving('Russia')",
  watch: 'm.watchItems.length',
  sources: 'm.sources.length',
  countries: "m.resolveCountry('Germany')",
  conflicts: 'm.conflicts.length',
  changes: "m.changesSince('1.0.0')",
  schemas: 'm.TreatySchema',
};

/** The tables an entry exports, by file name: all of them for the main entry. */
function tablesOf(entry: string): string[] {
  const names: TableName[] = entry === 'index' ? TABLE_NAMES : TABLE_NAMES.filter((t) => TABLES[t].entry === entry);
  return names.map((t) => TABLES[t].file);
}

function jsonFloor(root: string, files: readonly string[]): Variant {
  const paths = JSON.stringify(files.map((f) => join(root, 'data', `${f}.json`)));
  return esm(`import { readFileSync } from 'node:fs'; for (const p of ${paths}) JSON.parse(readFileSync(p, 'utf8'))`);
}

/** One row of the import table. */
export interface ImportRow {
  readonly entry: string;
  readonly ours: Cost;
  /** The JSON floor of the entry's own tables, where it has tables. */
  readonly json?: Cost;
  readonly tables: readonly string[];
}

export function imports(root: string, runs: number): { rows: ImportRow[]; peer: Cost; cjsMain: Cost; bare: number } {
  const variants = new Map<string, Variant>();
  const entries = Object.values(ENTRIES);
  for (const e of entries) {
    const url = pathToFileURL(join(root, 'dist', `${e.name}.js`)).href;
    variants.set(`esm ${e.name}`, esm(`const m = await import(${JSON.stringify(url)}); ${FIRST_CALL[e.name]}`));
    const tables = tablesOf(e.name);
    if (tables.length) variants.set(`json ${e.name}`, jsonFloor(root, tables));
  }
  variants.set(
    'cjs index',
    cjs(`const m = require(${JSON.stringify(join(root, 'dist', 'index.cjs'))}); ${FIRST_CALL.index}`),
  );
  const peer = pathToFileURL(join(root, 'node_modules/countries-list/mjs/index.js')).href;
  variants.set('countries-list', esm(`const m = await import(${JSON.stringify(peer)}); m.countries.GB`));
  const costs = measure(variants, runs, root);
  const rows = entries.map((e) => ({
    entry: e.name,
    ours: costs.get(`esm ${e.name}`)!,
    ...(costs.has(`json ${e.name}`) ? { json: costs.get(`json ${e.name}`)! } : {}),
    tables: tablesOf(e.name),
  }));
  const peerCost = costs.get('countries-list')!;
  return { rows, peer: peerCost, cjsMain: costs.get('cjs index')!, bare: peerCost.bareRss };
}
