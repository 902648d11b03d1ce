/**
 * `watch`: the tracker's five watch-items and what happened.
 *
 * @internal
 */
import { watchItems } from '../../tables/watch-items.js';
import type { Command } from '../command.js';
import { json, table, truncate } from '../format.js';

/** What `watch --json` prints: `{ "watchItems": [...] }`, the watch-item records in the tracker's order. */
export const watch: Command = {
  args: [],
  options: ['json'],
  run(_args, values) {
    if (values.json) return json({ watchItems });
    const rows = watchItems.map((w) => [
      String(w.order),
      truncate(w.windowText, 28),
      w.outcome.verdict,
      truncate(w.title, 70),
    ]);
    return table(['#', 'window', 'outcome', 'title'], rows);
  },
};
