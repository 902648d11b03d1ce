/**
 * Builds everything generated from the records (`npm run build:files`), after the lint passes:
 *
 * - `src/generated/tables/*.ts`, `src/generated/dataset.ts`, `src/generated/indexes.ts`: what the
 *   library reads at run time (see `build/library.ts`);
 * - `data/<table>.json`, `.csv` and `schema/<table>.schema.json` for every file table, `data/datapackage.json`
 *   and `data/README.md` (see `build/data-files.ts`);
 * - `CITATION.cff`, `src/version.ts` (from package.json) and `data/changes.json` (from the release records of
 *   `release/`; see `build/release-files.ts`).
 *
 * Output is deterministic. Usage: `tsx build/main.ts [--check] [--out <dir>]`
 *   --check      write nothing; exit 1 when a committed file differs from what would be written, or when the
 *                versions in package.json, package-lock.json and release/changes.json disagree
 *   --out <dir>  write into <dir> instead of the repository root
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ambiguousNames, records } from '../src/data/index.js';
import { checkDataset } from '../src/lint/index.js';
import { citationCff } from './citation.js';
import { tableCsv, tableJson } from './csv.js';
import { ambiguousNamesSchema, datapackage, jsonSchema, readme } from './data-files.js';
import { fingerprintOf, libraryModules } from './library.js';
import { ROOT } from './package.js';
import { FILE_TABLES, fileRows } from './file-tables.js';
import { newest, readHistory, releaseFiles, releaseProblems } from './release-files.js';

/** Folders that hold only generated files: a file there that is no longer generated is removed (or, with --check, reported). */
const GENERATED_DIRS = ['data', 'src/generated/tables'];

/** Every generated file, by path relative to the output root. */
export function generate(root: string = ROOT): Map<string, string> {
  const problems = checkDataset(records);
  if (problems.length) {
    throw new Error(
      `The data fails the lint (${problems.length} problems):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  const files = libraryModules(records, ambiguousNames);
  const csv = new Map<string, string>();
  for (const table of FILE_TABLES) {
    const rows = fileRows(table, records);
    const text = tableCsv(table.columns, rows);
    csv.set(table.name, text);
    files.set(`data/${table.name}.json`, tableJson(rows));
    files.set(`data/${table.name}.csv`, text);
    files.set(`data/schema/${table.name}.schema.json`, jsonSchema(table));
  }
  files.set('data/datapackage.json', datapackage(csv));
  files.set('data/README.md', readme(fingerprintOf(records, ambiguousNames)));
  files.set('data/ambiguous-names.json', `${JSON.stringify(ambiguousNames, null, 2)}\n`);
  files.set('data/schema/ambiguous-names.schema.json', ambiguousNamesSchema());
  const history = readHistory(root);
  for (const [path, text] of releaseFiles(history)) files.set(path, text);
  files.set('CITATION.cff', citationCff(newest(history)));
  return files;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function stale(root: string, files: ReadonlyMap<string, string>): string[] {
  return GENERATED_DIRS.flatMap((dir) =>
    listFiles(join(root, dir))
      .map((file) => relative(root, file).split('\\').join('/'))
      .filter((path) => !files.has(path)),
  );
}

/** Writes the generated files under `out` and removes the stale ones; returns how many files it generated. */
export function writeGenerated(out: string, files: ReadonlyMap<string, string> = generate()): number {
  for (const [path, text] of files) {
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text, 'utf8');
  }
  for (const path of stale(out, files)) {
    rmSync(join(out, path));
    console.log(`build:files: removed ${path}`);
  }
  return files.size;
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' }, check: { type: 'boolean', default: false } } });
  const files = generate();
  if (values.check) {
    const versions = releaseProblems(ROOT, readHistory(ROOT));
    if (versions.length) {
      console.error(`${versions.join('\n')}\nThe versions in the repository disagree (see docs/guides/releasing.md).`);
      process.exit(1);
    }
    const problems: string[] = [];
    for (const [path, text] of files) {
      const file = join(ROOT, path);
      if (!existsSync(file)) problems.push(`missing: ${path}`);
      else if (readFileSync(file, 'utf8') !== text) problems.push(`out of date: ${path}`);
    }
    for (const path of stale(ROOT, files)) problems.push(`not generated (stale?): ${path}`);
    if (problems.length) {
      console.error(
        `${problems.join('\n')}\nThe generated files drift from the data: run \`npm run build:files\` and commit the result.`,
      );
      process.exit(1);
    }
    console.log(`build:files --check: ${files.size} files up to date.`);
    return;
  }
  const out = resolve(values.out ?? ROOT);
  const count = writeGenerated(out, files);
  console.log(`build:files: ${count} files written to ${relative(process.cwd(), out) || '.'}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
