/**
 * The texts of the files in `data/` besides the tables themselves: the JSON Schemas, the Frictionless
 * data package and the README that lists every column.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { EDITION, EDITION_CITATION } from '../src/edition.js';
import { TABLE_NAMES, TABLES } from '../src/registry.js';
import { AmbiguousNamesSchema } from '../src/schemas/ambiguous-names.js';
import { LIST_SEPARATOR } from './columns.js';
import { GENERATED, pkg } from './package.js';
import { FILE_TABLES } from './file-tables.js';
import { READERS } from './readers.js';
import type { FileTable } from './registry.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** `data/schema/<table>.schema.json`: JSON Schema (draft 2020-12) of `data/<table>.json`, from the zod schema. */
export function jsonSchema(table: FileTable): string {
  const schema = z.array(table.schema).describe(`${table.title}: ${table.description}`);
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return `${JSON.stringify({ $schema, title: `${pkg.name}: ${table.name}`, ...rest }, null, 2)}\n`;
}

/** `data/schema/ambiguous-names.schema.json`: JSON Schema (draft 2020-12) of `data/ambiguous-names.json`. */
export function ambiguousNamesSchema(): string {
  const generated = z.toJSONSchema(AmbiguousNamesSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return `${JSON.stringify({ $schema, title: `${pkg.name}: ambiguous-names`, ...rest }, null, 2)}\n`;
}

/**
 * How the CSV files are written (see `build/csv.ts`), as a Frictionless CSV dialect. Stated in full: left
 * out, readers guess it, and the Frictionless JS library guesses a space as the delimiter of some files.
 * `lineTerminator` differs from the spec's default (`\r\n`); `skipInitialSpace` is stated because defaults
 * differ between readers (the profile in the Frictionless JS library says `true`).
 */
const CSV_DIALECT = {
  delimiter: ',',
  lineTerminator: '\n',
  quoteChar: '"',
  doubleQuote: true,
  skipInitialSpace: false,
  header: true,
} as const;

/** `data/datapackage.json`: a Frictionless tabular data package describing the CSV files. */
export function datapackage(csv: ReadonlyMap<string, string>): string {
  const dp = {
    profile: 'tabular-data-package',
    name: pkg.name,
    title: `${EDITION_CITATION} as data`,
    description: pkg.description,
    version: pkg.version,
    keywords: pkg.keywords ?? [],
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0 International',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    sources: [
      {
        title: `${EDITION.publisher}, ${EDITION_CITATION}: origin of every statement with basis "tracker"`,
      },
      {
        title:
          'Government, parliamentary, treaty-database, news and academic sources, each listed by its address in sources.csv',
      },
    ],
    resources: FILE_TABLES.map((t) => {
      const text = csv.get(t.name)!;
      return {
        name: t.name,
        path: `${t.name}.csv`,
        title: t.title,
        description: t.description,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: CSV_DIALECT,
        bytes: Buffer.byteLength(text, 'utf8'),
        hash: `sha256:${sha256(text)}`,
        schema: {
          fields: t.columns.map((c) => ({
            name: c.name,
            type: c.type,
            ...(c.format ? { format: c.format } : {}),
            description: c.description,
          })),
          missingValues: [''],
          primaryKey: t.primaryKey.length === 1 ? t.primaryKey[0] : [...t.primaryKey],
          ...(t.foreignKeys.length ? { foreignKeys: t.foreignKeys } : {}),
        },
      };
    }),
  };
  return `${JSON.stringify(dp, null, 2)}\n`;
}

/** Words of `text` in lines of at most `width` characters, the lines after the first indented by `indent`. */
function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > width && line) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = next;
  }
  return [...lines, line];
}

/** `data/README.md`: how the files are written, the fingerprint, and every column. */
export function readme(fingerprint: string): string {
  const sorted = [...TABLE_NAMES].sort();
  const python = `names = {${sorted.map((name) => `'${name}': '${TABLES[name].file}'`).join(', ')}}`;
  const lines = [
    '# Data files',
    '',
    `<!-- ${GENERATED} -->`,
    '',
    `The tables of \`${pkg.name}\` as files, for use outside JavaScript. They hold the same records as the`,
    'package and are regenerated from it on every change (`npm run build:files`); the tests fail when they drift.',
    '',
    '- `<table>.json`: an array of the records exactly as the package exports them (nested objects kept),',
    '  object keys in alphabetical order, indented by two spaces, UTF-8, with a trailing newline.',
    '- `<table>.csv`: one row per record, nested fields flattened into the columns listed below. UTF-8',
    '  without a byte-order mark, comma-separated, `"`-quoted where needed (RFC 4180), `\\n` line ends, a',
    '  header row. An empty cell is a missing value (`null`, an absent field or an empty list). Booleans are',
    `  \`true\`/\`false\`. Lists are joined by \`${LIST_SEPARATOR}\` (no item contains it). A date column holds the date only as`,
    '  precisely as its sources give it (`2019`, `2019-06` or `2019-06-05`, never padded); its `_precision`,',
    '  `_end` (last day of a span), `_derived` and `_uncertain` columns follow it.',
    '- `schema/<table>.schema.json`: JSON Schema (draft 2020-12) of `<table>.json` (and of `ambiguous-names.json`), generated from the zod schemas.',
    '- `datapackage.json`: a Frictionless tabular data package describing the CSV files (fields, keys, CSV',
    '  dialect, licence, sources, version, and a SHA-256 hash of each file).',
    '- `ambiguous-names.json`: names two or more countries share ("Congo", "Korea"), as match keys, with the',
    '  countries they could mean; the package resolves them to no country.',
    '',
    "Licence: CC BY 4.0. Cite MERICS as the origin of the tracker's statements (records with `basis` `tracker`,",
    `citations of \`${EDITION.sourceId}\`) and this package for the compilation (see \`CITATION.cff\`).`,
    '',
    ...READERS,
    '',
    '## Fingerprint',
    '',
    `\`${fingerprint}\``,
    '',
    'This is `dataset.fingerprint` in the package: the SHA-256 (hex) of the UTF-8 bytes of the JSON object',
    ...wrap(`\`{"ambiguousNames": {...}, ${sorted.map((name) => `"${name}": [...]`).join(', ')}}\``, 104),
    ...wrap(
      `(the contents of the JSON files of the tables, named in the dictionary below, and of \`ambiguous-names.json\`: the names two countries share, which resolve to no country), written with every object's keys sorted, no white space and non-ASCII characters unescaped. \`treaty-steps.json\` (derived from \`treaties\`) and version numbers are not part of it. \`verifyDataset()\` recomputes it in the package. In Python:`,
      104,
    ),
    '',
    '```python',
    'import hashlib, json',
    ...wrap(python, 104, '         '),
    "data = {k: json.load(open(f'data/{f}.json', encoding='utf-8')) for k, f in names.items()}",
    "data['ambiguousNames'] = json.load(open('data/ambiguous-names.json', encoding='utf-8'))",
    "text = json.dumps(data, sort_keys=True, separators=(',', ':'), ensure_ascii=False)",
    'print(hashlib.sha256(text.encode()).hexdigest())',
    '```',
    '',
    '## Columns',
  ];
  for (const t of FILE_TABLES) {
    lines.push(
      '',
      `### ${t.name}.csv`,
      '',
      `${t.description} Key: ${t.primaryKey.map((k) => `\`${k}\``).join(' + ')}.`,
      '',
    );
    for (const c of t.columns)
      lines.push(`- \`${c.name}\` (${c.type}${c.format ? `, ${c.format}` : ''}): ${c.description}`);
  }
  return `${lines.join('\n')}\n`;
}
