/**
 * The tables, deeply frozen once when this module loads. Data modules hold plain typed literals;
 * this is the one place that freezes and combines them.
 */
import type { Conflict } from '../schemas/conflicts.js';
import type { Country } from '../schemas/countries.js';
import type { Dataset } from '../schemas/dataset.js';
import type { Event } from '../schemas/events.js';
import type { Level, Tier } from '../schemas/hierarchy.js';
import type { Membership, OutsideFramework } from '../schemas/partnerships.js';
import type { Source } from '../schemas/sources.js';
import type { Treaty } from '../schemas/treaties.js';
import type { WatchItem } from '../schemas/watch-items.js';
import { deepFreeze, type DeepReadonly } from '../freeze.js';
import { eventConflicts } from './conflicts/events.js';
import { partnershipConflicts } from './conflicts/partnerships.js';
import { countryList } from './countries.js';
import { events as eventList } from './events.js';
import { levels as levelList } from './levels.js';
import { outsideFramework as outsideList, partnerships as membershipList } from './partnerships.js';
import { eventSources } from './sources/events.js';
import { partnershipSources } from './sources/partnerships.js';
import { trackerSources } from './sources/tracker.js';
import { treatySources } from './sources/treaties.js';
import { tiers as tierList } from './tiers.js';
import { treaties as treatyList } from './treaties.js';
import { watchItems as watchList } from './watch-items.js';

declare const __PACKAGE_VERSION__: string;

/** The five tiers of China's partnership hierarchy, closest first (Exhibit 1). */
export const tiers: ReadonlyArray<DeepReadonly<Tier>> = /* @__PURE__ */ deepFreeze(tierList);

/** The sixteen levels of China's partnership hierarchy, closest first (Exhibit 1). */
export const levels: ReadonlyArray<DeepReadonly<Level>> = /* @__PURE__ */ deepFreeze(levelList);

/**
 * Countries on the partnership ladder: one record per country and level held, with the date it was
 * reached and whether the tracker or only other sources place it there.
 */
export const partnerships: ReadonlyArray<DeepReadonly<Membership>> = /* @__PURE__ */ deepFreeze(membershipList);

/** Countries outside the partnership framework (North Korea, China's only treaty ally). */
export const outsideFramework: ReadonlyArray<DeepReadonly<OutsideFramework>> = /* @__PURE__ */ deepFreeze(outsideList);

/** PRC extradition treaties and Hong Kong surrender-of-fugitive-offenders agreements, with dated steps. */
export const treaties: ReadonlyArray<DeepReadonly<Treaty>> = /* @__PURE__ */ deepFreeze(treatyList);

/** Dated events the tracker reports, in date order. */
export const events: ReadonlyArray<DeepReadonly<Event>> = /* @__PURE__ */ deepFreeze(eventList);

/** The tracker's "What to watch in the months ahead", with what then happened. */
export const watchItems: ReadonlyArray<DeepReadonly<WatchItem>> = /* @__PURE__ */ deepFreeze(watchList);

/** Disagreements between the tracker and other sources; the dataset answers with the tracker. */
export const conflicts: ReadonlyArray<DeepReadonly<Conflict>> = /* @__PURE__ */ deepFreeze([
  ...partnershipConflicts,
  ...eventConflicts,
]);

/** Every source cited by a record: the tracker first, then external sources. */
export const sources: ReadonlyArray<DeepReadonly<Source>> = /* @__PURE__ */ deepFreeze([
  ...trackerSources,
  ...partnershipSources,
  ...treatySources,
  ...eventSources,
]);

/** ISO 3166-1 countries and territories with English and Chinese names and aliases. */
export const countries: ReadonlyArray<DeepReadonly<Country>> = /* @__PURE__ */ deepFreeze(countryList);

/** Dataset metadata: versions, edition, as-of date of the statuses and record counts. */
export const dataset: DeepReadonly<Dataset> = /* @__PURE__ */ deepFreeze({
  name: 'china-security-risk-data',
  packageVersion: __PACKAGE_VERSION__,
  dataVersion: __PACKAGE_VERSION__,
  edition: {
    title: 'MERICS China Security and Risk Tracker No. 3',
    publisher: 'MERICS (Mercator Institute for China Studies)',
    number: 3,
    date: '2021-08',
  },
  asOf: '2021-08',
  counts: {
    tiers: tierList.length,
    levels: levelList.length,
    partnerships: membershipList.length,
    outsideFramework: outsideList.length,
    treaties: treatyList.length,
    events: eventList.length,
    watchItems: watchList.length,
    conflicts: partnershipConflicts.length + eventConflicts.length,
    sources: trackerSources.length + partnershipSources.length + treatySources.length + eventSources.length,
    countries: countryList.length,
  },
});
