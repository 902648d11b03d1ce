/**
 * The merge recipes of the Panels guide ("Merging with COW-coded data"), taken from
 * docs/guides/panels.md as written and run with the real tools (Debian's python3-pandas under
 * /usr/bin/python3, and r-base-core's Rscript) from the repository's root, so that
 * `data/partnership-years.csv` resolves, in a UTF-8 locale and under `LC_ALL=C`. What they merge is checked
 * against rows written down by hand from data/partnership-years.csv. Where a tool is missing the tests
 * are skipped, except in CI (`CI` set), where they must run, as in clients.test.ts.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { codeBlock, PYTHON, works } from './real-clients.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = readFileSync(join(root, 'docs/guides/panels.md'), 'utf8');
const exec = promisify(execFile);
const MARK = '@@merged@@';
const LOCALES = ['C.UTF-8', 'C'];

/** What a recipe merged: column names, their types (pandas dtypes, R classes) and the rows, `null` where missing. */
interface Merged {
  columns: string[];
  types: string[];
  rows: Record<string, string | number | null>[];
}

/** Python after the recipe: `merged` as JSON, numbers as numbers, missing values as null. */
const PYTHON_PRINT = `
import json
def cell(v):
    if pd.isna(v):
        return None
    return v.item() if hasattr(v, 'item') else v
print('${MARK}')
print(json.dumps({
    'columns': [str(c) for c in merged.columns],
    'types': [str(t) for t in merged.dtypes],
    'rows': [[cell(v) for v in row] for row in merged.itertuples(index=False, name=None)],
}))
`;

/** R after the recipe: the column names, their classes, then the rows, tab-separated, `NA` where missing. */
const R_PRINT = `
cat('${MARK}\\n')
cat(paste(names(merged), collapse = '\\t'), '\\n', sep = '')
cat(paste(vapply(merged, function(col) class(col)[1], ''), collapse = '\\t'), '\\n', sep = '')
write.table(merged, stdout(), sep = '\\t', quote = FALSE, row.names = FALSE, col.names = FALSE, na = 'NA')
`;

const after = (stdout: string) => stdout.slice(stdout.indexOf(MARK) + MARK.length).trim();
const named = (columns: string[], cells: (string | number | null)[]) =>
  Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? null]));

async function run(command: string, args: string[], locale: string): Promise<string> {
  const { stdout } = await exec(command, args, { cwd: root, env: { ...process.env, LC_ALL: locale } });
  expect(stdout, 'the recipe ran to the end').toContain(MARK);
  return after(stdout);
}

const TOOLS = {
  pandas: {
    available: works(PYTHON, ['-c', 'import pandas']),
    lang: 'python',
    install: `python3-pandas (pandas for ${PYTHON})`,
    /** The recipe's reading options, which a broken recipe goes without. */
    options: ", dtype=str, keep_default_na=False, na_values=['']",
    run: async (code: string, locale: string): Promise<Merged> => {
      const got = JSON.parse(await run(PYTHON, ['-c', code + PYTHON_PRINT], locale)) as {
        columns: string[];
        types: string[];
        rows: (string | number | null)[][];
      };
      return { columns: got.columns, types: got.types, rows: got.rows.map((r) => named(got.columns, r)) };
    },
    types: { ccode: 'int64', year: 'int64', name: 'object', level: 'object', tier: 'object' },
  },
  R: {
    available: works('Rscript', ['--version']),
    lang: 'r',
    install: 'r-base-core (Rscript)',
    options: ', colClasses = "character", na.strings = "", encoding = "UTF-8"',
    run: async (code: string, locale: string): Promise<Merged> => {
      const [columns, classes, ...lines] = (await run('Rscript', ['-e', code + R_PRINT], locale)).split('\n');
      const names = columns!.split('\t');
      const types = classes!.split('\t');
      const rows = lines.map((line) =>
        named(
          names,
          line.split('\t').map((cell, i) => {
            if (cell === 'NA') return null;
            return types[i] === 'integer' || types[i] === 'numeric' ? Number(cell) : cell;
          }),
        ),
      );
      return { columns: names, types, rows };
    },
    types: { ccode: 'integer', year: 'integer', name: 'character', level: 'character', tier: 'character' },
  },
};

/**
 * The merged rows, written down by hand from data/partnership-years.csv: RU,RUS,2019,710,365,...,1.1,1;
 * GB,GBR,2010,710,200,...,3.3,3; RS,SRB,2016,710,345,...,3.3,3; no row has ccode2 2 (the United States).
 */
const EXPECTED = [
  { ccode: 2, year: 2019, name: 'United States', level: null, tier: null },
  { ccode: 200, year: 2010, name: 'United Kingdom', level: '3.3', tier: '3' },
  { ccode: 345, year: 2016, name: 'Serbia', level: '3.3', tier: '3' },
  { ccode: 365, year: 2019, name: 'Russia', level: '1.1', tier: '1' },
];

/** The checks every merge must pass. */
function expectRightMerge(got: Merged, types: Record<string, string>): void {
  expect(got.columns).toEqual(['ccode', 'year', 'name', 'level', 'tier']);
  // ccode and year stay integer keys; level and tier stay text ('3.3', not 3.3).
  expect(Object.fromEntries(got.columns.map((c, i) => [c, got.types[i]]))).toEqual(types);
  const sorted = [...got.rows].sort((a, b) => Number(a.ccode) - Number(b.ccode));
  expect(sorted).toEqual(EXPECTED);
}

for (const [tool, t] of Object.entries(TOOLS)) {
  const skip = !t.available && !process.env.CI;
  const title = skip
    ? `${tool} (skipped: not installed here; install ${t.install}; CI installs it and runs these)`
    : `the ${tool} merge recipe of the Panels guide runs as written`;
  if (skip) console.warn(`tests/data/panel-recipes.test.ts: ${title}`);
  describe.skipIf(skip).concurrent(title, () => {
    const recipe = codeBlock(guide, t.lang, 'partnership-years.csv');

    it(`${tool} is installed (${t.install})`, () => expect(t.available).toBe(true));

    it(`the ${tool} recipe builds its own COW-coded table and reads the panel as text`, () => {
      expect(recipe).toMatch(/^my_cow_data <?[-=]/m);
      expect(recipe).toContain(t.options);
    });

    for (const locale of LOCALES) {
      it(`the ${tool} recipe merges on (ccode, year), LC_ALL=${locale}`, async () => {
        expectRightMerge(await t.run(recipe, locale), t.types);
      });
    }

    it(`the checks catch the ${tool} recipe read with the default options: level codes as numbers`, async () => {
      const broken = recipe.replace(t.options, '');
      expect(broken).not.toBe(recipe);
      const got = await t.run(broken, 'C.UTF-8');
      expect(() => expectRightMerge(got, t.types)).toThrow();
      expect(got.rows.find((r) => r.ccode === 200)?.level).toBe(3.3);
    });
  });
}
