/**
 * The membership record valid on a day: the record behind the level `tierOf` answers with, found by the
 * same rules (`stepStarts` and `editionPosition`, which build the ladder index `tierOf` reads).
 *
 * @internal
 */
import { AS_OF_START } from '../edition.js';
import { membershipsOf } from '../helpers/partnerships.js';
import type { DeepReadonly } from '../lib/freeze.js';
import { editionPosition, stepStarts } from '../lib/indexes.js';
import type { Membership } from '../schemas/partnerships.js';

/**
 * The membership of a country valid on a day: the latest whose step has started by then (a step known only
 * to its year or month starts on the first day of that period, never before the step ahead of it). Without a
 * day, or from the edition's month on, the membership that answers for the edition (the tracker's, else the
 * latest), as `tierOf` does.
 *
 * @param code - An alpha-2 country code.
 * @param day - A calendar day `YYYY-MM-DD`, or `undefined` for the edition.
 * @returns The membership record, or `undefined` when none holds on that day.
 */
export function membershipOn(code: string, day: string | undefined): DeepReadonly<Membership> | undefined {
  const memberships = membershipsOf(code);
  if (day === undefined || day >= AS_OF_START) return memberships[editionPosition(memberships)];
  const starts = stepStarts(memberships);
  let held: DeepReadonly<Membership> | undefined;
  memberships.forEach((m, i) => {
    const start = starts[i];
    if (start && start <= day) held = m;
  });
  return held;
}
