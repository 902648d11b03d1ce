import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { CitationSchema, CountryCodeSchema } from './common.js';
import { LevelCodeSchema, TierCodeSchema } from './tiers.js';

const NAME_FIELDS = {
  nameEn: z.string().min(1).describe('English name as the tracker gives it.'),
  nameZh: z.string().min(1).describe('Chinese name (checked against public sources).'),
};

/** What the tracker itself reports of a level's membership. */
export const TrackerMembershipSchema = z
  .object({
    count: z
      .number()
      .int()
      .min(1)
      .describe('How many countries the tracker puts on the level (stated, or the number it names).'),
    countStated: z
      .boolean()
      .describe('True when the tracker states a number; false when the count is the number of countries it names.'),
    named: z.array(CountryCodeSchema).describe('Countries the tracker names on the level.'),
    remark: z
      .string()
      .min(1)
      .optional()
      .describe("What else the tracker says of the membership (e.g. regions), in this project's words."),
  })
  .strict();

/** One of the sixteen levels of China's partnership hierarchy (Exhibit 1). */
export const LevelSchema = z
  .object({
    code: LevelCodeSchema,
    tier: TierCodeSchema,
    rank: z.number().int().min(1).max(16).describe('Closeness rank among all levels, 1 = closest.'),
    ...NAME_FIELDS,
    description: z.string().min(1).describe("What the level means, in this project's words."),
    tracker: TrackerMembershipSchema,
    sources: z.array(CitationSchema).min(1),
  })
  .strict()
  .describe('A level of the partnership hierarchy.');

/** A record of `levels`: one of the sixteen levels of the partnership hierarchy. Inferred from {@link LevelSchema}. */
export type Level = DeepReadonly<MutableLevel>;
/** Level as a mutable object (what `LevelSchema.parse` returns): for code that builds or edits records. */
export type MutableLevel = z.infer<typeof LevelSchema>;
/** What the tracker reports of a level's membership: a count and the countries it names. */
export type TrackerMembership = DeepReadonly<MutableTrackerMembership>;
/** TrackerMembership as a mutable object (what `TrackerMembershipSchema.parse` returns): for code that builds or edits records. */
export type MutableTrackerMembership = z.infer<typeof TrackerMembershipSchema>;
