/**
 * CSV columns of a file table, each read from a field of the record by its path (`'tracker.count'`) and
 * described by that field's `.describe()` in the zod schema: the schemas are the one place a field is
 * described (data/README.md, datapackage.json and the Codebook all read them).
 */
import type { z } from 'zod';
import { EDITION } from '../src/edition.js';

/** Separator of list items inside one CSV cell. */
export const LIST_SEPARATOR = '|';

/** A CSV cell value: `null` and `undefined` are written as an empty cell. */
export type Cell = string | number | boolean | null | undefined;

/** One CSV column. */
export interface Column {
  /** Column name (snake_case). */
  readonly name: string;
  /** Frictionless field type. */
  readonly type: 'string' | 'integer' | 'boolean';
  /** Frictionless field format, where one applies (`uri`). */
  readonly format?: 'uri';
  /** What the column holds, one line. */
  readonly description: string;
  /** The cell of a row. */
  readonly get: (row: unknown) => Cell;
}

type Schema = z.ZodType;
type Json = Record<string, unknown>;

/** The schema under optional, nullable and default wrappers. */
function unwrap(schema: Schema): Schema {
  let s = schema as z.ZodType;
  for (;;) {
    const type = s._zod.def.type;
    if (type === 'optional' || type === 'nullable' || type === 'default')
      s = (s as z.ZodOptional).unwrap() as z.ZodType;
    else return s;
  }
}

/** The schema of the field at `path` (dot-separated; `[]` steps into an array's items). */
export function schemaAt(schema: Schema, path: string): z.ZodType {
  let s = schema as z.ZodType;
  for (const key of path.split('.')) {
    const inner = unwrap(s) as z.ZodType;
    const shape = (inner as z.ZodObject).shape as Record<string, z.ZodType> | undefined;
    const next = key === '[]' ? (inner as z.ZodArray<z.ZodType>).element : shape?.[key];
    if (!next) throw new Error(`no field ${path} in the schema`);
    s = next;
  }
  return s;
}

/** The description of the field at `path`: its own, or that of the schema it uses. */
export function describeAt(schema: Schema, path: string): string {
  const field = schemaAt(schema, path);
  const text = field.description ?? unwrap(field).description;
  if (!text) throw new Error(`the field ${path} has no .describe() in its schema`);
  return text;
}

function valueAt(row: unknown, path: string): unknown {
  let v = row;
  for (const key of path.split('.')) v = v === null || v === undefined ? undefined : (v as Json)[key];
  return v;
}

/** A list of strings as one cell; an empty list is an empty cell. */
export function listCell(items: readonly string[] | undefined): string {
  if (!items) return '';
  for (const item of items) {
    if (item.includes(LIST_SEPARATOR)) {
      throw new Error(
        `list item contains the list separator ${JSON.stringify(LIST_SEPARATOR)}: ${JSON.stringify(item)}`,
      );
    }
  }
  return items.join(LIST_SEPARATOR);
}

interface Citation {
  source: string;
  section?: string;
}
interface DateValue {
  value: string;
  end?: string;
  precision: string;
  derived?: string;
  uncertain?: true;
}

/** A date or span as text: `2021-06-28`, or `2021-09/2021-10` for a span. */
export function dateCell(date: DateValue | null | undefined): string {
  if (!date) return '';
  return date.end ? `${date.value}/${date.end}` : date.value;
}

const CITATIONS = `ids in sources.csv, ${LIST_SEPARATOR}-separated; a citation of the tracker as ${EDITION.sourceId}#<section>`;
const MOMENTS = `${LIST_SEPARATOR}-separated, each as "<date>: <what happened>" (a span as <first>/<last>)`;

/** Column builders for the records of one schema. */
export function columnsOf(schema: Schema) {
  const describe = (path: string) => describeAt(schema, path);
  const dateSchema = (path: string) => unwrap(schemaAt(schema, path));
  return {
    /** A scalar field. */
    field(name: string, path: string, type: Column['type'] = 'string'): Column {
      return { name, type, description: describe(path), get: (r) => valueAt(r, path) as Cell };
    },
    /** An address (`format: 'uri'`). */
    url(name: string, path: string): Column {
      return { name, type: 'string', format: 'uri', description: describe(path), get: (r) => valueAt(r, path) as Cell };
    },
    /** A list of strings, joined by the list separator. */
    list(name: string, path: string): Column {
      return {
        name,
        type: 'string',
        description: `${describe(path)} (${LIST_SEPARATOR}-separated)`,
        get: (r) => listCell(valueAt(r, path) as string[] | undefined),
      };
    },
    /** Citations, as source ids (`<id>#<section>` for the tracker). */
    citations(name: string, path: string): Column {
      const own = schemaAt(schema, path).description;
      return {
        name,
        type: 'string',
        description: `${own ? `${own} ` : ''}Cited sources: ${CITATIONS}`,
        get: (r) =>
          listCell(
            (valueAt(r, path) as Citation[] | undefined)?.map((c) =>
              c.section ? `${c.source}#${c.section}` : c.source,
            ),
          ),
      };
    },
    /** Dated moments, as `<date>: <label>`. */
    moments(name: string, path: string): Column {
      return {
        name,
        type: 'string',
        description: `${describe(path)} (${MOMENTS})`,
        get: (r) =>
          listCell(
            (valueAt(r, path) as { label: string; date: DateValue }[] | undefined)?.map(
              (m) => `${dateCell(m.date)}: ${m.label}`,
            ),
          ),
      };
    },
    /** The five columns of a date: `<prefix>`, `_precision`, `_end`, `_derived`, `_uncertain`. */
    date(prefix: string, path: string): Column[] {
      const d = dateSchema(path);
      const sub = (key: string) => describeAt(d, key);
      const get = (r: unknown) => valueAt(r, path) as DateValue | null | undefined;
      return [
        { name: prefix, type: 'string', description: `${describe(path)} ${sub('value')}`, get: (r) => get(r)?.value },
        { name: `${prefix}_precision`, type: 'string', description: sub('precision'), get: (r) => get(r)?.precision },
        { name: `${prefix}_end`, type: 'string', description: sub('end'), get: (r) => get(r)?.end },
        { name: `${prefix}_derived`, type: 'string', description: sub('derived'), get: (r) => get(r)?.derived },
        {
          name: `${prefix}_uncertain`,
          type: 'boolean',
          description: sub('uncertain'),
          get: (r) => (get(r) ? get(r)?.uncertain === true : undefined),
        },
      ];
    },
    /** The three columns of an actors field. */
    actors(prefix: string, path: string): Column[] {
      return (['countries', 'organisations', 'people'] as const).map((key) => ({
        name: `${prefix}_${key}`,
        type: 'string' as const,
        description: `${describe(`${path}.${key}`)} (${LIST_SEPARATOR}-separated)`,
        get: (r: unknown) => listCell(valueAt(r, `${path}.${key}`) as string[]),
      }));
    },
    /** A column computed from the record, described in words of its own. */
    computed(name: string, type: Column['type'], description: string, get: (row: never) => Cell): Column {
      return { name, type, description, get: get as Column['get'] };
    },
  };
}
