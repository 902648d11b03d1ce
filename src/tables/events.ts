import { eventsJson } from '../generated/tables/events.js';
import { type DeepReadonly, parseTable } from '../lib/freeze.js';
import type { Event } from '../schemas/events.js';

/**
 * Dated events the tracker reports, in date order, with the tracker's date and the sources' date.
 *
 * @example
 * ```ts
 * import { events } from 'china-security-risk-data';
 * events.filter((e) => e.discrepancy).map((e) => e.id);
 * ```
 */
export const events: ReadonlyArray<DeepReadonly<Event>> = /* @__PURE__ */ parseTable<Event>(eventsJson);
