import { z } from 'zod';
import { LEVEL_CODES, TIER_CODES } from '../codes.js';
import { CitationSchema, CountryCodeSchema } from './common.js';

export { LEVEL_CODES, TIER_CODES };

/** Schema of a tier code, `'1'` (closest) to `'5'`. */
export const TierCodeSchema = z.enum(TIER_CODES).describe('Tier code, `1` (closest) to `5`.');
/** Schema of a level code, `'1.1'` (closest) to `'5.1'`. */
export const LevelCodeSchema = z.enum(LEVEL_CODES).describe('Level code, `1.1` (closest) to `5.1`.');

const Names = {
  nameEn: z.string().min(1).describe('English name as the tracker gives it.'),
  nameZh: z.string().min(1).describe('Chinese name (checked against public sources).'),
};

/** One of the five tiers of China's partnership hierarchy (Exhibit 1). */
export const TierSchema = z
  .object({
    code: TierCodeSchema,
    rank: z.number().int().min(1).max(5).describe('Closeness rank, 1 = closest.'),
    ...Names,
    description: z.string().min(1).describe("What the tier means, in this project's words."),
    levels: z.array(LevelCodeSchema).min(1).describe('Codes of the levels in this tier, closest first.'),
    sources: z.array(CitationSchema).min(1),
  })
  .strict()
  .describe('A tier of the partnership hierarchy.');

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
    ...Names,
    description: z.string().min(1).describe("What the level means, in this project's words."),
    tracker: TrackerMembershipSchema,
    sources: z.array(CitationSchema).min(1),
  })
  .strict()
  .describe('A level of the partnership hierarchy.');

/** A tier code, `'1'` (closest) to `'5'`. */
export type TierCode = z.infer<typeof TierCodeSchema>;
/** A level code, `'1.1'` (closest) to `'5.1'`. */
export type LevelCode = z.infer<typeof LevelCodeSchema>;
/** A record of `tiers`: one of the five tiers of the partnership hierarchy. Inferred from {@link TierSchema}. */
export type Tier = z.infer<typeof TierSchema>;
/** A record of `levels`: one of the sixteen levels of the partnership hierarchy. Inferred from {@link LevelSchema}. */
export type Level = z.infer<typeof LevelSchema>;
/** What the tracker reports of a level's membership: a count and the countries it names. */
export type TrackerMembership = z.infer<typeof TrackerMembershipSchema>;
