/**
 * A data changelog: what changed in the shipped data (`data/<file>.json` of every table in
 * `src/registry.ts`) between a git ref and the working tree, record by record and, for each changed
 * record, field by field with the old and new values (see `diff.ts`). For the body of a changeset, so that
 * whoever moves a pin can read what changed.
 *
 *   npm run data-diff -- <git-ref>                          # Markdown on stdout (e.g. v1.2.0, main, HEAD~3)
 *   npm run data-diff -- <git-ref> --format json            # the same as JSON, strings in full
 *   npm run data-diff -- <git-ref> --out data-changes.md    # written to a file
 *
 * The ref's files are read with `git show` (no checkout); a table with no file at the ref counts as all
 * added, one with no file in the working tree as all removed. The working tree's `data/` is what
 * `npm run build:files` wrote: when it is out of date with `src/data`, a warning on stderr says so.
 * Exit status 2 on bad arguments, 1 on any other error.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { TABLE_NAMES, TABLES } from '../../src/registry.js';
import { ROOT } from '../docs/shared.js';
import { diffTable, leastBump } from './diff.js';
import { type DataDiff, toMarkdown } from './markdown.js';
import { resolveCommit, tablesAt, workingTables } from './read.js';

const USAGE = 'usage: npm run data-diff -- <git-ref> [--format markdown|json] [--out <file>]';

/** A bad command line: exit status 2. */
export class UsageError extends Error {}

/** The diff of every table in the registry between `ref` and the working tree of the repository at `root`. */
export function dataDiff(root: string, ref: string): DataDiff {
  const commit = resolveCommit(root, ref);
  const before = tablesAt(root, commit);
  const after = workingTables(root);
  const tables = TABLE_NAMES.map((name) => diffTable(name, TABLES[name], before.get(name), after.get(name)));
  return { ref, commit, bump: leastBump(tables), tables };
}

/** The diff as JSON text: every table, changes with their values in full. */
export function toJson(diff: DataDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}

/**
 * The working tree's table files that differ from what `npm run build:files` would write now (its data
 * lint failing counts as one problem). Only for this repository, whose `src/data` the build reads.
 */
async function staleFiles(): Promise<string[]> {
  try {
    const { generate } = await import('../../build/main.js');
    const files = generate();
    return TABLE_NAMES.map((name) => `data/${TABLES[name].file}.json`).filter((path) => {
      try {
        return readFileSync(join(ROOT, path), 'utf8') !== files.get(path);
      } catch {
        return true;
      }
    });
  } catch (error) {
    return [`(the build fails: ${(error as Error).message.split('\n')[0]})`];
  }
}

/** Runs the command line `argv` on the repository at `root`; returns the text for stdout (empty with --out). */
export async function main(argv: readonly string[], root: string = ROOT): Promise<string> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (positionals.length !== 1) throw new UsageError(USAGE);
  if (format !== 'markdown' && format !== 'json') throw new UsageError(`--format must be markdown or json\n${USAGE}`);
  if (resolve(root) === resolve(ROOT)) {
    const stale = await staleFiles();
    if (stale.length) {
      console.error(
        `data-diff: warning: data/ is out of date with src/data (${stale.join(', ')}); run \`npm run build:files\` first. This diff reads data/ as it is.`,
      );
    }
  }
  const diff = dataDiff(root, positionals[0] as string);
  const text = format === 'json' ? toJson(diff) : toMarkdown(diff);
  if (values.out === undefined) return text;
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  return '';
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { format: { type: 'string', default: 'markdown' }, out: { type: 'string' } },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (text) => process.stdout.write(text),
    (error: unknown) => {
      console.error((error as Error).message);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
