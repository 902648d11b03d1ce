/**
 * `export <table> [--format json|csv]`: a table as the package ships it in `data/` (the files the build
 * writes next to `dist/`), byte for byte.
 *
 * @internal
 */
import { readFileSync } from 'node:fs';
import { formatValue } from '../../lib/format.js';
import { TABLE_NAMES, TABLES } from '../../registry.js';
import type { Command } from '../command.js';
import { UsageError } from '../errors.js';

/** The file tables: every table of the registry and `treaty-steps`, by file name. */
export const FILE_TABLE_NAMES = TABLE_NAMES.flatMap((name) =>
  name === 'treaties' ? [TABLES[name].file, 'treaty-steps'] : [TABLES[name].file],
);

/** `--json` is `--format json`: the file `data/<table>.json`, an array of the table's records. */
export const exportTable: Command = {
  args: ['table'],
  options: ['format', 'json'],
  run([name], values) {
    if (!FILE_TABLE_NAMES.includes(name!)) {
      throw new UsageError(`unknown table ${formatValue(name)}; tables: ${FILE_TABLE_NAMES.join(', ')}`);
    }
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'csv') {
      throw new UsageError(`--format: expected json or csv, got ${formatValue(format)}`);
    }
    if (values.json && format !== 'json') throw new UsageError('--json asks for --format json, not --format csv');
    // The CLI is bundled into dist/cli.js, next to data/ in the package.
    return readFileSync(new URL(`../data/${name}.${format}`, import.meta.url), 'utf8');
  },
};
