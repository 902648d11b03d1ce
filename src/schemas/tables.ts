/**
 * The schema of one record of each table, keyed by the table's export name (see `src/registry.ts`):
 * the schema part of the table registry, typed so that a table missing here is a type error.
 */
import type { z } from 'zod';
import type { TableName } from '../registry.js';
import { CommunitySchema } from './communities.js';
import { ConflictSchema } from './conflicts.js';
import { CountrySchema } from './countries.js';
import { EventSchema } from './events.js';
import { LevelSchema } from './levels.js';
import { OutsideFrameworkSchema } from './outside-framework.js';
import { MembershipSchema } from './partnerships.js';
import { SourceSchema } from './sources.js';
import { TierSchema } from './tiers.js';
import { TreatySchema } from './treaties.js';
import { WatchItemSchema } from './watch-items.js';

/** The record schema of every table, by export name. */
export const TABLE_SCHEMAS: { readonly [K in TableName]: z.ZodType } = {
  tiers: TierSchema,
  levels: LevelSchema,
  partnerships: MembershipSchema,
  communities: CommunitySchema,
  outsideFramework: OutsideFrameworkSchema,
  treaties: TreatySchema,
  events: EventSchema,
  watchItems: WatchItemSchema,
  conflicts: ConflictSchema,
  sources: SourceSchema,
  countries: CountrySchema,
};
