/** The export name of a table, e.g. `watchItems`. */
export type TableName =
  | 'tiers'
  | 'levels'
  | 'partnerships'
  | 'communities'
  | 'outsideFramework'
  | 'treaties'
  | 'events'
  | 'watchItems'
  | 'conflicts'
  | 'sources'
  | 'countries';

/** What the run-time registry knows of a table. */
interface TableInfo {
  /** File name in `data/`, without extension. */
  readonly file: string;
  /** The field that names a record. */
  readonly key: string;
  /** The subpath entry that exports it (`china-security-risk-data/<entry>`). */
  readonly entry: string;
  /** Whether a `conflicts` record may concern it. */
  readonly conflicts: boolean;
}

/**
 * The tables of the dataset, as one list: the run-time part of the registry (no zod). Everything that
 * walks every table (the counts, the fingerprint and `verifyDataset`, the files in `data/`, the lint, the
 * docs, the tests, the benchmarks) reads this list, so a table cannot be left out of one of them. The
 * build part (schemas, titles, columns) is `build/registry.ts`, typed so that a table missing there is a
 * type error.
 *
 * @internal
 */
export const TABLES = {
  tiers: { file: 'tiers', key: 'code', entry: 'partnerships', conflicts: false },
  levels: { file: 'levels', key: 'code', entry: 'partnerships', conflicts: true },
  partnerships: { file: 'partnerships', key: 'id', entry: 'partnerships', conflicts: true },
  communities: { file: 'communities', key: 'id', entry: 'partnerships', conflicts: true },
  outsideFramework: { file: 'outside-framework', key: 'country', entry: 'partnerships', conflicts: false },
  treaties: { file: 'treaties', key: 'id', entry: 'treaties', conflicts: true },
  events: { file: 'events', key: 'id', entry: 'events', conflicts: true },
  watchItems: { file: 'watch-items', key: 'id', entry: 'watch', conflicts: true },
  conflicts: { file: 'conflicts', key: 'id', entry: 'conflicts', conflicts: false },
  sources: { file: 'sources', key: 'id', entry: 'sources', conflicts: false },
  countries: { file: 'countries', key: 'code', entry: 'countries', conflicts: false },
} as const satisfies Record<TableName, TableInfo>;

/** The export names of the tables, in registry order. */
export const TABLE_NAMES = /* @__PURE__ */ Object.keys(TABLES) as TableName[];

/** Tables whose records a `conflicts` record may concern. */
export type ConflictTable = {
  [K in TableName]: (typeof TABLES)[K]['conflicts'] extends true ? K : never;
}[TableName];

/** The names of the tables a conflict may concern, in registry order. */
export const CONFLICT_TABLES = /* @__PURE__ */ TABLE_NAMES.filter((name) => TABLES[name].conflicts) as [
  ConflictTable,
  ...ConflictTable[],
];

/**
 * The package's entry points: subpath → source module. tsup builds one entry per line; package.json
 * `exports` and `typesVersions` name the same subpaths (a test holds them to this list).
 */
export const ENTRIES = {
  '.': { name: 'index', source: 'src/index.ts' },
  './schemas': { name: 'schemas', source: 'src/schemas/index.ts' },
  './partnerships': { name: 'partnerships', source: 'src/entries/partnerships.ts' },
  './treaties': { name: 'treaties', source: 'src/entries/treaties.ts' },
  './events': { name: 'events', source: 'src/entries/events.ts' },
  './watch': { name: 'watch', source: 'src/entries/watch.ts' },
  './sources': { name: 'sources', source: 'src/entries/sources.ts' },
  './countries': { name: 'countries', source: 'src/entries/countries.ts' },
  './conflicts': { name: 'conflicts', source: 'src/entries/conflicts.ts' },
  './changes': { name: 'changes', source: 'src/entries/changes.ts' },
} as const satisfies Record<string, { name: string; source: string }>;
