/**
 * The zod schemas of `/schemas` are as strict as the docs: a user validating records of their own gets
 * the single-record rules the build checks, and `checkDataset` gives the rules across records.
 */
import { describe, expect, it } from 'vitest';
import * as data from '../../src/index.js';
import { checkDataset, EventSchema, FuzzyDateSchema, MembershipSchema, TreatySchema } from '../../src/schemas/index.js';

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);

describe('dates', () => {
  it('a day that does not exist', () => {
    expect(messages(FuzzyDateSchema.safeParse({ value: '2021-02-31', precision: 'day' }))).toEqual([
      'value: not a calendar date: 2021-02-31',
    ]);
    expect(FuzzyDateSchema.safeParse({ value: '2020-02-29', precision: 'day' }).success).toBe(true);
  });
  it('a precision that does not fit the value', () => {
    expect(messages(FuzzyDateSchema.safeParse({ value: '2021-02', precision: 'day' }))).toEqual([
      'precision: day does not match 2021-02',
    ]);
  });
  it('a span that ends before it starts', () => {
    expect(messages(FuzzyDateSchema.safeParse({ value: '2021-08-20', precision: 'day', end: '2021-08-17' }))).toEqual([
      'end: the span ends (2021-08-17) before it starts (2021-08-20)',
    ]);
    expect(FuzzyDateSchema.safeParse({ value: '2021-08', precision: 'month', end: '2021-08-31' }).success).toBe(true);
  });
});

describe('records', () => {
  const membership = data.partnerships.find((m) => m.id === 'gb-3-3-2015')!;
  it('an unknown country code', () => {
    expect(messages(MembershipSchema.safeParse({ ...membership, country: 'ZZ' }))).toEqual([
      'country: unknown country code ZZ',
    ]);
  });
  it('a status that contradicts the steps', () => {
    const canada = data.treaties.find((t) => t.id === 'hk-ca')!;
    expect(messages(TreatySchema.safeParse({ ...canada, status: 'not-ratified' }))).toEqual([
      'status: status contradicts the steps: the steps end suspended, the status says not-ratified',
    ]);
    const france = data.treaties.find((t) => t.id === 'hk-fr')!;
    expect(messages(TreatySchema.safeParse({ ...france, status: 'suspended' }))).toEqual([
      'status: status contradicts the steps: suspended, but no step suspends it',
    ]);
    // No status in August 2021 (null) fits only a treaty whose steps begin after it.
    expect(messages(TreatySchema.safeParse({ ...canada, status: null }))).toEqual([
      'status: null (not yet signed in August 2021), but no step after it',
      'status: status contradicts the steps: null (not yet signed in August 2021), but a step of 1993-09-07 makes it not-ratified',
    ]);
    const serbia = data.treaties.find((t) => t.id === 'cn-rs')!;
    expect(TreatySchema.safeParse(serbia).success).toBe(true);
  });
  it('an event with no date at all', () => {
    const event = data.events[0]!;
    expect(messages(EventSchema.safeParse({ ...event, date: null, trackerDate: null }))).toEqual([
      'date: an event needs a date or a trackerDate',
    ]);
  });
  it('a citation of the tracker without its section, or quoting it', () => {
    expect(messages(MembershipSchema.safeParse({ ...membership, sources: [{ source: 'merics-csrt-3' }] }))).toEqual([
      'sources.0.section: a citation of the tracker must name its section',
    ]);
    const quoting = { source: 'merics-csrt-3', section: 'exhibit-1', excerpt: 'a sentence of the tracker' };
    expect(messages(MembershipSchema.safeParse({ ...membership, sources: [quoting] }))).toEqual([
      "sources.0.excerpt: the tracker's sentences are not quoted: no excerpt",
    ]);
  });
  it('every shipped record passes its schema', () => {
    expect(data.treaties.every((t) => TreatySchema.safeParse(t).success)).toBe(true);
    expect(data.partnerships.every((m) => MembershipSchema.safeParse(m).success)).toBe(true);
  });
});

describe('checkDataset: the rules across records', () => {
  const tables = () =>
    structuredClone({
      tiers: data.tiers,
      levels: data.levels,
      partnerships: data.partnerships,
      communities: data.communities,
      outsideFramework: data.outsideFramework,
      treaties: data.treaties,
      events: data.events,
      watchItems: data.watchItems,
      conflicts: data.conflicts,
      sources: data.sources,
      countries: data.countries,
    });
  it('the shipped tables pass', () => {
    expect(checkDataset(tables())).toEqual([]);
  });
  it('an unknown source id, a duplicate id', () => {
    const t = tables() as unknown as Record<string, Record<string, unknown>[]>;
    t.events![0]!.sources = [{ source: 'my-own-source' }];
    t.treaties!.push(t.treaties![0]!);
    expect(checkDataset(t as never)).toEqual(
      expect.arrayContaining([
        'events/nato-bombing-chinese-embassy-belgrade: sources.0.source: unknown source my-own-source [citations]',
        'treaties/hk-au: id: duplicate id [unique-keys]',
      ]),
    );
  });
  it('rejects what is not a set of tables', () => {
    expect(() => checkDataset(null as never)).toThrow(TypeError);
    expect(checkDataset({} as never)[0]).toMatch(
      /^tiers\/-: \(table\): expected a non-empty array of records \[schema\]$/,
    );
  });
});
