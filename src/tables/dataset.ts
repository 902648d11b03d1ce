import type { Dataset } from '../schemas/dataset.js';
import { deepFreeze, type DeepReadonly } from '../freeze.js';
import { AS_OF, EDITION } from '../edition.js';
import { VERSION } from '../version.js';
import { fingerprint } from '../data/fingerprint.js';
import { conflicts } from './conflicts.js';
import { countries } from './countries.js';
import { events } from './events.js';
import { levels, tiers } from './hierarchy.js';
import { outsideFramework, partnerships } from './partnerships.js';
import { sources } from './sources.js';
import { treaties } from './treaties.js';
import { watchItems } from './watch-items.js';

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
      conflicts: conflicts.length,
      sources: sources.length,
      countries: countries.length,
    },
    fingerprint,
  };
}
