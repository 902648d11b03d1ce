/**
 * The build part of the table registry: for every table of `src/registry.ts`, its zod schema, its title
 * and description in the files, its keys, and the CSV columns its records are flattened into. Typed so
 * that a table of the registry missing here is a type error. Loads zod: build, lint and tests only.
 */
import type { z } from 'zod';
import { EDITION, EDITION_MONTH } from '../src/edition.js';
import type { TableName } from '../src/registry.js';
import { CommunitySchema } from '../src/schemas/communities.js';
import { ConflictSchema } from '../src/schemas/conflicts.js';
import { CountrySchema } from '../src/schemas/countries.js';
import { EventSchema } from '../src/schemas/events.js';
import { LevelSchema } from '../src/schemas/levels.js';
import { OutsideFrameworkSchema } from '../src/schemas/outside-framework.js';
import { MembershipSchema } from '../src/schemas/partnerships.js';
import { SourceSchema } from '../src/schemas/sources.js';
import { TierSchema } from '../src/schemas/tiers.js';
import { TreatySchema } from '../src/schemas/treaties.js';
import { WatchItemSchema } from '../src/schemas/watch-items.js';
import { type Column, columnsOf } from './columns.js';

/** A foreign key of a table, in Frictionless form. */
export interface ForeignKey {
  readonly fields: string;
  readonly reference: { readonly resource: string; readonly fields: string };
}

/** What the build knows of a table besides its records. */
export interface BuildTable {
  /** Schema of one record. */
  readonly schema: z.ZodType;
  /** Title of the file. */
  readonly title: string;
  /** What the file holds, one sentence. */
  readonly description: string;
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly columns: readonly Column[];
}

/** A table written as files (`data/<name>.json`, `.csv`, `schema/<name>.schema.json`). */
export interface FileTable extends BuildTable {
  /** File name without extension, e.g. `watch-items`. */
  readonly name: string;
  /** Export name of the table in the package, or `null` for a table derived for the files (`treaty-steps`). */
  readonly exportName: TableName | null;
}

/** A foreign key to the countries table. */
export const countryRef = (fields: string): ForeignKey => ({
  fields,
  reference: { resource: 'countries', fields: 'code' },
});

const tier = columnsOf(TierSchema);
const level = columnsOf(LevelSchema);
const membership = columnsOf(MembershipSchema);
const community = columnsOf(CommunitySchema);
const outside = columnsOf(OutsideFrameworkSchema);
const treaty = columnsOf(TreatySchema);
const event = columnsOf(EventSchema);
const watch = columnsOf(WatchItemSchema);
const conflict = columnsOf(ConflictSchema);
const source = columnsOf(SourceSchema);
const country = columnsOf(CountrySchema);

/** The build part of every table of the registry. */
export const BUILD_TABLES = {
  tiers: {
    schema: TierSchema,
    title: 'Tiers of the partnership hierarchy',
    description: "The five tiers of China's partnership hierarchy (tracker Exhibit 1), closest first.",
    primaryKey: ['code'],
    foreignKeys: [],
    columns: [
      tier.field('code', 'code'),
      tier.field('rank', 'rank', 'integer'),
      tier.field('name_en', 'nameEn'),
      tier.field('name_zh', 'nameZh'),
      tier.field('description', 'description'),
      tier.list('levels', 'levels'),
      tier.citations('sources', 'sources'),
    ],
  },
  levels: {
    schema: LevelSchema,
    title: 'Levels of the partnership hierarchy',
    description:
      "The sixteen levels of China's partnership hierarchy (tracker Exhibit 1), closest first, with what the tracker reports of their membership.",
    primaryKey: ['code'],
    foreignKeys: [{ fields: 'tier', reference: { resource: 'tiers', fields: 'code' } }],
    columns: [
      level.field('code', 'code'),
      level.field('tier', 'tier'),
      level.field('rank', 'rank', 'integer'),
      level.field('name_en', 'nameEn'),
      level.field('name_zh', 'nameZh'),
      level.field('description', 'description'),
      level.field('tracker_count', 'tracker.count', 'integer'),
      level.field('tracker_count_stated', 'tracker.countStated', 'boolean'),
      level.list('tracker_named', 'tracker.named'),
      level.field('tracker_remark', 'tracker.remark'),
      level.citations('sources', 'sources'),
    ],
  },
  partnerships: {
    schema: MembershipSchema,
    title: 'Countries on the partnership ladder',
    description:
      'One record per country and level held, from the date it was reached; basis says whether the tracker or only other sources place the country there.',
    primaryKey: ['id'],
    foreignKeys: [countryRef('country'), { fields: 'level', reference: { resource: 'levels', fields: 'code' } }],
    columns: [
      membership.field('id', 'id'),
      membership.field('country', 'country'),
      membership.field('level', 'level'),
      membership.field('label_en', 'label.en'),
      membership.field('label_zh', 'label.zh'),
      ...membership.date('since', 'since'),
      membership.field('placement', 'placement'),
      membership.list('qualifiers', 'qualifiers'),
      membership.field('base_level', 'baseLevel'),
      membership.field('basis', 'basis'),
      membership.field('prior_history', 'priorHistory'),
      membership.field('note', 'note'),
      membership.citations('sources', 'sources'),
    ],
  },
  communities: {
    schema: CommunitySchema,
    title: 'Communities with a shared future',
    description:
      'Dated statements in which China and a country (country) or a group of countries (group) proposed, agreed, deepened or planned a community with a shared future (命运共同体): not partnership labels, recorded apart.',
    primaryKey: ['id'],
    foreignKeys: [countryRef('country')],
    columns: [
      community.field('id', 'id'),
      community.field('country', 'country'),
      community.field('group', 'group'),
      community.field('label_en', 'label.en'),
      community.field('label_zh', 'label.zh'),
      community.field('step', 'step'),
      ...community.date('date', 'date'),
      community.field('basis', 'basis'),
      community.field('note', 'note'),
      community.citations('sources', 'sources'),
    ],
  },
  outsideFramework: {
    schema: OutsideFrameworkSchema,
    title: 'Countries outside the partnership framework',
    description: "North Korea, China's only treaty ally, which the tracker places outside the ladder.",
    primaryKey: ['country'],
    foreignKeys: [countryRef('country')],
    columns: [
      outside.field('country', 'country'),
      outside.field('reason', 'reason'),
      outside.field('basis', 'basis'),
      outside.citations('sources', 'sources'),
    ],
  },
  treaties: {
    schema: TreatySchema,
    title: 'Extradition treaties of the PRC and Hong Kong',
    description: `PRC extradition treaties (china_side CN) and Hong Kong surrender-of-fugitive-offenders agreements (HK), with their status in ${EDITION_MONTH}; their dated steps are in treaty-steps.`,
    primaryKey: ['id'],
    foreignKeys: [countryRef('counterparty')],
    columns: [
      treaty.field('id', 'id'),
      treaty.field('china_side', 'chinaSide'),
      treaty.field('counterparty', 'counterparty'),
      treaty.field('title', 'title'),
      treaty.field('status', 'status'),
      treaty.field('status_certainty', 'statusCertainty'),
      treaty.citations('status_sources', 'statusSources'),
      treaty.computed(
        'step_count',
        'integer',
        'Number of dated steps (rows in treaty-steps).',
        (r: { steps: unknown[] }) => r.steps.length,
      ),
      treaty.field('note', 'note'),
    ],
  },
  events: {
    schema: EventSchema,
    title: 'Dated events',
    description: "Every dated event the tracker reports, with the tracker's date and the date the sources give.",
    primaryKey: ['id'],
    foreignKeys: [],
    columns: [
      event.field('id', 'id'),
      event.field('title', 'title'),
      event.field('summary', 'summary'),
      event.list('sections', 'sections'),
      ...event.date('tracker_date', 'trackerDate'),
      event.field('tracker_date_text', 'trackerDateText'),
      ...event.date('date', 'date'),
      event.moments('moments', 'moments'),
      ...event.actors('actor', 'actors'),
      event.field('discrepancy', 'discrepancy'),
      event.citations('sources', 'sources'),
    ],
  },
  watchItems: {
    schema: WatchItemSchema,
    title: 'What to watch, and what happened',
    description: "The tracker's five items to watch in the months ahead, each with its outcome.",
    primaryKey: ['id'],
    foreignKeys: [],
    columns: [
      watch.field('id', 'id'),
      watch.field('order', 'order', 'integer'),
      watch.field('title', 'title'),
      ...watch.date('window', 'window'),
      watch.field('window_text', 'windowText'),
      watch.field('description', 'description'),
      ...watch.actors('actor', 'actors'),
      watch.list('related_events', 'relatedEvents'),
      watch.field('outcome_verdict', 'outcome.verdict'),
      watch.field('outcome_summary', 'outcome.summary'),
      ...watch.date('outcome_date', 'outcome.date'),
      watch.moments('outcome_moments', 'outcome.moments'),
      watch.field('outcome_unverified', 'outcome.unverified'),
      watch.citations('outcome_sources', 'outcome.sources'),
      watch.citations('sources', 'sources'),
    ],
  },
  conflicts: {
    schema: ConflictSchema,
    title: 'Disagreements between sources',
    description:
      "Where sources disagree (the tracker and others, or other sources among themselves): the record concerned keeps the dataset's answer, and the other reading is kept here.",
    primaryKey: ['id'],
    foreignKeys: [countryRef('country')],
    columns: [
      conflict.field('id', 'id'),
      conflict.field('table', 'table'),
      conflict.field('record', 'record'),
      conflict.field('field', 'field'),
      conflict.field('country', 'country'),
      conflict.field('answer_value', 'answer.value'),
      conflict.field('answer_basis', 'answer.basis'),
      conflict.citations('answer_sources', 'answer.sources'),
      conflict.field('other_value', 'other.value'),
      conflict.citations('other_sources', 'other.sources'),
      conflict.field('note', 'note'),
    ],
  },
  sources: {
    schema: SourceSchema,
    title: 'Sources',
    description: `Every source a record cites: the MERICS tracker (${EDITION.sourceId}) first, then external sources by address.`,
    primaryKey: ['id'],
    foreignKeys: [],
    columns: [
      source.field('id', 'id'),
      source.field('kind', 'kind'),
      source.field('title', 'title'),
      source.url('url', 'url'),
      source.url('read_at', 'readAt'),
      source.field('publisher', 'publisher'),
      source.field('publisher_type', 'publisherType'),
      source.field('published', 'published'),
      source.field('language', 'language'),
      source.list('sections', 'sections'),
      source.field('reliability', 'reliability'),
      source.field('consulted', 'consulted'),
      source.field('excerpts_checked', 'excerptsChecked', 'boolean'),
      source.field('access_note', 'accessNote'),
    ],
  },
  countries: {
    schema: CountrySchema,
    title: 'Countries and territories',
    description:
      'ISO 3166-1 countries and territories with English and Chinese names and aliases (from i18n-iso-countries), official names (ISO 3166-1, UN terminology), Chinese names in traditional characters as Hong Kong and Taiwan write them (Unicode CLDR, OpenCC), and the state codes researchers merge on: Correlates of War, Gleditsch & Ward, V-Dem, UN M49, World Bank (from the countrycode R package; see reference/README.md in the repository).',
    primaryKey: ['code'],
    foreignKeys: [],
    columns: [
      country.field('code', 'code'),
      country.field('alpha3', 'alpha3'),
      country.field('name', 'name'),
      country.field('official_name', 'officialName'),
      country.list('aliases', 'aliases'),
      country.field('name_zh', 'nameZh'),
      country.field('official_name_zh', 'officialNameZh'),
      country.field('name_zh_hk', 'nameZhHk'),
      country.field('name_zh_tw', 'nameZhTw'),
      country.list('aliases_zh', 'aliasesZh'),
      country.field('cow_code', 'cowCode', 'integer'),
      country.field('cow_abbr', 'cowAbbr'),
      country.field('gw_code', 'gwCode', 'integer'),
      country.field('gw_abbr', 'gwAbbr'),
      country.field('vdem_id', 'vdemId', 'integer'),
      country.field('m49', 'm49', 'integer'),
      country.field('wb_code', 'wbCode'),
    ],
  },
} as const satisfies Record<TableName, BuildTable>;
