import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { CountryCodeSchema } from './common.js';

/** A country or territory as named by ISO 3166-1 (generated from i18n-iso-countries at build time). */
export const CountrySchema = z
  .object({
    code: CountryCodeSchema,
    alpha3: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .describe('ISO 3166-1 alpha-3 code.'),
    name: z.string().min(1).describe('Short English name used by this dataset.'),
    aliases: z.array(z.string().min(1)).describe('Other English names and spellings that resolve to this country.'),
    nameZh: z.string().min(1).describe('Chinese (simplified) name.'),
    aliasesZh: z.array(z.string().min(1)).describe('Other Chinese names that resolve to this country.'),
  })
  .strict()
  .describe('A country or territory, keyed by ISO 3166-1 alpha-2.');

/** A record of `countries`: an ISO 3166-1 country or territory with its codes and names. Inferred from {@link CountrySchema}. */
export type Country = DeepReadonly<MutableCountry>;
/** Country as a mutable object (what `CountrySchema.parse` returns): for code that builds or edits records. */
export type MutableCountry = z.infer<typeof CountrySchema>;
