/** The build's data validation: the real data passes; a broken copy of each table is rejected by id and field. */
import { describe, expect, it } from 'vitest';
import * as data from '../src/index.js';
import { validateTables, type Tables } from '../scripts/validate-data.js';

const real = (): Tables =>
  structuredClone({
    tiers: data.tiers,
    levels: data.levels,
    partnerships: data.partnerships,
    outsideFramework: data.outsideFramework,
    treaties: data.treaties,
    events: data.events,
    watchItems: data.watchItems,
    conflicts: data.conflicts,
    sources: data.sources,
    countries: data.countries,
  }) as unknown as Tables;
type Row = Record<string, any>;

it('the shipped data passes', () => {
  expect(validateTables(real())).toEqual([]);
});

describe('a deliberately broken copy of each table is rejected, naming the record and the field', () => {
  const cases: [keyof Tables, (rows: Row[]) => string, RegExp][] = [
    [
      'tiers',
      (r) => {
        r[0]!.rank = 0;
        return r[0]!.code;
      },
      /^tiers\/1: rank: /,
    ],
    [
      'levels',
      (r) => {
        r[2]!.tracker.count = -1;
        return r[2]!.code;
      },
      /^levels\/2\.2: tracker\.count: /,
    ],
    [
      'partnerships',
      (r) => {
        r[0]!.since = { value: '2019-01-01', precision: 'year' };
        return r[0]!.id;
      },
      /^partnerships\/[a-z0-9-]+: since\.precision: /,
    ],
    [
      'partnerships',
      (r) => {
        r[1]!.country = 'ZZ';
        return r[1]!.id;
      },
      /^partnerships\/[a-z0-9-]+: country: unknown country code ZZ/,
    ],
    [
      'outsideFramework',
      (r) => {
        r[0]!.country = 'kp';
        return r[0]!.country;
      },
      /^outsideFramework\/kp: country: /,
    ],
    [
      'treaties',
      (r) => {
        r[0]!.steps[0].date = { value: '2020-02-30', precision: 'day' };
        return r[0]!.id;
      },
      /^treaties\/hk-[a-z]{2}: steps\.0\.date(\.value)?: /,
    ],
    [
      'treaties',
      (r) => {
        r[0]!.steps.reverse();
        return r[0]!.id;
      },
      /^treaties\/hk-[a-z]{2}: steps(\.\d+\.date)?: /,
    ],
    [
      'events',
      (r) => {
        r[0]!.sources = [{ source: 'no-such-source' }];
        return r[0]!.id;
      },
      /^events\/[a-z0-9-]+: sources\.0\.source: unknown source/,
    ],
    [
      'events',
      (r) => {
        r[3]!.sources = [{ source: 'merics-csrt-3' }];
        return r[3]!.id;
      },
      /^events\/[a-z0-9-]+: sources\.0\.section: /,
    ],
    [
      'watchItems',
      (r) => {
        r[0]!.window.precision = 'month';
        return r[0]!.id;
      },
      /^watchItems\/[a-z0-9-]+: window\.precision: /,
    ],
    [
      'conflicts',
      (r) => {
        r.push({ ...r[0]! });
        return r[0]!.id;
      },
      /^conflicts\/[a-z0-9-]+: id: duplicate id/,
    ],
    [
      'sources',
      (r) => {
        r[1]!.url = 'ftp://example.org/x';
        return r[1]!.id;
      },
      /^sources\/[a-z0-9-]+: url: /,
    ],
    [
      'sources',
      (r) => {
        r.push({ ...r[1]!, id: 'unused-copy', url: 'https://example.org/unused' });
        return 'unused-copy';
      },
      /^sources\/unused-copy: \(record\): never cited/,
    ],
    [
      'countries',
      (r) => {
        r[0]!.alpha3 = 'A';
        return r[0]!.code;
      },
      /^countries\/AD: alpha3: /,
    ],
  ];
  for (const [table, breakIt, message] of cases) {
    it(`${table}: ${message.source}`, () => {
      const tables = real();
      const id = breakIt(tables[table] as Row[]);
      const problems = validateTables(tables);
      expect(problems.length).toBeGreaterThan(0);
      expect(
        problems.some((p) => message.test(p) && p.includes(`${table}/${id}:`)),
        problems.join('\n'),
      ).toBe(true);
    });
  }
  it('rejects a treaty step dated after the edition', () => {
    const tables = real();
    const t = (tables.treaties as Row[]).find((x) => x.id === 'hk-ca')!;
    t.steps.push({
      action: 'entered-into-force',
      date: { value: '2022-01', precision: 'month' },
      sources: t.steps[0].sources,
    });
    expect(validateTables(tables)).toContain(
      `treaties/hk-ca: steps.${t.steps.length - 1}.date: dated after the edition's as-of date: 2022-01`,
    );
  });
});
