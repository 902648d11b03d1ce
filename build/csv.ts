/**
 * CSV and JSON text of a file table: the bytes of `data/<table>.csv` and `data/<table>.json`.
 */
import { stringify } from 'csv-stringify/sync';
import { sortKeys } from '../src/lib/canonical.js';
import type { Cell, Column } from './columns.js';

function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

/**
 * Rows as CSV (RFC 4180 quoting, comma-separated, `\n` line ends, a header row, UTF-8 without a
 * byte-order mark). An empty cell is a missing value.
 */
export function tableCsv(columns: readonly Column[], rows: readonly unknown[]): string {
  return stringify(
    rows.map((row) => columns.map((c) => cellText(c.get(row)))),
    { header: true, columns: columns.map((c) => c.name), record_delimiter: 'unix' },
  );
}

/** Rows as JSON: an array of the records, keys sorted, indented by two spaces, trailing newline. */
export function tableJson(rows: readonly unknown[]): string {
  return `${JSON.stringify(sortKeys(rows), null, 2)}\n`;
}
