import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { BasisSchema, CitationSchema, CountryCodeSchema, FuzzyDateSchema, IdSchema } from './common.js';
import { QualifierSchema } from './qualifiers.js';
import { LevelCodeSchema } from './tiers.js';

/** The official name of one country's partnership, where sources give one. */
export const PartnershipLabelSchema = z
  .object({
    en: z.string().min(1).optional().describe('English name as a source gives it.'),
    zh: z.string().min(1).optional().describe('Chinese name as a source gives it.'),
  })
  .strict()
  .describe('Official (often longer) name of the partnership, e.g. 与时俱进的全方位合作伙伴关系.');

/**
 * A country's place on the partnership ladder from a given date. A country has one record per level it
 * has held; the latest record dated on or before a day is its level on that day.
 */
export const MembershipSchema = z
  .object({
    id: IdSchema.describe(
      '`<country>-<level>-<year>`, e.g. `ru-1-1-2019`; `off` for a level outside the exhibit, `undated` when no date is known.',
    ),
    country: CountryCodeSchema,
    level: LevelCodeSchema.nullable().describe(
      "Level code, or null for a partnership type that is none of the exhibit's 16 levels (recorded as it is, never forced onto one).",
    ),
    label: PartnershipLabelSchema.optional(),
    since: FuzzyDateSchema.nullable().describe(
      'When the country reached this level, as precise as the sources say; null when no source dates it.',
    ),
    placement: z
      .enum(['tracker', 'label', 'reading', 'source', 'none'])
      .describe(
        "How the record is placed on its level: `tracker`, the tracker names the country there; `label`, the partnership's stated name is the level's name (the Chinese name deciding, a bilateral marker such as 中俄 set aside; the English where no Chinese text was found); `reading`, the name is the level's name once its descriptive phrases ending in 的 are set aside, as the tracker itself reads Singapore's 与时俱进的全方位合作伙伴关系; `source`, a source other than the label places it there (see the note); `none`, the stated name is none of the 16 levels, so `level` is null. `label`, `reading` and `none` follow from the name by the rule of `readLabel` (a lint rule holds every record to it).",
      ),
    qualifiers: z
      .array(QualifierSchema)
      .describe(
        "The qualifiers written onto the partnership's name, outside its descriptive phrases (全天候 `all-weather`, 新时代 `new-era`, ...), in the codebook's order; empty when there are none or no name is known. Derived from `label` by `readLabel`, the same way for every name, on the ladder or off it.",
      ),
    baseLevel: LevelCodeSchema.nullable().describe(
      "The record's `level` where it has one; otherwise the level its name reads as once its qualifiers are taken off one at a time from the front, stopping at the first level name (`readLabel`), or null when none is reached or no name is known. An explicit reading for users who need an ordinal rank for a name off the ladder, never the level itself: an `all-weather` name can read lower than the level it replaced.",
    ),
    basis: BasisSchema.describe(
      '`tracker`: the tracker names the country on this level; `external`: only other sources place it.',
    ),
    priorHistory: z
      .literal('unknown')
      .optional()
      .describe(
        "Only on a country's earliest record: `unknown` where the sources show that China had a partnership with the country before this record but neither name nor date it, so the years before are not known rather than off the ladder (see the note). Absent: as far as the sources found show, the earliest record is the first partnership China declared with the country.",
      ),
    sources: z.array(CitationSchema).min(1),
    note: z
      .string()
      .min(1)
      .optional()
      .describe(
        "A note on the record, in this project's words: what the sources leave open, how the level was placed.",
      ),
  })
  .strict()
  .describe('A country on a level of the partnership hierarchy, from a date.');

/** The official name of one country's partnership, in English and/or Chinese, where sources give one. */
export type PartnershipLabel = DeepReadonly<MutablePartnershipLabel>;
/** PartnershipLabel as a mutable object (what `PartnershipLabelSchema.parse` returns): for code that builds or edits records. */
export type MutablePartnershipLabel = z.infer<typeof PartnershipLabelSchema>;
/** A record of `partnerships`: a country on a level of the ladder from a date. Inferred from {@link MembershipSchema}; its fields are described in the Codebook. */
export type Membership = DeepReadonly<MutableMembership>;
/** Membership as a mutable object (what `MembershipSchema.parse` returns): for code that builds or edits records. */
export type MutableMembership = z.infer<typeof MembershipSchema>;
/** A membership as written by hand in `src/data`: the fields `readLabel` derives from its label left to the build. @internal */
export type MembershipInput = Omit<MutableMembership, 'qualifiers' | 'baseLevel'>;
