/**
 * The CSV files read right in pandas and R: the recipes of data/README.md and README.md, taken from the
 * docs and run as written with the real tools (Debian's python3-pandas under /usr/bin/python3, and
 * r-base-core's Rscript), in a UTF-8 locale and under `LC_ALL=C`. What they read is checked against the
 * JSON files, the records, and values written down by hand. Where a tool is missing the tests are skipped,
 * except in CI (`CI` set), where they must run: .ci/run installs both.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FILE_TABLES, fileRows } from '../../build/file-tables.js';
import { tables as packageTables } from '../../src/tables/index.js';
import { codeBlock, PYTHON, works } from './real-clients.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const exec = promisify(execFile);
const MARK = '@@checks@@';
const NAMES = FILE_TABLES.map((t) => t.name);

/** What a client read from every CSV file: column names, and each cell as a string, a number or `null` (missing). */
type Read = Record<string, { columns: string[]; classes?: string[]; rows: unknown[][] }>;

/** Python after the recipe: read every table with its `read_table`, print the cells as JSON. */
const pythonChecks = (data: string) => `
import json, sys
import pandas as pd
out = {}
for name in ${JSON.stringify(NAMES)}:
    df = read_table(f'${data}/{name}.csv')
    rows = [[None if pd.isna(v) else v for v in row] for row in df.itertuples(index=False, name=None)]
    out[name] = {'columns': [str(c) for c in df.columns], 'rows': rows}
print('${MARK}')
print(json.dumps(out, ensure_ascii=True))
`;

/** R after the recipe: every cell as the hex of its UTF-8 bytes (locale-proof), `NA` when missing. */
const rChecks = (data: string) => `
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

function parseR(text: string): Read {
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

const TOOLS = {
  pandas: {
    available: works(PYTHON, ['-c', 'import pandas']),
    lang: 'python',
    marker: 'pd.read_csv(',
    install: `python3-pandas (pandas for ${PYTHON})`,
    run: async (code: string, cwd: string, locale: string) => {
      const { stdout } = await exec(PYTHON, ['-c', code], {
        cwd,
        env: { ...process.env, LC_ALL: locale },
        maxBuffer: 256 * 1024 * 1024,
      });
      return JSON.parse(stdout.slice(stdout.indexOf(MARK) + MARK.length)) as Read;
    },
    checks: pythonChecks,
  },
  R: {
    available: works('Rscript', ['--version']),
    lang: 'r',
    marker: 'read.csv(',
    install: 'r-base-core (Rscript)',
    run: async (code: string, cwd: string, locale: string) => {
      const { stdout } = await exec('Rscript', ['-e', code], {
        cwd,
        env: { ...process.env, LC_ALL: locale },
        maxBuffer: 256 * 1024 * 1024,
      });
      return parseR(stdout.slice(stdout.indexOf(MARK) + MARK.length));
    },
    checks: rChecks,
  },
};

const app = mkdtempSync(join(tmpdir(), 'csrd-clients-'));
mkdirSync(join(app, 'node_modules'));
symlinkSync(root, join(app, 'node_modules/china-security-risk-data'), 'dir');
afterAll(() => rmSync(app, { recursive: true, force: true }));

/** Each doc's recipes run where its paths point: data/README.md from the package, README.md from a project using it. */
const DOCS = [
  { doc: 'data/README.md', cwd: root, data: 'data' },
  { doc: 'README.md', cwd: app, data: 'node_modules/china-security-risk-data/data' },
];
const LOCALES = ['C.UTF-8', 'C'];

const byKey = <T extends Record<string, unknown>>(rows: T[], key: string) => new Map(rows.map((r) => [r[key], r]));
const json = (name: string) => JSON.parse(read(`data/${name}.json`)) as Record<string, unknown>[];

/** The checks every reading must pass. */
function expectRightReading(got: Read, tool: string) {
  expect(Object.keys(got)).toEqual(NAMES);
  const table = (name: string) =>
    got[name]!.rows.map((r) => Object.fromEntries(got[name]!.columns.map((c, i) => [c, r[i]])));
  for (const t of FILE_TABLES) {
    const { columns, classes, rows } = got[t.name]!;
    expect(columns, t.name).toEqual(t.columns.map((c) => c.name));
    if (classes) expect(new Set(classes), `${t.name}: R column classes`).toEqual(new Set(['character']));
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
  // Booleans are the strings true/false.
  expect(levels.get('1.1')).toMatchObject({ tracker_count_stated: 'false', tracker_count: '1' });
  expect(levels.get('3.5')).toMatchObject({ tracker_count_stated: 'true', tracker_count: '16' });
  const caSuspension = table('treaty-steps').find((r) => r.treaty_id === 'hk-ca' && r.action === 'suspended');
  expect(caSuspension).toMatchObject({ date: '2020-07-03', date_uncertain: 'false', by_country: 'CA' });
  // Chinese names exactly as in the JSON files.
  const countries = byKey(table('countries'), 'code');
  for (const c of json('countries')) expect(countries.get(c.code)?.name_zh, String(c.code)).toBe(c.nameZh);
  expect(countries.get('NA')?.name_zh).toBe('纳米比亚');
  for (const name of ['tiers', 'levels']) {
    const rows = byKey(table(name), 'code');
    for (const r of json(name)) expect(rows.get(r.code)?.name_zh, `${name} ${r.code}`).toBe(r.nameZh);
  }
}

for (const [tool, t] of Object.entries(TOOLS)) {
  const skip = !t.available && !process.env.CI;
  const title = skip
    ? `${tool} (skipped: not installed here; install ${t.install}; CI installs it and runs these)`
    : `${tool} reads the CSV files right with the recipes of the docs`;
  if (skip) console.warn(`tests/data/clients.test.ts: ${title}`);
  describe.skipIf(skip).concurrent(title, () => {
    it(`${tool} is installed (${t.install})`, () => expect(t.available).toBe(true));

    for (const { doc, cwd, data } of DOCS) {
      for (const locale of LOCALES) {
        it(`the ${tool} recipe of ${doc}, LC_ALL=${locale}`, async () => {
          const recipe = codeBlock(read(doc), t.lang, t.marker);
          expectRightReading(await t.run(recipe + t.checks(data), cwd, locale), tool);
        });
      }
    }
  });
}

describe
  .skipIf(!TOOLS.pandas.available || !TOOLS.R.available)
  .concurrent('the checks catch the default readers', () => {
    it('pandas read_csv with its defaults: Namibia missing, level codes numbers', async () => {
      const got = await TOOLS.pandas.run(
        `import pandas as pd\nread_table = pd.read_csv\n${pythonChecks('data')}`,
        root,
        'C.UTF-8',
      );
      expect(() => expectRightReading(got, 'pandas')).toThrow();
      const countries = got.countries!;
      const namibia = countries.rows.find((r) => r[countries.columns.indexOf('alpha3')] === 'NAM')!;
      expect(namibia[countries.columns.indexOf('code')]).toBeNull();
      expect(got.levels!.rows.map((r) => r[0])).toContain(3.3);
    });

    it('R read.csv with its defaults under LC_ALL=C: Namibia missing, Chinese names garbled', async () => {
      const got = await TOOLS.R.run(`read_table <- function(path) read.csv(path)\n${rChecks('data')}`, root, 'C');
      const countries = got.countries!;
      const namibia = countries.rows.find((r) => r[countries.columns.indexOf('alpha3')] === 'NAM')!;
      expect(namibia[countries.columns.indexOf('code')]).toBeNull();
      expect(namibia[countries.columns.indexOf('name_zh')]).not.toBe('纳米比亚');
      expect(got.levels!.classes![0]).toBe('numeric');
    });
  });
