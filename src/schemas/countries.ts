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
    officialName: z
      .string()
      .min(1)
      .nullable()
      .describe(
        "Official (formal) English name of a state, as ISO 3166-1 and the UN's terminology give it, e.g. Federal Republic of Germany; null for territories and where the dataset takes no position (Taiwan, Kosovo).",
      ),
    aliases: z.array(z.string().min(1)).describe('Other English names and spellings that resolve to this country.'),
    nameZh: z.string().min(1).describe('Chinese (simplified) name.'),
    officialNameZh: z
      .string()
      .min(1)
      .nullable()
      .describe('Official Chinese (simplified) name of a state, e.g. 德意志联邦共和国; null as for `officialName`.'),
    nameZhHk: z
      .string()
      .min(1)
      .describe(
        'Chinese name in traditional characters as Hong Kong writes it, e.g. 沙地阿拉伯 (Unicode CLDR, zh-Hant-HK).',
      ),
    nameZhTw: z
      .string()
      .min(1)
      .describe(
        'Chinese name in traditional characters as Taiwan writes it, e.g. 沙烏地阿拉伯 (Unicode CLDR, zh-Hant).',
      ),
    aliasesZh: z
      .array(z.string().min(1))
      .describe(
        'Other Chinese names that resolve to this country: simplified short and older forms, and traditional forms (OpenCC conversions of every simplified name, CLDR variants).',
      ),
    cowCode: z
      .number()
      .int()
      .nullable()
      .describe(
        'Correlates of War state number (COW State System Membership List v2016), e.g. 710 for China; null where the list has none (Hong Kong, Macao, territories). Serbia is 345, the continuation of Yugoslavia.',
      ),
    cowAbbr: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable()
      .describe('Correlates of War state abbreviation, e.g. CHN; null where the list has none.'),
    gwCode: z
      .number()
      .int()
      .nullable()
      .describe(
        'Gleditsch & Ward state number (1999, revised list of independent states); null where the list has none. Differs from COW for some states: Germany 260 (COW 255), Serbia 340 (COW 345).',
      ),
    gwAbbr: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable()
      .describe('Gleditsch & Ward state abbreviation, e.g. GFR; null where the list has none.'),
    vdemId: z.number().int().nullable().describe('V-Dem country id; null where V-Dem has none.'),
    m49: z
      .number()
      .int()
      .nullable()
      .describe(
        'UN M49 numeric code (as a number: 4 for Afghanistan, 156 for China); null where M49 has none (Taiwan).',
      ),
    wbCode: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable()
      .describe('World Bank country code, e.g. CHN, XKX for Kosovo; null where the World Bank has none.'),
  })
  .strict()
  .describe(
    'A country or territory, keyed by ISO 3166-1 alpha-2, with the state codes researchers merge on (from the countrycode R package: COW, Gleditsch & Ward, V-Dem, UN M49, World Bank).',
  );

/** A record of `countries`: an ISO 3166-1 country or territory with its codes and names. Inferred from {@link CountrySchema}. */
export type Country = DeepReadonly<MutableCountry>;
/** Country as a mutable object (what `CountrySchema.parse` returns): for code that builds or edits records. */
export type MutableCountry = z.infer<typeof CountrySchema>;
