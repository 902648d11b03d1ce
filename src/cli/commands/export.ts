/**
 * `export <name> [--format json|csv]`: a file the package ships in `data/` (written by the build next to
 * `dist/`), byte for byte: a table by its name, as JSON or CSV; any other file by its name in `data/`.
 *
 * @internal
 */
import { readdirSync, readFileSync } from 'node:fs';
import { formatValue } from '../../lib/format.js';
import type { Command } from '../command.js';
import { BIN, UsageError } from '../errors.js';

/** The CLI is bundled into dist/cli.js, next to data/ in the package. */
const DATA = new URL('../data/', import.meta.url);

/** Every file in `data/`, by its path there (`treaties.csv`, `schema/treaties.schema.json`), sorted. */
export function shippedFiles(): string[] {
  return (readdirSync(DATA, { recursive: true }) as string[])
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => f.includes('.'))
    .sort();
}

/** The tables among them: every name with a `.json` file (`treaties`, `partnership-years`, `datapackage`). */
export function tableNames(files: readonly string[] = shippedFiles()): string[] {
  return files.filter((f) => !f.includes('/') && f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
}

/** `--json` is `--format json`: the file `data/<name>.json`. */
export const exportTable: Command = {
  args: ['name'],
  options: ['format', 'json'],
  help: `Usage: ${BIN} export <name> [--format json|csv] [--json]

A file the package ships in data/, on stdout, byte for byte. A table by its name (treaties,
partnership-years...): its JSON file (default) or, with --format csv, its CSV file. Any other file by its
name in data/ (README.md, schema/treaties.schema.json). An unknown name lists the names there are.
`,
  run([name], values) {
    const files = shippedFiles();
    if (name!.includes('.')) {
      if (values.format !== undefined || values.json)
        throw new UsageError('--format and --json are for tables; give a file by its name alone');
      if (!files.includes(name!)) throw new UsageError(`unknown file ${formatValue(name)}; files: ${files.join(', ')}`);
      return readFileSync(new URL(name!, DATA), 'utf8');
    }
    const tables = tableNames(files);
    if (!tables.includes(name!)) {
      throw new UsageError(
        `unknown table ${formatValue(name)}; tables: ${tables.join(', ')} (or a file: README.md, schema/<table>.schema.json)`,
      );
    }
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'csv') {
      throw new UsageError(`--format: expected json or csv, got ${formatValue(format)}`);
    }
    if (values.json && format !== 'json') throw new UsageError('--json asks for --format json, not --format csv');
    if (!files.includes(`${name}.${format}`))
      throw new UsageError(`${name} has no ${format.toUpperCase()} file; try --format json`);
    return readFileSync(new URL(`${name}.${format}`, DATA), 'utf8');
  },
};
