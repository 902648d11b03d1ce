/**
 * The generated files (data/, CITATION.cff, src/generated/): no drift from the data, every
 * JSON file is its table and passes its schema and its JSON Schema, the CSV files read back, the
 * Frictionless descriptor describes them, and the fingerprint is what the shipped files give.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sha256OfCanonical } from '../../build/fingerprint.js';
import { FILE_TABLES, fileRows } from '../../build/file-tables.js';
import * as data from '../../src/index.js';
import { ambiguousNames } from '../../src/data/index.js';
import { fingerprintInput } from '../../src/lib/fingerprint.js';
import { tables as packageTables } from '../../src/tables/index.js';

const computeFingerprint = (tables: Record<string, unknown>) =>
  sha256OfCanonical(fingerprintInput(tables as never, ambiguousNames));

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const readJson = (path: string) => JSON.parse(read(path)) as unknown;
const pkg = readJson('package.json') as { version: string };

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** A small RFC 4180 reader, independent of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  expect(cell === '' && row.length === 0, 'the file ends with a newline').toBe(true);
  return rows;
}

describe('generated files do not drift from the data', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'csrd-files-'));
    execFileSync(join(root, 'node_modules/.bin/tsx'), ['build/main.ts', '--out', out], {
      cwd: root,
      stdio: 'pipe',
    });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('data/ holds exactly the files the script writes, byte for byte (run `npm run build:files` after a data change)', () => {
    const committed = listFiles(join(root, 'data'));
    expect(committed).toEqual(listFiles(join(out, 'data')));
    for (const file of committed)
      expect(read(`data/${file}`), `data/${file}`).toBe(readFileSync(join(out, 'data', file), 'utf8'));
  });

  it('CITATION.cff and the modules of src/generated/ the build writes are up to date', () => {
    const generated = listFiles(join(out, 'src/generated')).map((f) => `src/generated/${f}`);
    expect(generated).toContain('src/generated/dataset.ts');
    for (const file of ['CITATION.cff', ...generated]) {
      expect(read(file), file).toBe(readFileSync(join(out, file), 'utf8'));
    }
  });

  it('a second run writes the same bytes (deterministic output)', () => {
    const again = mkdtempSync(join(tmpdir(), 'csrd-files-'));
    try {
      execFileSync(join(root, 'node_modules/.bin/tsx'), ['build/main.ts', '--out', again], {
        cwd: root,
        stdio: 'pipe',
      });
      for (const file of listFiles(out))
        expect(readFileSync(join(again, file), 'utf8'), file).toBe(readFileSync(join(out, file), 'utf8'));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});

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

describe('data/datapackage.json (Frictionless)', () => {
  const dp = readJson('data/datapackage.json') as {
    name: string;
    version: string;
    licenses: { name: string }[];
    sources: { title: string }[];
    resources: {
      name: string;
      path: string;
      format: string;
      mediatype: string;
      encoding: string;
      bytes: number;
      hash: string;
      schema: {
        fields: { name: string; type: string; description: string }[];
        primaryKey: string | string[];
        foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
      };
    }[];
  };

  it('names the package, its version, the CC BY 4.0 licence and the MERICS tracker as source', () => {
    expect(dp.name).toBe('china-security-risk-data');
    expect(dp.version).toBe(pkg.version);
    expect(dp.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    expect(dp.sources[0]!.title).toMatch(/MERICS.*China Security and Risk Tracker No\. 3/);
  });

  it('has one resource per CSV file, with its fields, size and hash', () => {
    const csvFiles = readdirSync(join(root, 'data'))
      .filter((f) => f.endsWith('.csv'))
      .sort();
    expect(dp.resources.map((r) => r.path).sort()).toEqual(csvFiles);
    for (const r of dp.resources) {
      const text = read(`data/${r.path}`);
      expect(r).toMatchObject({
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: Buffer.byteLength(text),
      });
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
      expect(r.schema.fields.map((f) => f.name)).toEqual(parseCsv(text)[0]);
      for (const f of r.schema.fields) {
        expect(['string', 'integer', 'boolean']).toContain(f.type);
        expect(f.description.length).toBeGreaterThan(3);
      }
    }
  });

  it('keys hold: primary keys unique, foreign keys resolve', () => {
    const tableOf = (name: string) => {
      const [header, ...rows] = parseCsv(read(`data/${name}.csv`));
      return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
    };
    for (const r of dp.resources) {
      const rows = tableOf(r.name);
      const pk = ([] as string[]).concat(r.schema.primaryKey);
      const keys = rows.map((row) => pk.map((k) => row[k]).join('\u0000'));
      expect(new Set(keys).size, r.name).toBe(rows.length);
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = new Set(tableOf(fk.reference.resource).map((row) => row[fk.reference.fields]));
        const missing = rows.map((row) => row[fk.fields]!).filter((v) => v !== '' && !target.has(v));
        expect(missing, `${r.name}.${fk.fields}`).toEqual([]);
      }
    }
  });

  it('data/README.md documents every column, one line each', () => {
    const readme = read('data/README.md');
    for (const r of dp.resources) {
      for (const f of r.schema.fields) expect(readme).toContain(`- \`${f.name}\` (${f.type}`);
    }
  });
});

describe('fingerprint', () => {
  /** Canonical JSON written out again here, independently of src/files/canonical.ts. */
  const canonical = (v: unknown): string =>
    Array.isArray(v)
      ? `[${v.map(canonical).join(',')}]`
      : v !== null && typeof v === 'object'
        ? `{${Object.keys(v)
            .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
            .join(',')}}`
        : JSON.stringify(v);
  const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
  const FILES: Record<string, string> = {
    ambiguousNames: 'ambiguous-names',
    conflicts: 'conflicts',
    countries: 'countries',
    events: 'events',
    levels: 'levels',
    outsideFramework: 'outside-framework',
    partnerships: 'partnerships',
    sources: 'sources',
    tiers: 'tiers',
    treaties: 'treaties',
    watchItems: 'watch-items',
  };

  it('dataset.fingerprint is the SHA-256 of the shipped data/*.json files, recomputed here', () => {
    const fromFiles = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, readJson(`data/${f}.json`)]));
    expect(data.dataset.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(sha(canonical(fromFiles))).toBe(data.dataset.fingerprint);
    expect(computeFingerprint(fromFiles)).toBe(data.dataset.fingerprint);
  });

  it('... and of the tables in memory', () => {
    const fromTables = Object.fromEntries(
      Object.keys(FILES).map((k) => [
        k,
        k === 'ambiguousNames' ? ambiguousNames : (data as Record<string, unknown>)[k],
      ]),
    );
    expect(sha(canonical(fromTables))).toBe(data.dataset.fingerprint);
    expect(computeFingerprint(packageTables)).toBe(data.dataset.fingerprint);
  });

  it('data/README.md states it; it does not cover the dataset record or versions', () => {
    expect(read('data/README.md')).toContain(`\`${data.dataset.fingerprint}\``);
    expect(Object.keys(FILES)).not.toContain('dataset');
  });

  it('changes with any value and not with key order', () => {
    const tables = packageTables as unknown as Record<string, object[]>;
    const base = computeFingerprint(tables);
    const reordered = {
      ...tables,
      tiers: tables.tiers!.map((t) => Object.fromEntries(Object.entries(t as object).reverse())),
    };
    expect(computeFingerprint(reordered)).toBe(base);
    const changed = { ...tables, tiers: [{ ...(tables.tiers![0] as object), rank: 99 }, ...tables.tiers!.slice(1)] };
    expect(computeFingerprint(changed)).not.toBe(base);
    expect(() => computeFingerprint({ ...tables, tiers: undefined })).toThrow(/tiers/);
    const otherNames = sha256OfCanonical(
      fingerprintInput(tables as never, { ...ambiguousNames, guinea: ['GN', 'GQ'] }),
    );
    expect(otherNames).not.toBe(base);
  });
});
