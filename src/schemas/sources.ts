import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { IdSchema, PartialDateStringSchema, TrackerSectionSchema } from './common.js';

/** What kind of publication a source is. */
export const SourceKindSchema = z
  .enum(['tracker', 'official', 'news', 'reference', 'academic', 'other'])
  .describe(
    '`tracker`: the MERICS tracker; `official`: a government, parliament or court text; `news`: press and agencies; `reference`: encyclopaedias, databases, law portals; `academic`: papers; `other`: blogs and the rest.',
  );

/**
 * An http(s) address in printable ASCII: non-ASCII characters percent-encoded (`%E5%BC%95`, not `引`), as
 * JSON Schema's `format: "uri"` requires, and no dot ending the host (`en.people.cn./`), which the Frictionless
 * library's `uri` format refuses; the pattern also carries these rules into the JSON Schema.
 */
const WEB_ADDRESS =
  /^https?:\/\/[\x21-\x22\x24-\x2e\x30-\x3e\x40-\x7e]*[\x21-\x22\x24-\x2d\x30-\x3e\x40-\x7e](?:[/?#][\x21-\x7e]*)?$/;

/** A source cited by records: the tracker itself, or an external page by its address. */
export const SourceSchema = z
  .object({
    id: IdSchema,
    kind: SourceKindSchema,
    title: z.string().min(1).describe('Title of the page or publication (or a short description where it has none).'),
    url: z
      .url({ protocol: /^https?$/ })
      .regex(
        WEB_ADDRESS,
        'Expected an http or https address in printable ASCII (non-ASCII characters percent-encoded, no dot ending the host)',
      )
      // The regex check displaces the `uri` format in z.toJSONSchema: state it again for the JSON Schema.
      .meta({ format: 'uri' })
      .optional()
      .describe(
        'Address of the page as the research recorded it (required for every source but the tracker): http or https, non-ASCII characters percent-encoded.',
      ),
    publisher: z.string().min(1).optional().describe('Publisher or site.'),
    published: PartialDateStringSchema.optional().describe(
      'Publication date, as the page (its dateline or its address) gives it, at the precision it gives; absent when unknown. Dates `derived` from words such as "on Monday" rest on it.',
    ),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/)
      .optional()
      .describe('BCP 47 language of the source (e.g. `en`, `zh-Hant`).'),
    sections: z.array(TrackerSectionSchema).optional().describe('For the tracker: its sections.'),
    reliability: z
      .enum(['weak'])
      .optional()
      .describe('`weak`: machine-translated, garbled or low-quality; facts resting on it alone are marked uncertain.'),
    consulted: PartialDateStringSchema.optional().describe(
      'When the project last read the page and checked the excerpts quoted from it; absent for sources quoted from the research notes the dataset was first built from (November 2026) and not read again since.',
    ),
    excerptsChecked: z
      .boolean()
      .describe(
        '`true`: the excerpts quoted from this source were checked against the page text on `consulted`; `false`: they were copied from the research notes and not checked again.',
      ),
    accessNote: z.string().min(1).optional().describe('How the source was read, where that is worth saying.'),
  })
  .strict()
  .describe('A source: the tracker or an external page.');

/** What kind of publication a source is: `'tracker'`, `'official'`, `'news'`, `'reference'`, `'academic'` or `'other'`. */
export type SourceKind = z.infer<typeof SourceKindSchema>;
/** A record of `sources`: the tracker, or an external page by its address. Inferred from {@link SourceSchema}. */
export type Source = DeepReadonly<MutableSource>;
/** Source as a mutable object (what `SourceSchema.parse` returns): for code that builds or edits records. */
export type MutableSource = z.infer<typeof SourceSchema>;
