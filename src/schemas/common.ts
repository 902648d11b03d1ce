import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { EDITION, SECTION_IDS, TRACKER_SOURCE_IDS } from '../edition.js';
import { countryCodes } from '../generated/countries.js';
import { periodEnd, periodStart, precisionOf } from '../lib/calendar.js';

const ISO_CODES = new Set(countryCodes);

/**
 * Stable record id: lower-case ASCII words joined by hyphens, e.g. `hk-au` or `didi-cybersecurity-review`.
 * Ids are public API: never renamed or reused once released.
 */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case ASCII')
  .describe('Stable id (kebab-case ASCII); public API, never renamed or reused once released.');

/** ISO 3166-1 alpha-2 code, upper case (`CN` and `HK` name China's two sides). */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'country codes are ISO 3166-1 alpha-2, upper case')
  .refine((code) => ISO_CODES.has(code), { error: (issue) => `unknown country code ${String(issue.input)}` })
  .describe('ISO 3166-1 alpha-2 code, upper case.');

const YEAR = '\\d{4}';
const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:0[1-9]|[12]\\d|3[01])';

/** A calendar date at year, month or day precision: `2019`, `2019-06` or `2019-06-05`. */
export const PartialDateStringSchema = z
  .string()
  .regex(new RegExp(`^${YEAR}(?:-${MONTH}(?:-${DAY})?)?$`), 'dates are YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((value) => precisionOf(value) !== undefined, {
    error: (issue) => `not a calendar date: ${String(issue.input)}`,
  })
  .describe('A date written to the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. Never padded.');

/** How precisely a date is known. */
export const DatePrecisionSchema = z
  .enum(['year', 'month', 'day'])
  .describe('How precisely the date is known: year, month or day. Must match the length of `value`.');

/**
 * A date as precise as its sources allow, optionally a span.
 *
 * `value` is written only to its precision (`2019`, never `2019-01-01`); `end`, when present, is the
 * inclusive last date of a span (each string carries its own precision by its length).
 */
export const FuzzyDateSchema = z
  .object({
    value: PartialDateStringSchema.describe('The date, or the first date of a span.'),
    precision: DatePrecisionSchema,
    end: PartialDateStringSchema.optional().describe('Inclusive last date of a span, when the source gives a span.'),
    derived: z
      .string()
      .min(1)
      .optional()
      .describe('How the date was worked out when no source states it in these words (e.g. from a day of the week).'),
    uncertain: z
      .literal(true)
      .optional()
      .describe('Present when the sources do not settle the date (weak, garbled or conflicting sources).'),
  })
  .strict()
  .superRefine((date, ctx) => {
    const precision = precisionOf(date.value);
    if (precision !== undefined && precision !== date.precision) {
      ctx.addIssue({ code: 'custom', path: ['precision'], message: `${date.precision} does not match ${date.value}` });
    }
    if (
      date.end !== undefined &&
      precisionOf(date.end) !== undefined &&
      periodEnd({ value: date.end }) < periodStart(date)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `the span ends (${date.end}) before it starts (${date.value})`,
      });
    }
  })
  .describe('A date with its precision, optionally a span; never more precise than its source.');

/** Sections of the tracker, as it is laid out. */
export const TrackerSectionSchema = z.enum(SECTION_IDS).describe(`A section of the ${EDITION.series}.`);

/** Who states a fact: the tracker itself, or only sources other than the tracker. */
export const BasisSchema = z
  .enum(['tracker', 'external'])
  .describe('`tracker`: the MERICS tracker states it; `external`: only other sources state it.');

/** How far the sources settle a fact. */
export const CertaintySchema = z
  .enum(['confirmed', 'uncertain', 'disputed'])
  .describe('`confirmed`: sources settle it; `uncertain`: sources do not settle it; `disputed`: sources disagree.');

/**
 * A pointer from a record to one of the `sources`. A citation of the tracker names its section; a
 * citation of an external source may carry a short excerpt quoted from that source (never from MERICS).
 */
export const CitationSchema = z
  .object({
    source: IdSchema.describe('Id of a record in `sources`.'),
    section: TrackerSectionSchema.optional().describe('Tracker section (required when citing the tracker).'),
    excerpt: z
      .string()
      .min(1)
      .max(400)
      .optional()
      .describe('A short quotation from the external source (under 25 words), or an English gloss of it in brackets.'),
    note: z.string().min(1).optional().describe('What this source supports, where that is not obvious.'),
  })
  .strict()
  .superRefine((citation, ctx) => {
    if (!TRACKER_SOURCE_IDS.has(citation.source)) return;
    if (citation.section === undefined) {
      ctx.addIssue({ code: 'custom', path: ['section'], message: 'a citation of the tracker must name its section' });
    }
    if (citation.excerpt !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['excerpt'],
        message: "the tracker's sentences are not quoted: no excerpt",
      });
    }
  })
  .describe('A pointer to a source, with the tracker section or a short excerpt.');

/** Who took part in an event: countries by ISO code, organisations and people by name. */
export const ActorsSchema = z
  .object({
    countries: z.array(CountryCodeSchema).describe('Countries (ISO alpha-2), China as `CN`, Hong Kong as `HK`.'),
    organisations: z.array(z.string().min(1)).describe('Organisations and bodies, by name.'),
    people: z.array(z.string().min(1)).describe('People, by name.'),
  })
  .strict()
  .describe('Actors of an event or watch-item.');

/** A stable record id (kebab-case ASCII), never renamed or reused once released. */
export type Id = z.infer<typeof IdSchema>;
/** An ISO 3166-1 alpha-2 code, upper case (`CN` and `HK` for China's two sides). */
export type CountryCode = z.infer<typeof CountryCodeSchema>;
/** A date written at year, month or day precision: `2019`, `2019-06` or `2019-06-05`. */
export type PartialDateString = z.infer<typeof PartialDateStringSchema>;
/** How precisely a date is known: `'year'`, `'month'` or `'day'`. */
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
/** A date as precise as its sources allow, optionally a span; see {@link FuzzyDateSchema} and the Codebook. */
export type FuzzyDate = DeepReadonly<MutableFuzzyDate>;
/** FuzzyDate as a mutable object (what `FuzzyDateSchema.parse` returns): for code that builds or edits records. */
export type MutableFuzzyDate = z.infer<typeof FuzzyDateSchema>;
/** A section of the tracker, e.g. `'exhibit-1'` or `'looking-forward'`. */
export type TrackerSection = z.infer<typeof TrackerSectionSchema>;
/** Who states a fact: `'tracker'` (the MERICS tracker) or `'external'` (only other sources). */
export type Basis = z.infer<typeof BasisSchema>;
/** How far the sources settle a fact: `'confirmed'`, `'uncertain'` or `'disputed'`. */
export type Certainty = z.infer<typeof CertaintySchema>;
/** A pointer from a record to one of the `sources`, with the tracker section or a short excerpt. */
export type Citation = DeepReadonly<MutableCitation>;
/** Citation as a mutable object (what `CitationSchema.parse` returns): for code that builds or edits records. */
export type MutableCitation = z.infer<typeof CitationSchema>;
/** Who took part in an event or watch-item: countries by code, organisations and people by name. */
export type Actors = DeepReadonly<MutableActors>;
/** Actors as a mutable object (what `ActorsSchema.parse` returns): for code that builds or edits records. */
export type MutableActors = z.infer<typeof ActorsSchema>;
