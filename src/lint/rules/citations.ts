import { TABLE_NAMES } from '../../registry.js';
import { keyOf, type Rule, rows, walk } from '../rule.js';

/** Every citation names a source of the `sources` table; a citation of the tracker names one of its sections. */
export const citations = {
  name: 'citations',
  description:
    'Every citation points to a record of `sources`, and every citation of the tracker names one of the sections the tracker has.',
  check(tables, report) {
    const sources = new Map(rows(tables, 'sources').map((s) => [s.id as string, s]));
    for (const name of TABLE_NAMES) {
      if (name === 'sources' || name === 'countries') continue;
      rows(tables, name).forEach((row, i) => {
        for (const [path, obj] of walk(row)) {
          if (typeof obj.source !== 'string') continue;
          const source = sources.get(obj.source);
          if (!source) report(name, keyOf(row, i), `${path}.source`, `unknown source ${obj.source}`);
          else if (
            source.kind === 'tracker' &&
            !((source.sections as string[]) ?? []).includes(obj.section as string)
          ) {
            report(name, keyOf(row, i), `${path}.section`, 'a citation of the tracker must name one of its sections');
          }
        }
      });
    }
  },
} as const satisfies Rule;
