import { LEVEL_CODES } from '../../codes.js';
import { periodStart } from '../../lib/calendar.js';
import type { TableName } from '../../registry.js';
import { keyOf, type Rule, type Row, rows } from '../rule.js';

type SortKey = readonly (string | number)[];

/** Compares two keys of the same table (of the same length) element by element. */
function compareKeys(a: SortKey, b: SortKey): number {
  for (const [i, x] of a.entries()) {
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const dateKey = (date: unknown) => (date ? periodStart(date as { value: string }) : '');

/** The canonical sort key of each table that has one. */
const ORDER: Partial<Record<TableName, { readonly rule: string; readonly key: (row: Row) => SortKey }>> = {
  tiers: { rule: 'by rank', key: (r) => [r.rank as number] },
  levels: { rule: 'by rank', key: (r) => [r.rank as number] },
  partnerships: {
    rule: 'by level (closest first, records of no level last), then the date reached, then country',
    key: (r) => [
      r.level === null ? LEVEL_CODES.length : LEVEL_CODES.indexOf(r.level as never),
      dateKey(r.since),
      r.country as string,
    ],
  },
  communities: {
    rule: 'by date, then id',
    key: (r) => [dateKey(r.date), r.id as string],
  },
  treaties: {
    rule: 'Hong Kong before the PRC, then by counterparty',
    key: (r) => [r.chinaSide === 'HK' ? 0 : 1, r.counterparty as string],
  },
  events: {
    rule: 'by date (the sources’ date, else the tracker’s), then id',
    key: (r) => [((r.date ?? r.trackerDate) as { value: string }).value, r.id as string],
  },
  watchItems: { rule: "in the tracker's order", key: (r) => [r.order as number] },
  sources: { rule: 'the tracker first', key: (r) => [r.kind === 'tracker' ? 0 : 1] },
  countries: { rule: 'by code', key: (r) => [r.code as string] },
};

/** Every table with a canonical order holds its records in that order. */
export const recordOrder = {
  name: 'record-order',
  description:
    'Tables hold their records in canonical order: tiers and levels by rank, memberships by level then date then country, communities by date then id, treaties Hong Kong first then by counterparty, events by date then id, watch-items in order, the tracker first among sources, countries by code.',
  check(tables, report) {
    for (const [name, order] of Object.entries(ORDER) as [TableName, NonNullable<(typeof ORDER)[TableName]>][]) {
      const list = rows(tables, name);
      for (let i = 1; i < list.length; i++) {
        if (compareKeys(order.key(list[i - 1]!), order.key(list[i]!)) > 0) {
          report(
            name,
            keyOf(list[i], i),
            '(record)',
            `out of order after ${keyOf(list[i - 1], i - 1)} (${order.rule})`,
          );
        }
      }
    }
  },
} as const satisfies Rule;
