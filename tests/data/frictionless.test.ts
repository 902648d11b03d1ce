/**
 * data/datapackage.json in the Frictionless JS library (`datapackage`): the package loads and is valid,
 * every resource reads with its declared CSV dialect, cast to its field types and with its foreign keys
 * resolved, and the library rejects broken copies (a duplicate key, a key that resolves to nothing).
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Package } from 'datapackage';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const data = join(root, 'data');
const jsonLength = (name: string) => (JSON.parse(readFileSync(join(data, `${name}.json`), 'utf8')) as unknown[]).length;

interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}
const schemaOf = (descriptor: Record<string, unknown>) =>
  descriptor.schema as { primaryKey: string | string[]; foreignKeys?: ForeignKey[] };

describe('Frictionless JS library', async () => {
  const dp = await Package.load(join(data, 'datapackage.json'));
  const read = async (name: string, relations: boolean) =>
    dp.getResource(name)!.read({ keyed: true, cast: true, relations });

  it('loads the package as valid, with a resource for every CSV file', () => {
    expect(dp.errors.map(String)).toEqual([]);
    expect(dp.valid).toBe(true);
    const files = readdirSync(data).filter((f) => f.endsWith('.csv'));
    expect(dp.resources.map((r) => `${r.name}.csv`).sort()).toEqual(files.sort());
  });

  it('every resource declares the dialect the files are written in (the library fills in the rest)', () => {
    for (const r of dp.resources) {
      expect(r.descriptor.dialect, r.name).toMatchObject({
        delimiter: ',',
        lineTerminator: '\n',
        quoteChar: '"',
        doubleQuote: true,
        skipInitialSpace: false,
        header: true,
      });
    }
  });

  it('reads every resource cast and with its relations, one row per record of the JSON file', async () => {
    for (const r of dp.resources) {
      const rows = await r.read({ keyed: true, cast: true, relations: true });
      expect(rows.length, r.name).toBe(jsonLength(r.name));
    }
  });

  it('casts each field to its type: codes stay strings, ranks are integers, booleans are booleans', async () => {
    const levels = new Map((await read('levels', false)).map((r) => [r.code, r]));
    expect(levels.get('3.3')).toMatchObject({ tier: '3', rank: 7, name_zh: '全面战略伙伴关系' });
    expect(levels.get('3.5')).toMatchObject({ tracker_count: 16, tracker_count_stated: true });
    expect(levels.get('1.1')).toMatchObject({ tracker_count_stated: false, tracker_named: 'RU' });
    const namibia = (await read('countries', false)).find((r) => r.alpha3 === 'NAM');
    expect(namibia).toEqual({
      code: 'NA',
      alpha3: 'NAM',
      name: 'Namibia',
      official_name: 'Republic of Namibia',
      aliases: null,
      name_zh: '纳米比亚',
      official_name_zh: '纳米比亚共和国',
      name_zh_hk: '納米比亞',
      name_zh_tw: '納米比亞',
      aliases_zh: '納米比亞共和國',
      cow_code: 565,
      cow_abbr: 'NAM',
      gw_code: 565,
      gw_abbr: 'NAM',
      vdem_id: 127,
      m49: 516,
      wb_code: 'NAM',
    });
  });

  it('resolves every foreign key to a row of the table it names', async () => {
    let checked = 0;
    for (const r of dp.resources) {
      const rows = await r.read({ keyed: true, cast: true, relations: true });
      for (const fk of schemaOf(r.descriptor).foreignKeys ?? []) {
        for (const row of rows) {
          const value = row[fk.fields];
          if (value === null) continue;
          expect(value, `${r.name}.${fk.fields}`).toEqual(
            expect.objectContaining({ [fk.reference.fields]: expect.any(String) }),
          );
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    const cnNa = (await read('treaties', true)).find((r) => r.id === 'cn-na');
    expect(cnNa?.counterparty).toMatchObject({ code: 'NA', name: 'Namibia' });
    const caStep = (await read('treaty-steps', true)).find((r) => (r.treaty_id as { id: string }).id === 'hk-ca');
    expect(caStep?.treaty_id).toMatchObject({ id: 'hk-ca', china_side: 'HK', counterparty: 'CA' });
  });

  it('primary keys are unique', async () => {
    for (const r of dp.resources) {
      const rows = await r.read({ keyed: true, cast: true });
      const key = ([] as string[]).concat(schemaOf(r.descriptor).primaryKey);
      expect(key.length, r.name).toBeGreaterThan(0);
      const keys = rows.map((row) => JSON.stringify(key.map((k) => row[k])));
      expect(new Set(keys).size, r.name).toBe(rows.length);
    }
  });
});

describe('Frictionless JS library rejects broken copies', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  /** A copy of data/ with one CSV file edited. */
  async function brokenCopy(file: string, edit: (text: string) => string) {
    const dir = mkdtempSync(join(tmpdir(), 'csrd-frictionless-'));
    dirs.push(dir);
    for (const f of readdirSync(data).filter((f) => f.endsWith('.csv') || f === 'datapackage.json'))
      copyFileSync(join(data, f), join(dir, f));
    const text = readFileSync(join(dir, file), 'utf8');
    const edited = edit(text);
    expect(edited).not.toBe(text);
    writeFileSync(join(dir, file), edited);
    return Package.load(join(dir, 'datapackage.json'));
  }

  it('a duplicate primary key', async () => {
    const dp = await brokenCopy(
      'countries.csv',
      (text) => `${text}${text.split('\n').find((l) => l.startsWith('NA,'))}\n`,
    );
    await expect(dp.getResource('countries')!.read({ keyed: true, cast: true })).rejects.toThrow(/unique/);
  });

  it('a foreign key that resolves to nothing', async () => {
    const dp = await brokenCopy('treaties.csv', (text) => text.replace('\ncn-na,CN,NA,', '\ncn-na,CN,XX,'));
    // 1.0.0's 76 treaties and the 5 of 2.0.0 (Armenia, Hungary, Panama, Serbia, Suriname).
    await expect(dp.getResource('treaties')!.read({ keyed: true, cast: true })).resolves.toHaveLength(76 + 5);
    await expect(dp.getResource('treaties')!.read({ keyed: true, cast: true, relations: true })).rejects.toThrow(
      /[Ff]oreign key/,
    );
  });
});
