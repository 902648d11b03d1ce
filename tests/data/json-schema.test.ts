/**
 * The JSON Schemas in data/schema/ as a JSON Schema user meets them: compiled by ajv (draft 2020-12,
 * `ajv/dist/2020`) in strict mode with ajv-formats, each validates its data/<table>.json, and rejects broken
 * copies. zod and the JSON Schema agree on the addresses of sources: http(s), printable ASCII only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_FILES } from '../../build/release-files.js';
import { SourceSchema } from '../../src/schemas/sources.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as unknown;
// ajv-formats is CommonJS: its plugin is both `module.exports` and `module.exports.default`.
const addFormats = addFormatsModule.default;

/** A validator for `data/schema/<name>.schema.json`; strict mode reports anything ajv does not understand. */
function validator(name: string) {
  const warnings: unknown[] = [];
  const logger = {
    log: () => {},
    warn: (...a: unknown[]) => warnings.push(a),
    error: (...a: unknown[]) => warnings.push(a),
  };
  const ajv = new Ajv2020({ strict: true, allErrors: true, logger });
  addFormats(ajv);
  const validate = ajv.compile(readJson(`data/schema/${name}.schema.json`) as object);
  return { validate, warnings };
}

const NAMES = readdirSync(join(root, 'data/schema'))
  .map((file) => file.replace(/\.schema\.json$/, ''))
  .sort();

describe('ajv 2020-12, strict, with formats', () => {
  it('there is a schema for every table file, for ambiguous-names.json and for every other JSON file of records (changes.json)', () => {
    const tables = readdirSync(join(root, 'data'))
      .filter((f) => f.endsWith('.csv'))
      .map((f) => f.replace(/\.csv$/, ''));
    expect(NAMES).toEqual([...tables, 'ambiguous-names', ...DOCUMENT_FILES.map((d) => d.name)].sort());
  });

  for (const name of NAMES) {
    it(`${name}.schema.json compiles without a strict-mode complaint and validates ${name}.json`, () => {
      const { validate, warnings } = validator(name);
      expect(warnings).toEqual([]);
      const ok = validate(readJson(`data/${name}.json`));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }

  it('rejects a record with a field the schema does not know, and one without its id', () => {
    const { validate } = validator('treaties');
    const [first] = readJson('data/treaties.json') as Record<string, unknown>[];
    expect(validate([{ ...first, unknownField: 1 }])).toBe(false);
    const { id: _, ...withoutId } = first!;
    expect(validate([withoutId])).toBe(false);
  });
});

describe('addresses of sources: zod and the JSON Schema agree', () => {
  const sources = readJson('data/sources.json') as Record<string, unknown>[];
  const withUrl = sources.find((s) => s.id === 'rfi-2014-09-16-sri-lanka')!;
  const { validate } = validator('sources');
  const cases: [string, string, boolean][] = [
    ['as stored (percent-encoded)', String(withUrl.url), true],
    ['plain http', 'http://bd.chineseembassy.org/eng/zmgx/zyjh/t1436842.htm', true],
    ['raw non-ASCII', 'https://zh.wikisource.org/zh-hans/中华人民共和国和纳米比亚共和国引渡条约', false],
    ['without a scheme', 'zh.wikisource.org/zh-hans/Main_Page', false],
    ['ftp', 'ftp://ftp.example.org/treaty.pdf', false],
    ['a space in it', 'https://example.org/a treaty', false],
    ['a dot ending the host', 'http://en.people.cn./n/2014/1120/c90883-8811965.html', false],
  ];
  for (const [what, url, valid] of cases) {
    it(`${what}: ${valid ? 'accepted' : 'rejected'} by both`, () => {
      const record = { ...withUrl, url };
      expect(validate([record]), 'ajv').toBe(valid);
      expect(SourceSchema.safeParse(record).success, 'zod').toBe(valid);
    });
  }

  it('the percent-encoded addresses decode to the addresses the research recorded (readAt too)', () => {
    const field = (id: string, key: 'url' | 'readAt') => decodeURI(String(sources.find((s) => s.id === id)?.[key]));
    expect(field('rfi-2014-09-16-sri-lanka', 'url')).toBe('http://m.cn.rfi.fr/cn/中国/20140916-中国主席继续南亚之行');
    expect(field('wikisource-zh-namibia-treaty', 'readAt')).toBe(
      'https://zh.wikisource.org/zh-hans/中华人民共和国和纳米比亚共和国引渡条约',
    );
  });
});
