import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { LEVEL_CODES, TIER_CODES } from '../codes.js';
import { CitationSchema } from './common.js';

export { LEVEL_CODES, TIER_CODES };

/** Schema of a tier code, `'1'` (closest) to `'5'`. */
export const TierCodeSchema = z.enum(TIER_CODES).describe('Tier code, `1` (closest) to `5`.');
/** Schema of a level code, `'1.1'` (closest) to `'5.1'`. */
export const LevelCodeSchema = z.enum(LEVEL_CODES).describe('Level code, `1.1` (closest) to `5.1`.');

/** The English and Chinese names of a tier (levels have the same two fields). */
const NAME_FIELDS = {
  nameEn: z.string().min(1).describe('English name as the tracker gives it.'),
  nameZh: z.string().min(1).describe('Chinese name (checked against public sources).'),
};

/** One of the five tiers of China's partnership hierarchy (Exhibit 1). */
export const TierSchema = z
  .object({
    code: TierCodeSchema,
    rank: z.number().int().min(1).max(5).describe('Closeness rank, 1 = closest.'),
    ...NAME_FIELDS,
    description: z.string().min(1).describe("What the tier means, in this project's words."),
    levels: z.array(LevelCodeSchema).min(1).describe('Codes of the levels in this tier, closest first.'),
    sources: z.array(CitationSchema).min(1),
  })
  .strict()
  .describe('A tier of the partnership hierarchy.');

/** A tier code, `'1'` (closest) to `'5'`. */
export type TierCode = z.infer<typeof TierCodeSchema>;
/** A level code, `'1.1'` (closest) to `'5.1'`. */
export type LevelCode = z.infer<typeof LevelCodeSchema>;
/** A record of `tiers`: one of the five tiers of the partnership hierarchy. Inferred from {@link TierSchema}. */
export type Tier = DeepReadonly<MutableTier>;
/** Tier as a mutable object (what `TierSchema.parse` returns): for code that builds or edits records. */
export type MutableTier = z.infer<typeof TierSchema>;
