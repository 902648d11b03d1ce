/**
 * `suspended-after <date>`: the treaties first suspended after a day.
 *
 * @internal
 */
import { firstSuspension, treatiesSuspendedAfter } from '../../helpers/treaties.js';
import type { DeepReadonly } from '../../lib/freeze.js';
import type { Treaty, TreatyStep } from '../../types.js';
import type { Command } from '../command.js';
import { BIN } from '../errors.js';
import { dateText, json, table, truncate } from '../format.js';
import { countryName, needDate } from '../inputs.js';

/** What `suspended-after --json` prints. */
export interface SuspendedAfterJson {
  /** The day given: treaties first suspended strictly after it. */
  readonly after: string;
  /** Earliest suspension first: each treaty record and its first `suspended` step. */
  readonly treaties: readonly {
    readonly treaty: DeepReadonly<Treaty>;
    readonly firstSuspension: DeepReadonly<TreatyStep>;
  }[];
}

export const suspendedAfter: Command = {
  args: ['date'],
  options: ['json'],
  help: `Usage: ${BIN} suspended-after <date> [--json]

The treaties first suspended (by either side) strictly after a day, YYYY-MM-DD, earliest first. A
suspension known only to its month or year counts from the first day of that period.
`,
  run([input], values) {
    const after = needDate(input!, 'date');
    const found = treatiesSuspendedAfter(after).map((treaty) => ({
      treaty,
      firstSuspension: firstSuspension(treaty)!,
    }));
    if (values.json) return json({ after, treaties: found } satisfies SuspendedAfterJson);
    if (found.length === 0) return `No treaty was first suspended after ${after}.\n`;
    const rows = found.map(({ treaty: t, firstSuspension: s }) => [
      t.id,
      t.chinaSide,
      countryName(t.counterparty),
      dateText(s.date),
      truncate(s.by?.body ?? '', 60),
    ]);
    return table(['id', 'side', 'counterparty', 'suspended', 'by'], rows);
  },
};
