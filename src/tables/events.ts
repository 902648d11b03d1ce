import type { Event } from '../schemas/events.js';
import { deepFreeze, type DeepReadonly } from '../freeze.js';
import { events as eventList } from '../data/events.js';

/**
 * Dated events the tracker reports, in date order, with the tracker's date and the sources' date.
 *
 * @example
 * ```ts
 * import { events } from 'china-security-risk-data';
 * events.filter((e) => e.discrepancy).map((e) => e.id);
 * ```
 */
export const events: ReadonlyArray<DeepReadonly<Event>> = /* @__PURE__ */ deepFreeze(eventList);
