/**
 * The tables the build writes as files besides the registry's own: `treaty-steps` (one row per step of a
 * treaty) and the two panels, `partnership-years` and `treaty-years`, derived from the registry's tables;
 * and `FILE_TABLES`, every table written to `data/`, in the order the files list them.
 */
import { z } from 'zod';
import { TABLE_NAMES, type TableName, TABLES } from '../src/registry.js';
import { IdSchema } from '../src/schemas/common.js';
import { TreatyStepSchema } from '../src/schemas/treaties.js';
import { PartnershipYearSchema, TreatyYearSchema } from '../src/schemas/panels.js';
import { ladderIndex } from '../src/lib/indexes.js';
import { partnershipYearRows, trackerFacts, treatyYearRows } from '../src/lib/panels.js';
import { columnsOf } from './columns.js';
import { BUILD_TABLES, type BuildTable, countryRef, type FileTable } from './registry.js';

/** A row of `treaty-steps`: a treaty step with the id of its treaty and its position. */
export const TreatyStepRowSchema = TreatyStepSchema.extend({
  treatyId: IdSchema.describe('Id of the treaty in `treaties`.'),
  seq: z
    .number()
    .int()
    .min(1)
    .describe("Position of the step in the treaty's `steps`, from 1, in the order they happened."),
}).describe('A dated step of a treaty, with the id of its treaty.');

const step = columnsOf(TreatyStepRowSchema);

/** `treaty-steps`: one row per step of a treaty, derived from `treaties` for the files. */
export const TREATY_STEPS: BuildTable = {
  schema: TreatyStepRowSchema,
  title: 'Dated steps of the treaties',
  description:
    'One row per dated step of a treaty (signature, approval, entry into force, suspension...), with the id of its treaty.',
  primaryKey: ['treaty_id', 'seq'],
  foreignKeys: [{ fields: 'treaty_id', reference: { resource: 'treaties', fields: 'id' } }],
  columns: [
    step.field('treaty_id', 'treatyId'),
    step.field('seq', 'seq', 'integer'),
    step.field('action', 'action'),
    ...step.date('date', 'date'),
    step.field('by_country', 'by.country'),
    step.field('by_body', 'by.body'),
    step.field('place', 'place'),
    step.field('note', 'note'),
    step.citations('sources', 'sources'),
  ],
};

const partnershipYear = columnsOf(PartnershipYearSchema);
const treatyYear = columnsOf(TreatyYearSchema);

/** `partnership-years`: the country-year panel (`partnershipYears()`), derived from the tables for the files. */
export const PARTNERSHIP_YEARS: BuildTable = {
  schema: PartnershipYearSchema,
  title: 'Partnerships by country and year',
  description:
    "One row per year for every country with a recorded partnership and every country outside the framework, from the first year any partnership is dated to the year of the last day the data covers, China as side one: where the country stands on 31 December (on the last day covered, for the last year: a level, a partnership off the ladder, none, not known, or outside), the level held and the closest level held during the year, and the tracker's own placement in the edition's year. Coding rules: the Panels guide.",
  primaryKey: ['country', 'year'],
  foreignKeys: [countryRef('country'), { fields: 'record', reference: { resource: 'partnerships', fields: 'id' } }],
  columns: [
    partnershipYear.field('country', 'country'),
    partnershipYear.field('iso3', 'iso3'),
    partnershipYear.field('year', 'year', 'integer'),
    partnershipYear.field('ccode1', 'ccode1', 'integer'),
    partnershipYear.field('ccode2', 'ccode2', 'integer'),
    partnershipYear.field('gwcode1', 'gwcode1', 'integer'),
    partnershipYear.field('gwcode2', 'gwcode2', 'integer'),
    partnershipYear.field('as_of', 'asOf'),
    partnershipYear.field('status', 'status'),
    partnershipYear.field('level', 'level'),
    partnershipYear.field('tier', 'tier'),
    partnershipYear.field('record', 'record'),
    partnershipYear.field('label_en', 'label.en'),
    partnershipYear.field('label_zh', 'label.zh'),
    partnershipYear.field('basis', 'basis'),
    partnershipYear.list('qualifiers', 'qualifiers'),
    partnershipYear.field('base_level', 'baseLevel'),
    partnershipYear.field('highest_level', 'highestLevel'),
    partnershipYear.field('highest_record', 'highestRecord'),
    partnershipYear.field('tracker_level', 'trackerLevel'),
  ],
};

/** `treaty-years`: the treaty-year panel (`treatyYears()`), derived from the tables for the files. */
export const TREATY_YEARS: BuildTable = {
  schema: TreatyYearSchema,
  title: 'Treaties by year',
  description:
    'One row per treaty and year, from its first dated step to the year of the last day the data covers: the status on 31 December (on the last day covered, for the last year) and the step that set it. Coding rules: the Panels guide.',
  primaryKey: ['treaty', 'year'],
  foreignKeys: [{ fields: 'treaty', reference: { resource: 'treaties', fields: 'id' } }, countryRef('counterparty')],
  columns: [
    treatyYear.field('treaty', 'treaty'),
    treatyYear.field('china_side', 'chinaSide'),
    treatyYear.field('counterparty', 'counterparty'),
    treatyYear.field('ccode2', 'ccode2', 'integer'),
    treatyYear.field('year', 'year', 'integer'),
    treatyYear.field('as_of', 'asOf'),
    treatyYear.field('status', 'status'),
    treatyYear.field('step', 'step', 'integer'),
    treatyYear.field('action', 'action'),
  ],
};

/**
 * The tables written as files, in the order the files are listed: the registry's, `treaty-steps` after
 * `treaties`, the two panels last.
 */
export const FILE_TABLES: readonly FileTable[] = [
  ...TABLE_NAMES.flatMap((name) => {
    const table: FileTable = { ...BUILD_TABLES[name], name: TABLES[name].file, exportName: name };
    return name === 'treaties' ? [table, { ...TREATY_STEPS, name: 'treaty-steps', exportName: null }] : [table];
  }),
  { ...PARTNERSHIP_YEARS, name: 'partnership-years', exportName: null },
  { ...TREATY_YEARS, name: 'treaty-years', exportName: null },
];

type Records = Readonly<Record<TableName, readonly unknown[]>>;

/** The rows of a file table, from the records of every table. */
export function fileRows(table: FileTable, records: Records): readonly unknown[] {
  if (table.exportName) return records[table.exportName];
  if (table.name === 'partnership-years') {
    const partnerships = records.partnerships as never;
    return partnershipYearRows(
      ladderIndex(partnerships),
      partnerships,
      records.countries as never,
      trackerFacts(records.levels as never, records.outsideFramework as never),
    );
  }
  if (table.name === 'treaty-years') return treatyYearRows(records.treaties as never, records.countries as never);
  return (records.treaties as readonly { id: string; steps: readonly object[] }[]).flatMap((t) =>
    t.steps.map((s, i) => ({ treatyId: t.id, seq: i + 1, ...s })),
  );
}
