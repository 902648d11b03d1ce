import { TABLE_NAMES, TABLES } from '../../registry.js';
import { type Rule, rows } from '../rule.js';

/** Every record is named by a key no other record of its table has, and no two records hold the same facts. */
export const uniqueKeys = {
  name: 'unique-keys',
  description:
    'Within a table, every record has its own key (id, code or country) and no two records hold the same facts under different ids.',
  check(tables, report) {
    for (const name of TABLE_NAMES) {
      const key = TABLES[name].key;
      const seen = new Set<string>();
      const bodies = new Map<string, string>();
      for (const row of rows(tables, name)) {
        const value = String(row[key]);
        if (seen.has(value)) report(name, value, key, `duplicate ${key}`);
        seen.add(value);
        const { [key]: _key, ...body } = row;
        const text = JSON.stringify(body);
        const twin = bodies.get(text);
        if (twin !== undefined) report(name, value, '(record)', `same facts as ${twin}`);
        else bodies.set(text, value);
      }
    }
  },
} as const satisfies Rule;
