/**
 * What a lint rule is: a name, a one-line description, and a check over every table that reports each
 * problem it finds with the table, the record's key and the field.
 *
 * @internal
 */
import type { TableName } from '../registry.js';

/** The records of every table, as the rules read them (plain JSON-like values). */
export type LintTables = Readonly<Record<TableName, readonly unknown[]>>;

/** A record as the rules read it. */
export type Row = Readonly<Record<string, unknown>>;

/** Reports one problem: the table, the key of the record (its id, code or country), the field and what is wrong. */
export type Report = (table: TableName, record: string, field: string, message: string) => void;

/** A lint rule. */
export interface Rule {
  /** Kebab-case name, e.g. `step-order`. */
  readonly name: string;
  /** What the rule asks of the data, one sentence. */
  readonly description: string;
  /** Runs the rule over the tables and reports each problem. */
  readonly check: (tables: LintTables, report: Report) => void;
}

/** The rows of a table, typed for reading (the rules after `schema` read tables it has accepted). */
export function rows(tables: LintTables, name: TableName): readonly Row[] {
  return tables[name] as readonly Row[];
}

/** The key a record is named by in messages: its id, code or country, or its position. */
export function keyOf(row: unknown, index: number): string {
  const r = (row ?? {}) as Row;
  for (const k of ['id', 'code', 'country']) if (typeof r[k] === 'string') return r[k] as string;
  return `#${index}`;
}

/** Every nested object of a value with its path (`steps.2.date`). */
export function* walk(value: unknown, path: string[] = []): Generator<[string, Row]> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* walk(v, [...path, String(i)]);
  else if (value !== null && typeof value === 'object') {
    yield [path.join('.'), value as Row];
    for (const [k, v] of Object.entries(value)) yield* walk(v, [...path, k]);
  }
}
