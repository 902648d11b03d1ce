import { COVERAGE_END } from '../../coverage.js';
import { periodStart } from '../../lib/calendar.js';
import { keyOf, type Rule, rows, walk } from '../rule.js';

/** Facts of the ladder, the communities and the treaties are dated no later than the last day the research covers. */
export const coverageBound = {
  name: 'coverage-bound',
  description:
    'No membership, community or treaty step is dated after the last day the research covers (`dataset.coverageEnd`); events the tracker expected, watch windows and watch-item outcomes may be later.',
  check(tables, report) {
    for (const name of ['partnerships', 'communities', 'treaties'] as const) {
      rows(tables, name).forEach((row, i) => {
        for (const [path, obj] of walk(row)) {
          if (
            typeof obj.value === 'string' &&
            typeof obj.precision === 'string' &&
            periodStart({ value: obj.value }) > COVERAGE_END
          ) {
            report(name, keyOf(row, i), path, `dated after the coverage (${COVERAGE_END}): ${obj.value}`);
          }
        }
      });
    }
  },
} as const satisfies Rule;
