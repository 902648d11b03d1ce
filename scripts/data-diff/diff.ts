/**
 * The diff itself: two versions of a table (arrays of records as parsed from `data/<file>.json`) compared
 * record by record, by the table's key, and each changed record compared field by field down to its
 * leaves, by JSON path.
 *
 * - Objects: by property name (key order is no change).
 * - Arrays of records that carry an `id`, or citations that carry a `source`: element by element by that
 *   field, so that an inserted citation is one addition, not a shift of every later one. A `source` cited
 *   twice in one list is told apart by its occurrence (`sources[source=x#2]`). A change of order only is
 *   one `reordered` change, listing the elements before and after.
 * - Other arrays of objects (treaty steps, moments): by index (`steps[2]`).
 * - Arrays of plain values (country codes, aliases, sections): one value, the whole list before and after.
 * - A value added or removed whole (a new step, a new citation) is listed leaf by leaf, as are the two
 *   sides of a change of type.
 */
import { canonicalJson } from '../../src/lib/canonical.js';
import type { TableName } from '../../src/registry.js';

/** A JSON value as `JSON.parse` returns it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A record of a table. */
export type Row = { [key: string]: Json };

/**
 * One difference at one path. `old` is absent when the value was added, `new` when it was removed; for
 * `reordered`, they are the element labels (`source=x`) in their order before and after.
 */
export interface Change {
  path: string;
  kind: 'added' | 'removed' | 'changed' | 'reordered';
  old?: Json;
  new?: Json;
}

/** The differences in one table between the ref and the working tree. */
export interface TableDiff {
  table: TableName;
  /** The shipped file, `data/<file>.json`. */
  file: string;
  /** The field that names a record (`id`, `code`, `country`). */
  key: string;
  /** Whether the file exists at the ref (if not, every record counts as added). */
  atRef: boolean;
  /** Whether the file exists in the working tree (if not, every record counts as removed). */
  inWorkingTree: boolean;
  /** Keys of records only in the working tree, in its order. */
  added: string[];
  /** Keys of records only at the ref, in its order. */
  removed: string[];
  /** Records on both sides that differ, in the working tree's order, each with its changes. */
  changed: { key: string; changes: Change[] }[];
}

/** The least bump the versioning policy asks for. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isPlain = (value: Json) => value === null || typeof value !== 'object';

/** A value shown whole: a plain value, a list of plain values, an empty object. */
const isLeaf = (value: Json) =>
  isPlain(value) || (Array.isArray(value) ? value.every(isPlain) : Object.keys(value as object).length === 0);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `path.name`, or `path["odd name"]` for a name that is not an identifier. */
function member(path: string, name: string): string {
  if (!IDENTIFIER.test(name)) return `${path}[${JSON.stringify(name)}]`;
  return path ? `${path}.${name}` : name;
}

/** The field that names the elements of both arrays, if every element is an object with it as a string. */
function elementKey(a: readonly Json[], b: readonly Json[]): 'id' | 'source' | undefined {
  for (const field of ['id', 'source'] as const) {
    if ([...a, ...b].every((e) => isObject(e) && typeof e[field] === 'string')) return field;
  }
  return undefined;
}

/** The elements of an array of named objects, by label (`source=x`, then `source=x#2` for a repeat). */
function labelled(array: readonly Json[], field: 'id' | 'source'): Map<string, Json> {
  const seen = new Map<string, number>();
  const out = new Map<string, Json>();
  for (const element of array) {
    const name = `${field}=${(element as Row)[field] as string}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    out.set(n === 1 ? name : `${name}#${n}`, element);
  }
  return out;
}

/** The leaves of a value, each with its path: what an addition or a removal of the value lists. */
export function leaves(value: Json, path: string): [string, Json][] {
  if (isLeaf(value)) return [[path, value]];
  if (isObject(value)) {
    return Object.keys(value)
      .sort()
      .flatMap((name) => leaves(value[name] as Json, member(path, name)));
  }
  const array = value as Json[];
  const field = elementKey(array, []);
  if (field) return [...labelled(array, field)].flatMap(([label, v]) => leaves(v, `${path}[${label}]`));
  return array.flatMap((v, i) => leaves(v, `${path}[${i}]`));
}

function diffArrays(old: readonly Json[], neu: readonly Json[], path: string, out: Change[]): void {
  const field = elementKey(old, neu);
  if (!field) {
    for (let i = 0; i < Math.max(old.length, neu.length); i++) diffValues(old[i], neu[i], `${path}[${i}]`, out);
    return;
  }
  const a = labelled(old, field);
  const b = labelled(neu, field);
  const inA = [...a.keys()].filter((label) => b.has(label));
  const inB = [...b.keys()].filter((label) => a.has(label));
  if (inA.join('\n') !== inB.join('\n')) out.push({ path, kind: 'reordered', old: [...a.keys()], new: [...b.keys()] });
  for (const [label, value] of b) diffValues(a.get(label), value, `${path}[${label}]`, out);
  for (const [label, value] of a) if (!b.has(label)) diffValues(value, undefined, `${path}[${label}]`, out);
}

/** Appends to `out` the changes from `old` to `neu` at `path` (`''` for a whole record). */
export function diffValues(old: Json | undefined, neu: Json | undefined, path: string, out: Change[] = []): Change[] {
  if (old === undefined && neu === undefined) return out;
  if (old === undefined) {
    for (const [p, v] of leaves(neu as Json, path)) out.push({ path: p, kind: 'added', new: v });
    return out;
  }
  if (neu === undefined) {
    for (const [p, v] of leaves(old, path)) out.push({ path: p, kind: 'removed', old: v });
    return out;
  }
  if (canonicalJson(old) === canonicalJson(neu)) return out;
  if (isObject(old) && isObject(neu)) {
    const names = [...new Set([...Object.keys(old), ...Object.keys(neu)])].sort();
    for (const name of names) diffValues(old[name], neu[name], member(path, name), out);
  } else if (Array.isArray(old) && Array.isArray(neu) && !(isLeaf(old) && isLeaf(neu))) {
    diffArrays(old, neu, path, out);
  } else if (isLeaf(old) && isLeaf(neu)) {
    out.push({ path, kind: 'changed', old, new: neu });
  } else {
    // A change of type (a list became an object, a value became a list...): both sides, leaf by leaf.
    diffValues(old, undefined, path, out);
    diffValues(undefined, neu, path, out);
  }
  return out;
}

/** Records by key, in file order; a key that repeats is an error (the lint forbids it). */
function byKey(rows: readonly Row[], key: string, where: string): Map<string, Row> {
  const out = new Map<string, Row>();
  rows.forEach((row, i) => {
    const name = row[key];
    if (typeof name !== 'string') throw new Error(`data-diff: ${where}: record ${i} has no string "${key}"`);
    if (out.has(name)) throw new Error(`data-diff: ${where}: the ${key} "${name}" names two records`);
    out.set(name, row);
  });
  return out;
}

/** One table compared: `before` is the ref's records (`undefined`: no file there), `after` the working tree's. */
export function diffTable(
  table: TableName,
  info: { file: string; key: string },
  before: readonly Row[] | undefined,
  after: readonly Row[] | undefined,
): TableDiff {
  const file = `data/${info.file}.json`;
  const a = byKey(before ?? [], info.key, `${file} at the ref`);
  const b = byKey(after ?? [], info.key, `${file} in the working tree`);
  const changed: TableDiff['changed'] = [];
  for (const [name, row] of b) {
    const old = a.get(name);
    if (old === undefined) continue;
    const changes = diffValues(old, row, '');
    if (changes.length > 0) changed.push({ key: name, changes });
  }
  return {
    table,
    file,
    key: info.key,
    atRef: before !== undefined,
    inWorkingTree: after !== undefined,
    added: [...b.keys()].filter((name) => !a.has(name)),
    removed: [...a.keys()].filter((name) => !b.has(name)),
    changed,
  };
}

/** The least bump the versioning policy asks for: removed records are major, added minor, changed patch. */
export function leastBump(tables: readonly TableDiff[]): Bump {
  if (tables.some((t) => t.removed.length > 0)) return 'major';
  if (tables.some((t) => t.added.length > 0)) return 'minor';
  if (tables.some((t) => t.changed.length > 0)) return 'patch';
  return 'none';
}
