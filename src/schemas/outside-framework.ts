import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { BasisSchema, CitationSchema, CountryCodeSchema } from './common.js';

/** A country the tracker places outside the partnership framework (North Korea). */
export const OutsideFrameworkSchema = z
  .object({
    country: CountryCodeSchema,
    reason: z.string().min(1).describe("Why the country is outside the framework, in this project's words."),
    basis: BasisSchema,
    sources: z.array(CitationSchema).min(1),
  })
  .strict()
  .describe('A country outside the partnership framework.');

/** A record of `outsideFramework`: a country outside the partnership framework (North Korea). */
export type OutsideFramework = DeepReadonly<MutableOutsideFramework>;
/** OutsideFramework as a mutable object (what `OutsideFrameworkSchema.parse` returns): for code that builds or edits records. */
export type MutableOutsideFramework = z.infer<typeof OutsideFrameworkSchema>;
