import { LEVEL_CODES, TIER_CODES } from '../../codes.js';
import { CONFLICT_TABLES, TABLES } from '../../registry.js';
import { type Rule, rows } from '../rule.js';

/** Ids that records name in other tables resolve: related events, the record a conflict concerns, a tier's levels. */
export const references = {
  name: 'references',
  description:
    "References between tables resolve: a watch-item's related events, the record a conflict concerns, the levels a tier lists and the tier a level names; the tiers and levels are the codes of Exhibit 1, in order.",
  check(tables, report) {
    const keys = (name: (typeof CONFLICT_TABLES)[number]) =>
      new Set(rows(tables, name).map((r) => r[TABLES[name].key] as string));
    const events = keys('events');
    for (const w of rows(tables, 'watchItems')) {
      for (const id of w.relatedEvents as string[])
        if (!events.has(id)) report('watchItems', w.id as string, 'relatedEvents', `unknown event ${id}`);
    }
    const byTable = new Map(CONFLICT_TABLES.map((name) => [name as string, keys(name)]));
    for (const c of rows(tables, 'conflicts')) {
      const ids = byTable.get(c.table as string);
      if (ids && !ids.has(c.record as string))
        report('conflicts', c.id as string, 'record', `no record ${c.table}/${c.record}`);
    }
    const levels = rows(tables, 'levels');
    const codes = (list: readonly { code?: unknown }[]) => list.map((r) => r.code).join(' ');
    if (codes(levels) !== LEVEL_CODES.join(' '))
      report('levels', '-', 'code', `expected the levels ${LEVEL_CODES.join(' ')}, in that order`);
    if (codes(rows(tables, 'tiers')) !== TIER_CODES.join(' '))
      report('tiers', '-', 'code', `expected the tiers ${TIER_CODES.join(' ')}, in that order`);
    for (const t of rows(tables, 'tiers')) {
      const own = levels.filter((l) => l.tier === t.code).map((l) => l.code);
      if (JSON.stringify(own) !== JSON.stringify(t.levels))
        report('tiers', t.code as string, 'levels', `expected ${own.join(', ')}, the levels of the tier in order`);
    }
  },
} as const satisfies Rule;
