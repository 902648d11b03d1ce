/**
 * What every reading of the CSV files by a real client must give (clients.test.ts,
 * clients-readr-duckdb-d3.test.ts): each cell the record's value as text, missing only where it is
 * empty, checked against the records and against values written down by hand from the CSV files; and
 * the R code that prints what an R recipe read, locale-proof.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { FILE_TABLES, fileRows } from '../../build/file-tables.js';
import { tables as packageTables } from '../../src/tables/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const json = (name: string) =>
  JSON.parse(readFileSync(join(root, `data/${name}.json`), 'utf8')) as Record<string, unknown>[];
const byKey = <T extends Record<string, unknown>>(rows: T[], key: string) => new Map(rows.map((r) => [r[key], r]));

/** The line a client prints before what it read. */
export const MARK = '@@checks@@';

/** The CSV tables, in the order of FILE_TABLES. */
export const NAMES = FILE_TABLES.map((t) => t.name);

/**
 * What a client read from every CSV file: column names, the type of each column where the client has
 * one (R classes, DuckDB types), and each cell as a string, a number or `null` (missing).
 */
export type Read = Record<string, { columns: string[]; classes?: string[]; rows: unknown[][] }>;

/** R after the recipe: every cell as the hex of its UTF-8 bytes (locale-proof), `NA` when missing. */
export const rChecks = (data: string) => `
hex <- function(x) vapply(x, function(s) if (is.na(s)) 'NA' else
  paste(as.character(charToRaw(enc2utf8(as.character(s)))), collapse = ''), '', USE.NAMES = FALSE)
cat('${MARK}\\n')
for (name in c(${NAMES.map((n) => `'${n}'`).join(', ')})) {
  d <- read_table(file.path('${data}', paste0(name, '.csv')))
  cat('#', name, '\\n', sep = '')
  cat(paste(names(d), collapse = '\\t'), '\\n', sep = '')
  cat(paste(vapply(d, function(col) class(col)[1], ''), collapse = '\\t'), '\\n', sep = '')
  writeLines(apply(do.call(cbind, lapply(d, hex)), 1, paste, collapse = '\\t'))
}
`;

/** What rChecks printed after the mark. */
export function parseR(text: string): Read {
  const out: Read = {};
  for (const part of text.split('\n#').slice(1)) {
    const [name, columns, classes, ...rows] = part.split('\n').filter((line) => line !== '');
    out[name!] = {
      columns: columns!.split('\t'),
      classes: classes!.split('\t'),
      rows: rows.map((row) =>
        row.split('\t').map((cell) => (cell === 'NA' ? null : Buffer.from(cell, 'hex').toString('utf8'))),
      ),
    };
  }
  return out;
}

/** The rows of one table of a reading as objects, column name to cell. */
export const tableOf = (got: Read, name: string) =>
  got[name]!.rows.map((r) => Object.fromEntries(got[name]!.columns.map((c, i) => [c, r[i]])));

/** The checks every reading must pass; `textClass` is the client's type of a text column (R's `character`...). */
export function expectRightReading(got: Read, tool: string, textClass = 'character') {
  expect(Object.keys(got)).toEqual(NAMES);
  const table = (name: string) => tableOf(got, name);
  for (const t of FILE_TABLES) {
    const { columns, classes, rows } = got[t.name]!;
    expect(columns, t.name).toEqual(t.columns.map((c) => c.name));
    if (classes) expect(new Set(classes), `${t.name}: ${tool} column types`).toEqual(new Set([textClass]));
    for (const row of rows) for (const cell of row) expect(cell === null || typeof cell === 'string').toBe(true);
    const expected = fileRows(t, packageTables).map((r) =>
      t.columns.map((c) => {
        const v = c.get(r);
        // An empty cell (null, an absent field, an empty list) reads as missing.
        return v === null || v === undefined || v === '' ? null : String(v);
      }),
    );
    expect(
      rows,
      `${tool}: every cell of ${t.name}.csv is the record's value as text, missing only where absent`,
    ).toEqual(expected);
  }
  // Namibia's code is 'NA', not a missing value.
  expect(table('countries').find((r) => r.alpha3 === 'NAM')).toMatchObject({ code: 'NA', name: 'Namibia' });
  expect(table('treaties').find((r) => r.id === 'cn-na')).toMatchObject({ china_side: 'CN', counterparty: 'NA' });
  // Level and tier codes stay strings.
  const levels = byKey(table('levels'), 'code');
  expect([...levels.keys()]).toEqual(expect.arrayContaining(['1.1', '3.3', '5.1']));
  expect(levels.get('3.3')).toMatchObject({ tier: '3', rank: '7' }); // 1.1, 2.1, 2.2, 2.3, 3.1, 3.2, 3.3
  expect(levels.get('5.1')).toMatchObject({ tier: '5', rank: '16' });
  expect(table('tiers')[0]).toMatchObject({ code: '1', rank: '1', levels: '1.1' });
  expect(table('partnerships').find((r) => r.id === 'ru-1-1-2019')).toMatchObject({ level: '1.1', country: 'RU' });
  // Dates stay as precise as written: a year is the string '2009', a month '2008-05', and empty cells are missing.
  const partnerships = byKey(table('partnerships'), 'id');
  expect(partnerships.get('la-2-2-2009')).toMatchObject({ since: '2009', since_precision: 'year', since_end: null });
  expect(partnerships.get('vn-2-2-2008')).toMatchObject({ since: '2008-05', since_precision: 'month', level: '2.2' });
  expect(partnerships.get('gb-3-3-2004')).toMatchObject({ since: '2004-05-10', since_precision: 'day' });
  const upgrade = table('events').find((r) => r.id === 'china-russia-partnership-upgrade-2019');
  expect(upgrade).toMatchObject({ tracker_date: '2019', tracker_date_precision: 'year', date: '2019-06-05' });
  // Booleans are the strings true/false.
  expect(levels.get('1.1')).toMatchObject({ tracker_count_stated: 'false', tracker_count: '1' });
  expect(levels.get('3.5')).toMatchObject({ tracker_count_stated: 'true', tracker_count: '16' });
  const caSuspension = table('treaty-steps').find((r) => r.treaty_id === 'hk-ca' && r.action === 'suspended');
  expect(caSuspension).toMatchObject({ date: '2020-07-03', date_uncertain: 'false', by_country: 'CA' });
  // Chinese names exactly as in the JSON files.
  const countries = byKey(table('countries'), 'code');
  for (const c of json('countries')) expect(countries.get(c.code)?.name_zh, String(c.code)).toBe(c.nameZh);
  expect(countries.get('NA')?.name_zh).toBe('纳米比亚');
  expect(countries.get('CN')?.name_zh).toBe('中国');
  for (const name of ['tiers', 'levels']) {
    const rows = byKey(table(name), 'code');
    for (const r of json(name)) expect(rows.get(r.code)?.name_zh, `${name} ${r.code}`).toBe(r.nameZh);
  }
}
