import { COVERAGE_END } from '../coverage.js';
import { AS_OF, EDITION } from '../edition.js';
import { counts, fingerprint } from '../generated/dataset.js';
import { type DeepReadonly, deepFreeze } from '../lib/freeze.js';
import { PACKAGE_NAME } from '../lib/citation.js';
import type { Dataset } from '../schemas/dataset.js';
import { VERSION } from '../version.js';

/**
 * Dataset metadata: package and data version, the tracker edition, the as-of date of the statuses
 * (August 2021), the last day the research covers (`coverageEnd`), the number of records in each table and the `fingerprint` of the data: the SHA-256 of a
 * canonical serialisation of every table (not of this record), computed at build time. Assert it in your
 * own tests to prove that you use exactly the data you checked, and call `verifyDataset()` to prove that
 * the data in memory still hashes to it.
 *
 * @example
 * ```ts
 * import { dataset } from 'china-security-risk-data';
 * dataset.edition.number; // 3
 * dataset.coverageEnd; // '2026-01-31'
 * dataset.counts.treaties;
 * dataset.fingerprint; // 64 hex digits; changes exactly when the data changes
 * ```
 */
export const dataset: DeepReadonly<Dataset> = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ datasetRecord());

/**
 * The record, built in a function so that a bundle that does not use `dataset` keeps none of it (property
 * reads at the top level of a module would be kept).
 */
function datasetRecord(): Dataset {
  return {
    name: PACKAGE_NAME,
    packageVersion: VERSION,
    dataVersion: VERSION,
    edition: { title: EDITION.title, publisher: EDITION.publisher, number: EDITION.number, date: EDITION.date },
    asOf: AS_OF,
    coverageEnd: COVERAGE_END,
    counts: { ...counts },
    fingerprint,
  };
}
