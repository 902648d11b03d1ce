/**
 * The zod schema of each file table's records (for validation before writing, JSON Schema generation
 * and tests). Loads zod; used by scripts and tests only.
 *
 * @internal
 */
import { z } from 'zod';
import { IdSchema } from '../schemas/common.js';
import { ConflictSchema } from '../schemas/conflicts.js';
import { CountrySchema } from '../schemas/countries.js';
import { EventSchema } from '../schemas/events.js';
import { LevelSchema, TierSchema } from '../schemas/hierarchy.js';
import { MembershipSchema, OutsideFrameworkSchema } from '../schemas/partnerships.js';
import { SourceSchema } from '../schemas/sources.js';
import { TreatyStepSchema } from '../schemas/treaties.js';
import { TreatySchema } from '../schemas/treaties.js';
import { WatchItemSchema } from '../schemas/watch-items.js';

/** A row of `treaty-steps`: a treaty step with the id of its treaty and its position. */
export const TreatyStepRowSchema = TreatyStepSchema.extend({
  treatyId: IdSchema.describe('Id of the treaty in `treaties`.'),
  seq: z.number().int().min(1).describe("Position of the step in the treaty's `steps`, from 1."),
}).describe('A dated step of a treaty, with the id of its treaty.');

/** Record schema of each file table, by file name. */
export const FILE_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  tiers: TierSchema,
  levels: LevelSchema,
  partnerships: MembershipSchema,
  'outside-framework': OutsideFrameworkSchema,
  treaties: TreatySchema,
  'treaty-steps': TreatyStepRowSchema,
  events: EventSchema,
  'watch-items': WatchItemSchema,
  conflicts: ConflictSchema,
  sources: SourceSchema,
  countries: CountrySchema,
};
