/**
 * The tables as files: which rows each file holds, and how the nested records are flattened into CSV
 * columns. Shared by `scripts/build-files.ts` (which writes `data/`) and the CLI's `export` command, so
 * both write the same bytes. Loads no zod.
 *
 * @internal
 */
import type { DeepReadonly } from '../freeze.js';
import type { Actors, Citation, FuzzyDate } from '../schemas/common.js';
import type { DatedMoment } from '../schemas/events.js';
import type { TreatyStep } from '../schemas/treaties.js';
import { conflicts } from '../tables/conflicts.js';
import { countries } from '../tables/countries.js';
import { events } from '../tables/events.js';
import { levels, tiers } from '../tables/hierarchy.js';
import { outsideFramework, partnerships } from '../tables/partnerships.js';
import { sources } from '../tables/sources.js';
import { treaties } from '../tables/treaties.js';
import { watchItems } from '../tables/watch-items.js';

/** Separator of list items inside one CSV cell. */
export const LIST_SEPARATOR = '|';

/** A CSV cell value: `null` and `undefined` are written as an empty cell. */
export type Cell = string | number | boolean | null | undefined;

/** One CSV column. */
export interface Column {
  /** Column name (snake_case). */
  readonly name: string;
  /** Frictionless field type. */
  readonly type: 'string' | 'integer' | 'boolean';
  /** Frictionless field format, where one applies (`uri`). */
  readonly format?: 'uri';
  /** What the column holds, one line. */
  readonly description: string;
  /** The cell of a row. */
  readonly get: (row: never) => Cell;
}

/** A foreign key of a table, in Frictionless form. */
export interface ForeignKey {
  readonly fields: string;
  readonly reference: { readonly resource: string; readonly fields: string };
}

/** One table written to `data/<name>.json` and `data/<name>.csv`. */
export interface FileTable {
  /** File name without extension, e.g. `watch-items`. */
  readonly name: string;
  /** Export name in the package (`watchItems`), or `null` for a table derived for the files (`treaty-steps`). */
  readonly exportName: string | null;
  readonly title: string;
  readonly description: string;
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  /** The records, as the JSON file holds them. */
  readonly rows: () => readonly unknown[];
  readonly columns: readonly Column[];
}

type Getter<R> = (row: DeepReadonly<R>) => Cell;

function col<R>(name: string, description: string, get: Getter<R>, type: Column['type'] = 'string'): Column {
  return { name, type, description, get: get as Column['get'] };
}

/** A list of strings as one cell; an empty list is an empty cell. */
function list(items: readonly string[] | undefined): string {
  if (!items) return '';
  for (const item of items) {
    if (item.includes(LIST_SEPARATOR)) {
      throw new Error(
        `list item contains the list separator ${JSON.stringify(LIST_SEPARATOR)}: ${JSON.stringify(item)}`,
      );
    }
  }
  return items.join(LIST_SEPARATOR);
}

/** Citations as a list of source ids; a citation of the tracker as `<id>#<section>`. */
function citationList(citations: readonly DeepReadonly<Citation>[] | undefined): string {
  return list(citations?.map((c) => (c.section ? `${c.source}#${c.section}` : c.source)));
}

/** A date or span as text: `2021-06-28`, or `2021-09/2021-10` for a span. */
function dateText(date: DeepReadonly<FuzzyDate> | null | undefined): string {
  if (!date) return '';
  return date.end ? `${date.value}/${date.end}` : date.value;
}

function momentList(moments: readonly DeepReadonly<DatedMoment>[] | undefined): string {
  return list(moments?.map((m) => `${dateText(m.date)}: ${m.label}`));
}

/** The five columns of a FuzzyDate: `<prefix>`, `<prefix>_precision`, `_end`, `_derived`, `_uncertain`. */
function dateColumns<R>(
  prefix: string,
  what: string,
  get: (row: DeepReadonly<R>) => DeepReadonly<FuzzyDate> | null | undefined,
): Column[] {
  return [
    col<R>(
      prefix,
      `${what}: YYYY, YYYY-MM or YYYY-MM-DD, only as precise as the sources (first day of a span)`,
      (r) => get(r)?.value,
    ),
    col<R>(`${prefix}_precision`, `Precision of ${prefix}: year, month or day`, (r) => get(r)?.precision),
    col<R>(`${prefix}_end`, `Inclusive last date of a span, when ${prefix} is a span`, (r) => get(r)?.end),
    col<R>(
      `${prefix}_derived`,
      `How ${prefix} was worked out, when no source states it in those words`,
      (r) => get(r)?.derived,
    ),
    col<R>(`${prefix}_uncertain`, `true when the sources do not settle ${prefix}`, (r) => get(r)?.uncertain, 'boolean'),
  ];
}

function actorColumns<R>(get: (row: DeepReadonly<R>) => DeepReadonly<Actors>, prefix = 'actor'): Column[] {
  return [
    col<R>(
      `${prefix}_countries`,
      'Countries taking part, ISO 3166-1 alpha-2 (CN China, HK Hong Kong), |-separated',
      (r) => list(get(r).countries),
    ),
    col<R>(`${prefix}_organisations`, 'Organisations and bodies taking part, |-separated', (r) =>
      list(get(r).organisations),
    ),
    col<R>(`${prefix}_people`, 'People taking part, |-separated', (r) => list(get(r).people)),
  ];
}

const SOURCES_DESCRIPTION =
  'Cited sources: ids in sources.csv, |-separated; a citation of the tracker as merics-csrt-3#<section>';
const MOMENTS_DESCRIPTION =
  'Further dated moments, |-separated, each as "<date>: <what happened>" (a span as <first>/<last>)';

type TierRow = (typeof tiers)[number];
type LevelRow = (typeof levels)[number];
type MembershipRow = (typeof partnerships)[number];
type OutsideRow = (typeof outsideFramework)[number];
type TreatyRow = (typeof treaties)[number];
type EventRow = (typeof events)[number];
type WatchRow = (typeof watchItems)[number];
type ConflictRow = (typeof conflicts)[number];
type SourceRow = (typeof sources)[number];
type CountryRow = (typeof countries)[number];

/** A treaty step with the id of its treaty and its position: one row of `treaty-steps`. */
export type TreatyStepRow = DeepReadonly<TreatyStep> & { readonly treatyId: string; readonly seq: number };

/** Every step of every treaty, in treaty order, then step order (`seq` from 1). */
export function treatyStepRows(): TreatyStepRow[] {
  return treaties.flatMap((t) => t.steps.map((step, i) => ({ treatyId: t.id, seq: i + 1, ...step })));
}

const countryRef = (fields: string): ForeignKey => ({ fields, reference: { resource: 'countries', fields: 'code' } });

/** The tables written as files, in the order the files are listed. */
export const FILE_TABLES: readonly FileTable[] = [
  {
    name: 'tiers',
    exportName: 'tiers',
    title: 'Tiers of the partnership hierarchy',
    description: "The five tiers of China's partnership hierarchy (tracker Exhibit 1), closest first.",
    primaryKey: ['code'],
    foreignKeys: [],
    rows: () => tiers,
    columns: [
      col<TierRow>('code', 'Tier code, 1 (closest) to 5', (r) => r.code),
      col<TierRow>('rank', 'Closeness rank, 1 = closest', (r) => r.rank, 'integer'),
      col<TierRow>('name_en', 'English name as the tracker gives it', (r) => r.nameEn),
      col<TierRow>('name_zh', 'Chinese name', (r) => r.nameZh),
      col<TierRow>('description', "What the tier means, in this project's words", (r) => r.description),
      col<TierRow>('levels', 'Codes of the levels in the tier, closest first, |-separated', (r) => list(r.levels)),
      col<TierRow>('sources', SOURCES_DESCRIPTION, (r) => citationList(r.sources)),
    ],
  },
  {
    name: 'levels',
    exportName: 'levels',
    title: 'Levels of the partnership hierarchy',
    description:
      "The sixteen levels of China's partnership hierarchy (tracker Exhibit 1), closest first, with what the tracker reports of their membership.",
    primaryKey: ['code'],
    foreignKeys: [{ fields: 'tier', reference: { resource: 'tiers', fields: 'code' } }],
    rows: () => levels,
    columns: [
      col<LevelRow>('code', 'Level code, 1.1 (closest) to 5.1', (r) => r.code),
      col<LevelRow>('tier', "Code of the level's tier", (r) => r.tier),
      col<LevelRow>('rank', 'Closeness rank among all levels, 1 = closest', (r) => r.rank, 'integer'),
      col<LevelRow>('name_en', 'English name as the tracker gives it', (r) => r.nameEn),
      col<LevelRow>('name_zh', 'Chinese name', (r) => r.nameZh),
      col<LevelRow>('description', "What the level means, in this project's words", (r) => r.description),
      col<LevelRow>(
        'tracker_count',
        'How many countries the tracker puts on the level',
        (r) => r.tracker.count,
        'integer',
      ),
      col<LevelRow>(
        'tracker_count_stated',
        'true when the tracker states the number; false when it is the number of countries it names',
        (r) => r.tracker.countStated,
        'boolean',
      ),
      col<LevelRow>('tracker_named', 'Countries the tracker names on the level, ISO alpha-2, |-separated', (r) =>
        list(r.tracker.named),
      ),
      col<LevelRow>('tracker_remark', 'What else the tracker says of the membership', (r) => r.tracker.remark),
      col<LevelRow>('sources', SOURCES_DESCRIPTION, (r) => citationList(r.sources)),
    ],
  },
  {
    name: 'partnerships',
    exportName: 'partnerships',
    title: 'Countries on the partnership ladder',
    description:
      'One record per country and level held, from the date it was reached; basis says whether the tracker or only other sources place the country there.',
    primaryKey: ['id'],
    foreignKeys: [countryRef('country'), { fields: 'level', reference: { resource: 'levels', fields: 'code' } }],
    rows: () => partnerships,
    columns: [
      col<MembershipRow>('id', 'Record id, <country>-<level>-<year>', (r) => r.id),
      col<MembershipRow>('country', 'Country, ISO 3166-1 alpha-2', (r) => r.country),
      col<MembershipRow>(
        'level',
        'Level code; empty for a partnership type that is none of the 16 levels',
        (r) => r.level,
      ),
      col<MembershipRow>(
        'label_en',
        'Official English name of the partnership, where a source gives one',
        (r) => r.label?.en,
      ),
      col<MembershipRow>(
        'label_zh',
        'Official Chinese name of the partnership, where a source gives one',
        (r) => r.label?.zh,
      ),
      ...dateColumns<MembershipRow>(
        'since',
        'When the country reached the level; empty when no source dates it',
        (r) => r.since,
      ),
      col<MembershipRow>(
        'basis',
        'tracker: the tracker names the country on this level; external: only other sources place it',
        (r) => r.basis,
      ),
      col<MembershipRow>('note', 'Note', (r) => r.note),
      col<MembershipRow>('sources', SOURCES_DESCRIPTION, (r) => citationList(r.sources)),
    ],
  },
  {
    name: 'outside-framework',
    exportName: 'outsideFramework',
    title: 'Countries outside the partnership framework',
    description: "North Korea, China's only treaty ally, which the tracker places outside the ladder.",
    primaryKey: ['country'],
    foreignKeys: [countryRef('country')],
    rows: () => outsideFramework,
    columns: [
      col<OutsideRow>('country', 'Country, ISO 3166-1 alpha-2', (r) => r.country),
      col<OutsideRow>('reason', "Why the country is outside the framework, in this project's words", (r) => r.reason),
      col<OutsideRow>('basis', 'tracker or external', (r) => r.basis),
      col<OutsideRow>('sources', SOURCES_DESCRIPTION, (r) => citationList(r.sources)),
    ],
  },
  {
    name: 'treaties',
    exportName: 'treaties',
    title: 'Extradition treaties of the PRC and Hong Kong',
    description:
      'PRC extradition treaties (china_side CN) and Hong Kong surrender-of-fugitive-offenders agreements (HK), with their status in August 2021; their dated steps are in treaty-steps.',
    primaryKey: ['id'],
    foreignKeys: [countryRef('counterparty')],
    rows: () => treaties,
    columns: [
      col<TreatyRow>('id', 'Record id, <side>-<counterparty>, e.g. hk-ca', (r) => r.id),
      col<TreatyRow>(
        'china_side',
        'CN: a PRC extradition treaty; HK: a Hong Kong surrender-of-fugitive-offenders agreement',
        (r) => r.chinaSide,
      ),
      col<TreatyRow>('counterparty', 'The other country, ISO 3166-1 alpha-2', (r) => r.counterparty),
      col<TreatyRow>('title', 'Name of the agreement, in English', (r) => r.title),
      col<TreatyRow>('status', 'Status in August 2021: in-force, not-ratified, suspended or unknown', (r) => r.status),
      col<TreatyRow>(
        'status_certainty',
        'How far the sources settle the status: confirmed, uncertain or disputed',
        (r) => r.statusCertainty,
      ),
      col<TreatyRow>('status_sources', `Sources of the status. ${SOURCES_DESCRIPTION}`, (r) =>
        citationList(r.statusSources),
      ),
      col<TreatyRow>('step_count', 'Number of dated steps (rows in treaty-steps)', (r) => r.steps.length, 'integer'),
      col<TreatyRow>('note', 'Note', (r) => r.note),
    ],
  },
  {
    name: 'treaty-steps',
    exportName: null,
    title: 'Dated steps of the treaties',
    description:
      'One row per dated step of a treaty (signature, approval, entry into force, suspension...), with the id of its treaty.',
    primaryKey: ['treaty_id', 'seq'],
    foreignKeys: [{ fields: 'treaty_id', reference: { resource: 'treaties', fields: 'id' } }],
    rows: treatyStepRows,
    columns: [
      col<TreatyStepRow>('treaty_id', 'Id of the treaty in treaties', (r) => r.treatyId),
      col<TreatyStepRow>(
        'seq',
        "Position of the step in the treaty's steps, from 1, in date order",
        (r) => r.seq,
        'integer',
      ),
      col<TreatyStepRow>(
        'action',
        'What the step did: signed, protocol-signed, approved, ratifications-exchanged, entered-into-force, suspension-announced, suspended, ratification-withdrawn, ratification-abandoned or shelved',
        (r) => r.action,
      ),
      ...dateColumns<TreatyStepRow>('date', 'Date of the step', (r) => r.date),
      col<TreatyStepRow>(
        'by_country',
        'The side that acted (CN, HK or the counterparty); empty for a joint act',
        (r) => r.by?.country,
      ),
      col<TreatyStepRow>('by_body', 'Who acted, e.g. NPC Standing Committee; empty for a joint act', (r) => r.by?.body),
      col<TreatyStepRow>('place', 'Where, when the source says', (r) => r.place),
      col<TreatyStepRow>('note', 'Note', (r) => r.note),
      col<TreatyStepRow>('sources', SOURCES_DESCRIPTION, (r) => citationList(r.sources)),
    ],
  },
  {
    name: 'events',
    exportName: 'events',
    title: 'Dated events',
    description: "Every dated event the tracker reports, with the tracker's date and the date the sources give.",
    primaryKey: ['id'],
    foreignKeys: [],
    rows: () => events,
    columns: [
      col<EventRow>('id', 'Record id', (r) => r.id),
      col<EventRow>('title', "Short title, in this project's words", (r) => r.title),
      col<EventRow>('summary', "One or two sentences, in this project's words", (r) => r.summary),
      col<EventRow>('sections', 'Tracker sections that report the event, |-separated', (r) => list(r.sections)),
      ...dateColumns<EventRow>(
        'tracker_date',
        'The date as the tracker gives it; empty when it gives none',
        (r) => r.trackerDate,
      ),
      col<EventRow>('tracker_date_text', "The tracker's own wording of the date", (r) => r.trackerDateText),
      ...dateColumns<EventRow>('date', 'The date the external sources give; empty when none does', (r) => r.date),
      col<EventRow>('moments', MOMENTS_DESCRIPTION, (r) => momentList(r.moments)),
      ...actorColumns<EventRow>((r) => r.actors),
      col<EventRow>(
        'discrepancy',
        'Where the tracker and the sources disagree (see also conflicts)',
        (r) => r.discrepancy,
      ),
      col<EventRow>('sources', SOURCES_DESCRIPTION, (r) => citationList(r.sources)),
    ],
  },
  {
    name: 'watch-items',
    exportName: 'watchItems',
    title: 'What to watch, and what happened',
    description: "The tracker's five items to watch in the months ahead, each with its outcome.",
    primaryKey: ['id'],
    foreignKeys: [],
    rows: () => watchItems,
    columns: [
      col<WatchRow>('id', 'Record id', (r) => r.id),
      col<WatchRow>('order', "Position in the tracker's list", (r) => r.order, 'integer'),
      col<WatchRow>('title', "Short title, in this project's words", (r) => r.title),
      ...dateColumns<WatchRow>('window', 'When the tracker said to watch', (r) => r.window),
      col<WatchRow>('window_text', "The tracker's wording of the window", (r) => r.windowText),
      col<WatchRow>('description', "What the tracker said to watch, in this project's words", (r) => r.description),
      ...actorColumns<WatchRow>((r) => r.actors),
      col<WatchRow>('related_events', 'Ids of related events, |-separated', (r) => list(r.relatedEvents)),
      col<WatchRow>(
        'outcome_verdict',
        'How the outcome compares with what the tracker expected: as-expected, partly, not-as-expected or later-than-expected',
        (r) => r.outcome.verdict,
      ),
      col<WatchRow>('outcome_summary', "What happened, in this project's words", (r) => r.outcome.summary),
      ...dateColumns<WatchRow>('outcome_date', 'Main date of the outcome', (r) => r.outcome.date),
      col<WatchRow>(
        'outcome_moments',
        MOMENTS_DESCRIPTION.replace('Further dated moments', 'Further dated moments of the outcome'),
        (r) => momentList(r.outcome.moments),
      ),
      col<WatchRow>('outcome_unverified', 'What the sources found do not settle', (r) => r.outcome.unverified),
      col<WatchRow>('outcome_sources', `Sources of the outcome. ${SOURCES_DESCRIPTION}`, (r) =>
        citationList(r.outcome.sources),
      ),
      col<WatchRow>('sources', `Where the tracker says it. ${SOURCES_DESCRIPTION}`, (r) => citationList(r.sources)),
    ],
  },
  {
    name: 'conflicts',
    exportName: 'conflicts',
    title: 'Disagreements between the tracker and other sources',
    description:
      'Where the tracker and other sources disagree: the dataset answers with the tracker, and the other reading is kept here.',
    primaryKey: ['id'],
    foreignKeys: [countryRef('country')],
    rows: () => conflicts,
    columns: [
      col<ConflictRow>('id', 'Record id', (r) => r.id),
      col<ConflictRow>(
        'table',
        'Table of the record concerned (levels, partnerships, treaties, events or watchItems)',
        (r) => r.table,
      ),
      col<ConflictRow>('record', 'Id (or level code) of the record concerned', (r) => r.record),
      col<ConflictRow>('field', 'The field or fact in dispute', (r) => r.field),
      col<ConflictRow>('country', 'Country concerned, ISO 3166-1 alpha-2, where there is one', (r) => r.country),
      col<ConflictRow>('tracker_value', "What the tracker says (the dataset's answer)", (r) => r.tracker.value),
      col<ConflictRow>('tracker_sources', SOURCES_DESCRIPTION, (r) => citationList(r.tracker.sources)),
      col<ConflictRow>('other_value', 'What other sources say', (r) => r.other.value),
      col<ConflictRow>('other_sources', SOURCES_DESCRIPTION, (r) => citationList(r.other.sources)),
      col<ConflictRow>('note', "How the two may be reconciled, in this project's words", (r) => r.note),
    ],
  },
  {
    name: 'sources',
    exportName: 'sources',
    title: 'Sources',
    description:
      'Every source a record cites: the MERICS tracker (merics-csrt-3) first, then external sources by address.',
    primaryKey: ['id'],
    foreignKeys: [],
    rows: () => sources,
    columns: [
      col<SourceRow>('id', 'Source id, as cited in the sources columns of the other tables', (r) => r.id),
      col<SourceRow>('kind', 'tracker, official, news, reference, academic or other', (r) => r.kind),
      col<SourceRow>('title', 'Title of the page or publication (or a short description)', (r) => r.title),
      {
        ...col<SourceRow>(
          'url',
          'Address of the page as the research recorded it (empty for the tracker)',
          (r) => r.url,
        ),
        format: 'uri',
      },
      col<SourceRow>('publisher', 'Publisher or site', (r) => r.publisher),
      col<SourceRow>('date', 'Publication date, as precise as known (YYYY, YYYY-MM or YYYY-MM-DD)', (r) => r.date),
      col<SourceRow>('language', 'BCP 47 language of the source, e.g. en, zh-Hant', (r) => r.language),
      col<SourceRow>('sections', 'For the tracker: its sections, |-separated', (r) => list(r.sections)),
      col<SourceRow>(
        'reliability',
        'weak: machine-translated, garbled or low-quality; empty otherwise',
        (r) => r.reliability,
      ),
      col<SourceRow>('access_note', 'How the source was read', (r) => r.accessNote),
    ],
  },
  {
    name: 'countries',
    exportName: 'countries',
    title: 'Countries and territories',
    description:
      'ISO 3166-1 countries and territories with English and Chinese names and aliases (from i18n-iso-countries).',
    primaryKey: ['code'],
    foreignKeys: [],
    rows: () => countries,
    columns: [
      col<CountryRow>('code', 'ISO 3166-1 alpha-2 code', (r) => r.code),
      col<CountryRow>('alpha3', 'ISO 3166-1 alpha-3 code', (r) => r.alpha3),
      col<CountryRow>('name', 'Short English name used by the dataset', (r) => r.name),
      col<CountryRow>('aliases', 'Other English names and spellings that resolve to the country, |-separated', (r) =>
        list(r.aliases),
      ),
      col<CountryRow>('name_zh', 'Chinese (simplified) name', (r) => r.nameZh),
      col<CountryRow>('aliases_zh', 'Other Chinese names that resolve to the country, |-separated', (r) =>
        list(r.aliasesZh),
      ),
    ],
  },
];

/** Names of the file tables, for messages. */
export const FILE_TABLE_NAMES: readonly string[] = FILE_TABLES.map((t) => t.name);

/** The file table of that name, or `undefined`. */
export function fileTable(name: string): FileTable | undefined {
  return FILE_TABLES.find((t) => t.name === name);
}

/**
 * The data the fingerprint covers: every exported table, keyed by its export name. Not the `dataset`
 * record (which holds the fingerprint), not the derived `treaty-steps` file.
 */
export function fingerprintInput(): Record<string, readonly unknown[]> {
  const out: Record<string, readonly unknown[]> = {};
  for (const t of FILE_TABLES) if (t.exportName) out[t.exportName] = t.rows();
  return out;
}
