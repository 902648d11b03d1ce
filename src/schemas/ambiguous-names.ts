import { z } from 'zod';
import { CountryCodeSchema } from './common.js';

/**
 * The names two or more countries share ("Congo", "Korea"), as match keys (`data/ambiguous-names.json`),
 * each with the countries it could mean. The look-ups resolve them to no country; `ambiguousCountry` lists
 * the candidates.
 */
export const AmbiguousNamesSchema = z
  .record(
    z.string().min(1).describe('A name as its match key: lower case, accents and punctuation removed (e.g. `congo`).'),
    z
      .array(CountryCodeSchema)
      .min(2)
      .describe('The countries the name could mean, by ISO 3166-1 alpha-2 code, sorted.'),
  )
  .describe('Names that two or more countries share, with the countries they could mean; they resolve to no country.');

/** The names two or more countries share, with the countries each could mean. */
export type AmbiguousNames = Readonly<Record<string, readonly string[]>>;
