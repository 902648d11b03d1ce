import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { TABLE_NAMES } from '../registry.js';

/** A release version, `major.minor.patch` with an optional pre-release part. */
export const VersionSchema = z
  .string()
  .regex(/^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/, 'versions are major.minor.patch')
  .describe('A version of the package (semantic versioning), e.g. `1.2.3`.');

/** Any JSON value: a changed value, whole. */
const JsonValueSchema = z.json();

const FingerprintSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'fingerprints are 64 lower-case hex digits')
  .describe('A `dataset.fingerprint`: the SHA-256 of every table.');

/** One difference in a changed record, at one JSON path. */
export const FieldChangeSchema = z
  .object({
    path: z
      .string()
      .describe(
        'JSON path of the value in the record: `steps[2].date.value`; elements named by `id` or `source` as `sources[source=x]` (`#2` for a repeat).',
      ),
    kind: z
      .enum(['added', 'removed', 'changed', 'reordered'])
      .describe('`added` (no old value), `removed` (no new value), `changed`, or `reordered` (old and new orders).'),
    old: JsonValueSchema.optional().describe('The value before; absent when the value was added.'),
    new: JsonValueSchema.optional().describe('The value after; absent when the value was removed.'),
  })
  .strict()
  .describe('A value of a record that changed, old → new.');

/** A record present in both releases whose values differ. */
export const RecordChangeSchema = z
  .object({
    key: z.string().min(1).describe("The record's key (`id`, `code` or `country`, as the table names its records)."),
    changes: z.array(FieldChangeSchema).min(1).describe('Every value that changed, by path.'),
  })
  .strict()
  .describe('A changed record and its changed values.');

/** What changed in one table between two releases. */
export const TableChangesSchema = z
  .object({
    table: z.enum(TABLE_NAMES as [string, ...string[]]).describe('Export name of the table.'),
    file: z.string().describe('The shipped file of the table, `data/<file>.json`.'),
    key: z.string().describe('The field that names its records.'),
    added: z.array(z.string()).describe('Keys of the records added, in file order.'),
    removed: z.array(z.string()).describe('Keys of the records removed, in the old file order.'),
    changed: z.array(RecordChangeSchema).describe('Records changed, in file order, each with its changed values.'),
  })
  .strict()
  .describe('The records of one table added, removed and changed in a release.');

/** What one release changed in the data, against the release before it. */
export const ReleaseChangesSchema = z
  .object({
    version: VersionSchema.describe('The version released.'),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe('The day the version was made (UTC), YYYY-MM-DD.'),
    previousVersion: VersionSchema.nullable().describe(
      'The release compared with; `null` for the first release, whose records all count as added.',
    ),
    fingerprint: z
      .object({
        previous: FingerprintSchema.nullable().describe(
          '`dataset.fingerprint` of the previous release (`null`: none).',
        ),
        current: FingerprintSchema.describe('`dataset.fingerprint` of this release.'),
      })
      .strict()
      .describe('The data fingerprint before and after: equal when no data changed.'),
    bump: z
      .enum(['major', 'minor', 'patch', 'none'])
      .describe(
        'The least bump the data changes call for under the versioning policy (removed: major; added: minor; changed: patch).',
      ),
    tables: z.array(TableChangesSchema).describe('The tables that changed, in registry order; empty when none did.'),
  })
  .strict()
  .describe('The data changes of one release, record by record.');

/** `data/changes.json`: one entry per release, oldest first. */
export const ChangesSchema = z
  .array(ReleaseChangesSchema)
  .describe('Changes of the data by release, oldest first: one entry per released version.');

/** One difference in a changed record, at one JSON path (see {@link FieldChangeSchema}). */
export type FieldChange = DeepReadonly<MutableFieldChange>;
/** FieldChange as a mutable object. */
export type MutableFieldChange = z.infer<typeof FieldChangeSchema>;
/** A changed record and its changed values (see {@link RecordChangeSchema}). */
export type RecordChange = DeepReadonly<MutableRecordChange>;
/** RecordChange as a mutable object. */
export type MutableRecordChange = z.infer<typeof RecordChangeSchema>;
/** The changes of one table in a release (see {@link TableChangesSchema}). */
export type TableChanges = DeepReadonly<MutableTableChanges>;
/** TableChanges as a mutable object. */
export type MutableTableChanges = z.infer<typeof TableChangesSchema>;
/** The data changes of one release: an entry of `data/changes.json` (see {@link ReleaseChangesSchema}). */
export type ReleaseChanges = DeepReadonly<MutableReleaseChanges>;
/** ReleaseChanges as a mutable object (what `ReleaseChangesSchema.parse` returns). */
export type MutableReleaseChanges = z.infer<typeof ReleaseChangesSchema>;
