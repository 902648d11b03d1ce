/**
 * data/datapackage.json, the Frictionless descriptor, describes the CSV files: the package, one resource
 * per file with its fields, size and hash, keys that hold, and every column documented in data/README.md.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, read, readJson, root } from './files-helpers.js';

const pkg = readJson('package.json') as { version: string };

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
