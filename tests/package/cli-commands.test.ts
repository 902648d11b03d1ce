/**
 * The CLI's other commands (`compare`, `suspended-after`, `events`, `watch`, `export`, `fingerprint`,
 * `cite`), as text and as JSON (`--json`). Expected values are written from the data files by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CiteJson } from '../../src/cli/commands/cite.js';
import type { CompareJson } from '../../src/cli/commands/compare.js';
import type { EventsJson } from '../../src/cli/commands/events.js';
import type { FingerprintJson } from '../../src/cli/commands/fingerprint.js';
import type { SuspendedAfterJson } from '../../src/cli/commands/suspended-after.js';
import type { Tier, WatchItem } from '../../src/types.js';
import { HK_SUSPENSIONS, SUSPENDED_AFTER_JULY_2020 } from '../fixtures/facts.js';
import { built, root, run, runJson, version } from './cli-helpers.js';

describe.runIf(built)('CLI (dist/cli.js)', () => {
  it('compare 1.1 3.3: 1.1 is closer', () => {
    expect(run('compare', '1.1', '3.3')).toEqual({
      out:
        '1.1  Comprehensive Strategic Partnership of Coordination for a New Era\n' +
        '3.3  Comprehensive Strategic Partnership\n' +
        '1.1 is closer to Beijing than 3.3.\n',
      err: '',
      code: 0,
    });
    expect(run('compare', 'United Kingdom', 'Russia').out).toMatch(/3\.3 is further from Beijing than 1\.1\.\n$/);
    expect(run('compare', '3.5', '3.5').out).toMatch(/3\.5 and 3\.5 are equally close/);
    expect(run('compare', '3.3', '3').out).toMatch(/\n3\.3 is a level of tier 3\.\n$/);
    expect(run('compare', '3', '3.3').out).toMatch(/\n3\.3 is a level of tier 3\.\n$/);
  });

  it('compare --json: both sides, the sort order and how a stands to b', () => {
    expect(runJson<CompareJson>('compare', '1.1', '3.3')).toEqual({
      a: {
        kind: 'level',
        code: '1.1',
        nameEn: 'Comprehensive Strategic Partnership of Coordination for a New Era',
        nameZh: '新时代全面战略协作伙伴关系',
        country: null,
      },
      b: {
        kind: 'level',
        code: '3.3',
        nameEn: 'Comprehensive Strategic Partnership',
        nameZh: '全面战略伙伴关系',
        country: null,
      },
      order: -1,
      relation: 'closer',
    });
    const countries = runJson<CompareJson>('compare', 'United Kingdom', 'Russia');
    expect([countries.a.code, countries.a.country?.code, countries.b.code, countries.b.country?.code]).toEqual([
      '3.3',
      'GB',
      '1.1',
      'RU',
    ]);
    expect([countries.order, countries.relation]).toEqual([1, 'further']);
    expect(runJson<CompareJson>('compare', '3.3', '3')).toMatchObject({
      order: 1,
      relation: 'level-of',
      b: { kind: 'tier' },
    });
    expect(runJson<CompareJson>('compare', '3', '3.3')).toMatchObject({ order: -1, relation: 'tier-of' });
    expect(runJson<CompareJson>('compare', '3.5', '3.5')).toMatchObject({ order: 0, relation: 'same' });
  });

  it('suspended-after 2020-07-31 lists the agreements first suspended after July 2020 (tests/fixtures/facts.ts)', () => {
    const r = run('suspended-after', '2020-07-31');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id +side +counterparty +suspended +by$/);
    expect(lines[1]).toMatch(/^-+( +-+){4}$/);
    expect(lines.slice(2).map((l) => l.split(/\s+/)[0])).toEqual(SUSPENDED_AFTER_JULY_2020);
    const later = HK_SUSPENSIONS.filter((s) => SUSPENDED_AFTER_JULY_2020.includes(s.treaty));
    later.forEach((s, i) => {
      expect(lines[2 + i]).toMatch(new RegExp(`^${s.treaty} +HK +\\S.* ${s.date.value} `));
    });
    expect(run('suspended-after', '2021-01-01').out).toBe('No treaty was first suspended after 2021-01-01.\n');
  });

  it('suspended-after --json: the treaties and their first suspension', () => {
    const r = runJson<SuspendedAfterJson>('suspended-after', '2020-07-31');
    expect(r.after).toBe('2020-07-31');
    expect(r.treaties.map((t) => t.treaty.id)).toEqual(SUSPENDED_AFTER_JULY_2020);
    const later = HK_SUSPENSIONS.filter((s) => SUSPENDED_AFTER_JULY_2020.includes(s.treaty));
    expect(r.treaties.map((t) => t.firstSuspension.date.value)).toEqual(later.map((s) => s.date.value));
    for (const [i, s] of later.entries()) {
      expect(r.treaties[i]?.firstSuspension).toMatchObject({ action: 'suspended', by: { country: s.country } });
    }
    expect(runJson<SuspendedAfterJson>('suspended-after', '2021-01-01')).toEqual({ after: '2021-01-01', treaties: [] });
  });

  it('events: by range and by country', () => {
    const june = run('events', '--from', '2021-06-14', '--to', '2021-06-14');
    expect(june.code).toBe(0);
    expect(june.out).toContain('nato-brussels-summit-2021');
    expect(june.out).toMatch(/\n\d+ events?\n$/);
    expect(run('events', '--from', '2021-06-28', '--to', '2021-06-28', '--country', 'Russia').out).toMatch(
      /\n2 events\n$/,
    );
    const lt = run('events', '--country', 'Lithuania');
    expect(lt.out).toContain('lithuania-quits-17-plus-1');
    expect(run('events').out).toMatch(/\n\d+ events\n$/);
  });

  it('events --json: the query and the event records, without the count line', () => {
    const r = runJson<EventsJson>('events', '--from', '2021-06-28', '--to', '2021-06-28', '--country', 'Russia');
    expect([r.from, r.to, r.country]).toEqual([
      '2021-06-28',
      '2021-06-28',
      { code: 'RU', name: 'Russia', nameZh: '俄罗斯' },
    ]);
    expect(r.events).toHaveLength(2);
    for (const e of r.events) expect(e.actors.countries).toContain('RU');
    const all = runJson<EventsJson>('events');
    expect([all.from, all.to, all.country]).toEqual([null, null, null]);
    expect(all.events.map((e) => e.id)).toEqual(
      JSON.parse(readFileSync(`${root}data/events.json`, 'utf8')).map((e: { id: string }) => e.id),
    );
    expect(runJson<EventsJson>('events', '--country', 'Lithuania').events.map((e) => e.id)).toContain(
      'lithuania-quits-17-plus-1',
    );
  });

  it('watch: the five items', () => {
    const r = run('watch');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^# +window +outcome +title$/);
    expect(lines.slice(2).map((l) => l.split(' ')[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(runJson<{ watchItems: WatchItem[] }>('watch')).toEqual({
      watchItems: JSON.parse(readFileSync(`${root}data/watch-items.json`, 'utf8')),
    });
  });

  it('export writes the same bytes as the data files', () => {
    expect(run('export', 'treaties', '--format', 'csv').out).toBe(readFileSync(`${root}data/treaties.csv`, 'utf8'));
    expect(run('export', 'watch-items', '--format', 'json').out).toBe(
      readFileSync(`${root}data/watch-items.json`, 'utf8'),
    );
    expect(run('export', 'tiers').out).toBe(readFileSync(`${root}data/tiers.json`, 'utf8'));
    // --json is --format json.
    expect(run('export', 'treaty-steps', '--json').out).toBe(readFileSync(`${root}data/treaty-steps.json`, 'utf8'));
    expect(runJson<Tier[]>('export', 'tiers').map((t) => t.code)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('fingerprint and cite', () => {
    expect(run('fingerprint').out).toMatch(/^[0-9a-f]{64}\n$/);
    expect(run('cite', '--format', 'bibtex').out).toContain(`@misc{china-security-risk-data-${version},`);
  });

  it('fingerprint --json and cite --json', () => {
    const fp = runJson<FingerprintJson>('fingerprint');
    expect(Object.keys(fp)).toEqual(['fingerprint', 'dataVersion']);
    expect(fp.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(`${fp.fingerprint}\n`).toBe(run('fingerprint').out);
    expect(fp.dataVersion).toBe(version);
    const text = runJson<CiteJson>('cite');
    expect(text.format).toBe('text');
    expect(text.citation).toContain(`version ${version}.`);
    expect(text.citation).toContain('MERICS China Security and Risk Tracker No. 3. August 2021.');
    const bibtex = runJson<CiteJson>('cite', '--format', 'bibtex');
    expect(bibtex.format).toBe('bibtex');
    expect(bibtex.citation.startsWith(`@misc{china-security-risk-data-${version},\n`)).toBe(true);
  });
});
