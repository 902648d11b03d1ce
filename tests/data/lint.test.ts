/**
 * The dataset's lint: every rule passes on the real records, and each rule rejects a copy broken for it,
 * naming the table, the record and the field. The fixtures are keyed by rule name, so that a rule added
 * without a fixture is a type error.
 */
import { describe, expect, it } from 'vitest';
import { COVERAGE_END } from '../../src/coverage.js';
import { records } from '../../src/data/index.js';
import { checkDataset, type LintTables, lint, RULES, type RuleName } from '../../src/lint/index.js';

// biome-ignore lint/suspicious/noExplicitAny: fixtures edit records of every table freely.
type Row = Record<string, any>;
type Tables = Record<keyof LintTables, Row[]>;

const copy = (): Tables => structuredClone(records) as unknown as Tables;

/** For each rule: how to break a copy of the records, and the problem it must then report. */
const FIXTURES: Record<RuleName, { readonly breakIt: (t: Tables) => void; readonly expected: string | RegExp }[]> = {
  schema: [
    { breakIt: (t) => (t.tiers[0]!.rank = 0), expected: /^tiers\/1: rank: / },
    { breakIt: (t) => (t.levels[2]!.tracker.count = -1), expected: /^levels\/2\.2: tracker\.count: / },
    {
      breakIt: (t) => (t.partnerships[0]!.since = { value: '2019-01-01', precision: 'year' }),
      expected: /^partnerships\/ru-1-1-2019: since\.precision: year does not match 2019-01-01/,
    },
    {
      breakIt: (t) => (t.partnerships[0]!.since = { value: '2021-02-31', precision: 'day' }),
      expected: /^partnerships\/ru-1-1-2019: since\.value: not a calendar date: 2021-02-31/,
    },
    {
      breakIt: (t) => (t.events[0]!.date = { value: '2021-07', precision: 'month', end: '2021-06' }),
      expected: /: date\.end: the span ends \(2021-06\) before it starts \(2021-07\)/,
    },
    { breakIt: (t) => (t.partnerships[1]!.country = 'ZZ'), expected: /: country: unknown country code ZZ/ },
    { breakIt: (t) => (t.outsideFramework[0]!.country = 'kp'), expected: /^outsideFramework\/kp: country: / },
    {
      breakIt: (t) => (t.events[3]!.sources = [{ source: 'merics-csrt-3' }]),
      expected: /: sources\.0\.section: a citation of the tracker must name its section/,
    },
    {
      breakIt: (t) => (t.events[0]!.date = null),
      expected: /^events\/nato-bombing-chinese-embassy-belgrade: date: an event needs a date or a trackerDate/,
    },
    {
      breakIt: (t) => (t.treaties.find((x) => x.id === 'hk-ca')!.status = 'in-force'),
      expected: /^treaties\/hk-ca: status: status contradicts the steps: the steps end suspended/,
    },
    { breakIt: (t) => (t.countries[0]!.alpha3 = 'A'), expected: /^countries\/AD: alpha3: / },
    { breakIt: (t) => (t.tiers[0]!.extra = 1), expected: /^tiers\/1: \(record\): Unrecognized key: "extra"/ },
    { breakIt: (t) => t.events.unshift({ title: 'no id' }), expected: /^events\/#0: id: / },
    { breakIt: (t) => t.events.unshift(null as never), expected: /^events\/#0: \(record\): / },
  ],
  'unique-keys': [
    {
      breakIt: (t) => t.conflicts.push({ ...t.conflicts[0]! }),
      expected: `conflicts/${records.conflicts[0]!.id}: id: duplicate id`,
    },
    {
      breakIt: (t) => t.events.push({ ...t.events[0]!, id: 'zz-twin' }),
      expected: 'events/zz-twin: (record): same facts as nato-bombing-chinese-embassy-belgrade',
    },
  ],
  citations: [
    {
      breakIt: (t) => delete t.sources[0]!.sections,
      expected: 'tiers/1: sources.0.section: a citation of the tracker must name one of its sections',
    },
    {
      breakIt: (t) => (t.events[0]!.sources = [{ source: 'no-such-source' }]),
      expected: 'events/nato-bombing-chinese-embassy-belgrade: sources.0.source: unknown source no-such-source',
    },
  ],
  'sources-cited': [
    {
      breakIt: (t) => t.sources.push({ ...t.sources[1]!, id: 'unused-copy', url: 'https://example.org/unused' }),
      expected: 'sources/unused-copy: (record): never cited',
    },
  ],
  'source-addresses': [
    {
      breakIt: (t) => (t.sources[2]!.url = t.sources[1]!.url),
      expected: `sources/${records.sources[2]!.id}: url: same address as ${records.sources[1]!.id}`,
    },
    {
      // A copy read for two sources is one page: one record.
      breakIt: (t) => {
        const read = t.sources.find((s) => typeof s.readAt === 'string')!;
        Object.assign(t.sources.at(-1)!, { readAt: read.readAt });
      },
      expected: new RegExp(`^sources/${records.sources.at(-1)!.id}: readAt: same address as `),
    },
  ],
  'source-hosts': [
    {
      breakIt: (t) => (t.sources[1]!.url = 'http://exbulletin.com/news/1/'),
      expected: `sources/${records.sources[1]!.id}: url: exbulletin.com is not its publisher's own site: cite the publisher's page, or give the copy as readAt`,
    },
    {
      breakIt: (t) => (t.sources[1]!.url = 'http://49.213.0.198/doc/1.html'),
      expected: `sources/${records.sources[1]!.id}: url: 49.213.0.198 is not its publisher's own site: cite the publisher's page, or give the copy as readAt`,
    },
  ],
  'source-kind': [
    {
      breakIt: (t) => Object.assign(t.sources[1]!, { publisherType: 'state-media', kind: 'official' }),
      expected: `sources/${records.sources[1]!.id}: kind: a state-media source is of kind news, not official`,
    },
  ],
  'claim-sources': [
    {
      // Russia's level cited by a reference work alone.
      breakIt: (t) => {
        const wiki = t.sources.find((s) => s.publisherType === 'reference')!;
        t.partnerships.find((m) => m.id === 'ru-1-1-2019')!.sources = [{ source: wiki.id, excerpt: 'x' }];
      },
      expected:
        'partnerships/ru-1-1-2019: sources: no source from an identifiable publisher: every claim needs one (a reference work or an unnamed site is never enough)',
    },
    {
      // A treaty step cited only by a source whose address is a copy.
      breakIt: (t) => {
        const copy = t.sources.find((s) => s.publisherType === 'government')!;
        copy.url = 'http://exbulletin.com/x';
        const hkCa = t.treaties.find((x) => x.id === 'hk-ca')!;
        hkCa.steps[0].sources = [{ source: copy.id }];
      },
      expected:
        'treaties/hk-ca: steps.0.sources: no source from an identifiable publisher: every claim needs one (a reference work or an unnamed site is never enough)',
    },
  ],
  references: [
    {
      breakIt: (t) => t.watchItems[0]!.relatedEvents.push('no-such-event'),
      expected: /^watchItems\/[a-z0-9-]+: relatedEvents: unknown event no-such-event/,
    },
    {
      breakIt: (t) => (t.conflicts[0]!.record = 'zz-9-9-2099'),
      expected: /^conflicts\/[a-z0-9-]+: record: no record \w+\/zz-9-9-2099/,
    },
    { breakIt: (t) => t.tiers[0]!.levels.push('2.1'), expected: /^tiers\/1: levels: expected 1\.1/ },
    {
      breakIt: (t) => t.levels.reverse(),
      expected: /^levels\/-: code: expected the levels 1\.1 2\.1 .* in that order/,
    },
    { breakIt: (t) => t.tiers.reverse(), expected: 'tiers/-: code: expected the tiers 1 2 3 4 5, in that order' },
  ],
  'label-coding': [
    {
      // Placed by its name, but the record gives none.
      breakIt: (t) => delete t.partnerships.find((m) => m.id === 'fr-3-3-2004')!.label,
      expected: 'partnerships/fr-3-3-2004: placement: placed by its name (label) but it has none',
    },
    {
      // Ireland's 互惠战略伙伴关系 carries a qualifier written onto the name: no level.
      breakIt: (t) => {
        const ie = t.partnerships.find((m) => m.id === 'ie-3-5-2012')!;
        ie.level = '3.5';
        ie.placement = 'label';
      },
      expected:
        'partnerships/ie-3-5-2012: placement: the name reads as none (level null), the record has label (level 3.5)',
    },
    {
      breakIt: (t) => (t.partnerships.find((m) => m.id === 'pk-2-1-2015')!.qualifiers = []),
      expected: 'partnerships/pk-2-1-2015: qualifiers: expected ["all-weather"] from the name',
    },
    {
      breakIt: (t) => (t.partnerships.find((m) => m.id === 'be-off-2014')!.baseLevel = '4.1'),
      expected: 'partnerships/be-off-2014: baseLevel: expected 4.4',
    },
    {
      // A record off the ladder (`none`) may lack a name; its base level then has nothing to read.
      breakIt: (t) => delete t.partnerships.find((m) => m.id === 'be-off-2014')!.label,
      expected: 'partnerships/be-off-2014: baseLevel: expected null',
    },
  ],
  'id-formulas': [
    {
      // A community's id is made of its party and year.
      breakIt: (t) =>
        (t.communities.find((c) => c.id === 'rs-community-2024')!.date = { value: '2023', precision: 'year' }),
      expected: 'communities/rs-community-2024: id: expected rs-community-2023',
    },
    {
      breakIt: (t) => (t.treaties.find((x) => x.id === 'hk-ca')!.counterparty = 'AU'),
      expected: 'treaties/hk-ca: id: expected hk-au',
    },
    {
      breakIt: (t) => (t.partnerships[0]!.since = { value: '2018', precision: 'year' }),
      expected: 'partnerships/ru-1-1-2019: id: expected ru-1-1-2018',
    },
    {
      breakIt: (t) => (t.partnerships.find((x) => x.id === 'sg-4-1-2015')!.since = null),
      expected: 'partnerships/sg-4-1-2015: id: expected sg-4-1-undated',
    },
  ],
  'record-order': [
    { breakIt: (t) => t.treaties.reverse(), expected: /^treaties\/[a-z-]+: \(record\): out of order after / },
    { breakIt: (t) => t.partnerships.reverse(), expected: /^partnerships\/[a-z0-9-]+: \(record\): out of order/ },
    {
      // An undated membership sorts first on its level.
      breakIt: (t) => (t.partnerships.find((x) => x.id === 'la-2-2-2009')!.since = null),
      expected: /^partnerships\/la-2-2-2009: \(record\): out of order after vn-2-2-2008 /,
    },
    { breakIt: (t) => t.events.reverse(), expected: /^events\/[a-z0-9-]+: \(record\): out of order/ },
    {
      breakIt: (t) => Object.assign(t.events[1]!, { date: null, trackerDate: { value: '1990', precision: 'year' } }),
      expected: `events/${records.events[1]!.id}: (record): out of order after ${records.events[0]!.id} (by date (the sources’ date, else the tracker’s), then id)`,
    },
  ],
  'step-order': [
    {
      breakIt: (t) =>
        (t.partnerships.find((m) => m.id === 'gb-3-3-2004')!.since = { value: '2015', precision: 'year' }),
      expected: 'partnerships/gb-3-3-2015: since: its order with gb-3-3-2004 is left open: 2015-10 and 2015',
    },
    {
      breakIt: (t) => t.treaties.find((x) => x.id === 'hk-ca')!.steps.reverse(),
      expected: /^treaties\/hk-ca: steps\.1\.date: \d{4}.* is recorded after a step of /,
    },
    {
      breakIt: (t) => (t.partnerships.find((m) => m.id === 'pk-2-1-2015')!.priorHistory = 'unknown'),
      expected: 'partnerships/pk-2-1-2015: priorHistory: not the earliest record of PK: pk-2-3-2005 is',
    },
    {
      // An undated record comes after every dated one: it is never the earliest where another is dated.
      breakIt: (t) => {
        const m = t.partnerships.find((x) => x.id === 'pk-2-1-2015')!;
        m.since = null;
        m.priorHistory = 'unknown';
      },
      expected: 'partnerships/pk-2-1-2015: priorHistory: not the earliest record of PK: pk-2-3-2005 is',
    },
  ],
  'date-evidence': [
    {
      breakIt: (t) =>
        (t.treaties.find((x) => x.id === 'hk-ca')!.steps[2]!.date = { value: '2020-07-04', precision: 'day' }),
      expected: 'treaties/hk-ca: steps.2.date: no excerpt of a source cited for it states 2020-07-04',
    },
    {
      breakIt: (t) => delete t.sources.find((s) => s.id === 'hk-gov-2009-south-africa-sfo-mla-signed')!.published,
      expected:
        'treaties/hk-za: steps.0.date: derived (2009-02-20), but no source cited for it records when it was published',
    },
  ],
  'coverage-bound': [
    {
      breakIt: (t) => {
        const ca = t.treaties.find((x) => x.id === 'hk-ca')!;
        ca.steps.push({ ...ca.steps.at(-1), date: { value: '2099-01', precision: 'month' } });
      },
      expected: new RegExp(
        `^treaties/hk-ca: steps\\.\\d+\\.date: dated after the coverage \\(${COVERAGE_END}\\): 2099-01`,
      ),
    },
  ],
};

it('the records pass every rule', () => {
  expect(checkDataset(records)).toEqual([]);
});

it('every rule has a name, a description and at least one fixture', () => {
  for (const rule of RULES) {
    expect(rule.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(rule.description.length).toBeGreaterThan(20);
    expect(FIXTURES[rule.name as RuleName].length).toBeGreaterThan(0);
  }
});

describe('each rule rejects a copy broken for it, naming table, record and field', () => {
  for (const rule of RULES) {
    for (const [i, fixture] of FIXTURES[rule.name as RuleName].entries()) {
      it(`${rule.name} #${i + 1}: ${String(fixture.expected)}`, () => {
        const tables = copy();
        fixture.breakIt(tables);
        const found = lint(tables as unknown as LintTables)
          .filter((p) => p.rule === rule.name)
          .map((p) => `${p.table}/${p.record}: ${p.field}: ${p.message}`);
        const match = (line: string) =>
          typeof fixture.expected === 'string' ? line === fixture.expected : fixture.expected.test(line);
        expect(found.some(match), found.join('\n') || '(no problem reported by this rule)').toBe(true);
      });
    }
  }
});
