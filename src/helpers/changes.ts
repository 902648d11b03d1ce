import { changesJson } from '../generated/changes.js';
import { type DeepReadonly, parseTable } from '../lib/freeze.js';
import { releasesAfter } from '../lib/changes.js';
import type { ReleaseChanges } from '../schemas/changes.js';
import { VERSION } from '../version.js';

let history: ReadonlyArray<DeepReadonly<ReleaseChanges>> | undefined;

/** The releases recorded in `data/changes.json`, oldest first, parsed and frozen on the first call. */
function releases(): ReadonlyArray<DeepReadonly<ReleaseChanges>> {
  history ??= parseTable<ReleaseChanges>(changesJson);
  return history;
}

/**
 * What changed in the data since a version: the releases after it, oldest first, each with the records
 * added, removed and changed in every table, each changed value old → new, the fingerprints before and
 * after, its version and date. Read from the package itself (`data/changes.json`, one entry per release),
 * so it needs no git and no network. Run it in the version you upgrade to, with the version you had
 * pinned.
 *
 * @param version - A released version of this package (`'1.0.0'`), or the version you run (then nothing
 *   is newer: `[]`).
 * @returns A new array of the frozen release entries after `version`, oldest first: empty when `version`
 *   is the newest.
 * @throws TypeError when `version` is not a string; RangeError when it is not a version this package
 *   released (the message lists those it did).
 *
 * @example
 * ```ts
 * import { changesSince } from 'china-security-risk-data/changes';
 * import { dataset } from 'china-security-risk-data';
 * changesSince(dataset.packageVersion); // []
 * // After upgrading from a pinned version: what moved, release by release, record by record.
 * for (const release of changesSince(dataset.packageVersion)) {
 *   for (const table of release.tables) {
 *     console.log(release.version, release.date, table.table, table.added, table.removed);
 *     for (const record of table.changed)
 *       for (const change of record.changes) console.log(record.key, change.path, change.old, '→', change.new);
 *   }
 * }
 * ```
 */
export function changesSince(version: string): ReadonlyArray<DeepReadonly<ReleaseChanges>> {
  return releasesAfter(releases(), version, VERSION);
}
