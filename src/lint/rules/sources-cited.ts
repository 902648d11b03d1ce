import { TABLE_NAMES } from '../../registry.js';
import { type Rule, rows, walk } from '../rule.js';

/** Every source is cited by at least one record. */
export const sourcesCited = {
  name: 'sources-cited',
  description: 'Every record of `sources` is cited by at least one record: the table holds no source nothing rests on.',
  check(tables, report) {
    const cited = new Set<string>();
    for (const name of TABLE_NAMES) {
      if (name === 'sources') continue;
      for (const row of rows(tables, name))
        for (const [, obj] of walk(row)) if (typeof obj.source === 'string') cited.add(obj.source);
    }
    for (const s of rows(tables, 'sources'))
      if (!cited.has(s.id as string)) report('sources', s.id as string, '(record)', 'never cited');
  },
} as const satisfies Rule;
