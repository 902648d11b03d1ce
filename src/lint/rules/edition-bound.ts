import { AS_OF } from '../../edition.js';
import { periodEnd, periodStart } from '../../lib/calendar.js';
import { keyOf, type Rule, rows, walk } from '../rule.js';

/** Facts of the ladder and the treaties are dated no later than the edition's month. */
export const editionBound = {
  name: 'edition-bound',
  description:
    "No membership and no treaty step is dated after the edition's month (events the tracker expected, watch windows and watch-item outcomes may be later).",
  check(tables, report) {
    const last = periodEnd({ value: AS_OF });
    for (const name of ['partnerships', 'treaties'] as const) {
      rows(tables, name).forEach((row, i) => {
        for (const [path, obj] of walk(row)) {
          if (
            typeof obj.value === 'string' &&
            typeof obj.precision === 'string' &&
            periodStart({ value: obj.value }) > last
          ) {
            report(name, keyOf(row, i), path, `dated after the edition (${AS_OF}): ${obj.value}`);
          }
        }
      });
    }
  },
} as const satisfies Rule;
