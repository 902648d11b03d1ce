/**
 * The table files: every data/<table>.json file is its table and passes its schema and its JSON Schema,
 * and the data/<table>.csv files read back, cell for cell and byte for byte.
 */
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FILE_TABLES, fileRows } from '../../build/file-tables.js';
import * as data from '../../src/index.js';
import { tables as packageTables } from '../../src/tables/index.js';
import { parseCsv, read, readJson } from './files-helpers.js';

describe('data/<table>.json', () => {
  for (const table of FILE_TABLES) {
    it(`${table.name}.json is the table, passes its zod schema and its JSON Schema`, () => {
      const json = readJson(`data/${table.name}.json`);
      expect(json).toEqual(JSON.parse(JSON.stringify(fileRows(table, packageTables))));
      expect(z.array(table.schema).safeParse(json).error?.issues ?? []).toEqual([]);
      const fromJsonSchema = z.fromJSONSchema(readJson(`data/schema/${table.name}.schema.json`) as never);
      expect(fromJsonSchema.safeParse(json).success).toBe(true);
      expect(fromJsonSchema.safeParse([{ ...(json as object[])[0], unknownField: 1 }]).success).toBe(false);
    });
  }

  it('every exported table has its file, under its kebab-case name', () => {
    const exported = FILE_TABLES.flatMap((t) => (t.exportName ? [t.exportName] : []));
    expect(exported.sort()).toEqual(Object.keys(data.dataset.counts).sort());
    for (const t of FILE_TABLES) {
      if (t.exportName)
        expect(readJson(`data/${t.name}.json`)).toEqual(
          JSON.parse(JSON.stringify((data as Record<string, unknown>)[t.exportName])),
        );
    }
  });

  it('treaty-steps.json holds every step of every treaty once, with its treaty id', () => {
    const steps = readJson('data/treaty-steps.json') as { treatyId: string; seq: number; action: string }[];
    expect(steps.length).toBe(data.treaties.reduce((n, t) => n + t.steps.length, 0));
    const ca = steps.filter((s) => s.treatyId === 'hk-ca');
    expect(ca.map((s) => s.seq)).toEqual(ca.map((_, i) => i + 1));
    expect(ca.some((s) => s.action === 'suspended')).toBe(true);
  });

  it('keys are sorted, two-space indented, with a trailing newline', () => {
    const text = read('data/tiers.json');
    expect(text.startsWith('[\n  {\n    "code": "1",\n    "description": ')).toBe(true);
    expect(text.endsWith(']\n')).toBe(true);
  });
});

describe('data/<table>.csv', () => {
  it('treaty-steps.csv: hand-checked rows read back', () => {
    const [header, ...rows] = parseCsv(read('data/treaty-steps.csv'));
    expect(header).toEqual([
      'treaty_id',
      'seq',
      'action',
      'date',
      'date_precision',
      'date_end',
      'date_derived',
      'date_uncertain',
      'by_country',
      'by_body',
      'place',
      'note',
      'sources',
    ]);
    const cell = (row: string[], name: string) => row[header!.indexOf(name)];
    const suspension = rows.find((r) => r[0] === 'hk-ca' && cell(r, 'action') === 'suspended')!;
    expect(cell(suspension, 'date')).toBe('2020-07-03');
    expect(cell(suspension, 'date_precision')).toBe('day');
    expect(cell(suspension, 'date_uncertain')).toBe('false');
    expect(cell(suspension, 'by_country')).toBe('CA');
    expect(cell(suspension, 'by_body')).toBe('Government of Canada');
    const dutch = rows.find((r) => r[0] === 'hk-nl' && cell(r, 'action') === 'suspended')!;
    expect([cell(dutch, 'date'), cell(dutch, 'date_precision')]).toEqual(['2020-10', 'month']);
  });

  it('levels.csv: one row per level, nested fields flattened, lists and booleans as documented', () => {
    const [header, ...rows] = parseCsv(read('data/levels.csv'));
    const byCode = new Map(rows.map((r) => [r[0], Object.fromEntries(header!.map((h, i) => [h, r[i]]))]));
    expect(rows.length).toBe(16);
    expect(byCode.get('1.1')).toMatchObject({
      tier: '1',
      rank: '1',
      tracker_named: 'RU',
      tracker_count: '1',
      tracker_count_stated: 'false',
    });
    expect(byCode.get('3.5')).toMatchObject({ tier: '3', tracker_count: '16', tracker_count_stated: 'true' });
    expect(byCode.get('1.1')!.sources!.split('|')[0]).toBe('merics-csrt-3#exhibit-1');
  });

  for (const table of FILE_TABLES) {
    it(`${table.name}.csv round-trips: every cell is its column's value, and re-writing gives the same bytes`, () => {
      const text = read(`data/${table.name}.csv`);
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual(table.columns.map((c) => c.name));
      const records = fileRows(table, packageTables);
      expect(rows.length).toBe(records.length);
      rows.forEach((row, i) => {
        expect(row.length).toBe(header!.length);
        table.columns.forEach((c, j) => {
          const v = c.get(records[i]);
          expect(row[j], `${table.name} row ${i} ${c.name}`).toBe(v === null || v === undefined ? '' : String(v));
        });
      });
      expect(stringify(rows, { header: true, columns: header!, record_delimiter: 'unix' })).toBe(text);
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
    });
  }
});
