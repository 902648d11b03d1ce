import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { CONFLICT_TABLES } from '../registry.js';
import { BasisSchema, CitationSchema, CountryCodeSchema, IdSchema } from './common.js';

/** One side of a disagreement: a value and the sources that give it. */
export const ConflictSideSchema = z
  .object({
    value: z.string().min(1).describe('What this side says, in short.'),
    sources: z.array(CitationSchema).min(1),
  })
  .strict();

/** The side the dataset's record takes: its value, its sources, and whether the tracker says it. */
export const ConflictAnswerSchema = ConflictSideSchema.extend({
  basis: BasisSchema.describe('`tracker`: the tracker says it; `external`: sources other than the tracker say it.'),
}).describe("What the record concerned says: the dataset's answer, with its sources.");

/** A disagreement between sources (the tracker and others, or other sources among themselves), both sides kept. */
export const ConflictSchema = z
  .object({
    id: IdSchema,
    table: z.enum(CONFLICT_TABLES).describe('Table of the record concerned.'),
    record: z.string().min(1).describe('Id (or level code) of the record concerned.'),
    field: z.string().min(1).describe('The field or fact in dispute.'),
    country: CountryCodeSchema.optional(),
    answer: ConflictAnswerSchema,
    other: ConflictSideSchema.describe('The other reading, and the sources that give it.'),
    note: z.string().min(1).describe("How the two may be reconciled, in this project's words."),
  })
  .strict()
  .describe(
    "Where sources disagree, the tracker and others or other sources among themselves: the record concerned keeps one reading (the dataset's answer: the tracker's where it speaks) and the other is kept here.",
  );

/** One side of a disagreement: what it says and the sources that say it. */
export type ConflictSide = DeepReadonly<MutableConflictSide>;
/** ConflictSide as a mutable object (what `ConflictSideSchema.parse` returns): for code that builds or edits records. */
export type MutableConflictSide = z.infer<typeof ConflictSideSchema>;
/** The side of a disagreement the dataset's record takes, with whether the tracker says it. */
export type ConflictAnswer = DeepReadonly<MutableConflictAnswer>;
/** ConflictAnswer as a mutable object: for code that builds or edits records. */
export type MutableConflictAnswer = z.infer<typeof ConflictAnswerSchema>;
/** A record of `conflicts`: a disagreement between the tracker and other sources, both sides kept. Inferred from {@link ConflictSchema}; its fields are described in the Codebook. */
export type Conflict = DeepReadonly<MutableConflict>;
/** Conflict as a mutable object (what `ConflictSchema.parse` returns): for code that builds or edits records. */
export type MutableConflict = z.infer<typeof ConflictSchema>;
