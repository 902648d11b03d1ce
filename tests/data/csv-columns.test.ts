/**
 * Every field of a table's records reaches its CSV: each top-level field of the schema has a column of
 * its snake_case name, or columns starting with it (`since` → `since`, `since_precision`...). The only
 * fields not written as columns of their own table are listed here, with where they go instead.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { FILE_TABLES } from '../../build/file-tables.js';

/** Fields written elsewhere than under their own name, by file: the columns that carry them. */
const ELSEWHERE: Record<string, Record<string, string[]>> = {
  treaties: { steps: ['(treaty-steps.csv)'] },
  events: { actors: ['actor_countries', 'actor_organisations', 'actor_people'] },
  'watch-items': { actors: ['actor_countries', 'actor_organisations', 'actor_people'] },
};

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describe('CSV columns cover every field', () => {
  for (const table of FILE_TABLES) {
    it(`${table.name}.csv`, () => {
      const shape = (table.schema as z.ZodObject).shape as Record<string, unknown>;
      const names = table.columns.map((c) => c.name);
      const uncovered = Object.keys(shape).filter((key) => {
        const instead = ELSEWHERE[table.name]?.[key];
        if (instead) return !instead.every((n) => n.startsWith('(') || names.includes(n));
        return !names.some((n) => n === snake(key) || n.startsWith(`${snake(key)}_`));
      });
      expect(uncovered).toEqual([]);
    });
  }

  it('the partnerships file has the placement and prior-history columns, with the values of the records', async () => {
    const { readFileSync } = await import('node:fs');
    const [header, ...lines] = readFileSync('data/partnerships.csv', 'utf8').trim().split('\n');
    const columns = header!.split(',');
    expect(columns).toContain('placement');
    expect(columns).toContain('prior_history');
    const pk = lines.find((l) => l.startsWith('pk-2-3-2005,'))!;
    // Written down from the record: placed by a reading of its label (更加紧密的 set aside), no qualifiers,
    // its base level its level, history before it unknown.
    expect(pk).toMatch(/,reading,,2\.3,external,unknown,/);
  });
});
