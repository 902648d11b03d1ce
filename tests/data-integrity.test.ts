import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as data from '../src/index.js';
import {
  ConflictSchema,
  CountrySchema,
  DatasetSchema,
  EventSchema,
  LevelSchema,
  MembershipSchema,
  OutsideFrameworkSchema,
  SourceSchema,
  TierSchema,
  TreatySchema,
  WatchItemSchema,
} from '../src/schemas/index.js';
import { citations, fuzzyDates } from './walk.js';

const tables = {
  tiers: [data.tiers, TierSchema],
  levels: [data.levels, LevelSchema],
  partnerships: [data.partnerships, MembershipSchema],
  outsideFramework: [data.outsideFramework, OutsideFrameworkSchema],
  treaties: [data.treaties, TreatySchema],
  events: [data.events, EventSchema],
  watchItems: [data.watchItems, WatchItemSchema],
  conflicts: [data.conflicts, ConflictSchema],
  sources: [data.sources, SourceSchema],
  countries: [data.countries, CountrySchema],
} as const;

const countryCodes = new Set(data.countries.map((c) => c.code));
const sourceIds = new Set(data.sources.map((s) => s.id));
const trackerIds = new Set(data.sources.filter((s) => s.kind === 'tracker').map((s) => s.id));
const EDITION_END = '2021-08-31';

function isRealDay(s: string) {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
const PRECISION_BY_LENGTH: Record<number, string> = { 4: 'year', 7: 'month', 10: 'day' };
const startOf = (s: string) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);

describe('every table', () => {
  for (const [name, [rows, schema]] of Object.entries(tables)) {
    it(`${name}: every record passes its schema`, () => {
      const result = z.array(schema as z.ZodType).safeParse(rows);
      expect(result.error?.issues ?? []).toEqual([]);
      expect(rows.length).toBeGreaterThan(0);
    });
  }
  it('dataset metadata passes its schema and counts every table', () => {
    expect(DatasetSchema.parse(data.dataset)).toBeTruthy();
    for (const name of Object.keys(tables)) {
      expect(data.dataset.counts[name], name).toBe((data as unknown as Record<string, unknown[]>)[name]!.length);
    }
  });
});

describe('ids', () => {
  const idTables = ['partnerships', 'treaties', 'events', 'watchItems', 'conflicts', 'sources'] as const;
  for (const name of idTables) {
    it(`${name}: ids are unique`, () => {
      const ids = (data[name] as readonly { id: string }[]).map((r) => r.id);
      expect(ids.length).toBe(new Set(ids).size);
    });
  }
  it('treaty ids are <side>-<counterparty>', () => {
    for (const t of data.treaties) expect(t.id).toBe(`${t.chinaSide}-${t.counterparty}`.toLowerCase());
  });
  it('membership ids are <country>-<level>-<year>', () => {
    for (const m of data.partnerships) {
      const level = m.level ? m.level.replace('.', '-') : 'off';
      const year = m.since ? m.since.value.slice(0, 4) : 'undated';
      expect(m.id).toBe(`${m.country.toLowerCase()}-${level}-${year}`);
    }
  });
  it('tier and level codes are unique and in closeness order', () => {
    expect(data.tiers.map((t) => t.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(data.levels.map((l) => l.rank)).toEqual([...Array(16).keys()].map((i) => i + 1));
    for (const l of data.levels) expect(l.code.split('.')[0]).toBe(l.tier);
    for (const t of data.tiers)
      expect(t.levels).toEqual(data.levels.filter((l) => l.tier === t.code).map((l) => l.code));
  });
});

describe('references resolve', () => {
  it('every country code is an ISO code of the countries table', () => {
    const codes = [
      ...data.partnerships.map((m) => m.country),
      ...data.outsideFramework.map((m) => m.country),
      ...data.treaties.flatMap((t) => [
        t.chinaSide,
        t.counterparty,
        ...t.steps.flatMap((s) => (s.by ? [s.by.country] : [])),
      ]),
      ...data.events.flatMap((e) => e.actors.countries),
      ...data.watchItems.flatMap((w) => w.actors.countries),
      ...data.levels.flatMap((l) => l.tracker.named),
      ...data.conflicts.flatMap((c) => (c.country ? [c.country] : [])),
    ];
    expect(codes.filter((c) => !countryCodes.has(c))).toEqual([]);
  });
  it('every citation points to a source, and every tracker citation names a section of the tracker', () => {
    for (const [path, c] of citations([
      data.tiers,
      data.levels,
      data.partnerships,
      data.outsideFramework,
      data.treaties,
      data.events,
      data.watchItems,
      data.conflicts,
    ])) {
      expect(sourceIds.has(c.source), `${path}: ${c.source}`).toBe(true);
      if (trackerIds.has(c.source)) {
        expect(c.section, path).toBeDefined();
        expect(data.sources.find((s) => s.id === c.source)!.sections).toContain(c.section);
      }
    }
  });
  it('every source is cited at least once', () => {
    const used = new Set(
      [
        ...citations([
          data.tiers,
          data.levels,
          data.partnerships,
          data.outsideFramework,
          data.treaties,
          data.events,
          data.watchItems,
          data.conflicts,
        ]),
      ].map(([, c]) => c.source),
    );
    expect(data.sources.filter((s) => !used.has(s.id)).map((s) => s.id)).toEqual([]);
  });
  it('every external source has a unique http(s) address', () => {
    const external = data.sources.filter((s) => s.kind !== 'tracker');
    for (const s of external) expect(s.url, s.id).toMatch(/^https?:\/\/[^\s/]+\.[^\s]+$/);
    const urls = external.map((s) => s.url);
    expect(urls.length).toBe(new Set(urls).size);
  });
  it('level codes, related events and conflict records resolve', () => {
    const levelCodes = new Set(data.levels.map((l) => l.code));
    for (const m of data.partnerships) if (m.level !== null) expect(levelCodes.has(m.level), m.id).toBe(true);
    const eventIds = new Set(data.events.map((e) => e.id));
    for (const w of data.watchItems)
      for (const id of w.relatedEvents) expect(eventIds.has(id), `${w.id} -> ${id}`).toBe(true);
    const ids: Record<string, Set<string>> = {
      levels: levelCodes,
      partnerships: new Set(data.partnerships.map((m) => m.id)),
      treaties: new Set(data.treaties.map((t) => t.id)),
      events: eventIds,
      watchItems: new Set(data.watchItems.map((w) => w.id)),
    };
    for (const c of data.conflicts) expect(ids[c.table]!.has(c.record), `${c.id}: ${c.table}/${c.record}`).toBe(true);
  });
  it('each record of a country is about one country the ISO table knows by name', () => {
    for (const m of data.partnerships) expect(data.countries.some((c) => c.code === m.country)).toBe(true);
  });
});

describe('dates', () => {
  const all = [...fuzzyDates([data.partnerships, data.treaties, data.events, data.watchItems])];
  it('are well-formed, real calendar dates whose precision matches the string', () => {
    expect(all.length).toBeGreaterThan(100);
    for (const [path, d] of all) {
      expect(d.precision, path).toBe(PRECISION_BY_LENGTH[d.value.length]);
      for (const s of [d.value, d.end].filter((x): x is string => x !== undefined)) {
        expect(isRealDay(startOf(s).padEnd(10, '-01').slice(0, 10)), `${path}: ${s}`).toBe(true);
      }
      if (d.end !== undefined) {
        expect(startOf(d.end) >= startOf(d.value), `${path}: span ends before it starts`).toBe(true);
        expect(d.end.length, `${path}: end more precise than start`).toBeLessThanOrEqual(10);
      }
    }
  });
  it('treaty steps are in date order, and signed <= in force <= suspended', () => {
    for (const t of data.treaties) {
      const starts = t.steps.map((s) => startOf(s.date.value));
      // Compare at the coarser precision of each neighbouring pair.
      for (let i = 1; i < t.steps.length; i++) {
        const a = t.steps[i - 1]!.date.value;
        const b = t.steps[i]!.date.value;
        const n = Math.min(a.length, b.length);
        expect(a.slice(0, n) <= b.slice(0, n), `${t.id}: ${a} then ${b}`).toBe(true);
      }
      const first = (action: string) => t.steps.find((s) => s.action === action)?.date.value;
      const [signed, inForce, suspended] = [first('signed'), first('entered-into-force'), first('suspended')];
      if (signed && inForce) expect(signed.slice(0, 4) <= inForce.slice(0, 4), t.id).toBe(true);
      if (inForce && suspended) expect(inForce < suspended, t.id).toBe(true);
      expect(starts.length).toBe(t.steps.length);
    }
  });
  it('no treaty step or level is dated after the edition (events the tracker expected, and watch-item outcomes, may be later)', () => {
    for (const [path, d] of fuzzyDates([data.partnerships, data.treaties])) {
      expect(startOf(d.value) <= EDITION_END, `${path}: ${d.value}`).toBe(true);
    }
  });
  it("a treaty's August 2021 status agrees with its dated steps where they settle it", () => {
    for (const t of data.treaties) {
      const actions = new Set(t.steps.map((s) => s.action));
      if (actions.has('suspended')) expect(t.status, t.id).toBe('suspended');
      if (t.status === 'suspended') expect(actions.has('suspended'), t.id).toBe(true);
      if (actions.has('ratification-withdrawn') || actions.has('ratification-abandoned'))
        expect(t.status, t.id).toBe('not-ratified');
    }
  });
});
