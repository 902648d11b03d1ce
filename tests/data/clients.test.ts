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
import { expectRightReading, MARK, NAMES, parseR, type Read, rChecks } from './client-checks.js';
import { codeBlock, PYTHON, works } from './real-clients.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const exec = promisify(execFile);

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
