/**
 * What changed in the data from one release to the next, record by record: `changesSince` and the record
 * of every release it reads (`data/changes.json`). An entry of its own because that record grows with
 * each release and only an upgrade needs it: the main entry stays as light as its tables.
 *
 * @example
 * ```ts
 * import { changesSince } from 'china-security-risk-data/changes';
 * for (const release of changesSince('1.0.0')) console.log(release.version, release.date, release.tables.length);
 * ```
 *
 * @module changes
 */
export { changesSince } from '../helpers/changes.js';
export type { DeepReadonly } from '../lib/freeze.js';
export type {
  FieldChange,
  MutableFieldChange,
  MutableRecordChange,
  MutableReleaseChanges,
  MutableTableChanges,
  RecordChange,
  ReleaseChanges,
  TableChanges,
} from '../types.js';
