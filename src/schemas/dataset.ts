import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { PartialDateStringSchema } from './common.js';

/** Metadata of the dataset: versions, edition, as-of date and record counts. */
export const DatasetSchema = z
  .object({
    name: z.literal('china-security-risk-data'),
    packageVersion: z
      .string()
      .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/)
      .describe('Version of the npm package.'),
    dataVersion: z
      .string()
      .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/)
      .describe('Version of the data. Data and code are released together, so it equals the package version.'),
    edition: z
      .object({
        title: z.string().min(1),
        publisher: z.string().min(1),
        number: z.number().int().min(1),
        date: PartialDateStringSchema,
      })
      .strict()
      .describe('The tracker edition the data follows.'),
    asOf: PartialDateStringSchema.describe(
      "The tracker edition's month, the date of its statuses (treaty status, levels).",
    ),
    coverageEnd: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe(
        'The last day the research covers (YYYY-MM-DD): the helpers answer for it by default and refuse a later day (CoverageError); the panels run to its year.',
      ),
    counts: z.record(z.string(), z.number().int().min(0)).describe('Number of records per table.'),
    fingerprint: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe(
        'SHA-256 (hex) of the canonical JSON of every table (keys sorted, no white space): changes exactly when the data changes. See data/README.md.',
      ),
  })
  .strict()
  .describe('Dataset metadata.');

/** The type of `dataset`: versions, edition, as-of date and record counts. Inferred from {@link DatasetSchema}. */
export type Dataset = DeepReadonly<MutableDataset>;
/** Dataset as a mutable object (what `DatasetSchema.parse` returns): for code that builds or edits records. */
export type MutableDataset = z.infer<typeof DatasetSchema>;
