import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { IdSchema, PartialDateStringSchema, TrackerSectionSchema } from './common.js';

/** What kind of publication a source is. */
export const SourceKindSchema = z
  .enum(['tracker', 'official', 'news', 'reference', 'academic', 'other'])
  .describe(
    '`tracker`: the MERICS tracker; `official`: a government, parliament, court, official gazette, treaty database or international organisation; `news`: state media and news organisations; `reference`: encyclopaedias and wikis; `academic`: universities, journals and academic presses; `other`: think tanks, NGOs and companies. Follows `publisherType` (a lint rule holds the two together).',
  );

/** Who publishes a source, as judged by the project (docs/guides/sources.md says how). */
export const PublisherTypeSchema = z
  .enum([
    'tracker',
    'government',
    'legislature',
    'court',
    'gazette',
    'international-organisation',
    'state-media',
    'news',
    'academic',
    'ngo',
    'company',
    'reference',
  ])
  .describe(
    "Who publishes the source: `tracker` (MERICS); `government` (a ministry, embassy, presidency or other executive body); `legislature` (a parliament, its committees and record); `court`; `gazette` (an official journal or a state's or the UN's treaty or legislation database); `international-organisation`; `state-media` (news organisations owned by a state: Xinhua, People's Daily, CGTN, CRI, China Daily, China News Service, and other countries' state agencies and broadcasters); `news` (independent or private news organisations); `academic` (universities, journals, academic presses); `ngo` (think tanks, NGOs, advocacy groups); `company` (law firms, consultancies); `reference` (encyclopaedias and wikis: never a claim's only source).",
  );

/**
 * An http(s) address in printable ASCII: non-ASCII characters percent-encoded (`%E5%BC%95`, not `引`), as
 * JSON Schema's `format: "uri"` requires, and no dot ending the host (`en.people.cn./`), which the Frictionless
 * library's `uri` format refuses; the pattern also carries these rules into the JSON Schema.
 */
const WEB_ADDRESS =
  /^https?:\/\/[\x21-\x22\x24-\x2e\x30-\x3e\x40-\x7e]*[\x21-\x22\x24-\x2d\x30-\x3e\x40-\x7e](?:[/?#][\x21-\x7e]*)?$/;

/** An http(s) address as the schema accepts it (see WEB_ADDRESS). */
function webAddress() {
  return (
    z
      .url({ protocol: /^https?$/ })
      .regex(
        WEB_ADDRESS,
        'Expected an http or https address in printable ASCII (non-ASCII characters percent-encoded, no dot ending the host)',
      )
      // The regex check displaces the `uri` format in z.toJSONSchema: state it again for the JSON Schema.
      .meta({ format: 'uri' })
  );
}

/** A source cited by records: the tracker itself, or an external page by its address. */
export const SourceSchema = z
  .object({
    id: IdSchema,
    kind: SourceKindSchema,
    title: z.string().min(1).describe('Title of the page or publication (or a short description where it has none).'),
    url: webAddress()
      .optional()
      .describe(
        "Address of the page on its publisher's own site (required for every source but the tracker, unless the text could only be read on a copy: see `readAt`): http or https, non-ASCII characters percent-encoded.",
      ),
    readAt: webAddress()
      .optional()
      .describe(
        "Where the text was read when it could not be reached on its publisher's own site: a copy on another host (a repost or a mirror), given only as the place it was read, never as the source. The source is the publisher and title named here.",
      ),
    publisher: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The publisher, by name (required for every source but the tracker), e.g. "Xinhua", "Ministry of Foreign Affairs of the PRC".',
      ),
    publisherType: PublisherTypeSchema,
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
  .superRefine((source, ctx) => {
    if (source.kind === 'tracker') return;
    if (source.url === undefined && source.readAt === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'an external source needs its address, or where it was read',
      });
    }
    if (source.publisher === undefined) {
      ctx.addIssue({ code: 'custom', path: ['publisher'], message: 'an external source names its publisher' });
    }
  })
  .describe('A source: the tracker or an external page.');

/** Who publishes a source: `'government'`, `'state-media'`, `'news'`, `'gazette'`, ... (see {@link PublisherTypeSchema}). */
export type PublisherType = z.infer<typeof PublisherTypeSchema>;
/** What kind of publication a source is: `'tracker'`, `'official'`, `'news'`, `'reference'`, `'academic'` or `'other'`. */
export type SourceKind = z.infer<typeof SourceKindSchema>;
/** A record of `sources`: the tracker, or an external page by its address. Inferred from {@link SourceSchema}. */
export type Source = DeepReadonly<MutableSource>;
/** Source as a mutable object (what `SourceSchema.parse` returns): for code that builds or edits records. */
export type MutableSource = z.infer<typeof SourceSchema>;
