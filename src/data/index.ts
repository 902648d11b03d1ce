/**
 * The hand-written records of every table, keyed by the table's export name (see `src/registry.ts`), and
 * the country table generated from i18n-iso-countries. The build reads them from here, checks them with
 * the lint and writes `src/generated/` and `data/`; the library itself reads only `src/generated/`.
 *
 * @internal
 */
import { countryList } from '../generated/countries.js';
import type { TableName } from '../registry.js';
import { eventConflicts } from './conflicts/events.js';
import { partnershipConflicts } from './conflicts/partnerships.js';
import { treatyConflicts } from './conflicts/treaties.js';
import { events } from './events.js';
import { levels } from './levels.js';
import { outsideFramework } from './outside-framework.js';
import { partnerships } from './partnerships.js';
import { eventSources } from './sources/events.js';
import { partnershipSources } from './sources/partnerships.js';
import { trackerSources } from './sources/tracker.js';
import { treatySources } from './sources/treaties.js';
import { tiers } from './tiers.js';
import { treaties } from './treaties.js';
import { watchItems } from './watch-items.js';

export { ambiguousNames } from '../generated/countries.js';

/** Every table's records, in the order the table holds them. */
export const records = {
  tiers,
  levels,
  partnerships,
  outsideFramework,
  treaties,
  events,
  watchItems,
  conflicts: [...partnershipConflicts, ...eventConflicts, ...treatyConflicts],
  sources: [...trackerSources, ...partnershipSources, ...treatySources, ...eventSources],
  countries: countryList,
} satisfies Record<TableName, readonly object[]>;

/** The records of every table, typed by table. */
export type Records = typeof records;
