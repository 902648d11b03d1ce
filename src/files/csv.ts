/**
 * CSV and JSON text of a file table: the bytes of `data/<table>.csv` and `data/<table>.json`.
 *
 * @internal
 */
import { stringify } from 'csv-stringify/sync';
import { prettyJson } from './canonical.js';
import type { Cell, FileTable } from './tables.js';

function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

/**
 * The table as CSV (RFC 4180 quoting, comma-separated, `\n` line ends, a header row, UTF-8 without a
 * byte-order mark). An empty cell is a missing value.
 */
export function tableCsv(table: FileTable): string {
  const records = table.rows().map((row) => table.columns.map((c) => cellText((c.get as (r: unknown) => Cell)(row))));
  return stringify(records, {
    header: true,
    columns: table.columns.map((c) => c.name),
    record_delimiter: 'unix',
  });
}

/** The table as JSON: an array of the records, keys sorted, indented by two spaces, trailing newline. */
export function tableJson(table: FileTable): string {
  return prettyJson(table.rows());
}
