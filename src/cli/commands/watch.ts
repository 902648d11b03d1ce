/**
 * `watch`: the tracker's five watch-items and what happened.
 *
 * @internal
 */
import { watchItems } from '../../tables/watch-items.js';
import type { Command } from '../command.js';
import { BIN } from '../errors.js';
import { dateText, json, table, truncate } from '../format.js';

/** What `watch --json` prints: `{ "watchItems": [...] }`, the watch-item records in the tracker's order. */
export const watch: Command = {
  args: [],
  options: ['json'],
  help: `Usage: ${BIN} watch [--json]

The tracker's five watch-items: the window it gave (an ISO 8601 date or interval, e.g.
2021-08-17/2021-08-20), what happened, and the item.
`,
  run(_args, values) {
    if (values.json) return json({ watchItems });
    const rows = watchItems.map((w) => [String(w.order), dateText(w.window), w.outcome.verdict, truncate(w.title, 70)]);
    return table(['#', 'window', 'outcome', 'title'], rows);
  },
};
