/**
 * The dataset's lint: every rule, run by the build before anything is written, by the tests (each rule
 * against the real data and against a broken fixture), and by users through `checkDataset` in
 * `china-security-risk-data/schemas`. The rules about a single record live in the zod schemas (the
 * `schema` rule runs them); the rules here span records and tables.
 *
 * @internal
 */
import { formatValue } from '../lib/format.js';
import type { TableName } from '../registry.js';
import type { LintTables, Rule } from './rule.js';
import { citations } from './rules/citations.js';
import { claimSources } from './rules/claim-sources.js';
import { coverageBound } from './rules/coverage-bound.js';
import { dateEvidence } from './rules/date-evidence.js';
import { idFormulas } from './rules/id-formulas.js';
import { labelCoding } from './rules/label-coding.js';
import { recordOrder } from './rules/record-order.js';
import { references } from './rules/references.js';
import { schema } from './rules/schema.js';
import { sourceAddresses } from './rules/source-addresses.js';
import { sourceHosts } from './rules/source-hosts.js';
import { sourceKind } from './rules/source-kind.js';
import { sourcesCited } from './rules/sources-cited.js';
import { stepOrder } from './rules/step-order.js';
import { uniqueKeys } from './rules/unique-keys.js';

export type { LintTables, Report, Row, Rule } from './rule.js';

const RULE_LIST = [
  schema,
  uniqueKeys,
  citations,
  sourcesCited,
  sourceAddresses,
  sourceHosts,
  sourceKind,
  claimSources,
  references,
  idFormulas,
  labelCoding,
  recordOrder,
  stepOrder,
  coverageBound,
  dateEvidence,
] as const satisfies readonly Rule[];

/** Every rule, in the order they run. */
export const RULES: readonly Rule[] = RULE_LIST;

/** The name of a rule. */
export type RuleName = (typeof RULE_LIST)[number]['name'];

/** A problem the lint found. */
export interface Problem {
  /** The rule that found it. */
  readonly rule: string;
  /** The table of the record. */
  readonly table: TableName;
  /** The key of the record (id, code or country), or `-` for the table. */
  readonly record: string;
  /** The field, as a dotted path (`steps.2.date`), or `(record)` or `(table)`. */
  readonly field: string;
  /** What is wrong. */
  readonly message: string;
}

/** Runs the rules (all by default) and returns every problem found, in the order found. */
export function lint(tables: LintTables, rules: readonly Rule[] = RULES): Problem[] {
  if (tables === null || typeof tables !== 'object') {
    throw new TypeError(`tables: expected an object of tables (tiers, levels, ...), got ${formatValue(tables)}`);
  }
  if (!Array.isArray(rules)) throw new TypeError(`rules: expected an array of rules, got ${formatValue(rules)}`);
  const problems: Problem[] = [];
  for (const rule of rules as readonly Rule[]) {
    rule.check(tables, (table, record, field, message) =>
      problems.push({ rule: rule.name, table, record, field, message }),
    );
    // The other rules read records the schema has accepted.
    if (rule === schema && problems.length) return problems;
  }
  return problems;
}

/**
 * Checks a whole dataset (every table, keyed by export name) against every rule of the lint, and returns
 * each problem as a line `<table>/<record>: <field>: <message> [<rule>]`; empty when the data is sound.
 *
 * @example
 * ```ts
 * import { communities, conflicts, countries, events, levels, outsideFramework, partnerships, sources, tiers, treaties, watchItems } from 'china-security-risk-data';
 * import { checkDataset } from 'china-security-risk-data/schemas';
 * const tables = { tiers, levels, partnerships, communities, outsideFramework, treaties, events, watchItems, conflicts, sources, countries };
 * checkDataset(tables); // []
 * ```
 */
export function checkDataset(tables: LintTables): string[] {
  return lint(tables).map((p) => `${p.table}/${p.record}: ${p.field}: ${p.message} [${p.rule}]`);
}
