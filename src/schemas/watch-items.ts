import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { ActorsSchema, CitationSchema, FuzzyDateSchema, IdSchema } from './common.js';
import { DatedMomentSchema } from './events.js';

/** What happened to a watch-item. */
export const WatchOutcomeSchema = z
  .object({
    verdict: z
      .enum(['as-expected', 'partly', 'not-as-expected', 'later-than-expected'])
      .describe('How the outcome compares with what the tracker expected.'),
    summary: z.string().min(1).describe("What happened, in this project's words."),
    date: FuzzyDateSchema.nullable().describe('Main date of the outcome.'),
    moments: z.array(DatedMomentSchema).describe('Further dated moments of the outcome.'),
    unverified: z.string().min(1).optional().describe('What the sources found do not settle.'),
    sources: z.array(CitationSchema).min(1),
  })
  .strict();

/** An item of the tracker's "What to watch in the months ahead", with what then happened. */
export const WatchItemSchema = z
  .object({
    id: IdSchema,
    order: z.number().int().min(1).describe("Position in the tracker's list."),
    title: z.string().min(1).describe("Short title, in this project's words."),
    window: FuzzyDateSchema.describe('When the tracker said to watch, as it gives it (a day, a span or months).'),
    windowText: z.string().min(1).describe("The tracker's wording of the window."),
    description: z.string().min(1).describe("What the tracker said to watch, in this project's words."),
    actors: ActorsSchema,
    relatedEvents: z.array(IdSchema).describe('Ids of related `events`.'),
    outcome: WatchOutcomeSchema,
    sources: z.array(CitationSchema).min(1).describe('Where the tracker says it (section `looking-forward`).'),
  })
  .strict()
  .describe('A watch-item and its outcome.');

/** What happened to a watch-item: a verdict, a summary, dates and sources. */
export type WatchOutcome = DeepReadonly<MutableWatchOutcome>;
/** WatchOutcome as a mutable object (what `WatchOutcomeSchema.parse` returns): for code that builds or edits records. */
export type MutableWatchOutcome = z.infer<typeof WatchOutcomeSchema>;
/** A record of `watchItems`: an item of the tracker's "what to watch", with its outcome. Inferred from {@link WatchItemSchema}; its fields are described in the Codebook. */
export type WatchItem = DeepReadonly<MutableWatchItem>;
/** WatchItem as a mutable object (what `WatchItemSchema.parse` returns): for code that builds or edits records. */
export type MutableWatchItem = z.infer<typeof WatchItemSchema>;
