import { z } from 'zod';
import type { DeepReadonly } from '../lib/freeze.js';
import { statusContradiction } from '../lib/treaty-status.js';
import { CertaintySchema, CitationSchema, CountryCodeSchema, FuzzyDateSchema, IdSchema } from './common.js';

/** China's two sides in the treaty map: the People's Republic (`CN`) and Hong Kong (`HK`). */
export const ChinaSideSchema = z
  .enum(['CN', 'HK'])
  .describe('`CN`: a PRC extradition treaty; `HK`: a Hong Kong surrender-of-fugitive-offenders agreement.');

/** What a dated step in a treaty's life did. */
export const TreatyActionSchema = z
  .enum([
    'initialled',
    'signed',
    'protocol-signed',
    'approved',
    'ratifications-exchanged',
    'entered-into-force',
    'suspension-announced',
    'suspended',
    'ratification-withdrawn',
    'ratification-abandoned',
    'shelved',
  ])
  .describe(
    '`initialled`: the negotiators initialled the agreed text (before signature); `approved`: a legislature or government approved or ratified it on one side; `suspension-announced`: a stated intention before the formal act; `suspended`: a formal suspension by either side; `ratification-withdrawn`/`ratification-abandoned`: a side stopped ratifying; `shelved`: Hong Kong set aside a pending agreement.',
  );

/** Status of a treaty as of the edition (August 2021), in the tracker's legend. */
export const TreatyStatusSchema = z
  .enum(['in-force', 'not-ratified', 'suspended', 'unknown'])
  .describe(
    "Status in August 2021 in the tracker's legend: ratified and in force; not ratified; suspended. `unknown` where the sources do not settle it.",
  );

/** A dated step in a treaty's life, with who took it. */
export const TreatyStepSchema = z
  .object({
    action: TreatyActionSchema,
    date: FuzzyDateSchema,
    by: z
      .object({
        country: CountryCodeSchema.describe('The side that acted (`CN`, `HK` or the counterparty).'),
        body: z.string().min(1).describe('Who acted, e.g. "NPC Standing Committee", "Government of Canada".'),
      })
      .strict()
      .optional()
      .describe('Who took the step; absent for joint acts such as signature or entry into force.'),
    place: z.string().min(1).optional().describe('Where, when the source says (e.g. "Beijing").'),
    sources: z.array(CitationSchema).min(1),
    note: z.string().min(1).optional().describe("A note on the step, in this project's words."),
  })
  .strict()
  .describe('A dated step: signature, approval, entry into force, suspension...');

/** A PRC extradition treaty or a Hong Kong surrender-of-fugitive-offenders agreement. */
export const TreatySchema = z
  .object({
    id: IdSchema.describe('`<side>-<counterparty>`, lower case, e.g. `hk-ca`, `cn-th`.'),
    chinaSide: ChinaSideSchema,
    counterparty: CountryCodeSchema,
    title: z.string().min(1).describe('Name of the agreement (in English).'),
    steps: z
      .array(TreatyStepSchema)
      .describe('Dated steps the sources give, in the order they happened (their dates agree with that order).'),
    status: TreatyStatusSchema.nullable().describe(
      "Status in August 2021 (the tracker edition's month), in the tracker's legend; null for a treaty not yet signed then (its steps begin later). `treatyStatus` answers for any day from the steps.",
    ),
    statusCertainty: CertaintySchema.describe('How far the sources settle `status`.'),
    statusSources: z
      .array(CitationSchema)
      .min(1)
      .describe('Sources for the August 2021 status (for a null status: the sources dating its first step after it).'),
    note: z.string().min(1).optional().describe("A note on the treaty, in this project's words."),
  })
  .strict()
  .superRefine((treaty, ctx) => {
    const why = statusContradiction(treaty.status, treaty.steps);
    if (treaty.status === null && !treaty.steps.some((s) => s.date.value > '2021-08')) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'null (not yet signed in August 2021), but no step after it',
      });
    }
    if (why) ctx.addIssue({ code: 'custom', path: ['status'], message: `status contradicts the steps: ${why}` });
  })
  .describe('A treaty between China or Hong Kong and another country, with its dated steps and August 2021 status.');

/** China's side of a treaty: `'CN'` (the PRC) or `'HK'` (Hong Kong). */
export type ChinaSide = z.infer<typeof ChinaSideSchema>;
/** What a dated step in a treaty's life did: `'signed'`, `'entered-into-force'`, `'suspended'`, ... */
export type TreatyAction = z.infer<typeof TreatyActionSchema>;
/** Status of a treaty in August 2021, in the tracker's legend: `'in-force'`, `'not-ratified'`, `'suspended'` or `'unknown'`. */
export type TreatyStatus = z.infer<typeof TreatyStatusSchema>;
/** A dated step in a treaty's life, with who took it and its sources. */
export type TreatyStep = DeepReadonly<MutableTreatyStep>;
/** TreatyStep as a mutable object (what `TreatyStepSchema.parse` returns): for code that builds or edits records. */
export type MutableTreatyStep = z.infer<typeof TreatyStepSchema>;
/** A record of `treaties`: a PRC extradition treaty or a Hong Kong surrender-of-fugitive-offenders agreement. Inferred from {@link TreatySchema}; its fields are described in the Codebook. */
export type Treaty = DeepReadonly<MutableTreaty>;
/** Treaty as a mutable object (what `TreatySchema.parse` returns): for code that builds or edits records. */
export type MutableTreaty = z.infer<typeof TreatySchema>;
