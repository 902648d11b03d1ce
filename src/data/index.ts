/**
 * The hand-written records of every table, keyed by the table's export name (see `src/registry.ts`), and
 * the country table generated from i18n-iso-countries. The build reads them from here, checks them with
 * the lint and writes `src/generated/` and `data/`; the library itself reads only `src/generated/`.
 *
 * @internal
 */
import { countryList } from '../generated/countries.js';
import type { TableName } from '../registry.js';
import { LEVEL_CODES } from '../codes.js';
import { periodStart } from '../lib/calendar.js';
import type { MembershipInput } from '../schemas/partnerships.js';
import { codeMemberships } from './coding.js';
import { communitiesBefore2021 } from './communities-before-2021.js';
import { regionalCommunities } from './communities-regional.js';
import { regionalConflicts } from './conflicts/communities-regional.js';
import { eventConflicts } from './conflicts/events.js';
import { partnershipConflicts } from './conflicts/partnerships.js';
import { treatyConflicts } from './conflicts/treaties.js';
import { events } from './events.js';
import { levels } from './levels.js';
import { outsideFramework } from './outside-framework.js';
import { partnerships } from './partnerships.js';
import {
  communitiesSince2021,
  conflictsSince2021,
  partnershipsSince2021,
  sourcesSince2021,
} from './since-2021/index.js';
import { communitySourcesBefore2021 } from './sources/communities-before-2021.js';
import { regionalSources } from './sources/communities-regional.js';
import { eventSources } from './sources/events.js';
import { partnershipSources } from './sources/partnerships.js';
import { trackerSources } from './sources/tracker.js';
import { treatySources } from './sources/treaties.js';
import { tiers } from './tiers.js';
import { treaties } from './treaties.js';
import { watchItems } from './watch-items.js';

export { ambiguousNames } from '../generated/countries.js';

const start = (date: { value: string } | null) => (date ? periodStart(date) : '');

/** The memberships in the table's order: by level (closest first, no level last), then the date reached, then country. */
function byLevel(records: readonly MembershipInput[]): MembershipInput[] {
  const rank = (m: MembershipInput) => (m.level === null ? LEVEL_CODES.length : LEVEL_CODES.indexOf(m.level));
  return [...records].sort(
    (a, b) => rank(a) - rank(b) || start(a.since).localeCompare(start(b.since)) || a.country.localeCompare(b.country),
  );
}

/** Every table's records, in the order the table holds them. */
export const records = {
  tiers,
  levels,
  partnerships: codeMemberships(byLevel([...partnerships, ...partnershipsSince2021]), levels),
  communities: [...communitiesBefore2021, ...communitiesSince2021, ...regionalCommunities].sort(
    (a, b) => start(a.date).localeCompare(start(b.date)) || a.id.localeCompare(b.id),
  ),
  outsideFramework,
  treaties,
  events,
  watchItems,
  conflicts: [
    ...partnershipConflicts,
    ...conflictsSince2021,
    ...regionalConflicts,
    ...eventConflicts,
    ...treatyConflicts,
  ],
  sources: [
    ...trackerSources,
    ...partnershipSources,
    ...sourcesSince2021,
    ...communitySourcesBefore2021,
    ...regionalSources,
    ...treatySources,
    ...eventSources,
  ],
  countries: countryList,
} satisfies Record<TableName, readonly object[]>;

/** The records of every table, typed by table. */
export type Records = typeof records;
