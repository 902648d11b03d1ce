import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { BasisSchema, CountryCodeSchema, IdSchema } from './common.js';
import { PartnershipLabelSchema } from './partnerships.js';
import { QualifierSchema } from './qualifiers.js';
import { LevelCodeSchema, TierCodeSchema } from './tiers.js';
import { ChinaSideSchema, TreatyActionSchema, TreatyStatusSchema } from './treaties.js';

const year = z.number().int().min(1900).max(2100);
const stateCode = (what: string) => z.number().int().nullable().describe(what);

/** One country and year of the partnership panel (`partnershipYears()`, `data/partnership-years.csv`). */
export const PartnershipYearSchema = z
  .object({
    country: CountryCodeSchema.describe('The partner, ISO 3166-1 alpha-2.'),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .describe('The partner, ISO 3166-1 alpha-3.'),
    year: year.describe(
      'The year, from the first year any partnership is dated (for every country in the panel) to the year of `dataset.coverageEnd`.',
    ),
    ccode1: stateCode('Side one, China, as a Correlates of War state number: always 710.'),
    ccode2: stateCode('The partner as a Correlates of War state number; null where COW has none.'),
    gwcode1: stateCode('Side one, China, as a Gleditsch & Ward state number: always 710.'),
    gwcode2: stateCode('The partner as a Gleditsch & Ward state number; null where G-W has none.'),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe(
        'The day the row answers for: 31 December of the year, or for the last year the last day the data covers (`dataset.coverageEnd`).',
      ),
    status: z
      .enum(['level', 'off-ladder', 'none', 'unknown', 'outside'])
      .describe(
        'Where the country stands on `asOf` (`standingOf`): `level`, on one of the 16 levels; `off-ladder`, a partnership named none of them; `none`, no partnership as far as the sources show; `unknown`, a partnership the sources show but neither name nor date (before the earliest record of a country whose `priorHistory` is `unknown`); `outside`, outside the framework (North Korea).',
      ),
    level: LevelCodeSchema.nullable().describe(
      'The level held on `asOf` (`tierOf(country, { asOf })`); null unless `status` is `level`.',
    ),
    tier: TierCodeSchema.nullable().describe('The tier of `level`; null when `level` is.'),
    record: IdSchema.nullable().describe(
      'Id of the membership held on `asOf` (`membershipOf`); null when none is held (`none`, `unknown`, `outside`).',
    ),
    label: PartnershipLabelSchema.nullable().describe(
      'The label of that membership as the sources state it; null when it has none.',
    ),
    basis: BasisSchema.nullable().describe(
      'The basis of that membership: `tracker` or `external`; null when there is none.',
    ),
    qualifiers: z
      .array(QualifierSchema)
      .describe(
        "The qualifiers written onto that membership's name (`qualifiers` of the record); empty when none is held.",
      ),
    baseLevel: LevelCodeSchema.nullable().describe(
      'The base level of that membership (`baseLevel` of the record): its level, or for a name off the ladder the level it reads as without its qualifiers. An explicit reading for an ordinal rank, never the level; null when none is held or the name reads as no level.',
    ),
    highestLevel: LevelCodeSchema.nullable().describe(
      'The closest level held on any day of the year up to `asOf`; null when none of the 16 levels was held.',
    ),
    highestRecord: IdSchema.nullable().describe('Id of the membership behind `highestLevel`; null when it is.'),
    trackerLevel: LevelCodeSchema.nullable().describe(
      "The tracker's own placement in Exhibit 1 (`trackerLevelOf`), in the row of the edition's year only; null in other years and for countries it names on no level. Where it differs from `level`, the sources and the tracker disagree (see `conflicts`).",
    ),
  })
  .strict()
  .describe('A country-year of China’s partnerships, in dyadic form with China as side one.');

/** One treaty and year of the treaty panel (`treatyYears()`, `data/treaty-years.csv`). */
export const TreatyYearSchema = z
  .object({
    treaty: IdSchema.describe('Id of the treaty in `treaties`.'),
    chinaSide: ChinaSideSchema,
    counterparty: CountryCodeSchema.describe('The other country, ISO 3166-1 alpha-2.'),
    ccode2: stateCode('The other country as a Correlates of War state number; null where COW has none.'),
    year: year.describe(
      "The year, from the year of the treaty's first dated step to the year of `dataset.coverageEnd`.",
    ),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe('The day `status` answers for: 31 December of the year, or for the last year `dataset.coverageEnd`.'),
    status: TreatyStatusSchema.nullable().describe(
      'The status on `asOf` in the tracker’s legend (`treatyStatus(country, { side, asOf })`); null before the treaty was signed.',
    ),
    step: z
      .number()
      .int()
      .min(1)
      .nullable()
      .describe(
        "Position (from 1, as `seq` in treaty-steps) of the step that set the status; null where none did (`unknown`, or the edition's status where the steps stop short).",
      ),
    action: TreatyActionSchema.nullable().describe('What that step did; null when `step` is.'),
  })
  .strict()
  .describe('A treaty-year of the PRC’s and Hong Kong’s extradition treaties.');

/** A row of `partnershipYears()`. Inferred from {@link PartnershipYearSchema}; see the Panels guide. */
export type PartnershipYear = DeepReadonly<MutablePartnershipYear>;
/** PartnershipYear as a mutable object: for code that builds or edits rows. */
export type MutablePartnershipYear = z.infer<typeof PartnershipYearSchema>;
/** A row of `treatyYears()`. Inferred from {@link TreatyYearSchema}; see the Panels guide. */
export type TreatyYear = DeepReadonly<MutableTreatyYear>;
/** TreatyYear as a mutable object: for code that builds or edits rows. */
export type MutableTreatyYear = z.infer<typeof TreatyYearSchema>;
