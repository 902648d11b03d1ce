/**
 * Validates every table against its zod schema and the dataset's lint rules, and names the record id
 * and the field of every problem. Run by `npm run build` before bundling (a failure stops the build)
 * and used by the tests on deliberately broken copies.
 */
import { z } from 'zod';
import { AS_OF } from '../src/edition.js';
import { parseCalendarDate, periodEnd, periodStart } from '../src/helpers/dates.js';
import {
  ConflictSchema,
  CountrySchema,
  EventSchema,
  LevelSchema,
  MembershipSchema,
  OutsideFrameworkSchema,
  SourceSchema,
  TierSchema,
  TreatySchema,
  WatchItemSchema,
} from '../src/schemas/index.js';

export interface Tables {
  tiers: readonly unknown[];
  levels: readonly unknown[];
  partnerships: readonly unknown[];
  outsideFramework: readonly unknown[];
  treaties: readonly unknown[];
  events: readonly unknown[];
  watchItems: readonly unknown[];
  conflicts: readonly unknown[];
  sources: readonly unknown[];
  countries: readonly unknown[];
}

const SCHEMAS: Record<keyof Tables, z.ZodType> = {
  tiers: TierSchema,
  levels: LevelSchema,
  partnerships: MembershipSchema,
  outsideFramework: OutsideFrameworkSchema,
  treaties: TreatySchema,
  events: EventSchema,
  watchItems: WatchItemSchema,
  conflicts: ConflictSchema,
  sources: SourceSchema,
  countries: CountrySchema,
};

type Row = Record<string, unknown>;

/** The key that identifies a record in messages: its id, code or country. */
function keyOf(row: unknown, index: number): string {
  const r = (row ?? {}) as Row;
  for (const k of ['id', 'code', 'country']) if (typeof r[k] === 'string') return r[k] as string;
  return `#${index}`;
}

function* walk(value: unknown, path: string[]): Generator<[string[], Row]> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* walk(v, [...path, String(i)]);
  else if (value !== null && typeof value === 'object') {
    yield [path, value as Row];
    for (const [k, v] of Object.entries(value)) yield* walk(v, [...path, k]);
  }
}

const PRECISION: Record<number, string> = { 4: 'year', 7: 'month', 10: 'day' };

/** Every problem found, as `<table>/<record>: <field>: <message>`. Empty when the data is sound. */
export function validateTables(tables: Tables): string[] {
  const problems: string[] = [];
  const report = (table: string, record: string, field: string[] | string, message: string) =>
    problems.push(`${table}/${record}: ${Array.isArray(field) ? field.join('.') || '(record)' : field}: ${message}`);

  // 1. Schemas.
  for (const name of Object.keys(SCHEMAS) as (keyof Tables)[]) {
    const rows = tables[name];
    if (!Array.isArray(rows) || rows.length === 0) {
      report(name, '-', '(table)', 'expected a non-empty array');
      continue;
    }
    rows.forEach((row, i) => {
      const result = SCHEMAS[name].safeParse(row);
      for (const issue of result.error?.issues ?? [])
        report(name, keyOf(row, i), issue.path.map(String), issue.message);
    });
  }
  if (problems.length) return problems;

  const countryCodes = new Set((tables.countries as Row[]).map((c) => c.code as string));
  const sources = tables.sources as Row[];
  const sourceIds = new Set(sources.map((s) => s.id as string));
  const tracker = new Map(
    sources.filter((s) => s.kind === 'tracker').map((s) => [s.id as string, s.sections as string[]]),
  );
  const cited = new Set<string>();
  const recordTables = [
    'tiers',
    'levels',
    'partnerships',
    'outsideFramework',
    'treaties',
    'events',
    'watchItems',
    'conflicts',
  ] as const;

  // 2. Ids unique; no duplicate records.
  for (const name of [...recordTables, 'sources', 'countries'] as const) {
    const seen = new Map<string, number>();
    const bodies = new Set<string>();
    (tables[name] as Row[]).forEach((row, i) => {
      const key = keyOf(row, i);
      if (seen.has(key)) report(name, key, 'id', 'duplicate id');
      seen.set(key, i);
      const { id: _id, ...body } = row;
      const text = JSON.stringify(body);
      if (bodies.has(text)) report(name, key, '(record)', 'duplicate record: same facts as another record');
      bodies.add(text);
    });
  }
  const urls = new Map<string, string>();
  for (const s of sources) {
    if (s.kind === 'tracker') continue;
    const url = s.url as string | undefined;
    if (!url || !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url))
      report('sources', s.id as string, 'url', 'external sources need a well-formed http(s) address');
    else if (urls.has(url)) report('sources', s.id as string, 'url', `same address as ${urls.get(url)}`);
    else urls.set(url, s.id as string);
  }

  // 3. References, citations and dates inside every record.
  for (const name of recordTables) {
    (tables[name] as Row[]).forEach((row, i) => {
      const key = keyOf(row, i);
      for (const [path, obj] of walk(row, [])) {
        const field = path.join('.');
        if (typeof obj.source === 'string') {
          cited.add(obj.source);
          if (!sourceIds.has(obj.source)) report(name, key, `${field}.source`, `unknown source ${obj.source}`);
          else if (tracker.has(obj.source) && !tracker.get(obj.source)!.includes(obj.section as string)) {
            report(name, key, `${field}.section`, 'a citation of the tracker must name one of its sections');
          }
        }
        if (typeof obj.value === 'string' && typeof obj.precision === 'string') {
          if (PRECISION[obj.value.length] !== obj.precision)
            report(name, key, `${field}.precision`, `${obj.precision} does not match ${obj.value}`);
          for (const s of [obj.value, obj.end].filter((x): x is string => typeof x === 'string')) {
            try {
              parseCalendarDate(periodStart({ value: s }), field);
            } catch {
              report(name, key, field, `not a calendar date: ${s}`);
            }
          }
          if (typeof obj.end === 'string' && periodEnd({ value: obj.end }) < periodStart({ value: obj.value }))
            report(name, key, `${field}.end`, 'span ends before it starts');
          const isOutcome = name === 'watchItems' && path[0] === 'outcome';
          const isWindow = name === 'watchItems' && path[0] === 'window';
          if (
            !isOutcome &&
            !isWindow &&
            name !== 'events' &&
            periodStart({ value: obj.value }) > periodEnd({ value: AS_OF })
          ) {
            report(name, key, field, `dated after the edition's as-of date: ${obj.value}`);
          }
        }
      }
      const countries: [string, unknown][] = [];
      if (name === 'partnerships' || name === 'outsideFramework') countries.push(['country', row.country]);
      if (name === 'treaties') {
        countries.push(['counterparty', row.counterparty]);
        (row.steps as Row[]).forEach((s, j) => {
          if (s.by) countries.push([`steps.${j}.by.country`, (s.by as Row).country]);
        });
      }
      if (name === 'events' || name === 'watchItems') {
        ((row.actors as Row).countries as string[]).forEach((c, j) => {
          countries.push([`actors.countries.${j}`, c]);
        });
      }
      for (const [field, code] of countries)
        if (!countryCodes.has(code as string)) report(name, key, field, `unknown country code ${String(code)}`);
    });
  }

  // 4. Treaty steps in order: signed <= in force <= suspended.
  for (const t of tables.treaties as Row[]) {
    const steps = t.steps as { action: string; date: { value: string } }[];
    steps.forEach((s, j) => {
      if (j === 0) return;
      const a = steps[j - 1]!.date.value;
      const n = Math.min(a.length, s.date.value.length);
      if (a.slice(0, n) > s.date.value.slice(0, n))
        report('treaties', t.id as string, `steps.${j}.date`, `out of order: ${s.date.value} after ${a}`);
    });
    const first = (action: string) => steps.find((s) => s.action === action)?.date.value;
    const order = [first('signed'), first('entered-into-force'), first('suspended')].filter((x): x is string => !!x);
    for (let j = 1; j < order.length; j++) {
      const n = Math.min(order[j - 1]!.length, order[j]!.length);
      if (order[j - 1]!.slice(0, n) > order[j]!.slice(0, n))
        report('treaties', t.id as string, 'steps', 'signed, in force and suspended are out of order');
    }
  }

  // 5. Every event is dated, by the sources or at least by the tracker.
  for (const e of tables.events as Row[])
    if (e.date === null && e.trackerDate === null)
      report('events', e.id as string, 'date', 'an event needs a date or a trackerDate');

  // 6. Every source is used.
  for (const s of sources) if (!cited.has(s.id as string)) report('sources', s.id as string, '(record)', 'never cited');
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const data = await import('../src/index.js');
  const problems = validateTables(data as unknown as Tables);
  if (problems.length) {
    console.error(`Data validation failed (${problems.length} problems):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(
    `Data valid: ${Object.entries(data.dataset.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
}
