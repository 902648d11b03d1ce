/**
 * Writes the Codebook guide (`docs/guides/codebook.md`): every table and every field, generated from the
 * zod schemas through `z.toJSONSchema`, so the field descriptions are the schemas' own `.describe()` texts
 * and the codebook cannot drift from the schemas. Run by `npm run docs` before TypeDoc; the output is not
 * committed. `--print` writes to stdout instead.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { BUILD_TABLES } from '../../build/registry.js';
import { TABLE_NAMES, TABLES } from '../../src/registry.js';
import * as schemas from '../../src/schemas/index.js';
import { labelsSection } from './codebook-labels.js';
import { GUIDES_DIR, cell, loadData, writeOut } from './shared.js';

/** A JSON Schema node, as `z.toJSONSchema` writes it (the parts this script reads). */
interface Json {
  type?: string;
  description?: string;
  enum?: (string | number)[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: Json;
  properties?: Record<string, Json>;
  required?: string[];
  additionalProperties?: Json | boolean;
  anyOf?: Json[];
  $ref?: string;
  $defs?: Record<string, Json>;
}

/** The export name of a schema of `china-security-risk-data/schemas`, found by identity (`TreatySchema`). */
function schemaName(schema: z.ZodType): string {
  const name = Object.entries(schemas).find(([, value]) => value === schema)?.[0];
  if (!name?.endsWith('Schema')) throw new Error('a table schema is not exported by src/schemas/index.ts');
  return name;
}

interface CodebookTable {
  /** Export name. */
  table: string;
  /** Record type, named like its schema without `Schema`. */
  type: string;
  schema: z.ZodType;
  /** The field that names a record, as Markdown. */
  key: string;
  /** Title of its file and the file's name in `data/`, for a table of the registry. */
  file?: { title: string; name: string; columns: readonly string[] };
}

/**
 * The tables, in registry order (`src/registry.ts`), each with its schema, title and CSV columns from the
 * build registry (`build/registry.ts`); then `dataset`, the metadata object, which has no file of its own.
 */
const CODEBOOK_TABLES: CodebookTable[] = [
  ...TABLE_NAMES.map((table) => {
    const { schema, title, columns } = BUILD_TABLES[table];
    const file = { title, name: TABLES[table].file, columns: columns.map((c) => c.name) };
    return { table, type: schemaName(schema).replace(/Schema$/, ''), schema, key: `\`${TABLES[table].key}\``, file };
  }),
  { table: 'dataset', type: 'Dataset', schema: schemas.DatasetSchema, key: '—' },
];

/** Shapes many tables share: written once, under "Shared types", and linked from each field. */
const SHARED: { name: string; schema: z.ZodType }[] = [
  { name: 'FuzzyDate', schema: schemas.FuzzyDateSchema },
  { name: 'Citation', schema: schemas.CitationSchema },
  { name: 'Actors', schema: schemas.ActorsSchema },
  { name: 'DatedMoment', schema: schemas.DatedMomentSchema },
];

/** Patterns of the schemas, by what they mean. */
const PATTERNS = new Map<string, string>([
  [schemas.IdSchema.toJSONSchema().pattern ?? '', 'kebab-case id'],
  [schemas.CountryCodeSchema.toJSONSchema().pattern ?? '', 'ISO 3166-1 alpha-2 code'],
  [schemas.PartialDateStringSchema.toJSONSchema().pattern ?? '', 'date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`'],
  ['^[A-Z]{3}$', 'ISO 3166-1 alpha-3 code'],
  ['^\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?$', 'semantic version'],
  ['^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$', 'BCP 47 language tag'],
]);

const anchor = (name: string) => name.toLowerCase();
const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** A short, readable type for a JSON Schema node. */
function typeOf(node: Json): string {
  if (node.$ref) {
    const name = node.$ref.replace('#/$defs/', '');
    return `[${name}](#${anchor(name)})`;
  }
  if (node.anyOf) {
    const types = node.anyOf.map((n) => (n.type === 'null' ? '`null`' : typeOf(n)));
    return types.join(' or ');
  }
  if (node.const !== undefined) return code(node.const);
  if (node.enum) return `one of ${node.enum.map(code).join(', ')}`;
  switch (node.type) {
    case 'string': {
      if (node.pattern !== undefined)
        return (
          PATTERNS.get(node.pattern) ??
          `string matching <code>${node.pattern.replace(/\|/g, '&#124;').replace(/</g, '&lt;').replace(/\[/g, '&#91;').replace(/\]/g, '&#93;').replace(/\(/g, '&#40;').replace(/\)/g, '&#41;')}</code>`
        );
      if (node.format === 'uri') return 'URL (http or https)';
      return node.minLength ? 'non-empty string' : 'string';
    }
    case 'integer':
    case 'number': {
      const max = node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER ? node.maximum : undefined;
      if (node.minimum !== undefined && max !== undefined) return `${node.type} from ${node.minimum} to ${max}`;
      if (node.minimum !== undefined) return `${node.type} ≥ ${node.minimum}`;
      return max !== undefined ? `${node.type} ≤ ${max}` : node.type;
    }
    case 'boolean':
      return 'boolean';
    case 'array':
      return `list of ${node.items ? typeOf(node.items).replace(/^one of /, 'values from ') : 'values'}${node.minItems ? ` (at least ${node.minItems})` : ''}`;
    case 'object':
      if (node.properties) return 'object';
      if (typeof node.additionalProperties === 'object')
        return `map from string to ${typeOf(node.additionalProperties)}`;
      return 'object';
    default:
      return 'any';
  }
}

/** The inline object a field holds (directly, in a list, or nullable), whose fields get their own rows. */
function inlineObject(node: Json): { object: Json; suffix: string } | undefined {
  if (node.type === 'object' && node.properties) return { object: node, suffix: '' };
  if (node.type === 'array' && node.items) {
    const inner = inlineObject(node.items);
    return inner && { object: inner.object, suffix: `[]${inner.suffix}` };
  }
  const nonNull = node.anyOf?.filter((n) => n.type !== 'null');
  if (nonNull?.length === 1) return inlineObject(nonNull[0]!);
  return undefined;
}

interface Row {
  path: string;
  type: string;
  presence: string;
  description: string;
}

/** Fields with no description of their own and none from a shared type: listed at the end. */
const undocumented: string[] = [];

function rowsOf(object: Json, prefix: string, owner: string, defs: Record<string, Json> = {}): Row[] {
  const rows: Row[] = [];
  const required = new Set(object.required ?? []);
  for (const [key, node] of Object.entries(object.properties ?? {})) {
    const path = `${prefix}${key}`;
    const nullable = node.anyOf?.some((n) => n.type === 'null') ?? false;
    const presence = required.has(key) ? (nullable ? 'required, may be `null`' : 'required') : 'optional';
    let description = node.description ?? '';
    // A field that is a shared type and says nothing of its own: the shared type's description, and a link.
    const ref = node.$ref ? node : node.type === 'array' && node.items?.$ref ? node.items : undefined;
    if (!description && ref) {
      const shared = defs[ref.$ref!.replace('#/$defs/', '')]?.description;
      description = `${shared ? `${shared} ` : ''}See ${typeOf(ref)}.`;
    }
    if (!description) {
      description = '—';
      undocumented.push(`${owner}: \`${path}\``);
    }
    rows.push({ path, type: typeOf(node), presence, description });
    const inner = inlineObject(node);
    if (inner) rows.push(...rowsOf(inner.object, `${path}${inner.suffix}.`, owner, defs));
  }
  return rows;
}

function fieldTable(rows: Row[]): string {
  const lines = ['| field | type | presence | meaning |', '|---|---|---|---|'];
  for (const r of rows) lines.push(`| \`${r.path}\` | ${cell(r.type)} | ${r.presence} | ${cell(r.description)} |`);
  return lines.join('\n');
}

/** Registers the shared schemas under an id, so `z.toJSONSchema` writes them once under `$defs`. */
function registerShared(): void {
  for (const { name, schema } of SHARED) {
    const meta = metaOf(schema);
    z.globalRegistry.remove(schema);
    z.globalRegistry.add(schema, { ...meta, id: name });
  }
}

function metaOf(schema: z.ZodType): Record<string, unknown> {
  return { ...(z.globalRegistry.get(schema) ?? {}) };
}

export async function codebook(): Promise<string> {
  const data = await loadData();
  const { dataset, partnerships } = data;
  // Read every description before registering ids, so the shared types keep theirs.
  const sharedMeta = SHARED.map(({ schema }) => metaOf(schema));
  registerShared();
  const out: string[] = [
    '---',
    'title: Codebook',
    '---',
    '',
    '# Codebook',
    '',
    '<!-- Generated by scripts/docs/codebook.ts from the zod schemas (src/schemas); do not edit. -->',
    '',
    `Every table the package exports and every field of its records, generated at docs build time from the zod schemas in \`china-security-risk-data/schemas\` (through \`z.toJSONSchema\`): each meaning below is the schema's own \`.describe()\` text, so this page and the schemas cannot disagree. Counts are those of this build (data version ${dataset.dataVersion}; the tracker edition's statuses as of ${dataset.asOf}, the dated histories to ${dataset.coverageEnd}). How a partnership's name is coded is under [Labels](#labels).`,
    '',
    'Field paths use `.` for a nested object and `[]` for the items of a list: `steps[].by.country` is the `country` of the `by` object of each item of `steps`. A field marked *optional* may be absent; *required, may be `null`* is always present and `null` when nothing is known. The types named in links (FuzzyDate, Citation, Actors, DatedMoment) are described once, under [Shared types](#shared-types).',
    '',
    '## Tables',
    '',
    '| export | record type (schema) | key | records |',
    '|---|---|---|---|',
  ];
  for (const t of CODEBOOK_TABLES) {
    const count = t.table === 'dataset' ? 1 : dataset.counts[t.table];
    out.push(
      `| [\`${t.table}\`](#${anchor(t.table)}) | \`${t.type}\` (\`${t.type}Schema\`) | ${t.key} | ${count ?? '?'} |`,
    );
  }
  for (const t of CODEBOOK_TABLES) {
    const json = z.toJSONSchema(t.schema) as Json;
    out.push('', `## ${t.table}`, '');
    const what = t.table === 'dataset' ? 'One object' : `Records: \`${t.type}\`, keyed by ${t.key}`;
    const title = t.file ? `**${t.file.title}.** ` : '';
    out.push(`${title}${json.description ?? ''} ${what}; schema \`${t.type}Schema\`.`, '');
    if (t.file) {
      const { name, columns } = t.file;
      out.push(
        `In the files: \`data/${name}.json\` and \`data/${name}.csv\`, whose columns are ${columns.map((c) => `\`${c}\``).join(', ')}.`,
        '',
      );
    }
    if (t.table === 'partnerships') out.push(historiesNote(partnerships), '');
    out.push(fieldTable(rowsOf(json, '', t.table, json.$defs)));
  }
  out.push('', ...labelsSection(data));
  out.push('', '## Shared types', '', 'Shapes that several tables use, each written once here.');
  SHARED.forEach(({ name, schema }, i) => {
    const json = z.toJSONSchema(schema) as Json;
    // The schema itself is now registered under its id; describe it from its own definition.
    const own = (json.$defs?.[name] ?? json) as Json;
    out.push('', `### ${name}`, '');
    const description = (sharedMeta[i]!.description as string | undefined) ?? own.description;
    if (description) out.push(`${description} Schema: \`${name}Schema\`.`, '');
    out.push(fieldTable(rowsOf(own, '', name, json.$defs)));
  });
  out.push('', '## Fields without a description', '');
  if (undocumented.length === 0) out.push('None: every field carries a description in its schema.');
  else {
    out.push(
      'These fields carry no `.describe()` text in their schema yet; their meaning follows from their name and the table above. (Generated list: adding a description to the schema removes the field from it.)',
      '',
      ...undocumented.map((u) => `- ${u}`),
    );
  }
  return `${out.join('\n')}\n`;
}

/** How many countries have a full history on the ladder, and which do not, counted from the records. */
function historiesNote(
  partnerships: readonly { country: string; id: string; priorHistory?: string | undefined }[],
): string {
  const countries = new Set(partnerships.map((m) => m.country));
  const unknown = partnerships.filter((m) => m.priorHistory === 'unknown');
  return `Histories: ${countries.size - unknown.length} of the ${countries.size} countries have a full history, from the first partnership China declared with them to the last day the data covers; before the earliest record of ${unknown.map((m) => `${m.country} (\`${m.id}\`)`).join(', ') || 'none'}, the history is not known (\`priorHistory\`).`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = await codebook();
  if (process.argv.includes('--print')) process.stdout.write(text);
  else writeOut(join(GUIDES_DIR, 'codebook.md'), text);
}
