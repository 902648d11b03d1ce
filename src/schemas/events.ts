import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { ActorsSchema, CitationSchema, FuzzyDateSchema, IdSchema, TrackerSectionSchema } from './common.js';

/** A further dated moment of an event (e.g. a sentence after a verdict, an entry into force after adoption). */
export const DatedMomentSchema = z
  .object({
    label: z.string().min(1).describe('What happened on that date, in a few words.'),
    date: FuzzyDateSchema,
  })
  .strict();

/** A dated event the tracker reports. */
export const EventSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1).describe("Short title, in this project's words."),
    summary: z.string().min(1).describe("One or two sentences, in this project's words."),
    sections: z.array(TrackerSectionSchema).min(1).describe('Tracker sections that report the event.'),
    trackerDate: FuzzyDateSchema.nullable().describe(
      'The date as the tracker gives it; null when the tracker gives none.',
    ),
    trackerDateText: z
      .string()
      .min(1)
      .nullable()
      .describe('The tracker\'s own wording of the date (e.g. "a fortnight" before June 28), or null.'),
    date: FuzzyDateSchema.nullable().describe('The exact date the external sources give; null when none does.'),
    moments: z.array(DatedMomentSchema).describe('Further dated moments of the event that the sources give.'),
    actors: ActorsSchema,
    discrepancy: z
      .string()
      .min(1)
      .optional()
      .describe('Where the tracker and the sources disagree; both readings are kept (see also `conflicts`).'),
    sources: z.array(CitationSchema).min(1),
  })
  .strict()
  .refine((event) => event.date !== null || event.trackerDate !== null, {
    error: 'an event needs a date or a trackerDate',
    path: ['date'],
  })
  .describe('A dated event reported by the tracker.');

/** A further dated moment of an event or an outcome, with a short label. */
export type DatedMoment = DeepReadonly<MutableDatedMoment>;
/** DatedMoment as a mutable object (what `DatedMomentSchema.parse` returns): for code that builds or edits records. */
export type MutableDatedMoment = z.infer<typeof DatedMomentSchema>;
/** A record of `events`: a dated event the tracker reports. Inferred from {@link EventSchema}; its fields are described in the Codebook. */
export type Event = DeepReadonly<MutableEvent>;
/** Event as a mutable object (what `EventSchema.parse` returns): for code that builds or edits records. */
export type MutableEvent = z.infer<typeof EventSchema>;
