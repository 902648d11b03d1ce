import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { BasisSchema, CitationSchema, CountryCodeSchema, FuzzyDateSchema, IdSchema } from './common.js';
import { PartnershipLabelSchema } from './partnerships.js';

/** The groups of countries with which China has declared a regional community with a shared future. */
export const CommunityGroupSchema = z
  .enum(['arab-states', 'central-asia', 'latin-america-caribbean', 'africa', 'asean', 'pacific-islands'])
  .describe(
    'The group of a regional community: `arab-states` (the League of Arab States), `central-asia` (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan), `latin-america-caribbean` (CELAC), `africa` (FOCAC), `asean`, `pacific-islands`.',
  );

/** What a dated statement about a community with a shared future did. */
export const CommunityStepSchema = z
  .enum(['proposed', 'agreed', 'deepened', 'action-plan'])
  .describe(
    "`proposed`: one side proposed building it (a leader's words in talks); `agreed`: both sides agreed to build it, in a joint statement or declaration, or announced it together; `deepened`: a later joint statement restated it with a new or stronger name; `action-plan`: the two sides adopted an action plan to build it.",
  );

/**
 * A dated declaration of a "community with a shared future" (命运共同体) between China and one country or a
 * group: a statement about a relationship, recorded apart from the partnership labels (it is none of them,
 * and it can come with an unchanged label).
 */
export const CommunitySchema = z
  .object({
    id: IdSchema.describe(
      '`<country or group>-community-<year>`, e.g. `rs-community-2024`, `arab-states-community-2022`; a second statement of the same party in one year ends `-2`.',
    ),
    country: CountryCodeSchema.optional().describe('The partner of a bilateral community; absent for a regional one.'),
    group: CommunityGroupSchema.optional().describe('The group of a regional community; absent for a bilateral one.'),
    label: PartnershipLabelSchema.describe('The name of the community as the sources state it.'),
    step: CommunityStepSchema,
    date: FuzzyDateSchema.describe('When the statement was made, as precise as the sources say.'),
    basis: BasisSchema.describe('`external` for every record: the tracker records no bilateral or regional community.'),
    sources: z.array(CitationSchema).min(1),
    note: z.string().min(1).optional().describe("A note on the record, in this project's words."),
  })
  .strict()
  .superRefine((record, ctx) => {
    if ((record.country === undefined) === (record.group === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['country'],
        message: 'a community names either its partner country (bilateral) or its group (regional), not both',
      });
    }
  })
  .describe('A dated statement about a community with a shared future between China and a country or a group.');

/** The group of a regional community: `'arab-states'`, `'central-asia'`, ... */
export type CommunityGroup = z.infer<typeof CommunityGroupSchema>;
/** What a statement about a community did: `'proposed'`, `'agreed'`, `'deepened'` or `'action-plan'`. */
export type CommunityStep = z.infer<typeof CommunityStepSchema>;
/** A record of `communities`: a dated statement about a community with a shared future. Inferred from {@link CommunitySchema}; its fields are described in the Codebook. */
export type Community = DeepReadonly<MutableCommunity>;
/** Community as a mutable object (what `CommunitySchema.parse` returns): for code that builds or edits records. */
export type MutableCommunity = z.infer<typeof CommunitySchema>;
