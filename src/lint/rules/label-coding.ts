import { levelNames, readLabelWith } from '../../lib/labels.js';
import { type Rule, rows } from '../rule.js';

/**
 * Every membership is coded from its name by the label rule (`readLabel`): `label`, `reading` and `none`
 * placements agree with what the name reads as, and `qualifiers` and `baseLevel` are what it derives.
 */
export const labelCoding = {
  name: 'label-coding',
  description:
    'A membership placed by its name (`label`, `reading`, `none`) has the placement and level its name reads as by the label rule (`readLabel`), and every membership the qualifiers and base level the rule derives (the level itself where there is one).',
  check(tables, report) {
    const names = levelNames(rows(tables, 'levels') as never);
    for (const m of rows(tables, 'partnerships')) {
      const id = m.id as string;
      const label = m.label as { zh?: string; en?: string } | undefined;
      const reading = label === undefined ? undefined : readLabelWith(label, names);
      const placement = m.placement as string;
      if (placement === 'label' || placement === 'reading' || placement === 'none') {
        if (reading === undefined) {
          if (placement !== 'none')
            report('partnerships', id, 'placement', `placed by its name (${placement}) but it has none`);
        } else if (reading.placement !== placement || reading.level !== m.level) {
          report(
            'partnerships',
            id,
            'placement',
            `the name reads as ${reading.placement} (level ${reading.level ?? 'null'}), the record has ${placement} (level ${String(m.level)})`,
          );
        }
      }
      const qualifiers = reading?.qualifiers ?? [];
      if (JSON.stringify(m.qualifiers) !== JSON.stringify(qualifiers)) {
        report('partnerships', id, 'qualifiers', `expected ${JSON.stringify(qualifiers)} from the name`);
      }
      const base = (m.level as string | null) ?? reading?.baseLevel ?? null;
      if (m.baseLevel !== base) report('partnerships', id, 'baseLevel', `expected ${String(base)}`);
    }
  },
} as const satisfies Rule;
