/**
 * The CSV files read right in readr, DuckDB and d3-dsv: the recipes of data/README.md, taken from it and
 * run as written from the package's folder with the real tools (Debian's r-cran-readr under Rscript, in a
 * UTF-8 locale and under `LC_ALL=C`; the SQL through @duckdb/node-api; the JavaScript under Node). What
 * they read passes the checks of client-checks.ts (the records, and values written down by hand), and the
 * columns each recipe converts are checked against the CSV. With the tools' defaults the same checks fail:
 * the options of each recipe are what makes it right. readr is skipped where it is missing, except in CI
 * (`CI` set), where it must run: .ci/run installs it. DuckDB and d3-dsv are devDependencies and always run.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { expectRightReading, MARK, NAMES, parseR, type Read, rChecks, tableOf } from './client-checks.js';
import { codeBlock, works } from './real-clients.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'data/README.md'), 'utf8');
const exec = promisify(execFile);
const STEPS = '@@steps@@';
const LOCALES = ['C.UTF-8', 'C'];

/** What a client printed: the converted steps (between STEPS and MARK) and what it read (after MARK). */
async function run(command: string, args: string[], locale = 'C.UTF-8'): Promise<{ steps: string; read: string }> {
  const { stdout } = await exec(command, args, {
    cwd: root,
    env: { ...process.env, LC_ALL: locale },
    maxBuffer: 256 * 1024 * 1024,
  });
  expect(stdout, 'the code ran to the end').toContain(MARK);
  const at = stdout.indexOf(MARK);
  const steps = stdout.includes(STEPS) ? stdout.slice(stdout.indexOf(STEPS) + STEPS.length, at).trim() : '';
  return { steps, read: stdout.slice(at + MARK.length) };
}

/** The rows of one table of a reading, found by a column's value. */
const rowOf = (got: Read, name: string, column: string, value: unknown) =>
  tableOf(got, name).find((r) => r[column] === value);

/** Hong Kong–Canada's steps, written down by hand from data/treaty-steps.csv: seq 1..4, date_uncertain true, false, false, false (the signing day rests on one list; the entry into force is kept to its year). */
const HK_CA = [
  [1, true],
  [2, false],
  [3, false],
  [4, false],
];

describe('readr', () => {
  const available = works('Rscript', ['-e', 'library(readr)']);
  const install = 'r-cran-readr (and r-base-core for Rscript)';
  const skip = !available && !process.env.CI;
  if (skip)
    console.warn(`tests/data/clients-readr-duckdb-d3.test.ts: readr skipped: not installed here; install ${install}`);
  const recipe = codeBlock(readme, 'r', 'read_csv(');
  const options = ", col_types = cols(.default = col_character()), na = ''";
  const printSteps = `\ncat('${STEPS}', class(steps$seq), class(steps$date_uncertain), steps$seq[steps$treaty_id == 'hk-ca'], steps$date_uncertain[steps$treaty_id == 'hk-ca'], '\\n')\n`;
  const runR = async (code: string, locale: string) => {
    const out = await run('Rscript', ['-e', code + rChecks('data')], locale);
    return { steps: out.steps, read: parseR(out.read) };
  };

  describe.skipIf(skip).concurrent('the readr recipe of data/README.md reads the CSV files right', () => {
    it(`readr is installed (${install})`, () => expect(available).toBe(true));

    for (const locale of LOCALES) {
      it(`read_table reads every table right, and the recipe converts seq and date_uncertain, LC_ALL=${locale}`, async () => {
        const got = await runR(recipe + printSteps, locale);
        expectRightReading(got.read, 'readr');
        expect(got.steps).toBe('integer logical 1 2 3 4 TRUE FALSE FALSE FALSE');
      });
    }

    it("the checks catch read_csv with its defaults: Namibia's code missing, codes numbers, booleans logical", async () => {
      expect(recipe).toContain(options);
      const { read: got } = await runR(recipe.replace(options, ''), 'C.UTF-8');
      expect(() => expectRightReading(got, 'readr')).toThrow();
      expect(rowOf(got, 'countries', 'alpha3', 'NAM')).toMatchObject({ code: null, name_zh: '纳米比亚' });
      const classes = (name: string) =>
        Object.fromEntries(got[name]!.columns.map((c, i) => [c, got[name]!.classes![i]]));
      expect(classes('levels')).toMatchObject({ code: 'numeric', tier: 'numeric', tracker_count_stated: 'logical' });
      expect(classes('partnerships')).toMatchObject({ level: 'numeric', since: 'character' });
      expect(rowOf(got, 'levels', 'name_zh', '全面战略伙伴关系')).toMatchObject({ tracker_count_stated: 'TRUE' });
    });
  });
});

describe.concurrent('the DuckDB recipe of data/README.md reads the CSV files right', () => {
  const recipe = codeBlock(readme, 'sql', 'read_csv(');
  const options = ", all_varchar = true, header = true, delim = ',', quote = '\"', escape = '\"'";

  /**
   * Runs `sql` in a database in memory that finds its relative paths in the package's folder, then reads
   * every table with the `read_table` it defined, then runs `queries`: their column types and rows.
   */
  async function database(sql: string, queries: string[] = []) {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const query = async (text: string) => {
      const result = await connection.runAndReadAll(text);
      return { columns: result.columnNames(), classes: result.columnTypes().map(String), rows: result.getRowsJson() };
    };
    try {
      await connection.run(`SET file_search_path = '${root.replaceAll("'", "''")}'`);
      await connection.run(sql);
      const read: Read = {};
      for (const name of NAMES) read[name] = await query(`SELECT * FROM read_table('data/${name}.csv')`);
      const results = [];
      for (const text of queries) results.push(await query(text));
      return { read, results };
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }

  it('read_table reads every table right, and the recipe converts seq and date_uncertain in steps', async () => {
    const { read, results } = await database(recipe, [
      `SELECT seq, date_uncertain FROM steps WHERE treaty_id = 'hk-ca' ORDER BY seq`,
      `SELECT code, name_zh FROM countries WHERE alpha3 = 'NAM'`,
    ]);
    expectRightReading(read, 'DuckDB', 'VARCHAR');
    const [steps, namibia] = results;
    expect(steps).toEqual({ columns: ['seq', 'date_uncertain'], classes: ['INTEGER', 'BOOLEAN'], rows: HK_CA });
    expect(namibia?.rows).toEqual([['NA', '纳米比亚']]);
  });

  it('the checks catch read_csv with its defaults: level and tier codes numbers, booleans BOOLEAN', async () => {
    expect(recipe).toContain(options);
    const { read: got } = await database(recipe.replace(options, ''));
    expect(() => expectRightReading(got, 'DuckDB', 'VARCHAR')).toThrow();
    const types = (name: string) => Object.fromEntries(got[name]!.columns.map((c, i) => [c, got[name]!.classes![i]]));
    expect(types('levels')).toMatchObject({ code: 'DOUBLE', tier: 'BIGINT', tracker_count_stated: 'BOOLEAN' });
    expect(types('partnerships')).toMatchObject({ level: 'DOUBLE', since: 'VARCHAR' });
    expect(rowOf(got, 'levels', 'name_zh', '全面战略伙伴关系')).toMatchObject({ code: 3.3, tier: '3' });
    // DuckDB's defaults keep Namibia's code: only an empty cell is NULL.
    expect(rowOf(got, 'countries', 'alpha3', 'NAM')).toMatchObject({ code: 'NA' });
  });
});

describe.concurrent('the d3-dsv recipe of data/README.md reads the CSV files right', () => {
  const recipe = codeBlock(readme, 'js', 'csvParse(');
  const rowFunction =
    ", (row) =>\n    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === '' ? null : value])),\n  ";

  /** JavaScript after the code: every table through its `readTable`, a `Date` as `{ Date: <ISO> }`, as JSON. */
  const checks = `
const cell = (v) => (v instanceof Date ? { Date: v.toISOString() } : v);
const out = {};
for (const name of ${JSON.stringify(NAMES)}) {
  const rows = readTable(\`data/\${name}.csv\`);
  out[name] = { columns: rows.columns, rows: rows.map((r) => rows.columns.map((c) => cell(r[c]))) };
}
console.log('${MARK}');
console.log(JSON.stringify(out));
`;
  const printSteps = `
console.log('${STEPS}');
console.log(JSON.stringify(steps.filter((s) => s.treaty_id === 'hk-ca').map((s) => [s.seq, s.date_uncertain])));
`;
  const runJs = async (code: string) => {
    const out = await run(process.execPath, ['--input-type=module', '-e', code + checks]);
    return { steps: out.steps, read: JSON.parse(out.read) as Read };
  };

  it('readTable reads every table right, and the recipe converts seq and date_uncertain', async () => {
    const got = await runJs(recipe + printSteps);
    expectRightReading(got.read, 'd3-dsv');
    expect(JSON.parse(got.steps)).toEqual(HK_CA);
  });

  it('the checks catch autoType: codes numbers, since a mix of numbers and Dates, booleans booleans', async () => {
    const { read: got } = await runJs(`import { readFileSync } from 'node:fs';
import { autoType, csvParse } from 'd3-dsv';
const readTable = (path) => csvParse(readFileSync(path, 'utf8'), autoType);
`);
    expect(() => expectRightReading(got, 'd3-dsv')).toThrow();
    expect(rowOf(got, 'partnerships', 'id', 'la-2-2-2009')).toMatchObject({ since: 2009, level: 2.2 });
    expect(rowOf(got, 'partnerships', 'id', 'vn-2-2-2008')).toMatchObject({
      since: { Date: '2008-05-01T00:00:00.000Z' },
      since_uncertain: false,
      since_end: null,
    });
    expect(rowOf(got, 'levels', 'name_zh', '全面战略伙伴关系')).toMatchObject({ code: 3.3, tier: 3 });
    expect(rowOf(got, 'countries', 'alpha3', 'NAM')).toMatchObject({ code: 'NA' });
  });

  it('the checks catch csvParse without the row function: empty cells are empty strings, not missing', async () => {
    expect(recipe).toContain(rowFunction);
    const { read: got } = await runJs(recipe.replace(rowFunction, ''));
    expect(() => expectRightReading(got, 'd3-dsv')).toThrow();
    expect(rowOf(got, 'partnerships', 'id', 'la-2-2-2009')).toMatchObject({ since: '2009', since_end: '' });
  });
});

describe('README.md', () => {
  it("names each of these recipes' options as data/README.md writes them", () => {
    const text = readFileSync(join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(codeBlock(readme, 'r', 'read_csv(')).toContain(
      "read_csv(path, col_types = cols(.default = col_character()), na = '')",
    );
    expect(text).toContain("`read_csv(path, col_types = cols(.default = col_character()), na = '')`");
    expect(codeBlock(readme, 'sql', 'read_csv(')).toContain('read_csv(path, all_varchar = true,');
    expect(text).toContain('(`read_csv` with `all_varchar = true`;');
    expect(codeBlock(readme, 'js', 'csvParse(')).not.toContain('autoType');
    expect(text).toContain('(`csvParse` without `autoType`');
  });
});
