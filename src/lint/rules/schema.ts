import { TABLE_SCHEMAS } from '../../schemas/tables.js';
import { TABLE_NAMES } from '../../registry.js';
import { keyOf, type Rule, rows } from '../rule.js';

/** Every record passes its table's zod schema, with the rules about a single record that the schema holds. */
export const schema = {
  name: 'schema',
  description:
    "Every record passes its table's zod schema (fields, types, enums, and the single-record rules: real dates at their precision, spans in order, ISO country codes, a treaty status its steps do not contradict).",
  check(tables, report) {
    for (const name of TABLE_NAMES) {
      if (!Array.isArray(tables[name]) || tables[name].length === 0) {
        report(name, '-', '(table)', 'expected a non-empty array of records');
        continue;
      }
      rows(tables, name).forEach((row, i) => {
        const result = TABLE_SCHEMAS[name].safeParse(row);
        for (const issue of result.error?.issues ?? []) {
          report(name, keyOf(row, i), issue.path.map(String).join('.') || '(record)', issue.message);
        }
      });
    }
  },
} as const satisfies Rule;
