import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { CitationSchema, CountryCodeSchema, IdSchema } from './common.js';

/** One side of a disagreement: a value and the sources that give it. */
export const ConflictSideSchema = z
  .object({
    value: z.string().min(1).describe('What this side says, in short.'),
    sources: z.array(CitationSchema).min(1),
  })
  .strict();

/** A disagreement between the tracker and other sources, both sides kept. */
export const ConflictSchema = z
  .object({
    id: IdSchema,
    table: z
      .enum(['levels', 'partnerships', 'treaties', 'events', 'watchItems'])
      .describe('Table of the record concerned.'),
    record: z.string().min(1).describe('Id (or level code) of the record concerned.'),
    field: z.string().min(1).describe('The field or fact in dispute.'),
    country: CountryCodeSchema.optional(),
    tracker: ConflictSideSchema.describe("What the tracker says: the dataset's answer."),
    other: ConflictSideSchema.describe('What other sources say.'),
    note: z.string().min(1).describe("How the two may be reconciled, in this project's words."),
  })
  .strict()
  .describe(
    'Where the tracker and other sources disagree; the dataset answers with the tracker and keeps the other reading here.',
  );

/** One side of a disagreement: what it says and the sources that say it. */
export type ConflictSide = DeepReadonly<MutableConflictSide>;
/** ConflictSide as a mutable object (what `ConflictSideSchema.parse` returns): for code that builds or edits records. */
export type MutableConflictSide = z.infer<typeof ConflictSideSchema>;
/** A record of `conflicts`: a disagreement between the tracker and other sources, both sides kept. Inferred from {@link ConflictSchema}; its fields are described in the Codebook. */
export type Conflict = DeepReadonly<MutableConflict>;
/** Conflict as a mutable object (what `ConflictSchema.parse` returns): for code that builds or edits records. */
export type MutableConflict = z.infer<typeof ConflictSchema>;
