import type { Dataset } from '../schemas/dataset.js';
import { deepFreeze, type DeepReadonly } from '../freeze.js';
import { AS_OF, EDITION } from '../edition.js';
import { VERSION } from '../version.js';
import { countryList } from '../data/countries.js';
import { eventConflicts } from '../data/conflicts/events.js';
import { partnershipConflicts } from '../data/conflicts/partnerships.js';
import { events } from '../data/events.js';
import { fingerprint } from '../data/fingerprint.js';
import { levels } from '../data/levels.js';
import { outsideFramework, partnerships } from '../data/partnerships.js';
import { eventSources } from '../data/sources/events.js';
import { partnershipSources } from '../data/sources/partnerships.js';
import { trackerSources } from '../data/sources/tracker.js';
import { treatySources } from '../data/sources/treaties.js';
import { tiers } from '../data/tiers.js';
import { treaties } from '../data/treaties.js';
import { watchItems } from '../data/watch-items.js';

/**
 * Dataset metadata: package and data version, the tracker edition, the as-of date of the statuses
 * (August 2021), the number of records in each table and the `fingerprint` of the data: the SHA-256 of a
 * canonical serialisation of every table (not of this record), computed at build time. Assert it in your
 * own tests to prove that you use exactly the data you checked.
 *
 * @example
 * ```ts
 * import { dataset } from 'china-security-risk-data';
 * dataset.edition.number; // 3
 * dataset.counts.treaties;
 * dataset.fingerprint; // 64 hex digits; changes exactly when the data changes
 * ```
 */
export const dataset: DeepReadonly<Dataset> = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ datasetRecord());

/**
 * The record, built in a function so that a bundler drops it, and the tables it counts, from a bundle
 * that does not use `dataset` (property reads at the top level of a module would be kept).
 */
function datasetRecord(): Dataset {
  return {
    name: 'china-security-risk-data',
    packageVersion: VERSION,
    dataVersion: VERSION,
    edition: { ...EDITION },
    asOf: AS_OF,
    counts: {
      tiers: tiers.length,
      levels: levels.length,
      partnerships: partnerships.length,
      outsideFramework: outsideFramework.length,
      treaties: treaties.length,
      events: events.length,
      watchItems: watchItems.length,
      conflicts: partnershipConflicts.length + eventConflicts.length,
      sources: trackerSources.length + partnershipSources.length + treatySources.length + eventSources.length,
      countries: countryList.length,
    },
    fingerprint,
  };
}
