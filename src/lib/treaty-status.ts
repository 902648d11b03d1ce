/**
 * What a treaty's steps say of its status over time. The order in which the steps are recorded is the
 * order they happened (the `step-order` lint rule checks that their dates agree with it). A step known
 * only to the year or month takes effect from the first day of that period, but never before the step
 * recorded ahead of it: an entry into force dated "2020" recorded after an approval of October 2020
 * takes effect from 1 October 2020, not from 1 January.
 *
 * @internal
 */
import { AS_OF_START } from '../edition.js';

/** The first day after the edition's month: steps from it on are later than the edition's status. */
const AS_OF_END = '2021-09-01';
import { periodStart } from './calendar.js';

/** A treaty status in the tracker's legend. */
export type Status = 'in-force' | 'not-ratified' | 'suspended' | 'unknown';

interface Step {
  readonly action: string;
  readonly date: { readonly value: string };
}

interface TreatyLike {
  readonly status: Status | null;
  readonly steps: readonly Step[];
}

/** The status a step leaves the treaty in, or `null` for a step that changes no status. */
export const STATUS_AFTER: Readonly<Record<string, Exclude<Status, 'unknown'> | null>> = {
  initialled: null,
  signed: 'not-ratified',
  'protocol-signed': null,
  approved: 'not-ratified',
  'ratifications-exchanged': 'not-ratified',
  'entered-into-force': 'in-force',
  'suspension-announced': null,
  suspended: 'suspended',
  'ratification-withdrawn': 'not-ratified',
  'ratification-abandoned': 'not-ratified',
  shelved: 'not-ratified',
};

/** A status-changing step with the first day it takes effect. */
export interface StatusChange {
  readonly from: string;
  readonly status: Exclude<Status, 'unknown'>;
  readonly index: number;
}

/** The status changes of a treaty, in the order they happened, each with the day it takes effect. */
export function statusChanges(steps: readonly Step[]): StatusChange[] {
  const changes: StatusChange[] = [];
  let floor = '';
  steps.forEach((step, index) => {
    const start = periodStart(step.date);
    floor = start > floor ? start : floor;
    const status = STATUS_AFTER[step.action];
    if (status) changes.push({ from: floor, status, index });
  });
  return changes;
}

const RANK: Readonly<Record<Exclude<Status, 'unknown'>, number>> = { 'not-ratified': 0, 'in-force': 1, suspended: 2 };

/**
 * Why a treaty's status contradicts its steps, or `undefined` when it does not: the steps reach a later
 * stage than the status (a treaty whose steps end in a suspension recorded as in force), or the status is
 * `suspended` with no suspension among the steps. A status the steps stop short of (an entry into force
 * no source dates) is no contradiction.
 */
export function statusContradiction(status: Status | null, steps: readonly Step[]): string | undefined {
  if (status === 'unknown') return undefined;
  if (status === null) {
    const early = statusChanges(steps).find((change) => change.from < AS_OF_START);
    return early
      ? `null (not yet signed in August 2021), but a step of ${early.from} makes it ${early.status}`
      : undefined;
  }
  // Only the steps up to the edition's month bear on its status.
  const last = statusChanges(steps)
    .filter((change) => change.from < AS_OF_END)
    .at(-1);
  if (last && RANK[last.status] > RANK[status]) return `the steps end ${last.status}, the status says ${status}`;
  if (status === 'suspended' && !steps.some((s) => s.action === 'suspended'))
    return 'suspended, but no step suspends it';
  return undefined;
}

/** A treaty's status on a day, and the position in `steps` of the step that set it, if one did. */
export interface StatusOnDay {
  readonly status: Status | undefined;
  readonly step?: number;
}

/**
 * The status of a treaty on a day, worked out from its dated steps (see `treatyStatus`): signed (and
 * approved) but not in force is `not-ratified`, then `in-force`, then `suspended`. Before any dated step:
 * `undefined` when the treaty's signature is dated (it did not exist yet) or it had none by the edition
 * (`status: null`), else `unknown`; from the edition's month on, the edition's status where the steps up
 * to it stop short of it, until a step after the edition's month changes it; `unknown` where the steps
 * cannot say (a treaty known to have been in force whose entry into force is undated).
 */
export function statusOn(treaty: TreatyLike, day: string): StatusOnDay {
  const edition = day >= AS_OF_START;
  const changes = statusChanges(treaty.steps);
  const reached = changes.filter((change) => change.from <= day);
  const last = reached.at(-1);
  if (last === undefined) {
    if (treaty.status === null) return { status: undefined };
    if (edition) return { status: treaty.status };
    return { status: treaty.steps.some((step) => step.action === 'signed') ? undefined : 'unknown' };
  }
  // A step after the edition's month: the steps say, the edition's status no longer does.
  if (last.from >= AS_OF_END || treaty.status === null) return { status: last.status, step: last.index };
  // In force at some point, but the entry into force is undated: signed-and-not-in-force is not known.
  const everInForce = treaty.status === 'in-force' || treaty.status === 'suspended';
  if (last.status === 'not-ratified' && everInForce && !treaty.steps.some((s) => s.action === 'entered-into-force')) {
    return edition ? { status: treaty.status } : { status: 'unknown' };
  }
  // The dated steps up to the edition stop short of its status (e.g. an entry into force never found):
  // from its month on, the edition's status holds until a later step changes it.
  const toEdition = changes.filter((change) => change.from < AS_OF_END);
  if (edition && reached.length === toEdition.length && last.status !== treaty.status) return { status: treaty.status };
  return { status: last.status, step: last.index };
}
