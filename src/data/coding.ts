import { levelNames, readLabelWith } from '../lib/labels.js';
import type { Level } from '../schemas/levels.js';
import type { Membership, MembershipInput } from '../schemas/partnerships.js';

/**
 * The membership records with the fields the label rule derives from each name (`qualifiers`,
 * `baseLevel`), so that no coding decision is typed by hand: `readLabel` gives them for every name
 * (a record on a level has that level as its base level, whoever placed it), and the `label-coding`
 * lint rule holds `placement` and `level` to the same reading.
 *
 * @internal
 */
export function codeMemberships(records: readonly MembershipInput[], levels: readonly Level[]): Membership[] {
  const names = levelNames(levels);
  return records.map((m) => {
    const reading = m.label === undefined ? undefined : readLabelWith(m.label, names);
    const { id, country, level, label, since, placement, ...rest } = m;
    return {
      id,
      country,
      level,
      ...(label === undefined ? {} : { label }),
      since,
      placement,
      qualifiers: [...(reading?.qualifiers ?? [])],
      baseLevel: (level ?? reading?.baseLevel ?? null) as Membership['baseLevel'],
      ...rest,
    };
  });
}
