/**
 * Release notes for the data: the record ids added, removed and changed in each table between a git ref
 * and the working tree, as Markdown for a changeset.
 *
 *   npm run data-diff -- <git-ref>          # e.g. v1.2.0, main, HEAD~3
 *   npm run data-diff -- <git-ref> --json   # the same, as JSON
 *
 * The working tree's tables are loaded from `src/index.ts`. The ref's tables are loaded the same way from
 * a copy of that commit's `src/` and `package.json` (`git archive`, read-only: no checkout, no worktree),
 * extracted under `node_modules/.cache/` so that its imports resolve, and removed afterwards; where its
 * main entry does not load, table by table from `src/tables/`, or from its `data/*.json`. Records
 * are compared by key (`id`, or `code` for tiers, levels and countries, `country` for outsideFramework)
 * and by their content with object keys sorted, so a change of key order is no change.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, definePackageVersion } from './docs/shared.js';

/** The tables compared, with the field that keys their records. */
export const TABLE_KEYS: Record<string, string> = {
  tiers: 'code',
  levels: 'code',
  partnerships: 'id',
  outsideFramework: 'country',
  treaties: 'id',
  events: 'id',
  watchItems: 'id',
  conflicts: 'id',
  sources: 'id',
  countries: 'code',
};

export type Tables = Record<string, readonly Record<string, unknown>[] | undefined>;

export interface TableDiff {
  table: string;
  added: string[];
  removed: string[];
  /** Changed records, each with the top-level fields that differ. */
  changed: { key: string; fields: string[] }[];
  /** True when the table could not be loaded on one side, so it was not compared. */
  unavailable?: boolean;
}

/** JSON with object keys sorted, so that key order does not count as a change. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** The differences between two sets of tables, table by table, in the order of {@link TABLE_KEYS}. */
export function diffTables(before: Tables, after: Tables): TableDiff[] {
  const out: TableDiff[] = [];
  for (const [table, keyField] of Object.entries(TABLE_KEYS)) {
    if (before[table] === undefined || after[table] === undefined) {
      out.push({ table, added: [], removed: [], changed: [], unavailable: true });
      continue;
    }
    const index = (rows: Tables[string]) => new Map((rows ?? []).map((r) => [String(r[keyField]), r]));
    const a = index(before[table]);
    const b = index(after[table]);
    const added = [...b.keys()].filter((k) => !a.has(k));
    const removed = [...a.keys()].filter((k) => !b.has(k));
    const changed: TableDiff['changed'] = [];
    for (const [key, record] of b) {
      const old = a.get(key);
      if (!old || canonical(old) === canonical(record)) continue;
      const fields = [...new Set([...Object.keys(old), ...Object.keys(record)])]
        .filter((f) => canonical(old[f]) !== canonical(record[f]))
        .sort();
      changed.push({ key, fields });
    }
    out.push({ table, added, removed, changed });
  }
  return out;
}

/** The least bump the versioning policy asks for: removed ids are major, added minor, changed patch. */
export function leastBump(diffs: TableDiff[]): 'major' | 'minor' | 'patch' | 'none' {
  if (diffs.some((d) => d.removed.length)) return 'major';
  if (diffs.some((d) => d.added.length)) return 'minor';
  if (diffs.some((d) => d.changed.length)) return 'patch';
  return 'none';
}

const ids = (keys: string[]) => keys.map((k) => `\`${k}\``).join(', ');

/** The differences as Markdown, for the body of a changeset. */
export function toMarkdown(diffs: TableDiff[], ref: string, commit: string): string {
  const lines = [`## Data changes since \`${ref}\` (${commit.slice(0, 12)})`, ''];
  const touched = diffs.filter((d) => d.added.length || d.removed.length || d.changed.length);
  const unavailable = diffs.filter((d) => d.unavailable).map((d) => d.table);
  const caveat = unavailable.length
    ? ` Not compared (no such table at \`${ref}\`, or it did not load): ${unavailable.join(', ')}.`
    : '';
  if (touched.length === 0) {
    lines.push(`No data changes: every table holds the same records as at \`${ref}\`.${caveat}`);
    return `${lines.join('\n')}\n`;
  }
  if (caveat) lines.push(caveat.trim(), '');
  const bump = leastBump(diffs);
  lines.push(
    `Least bump under the versioning policy: **${bump}** (ids removed: major; ids added: minor; values changed: patch). A changed meaning of a field is major whatever this says.`,
    '',
    '| table | added | removed | changed |',
    '|---|---|---|---|',
    ...touched.map((d) => `| ${d.table} | ${d.added.length} | ${d.removed.length} | ${d.changed.length} |`),
  );
  for (const d of touched) {
    lines.push('', `### ${d.table}`, '');
    if (d.added.length) lines.push(`- added: ${ids(d.added)}`);
    if (d.removed.length) lines.push(`- removed: ${ids(d.removed)}`);
    for (const c of d.changed) lines.push(`- changed: \`${c.key}\` (${c.fields.join(', ')})`);
  }
  return `${lines.join('\n')}\n`;
}

function git(args: string[]): Buffer {
  return execFileSync('git', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

function pick(module: Record<string, unknown>): Tables {
  return Object.fromEntries(Object.keys(TABLE_KEYS).map((t) => [t, module[t] as Tables[string]]));
}

/** Where each table lives in a tree: its module under `src/tables/`, and its file under `data/`. */
const TABLE_FILES: Record<string, { module: string; json: string }> = {
  tiers: { module: 'hierarchy', json: 'tiers' },
  levels: { module: 'hierarchy', json: 'levels' },
  partnerships: { module: 'partnerships', json: 'partnerships' },
  outsideFramework: { module: 'partnerships', json: 'outside-framework' },
  treaties: { module: 'treaties', json: 'treaties' },
  events: { module: 'events', json: 'events' },
  watchItems: { module: 'watch-items', json: 'watch-items' },
  conflicts: { module: 'conflicts', json: 'conflicts' },
  sources: { module: 'sources', json: 'sources' },
  countries: { module: 'countries', json: 'countries' },
};

/**
 * The tables as they are at a git ref. Each is loaded from a temporary copy of that commit's sources:
 * from the main entry if it loads, else from the table's own module, else from the commit's
 * `data/<table>.json`. A table none of these yields is `undefined` (reported, not compared).
 */
export async function tablesAt(ref: string): Promise<{ commit: string; tables: Tables }> {
  let commit: string;
  try {
    commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
      .toString()
      .trim();
  } catch {
    throw new Error(`data-diff: not a commit in this repository: ${ref}`);
  }
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'data-diff-'));
  const load = async (path: string) => (await import(pathToFileURL(join(dir, path)).href)) as Record<string, unknown>;
  try {
    const archive = git(['archive', '--format=tar', commit, 'src', 'package.json']);
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    definePackageVersion(); // older trees read a build-time constant
    let mainError = 'some tables missing';
    try {
      const tables = pick(await load('src/index.ts'));
      if (Object.values(tables).every((t) => Array.isArray(t))) return { commit, tables };
    } catch (error) {
      // The main entry does not load at that commit (a helper missing, say): load table by table.
      mainError = (error as Error).message;
    }
    const tables: Tables = {};
    for (const [table, files] of Object.entries(TABLE_FILES)) {
      try {
        const rows = (await load(`src/tables/${files.module}.ts`))[table];
        if (Array.isArray(rows)) {
          tables[table] = rows as Tables[string];
          continue;
        }
      } catch {
        // fall through to the data file
      }
      try {
        tables[table] = JSON.parse(
          git(['show', `${commit}:data/${files.json}.json`]).toString('utf8'),
        ) as Tables[string];
      } catch {
        tables[table] = undefined;
      }
    }
    if (Object.values(tables).every((t) => t === undefined)) {
      throw new Error(`data-diff: no table could be loaded at ${ref} (${commit.slice(0, 12)}): ${mainError}`);
    }
    return { commit, tables };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ref = args.find((a) => !a.startsWith('--'));
  if (!ref) {
    console.error('usage: npm run data-diff -- <git-ref> [--json]');
    process.exit(2);
  }
  const { commit, tables: before } = await tablesAt(ref);
  const after = pick((await import('../src/index.js')) as unknown as Record<string, unknown>);
  const diffs = diffTables(before, after);
  if (args.includes('--json'))
    console.log(JSON.stringify({ ref, commit, bump: leastBump(diffs), tables: diffs }, null, 2));
  else process.stdout.write(toMarkdown(diffs, ref, commit));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
