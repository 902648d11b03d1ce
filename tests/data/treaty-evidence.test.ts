/**
 * The treaty corrections of the evidence research (December 2026), against values written down by hand from
 * the sources, and the date-evidence rule on the treaties table (the rule is not yet in RULES while the other
 * tables are brought up to it).
 */
import { describe, expect, it } from 'vitest';
import { records } from '../../src/data/index.js';
import { conflicts, sources, treaties } from '../../src/index.js';
import type { LintTables } from '../../src/lint/index.js';
import { dateEvidence } from '../../src/lint/rules/date-evidence.js';

const treaty = (id: string) => treaties.find((t) => t.id === id)!;
const dates = (id: string) => treaty(id).steps.map((s) => `${s.action} ${s.date.value}${s.date.uncertain ? '?' : ''}`);

describe('every treaty step date carries its evidence', () => {
  it('the date-evidence rule finds nothing in the treaties table', () => {
    const found: string[] = [];
    dateEvidence.check(records as unknown as LintTables, (table, record, field, message) => {
      if (table === 'treaties') found.push(`${record}: ${field}: ${message}`);
    });
    expect(found).toEqual([]);
  });
});

describe('corrections', () => {
  it('Hong Kong–Finland: in force in August 2013, the day disputed (15 August in Hong Kong, 30 August in Finland)', () => {
    expect(dates('hk-fi')[1]).toBe('entered-into-force 2013-08');
    const c = conflicts.find((x) => x.id === 'hk-fi-entry-into-force-day')!;
    expect([c.table, c.record, c.field, c.answer.basis]).toEqual(['treaties', 'hk-fi', 'steps.1.date', 'external']);
    expect(c.other.value).toMatch(/15 August 2013.*30 August 2013/);
  });

  it('entry-into-force days that rest only on the Cantonese Wikipedia list are marked uncertain', () => {
    expect(dates('hk-au')).toEqual([
      'signed 1993-11-15',
      'entered-into-force 1997-06-29?',
      'protocol-signed 2007-03-19',
      'entered-into-force 2008-05-07?',
      'suspended 2020-07-09',
      'suspended 2020-07-28',
    ]);
    expect(dates('hk-ca').slice(0, 2)).toEqual(['signed 1993-09-07?', 'entered-into-force 1997-06-13?']);
    expect(dates('hk-de')[1]).toBe('entered-into-force 2009-04-11?');
    expect(dates('hk-id')).toEqual(['signed 1997-05-05', 'approved 2001', 'entered-into-force 2001-07-13?']);
    // Confirmed by the Indian and Czech governments' own texts.
    expect(dates('hk-in')).toEqual(['signed 1997-06-28', 'entered-into-force 1997-11-14']);
    expect(dates('hk-cz')).toEqual(['signed 2013-03-04', 'entered-into-force 2015-02-13']);
  });

  it('Hong Kong–Malaysia: in force from June 2001 (Hong Kong government, 17 October 2006)', () => {
    expect(dates('hk-my')).toEqual(['signed 1995-01-11', 'entered-into-force 2001-06', 'protocol-signed 2006-10-17']);
  });

  it('Hong Kong–Ireland: in force on 14 January 2009 (uncertain); suspended on 13 October 2020, 15 October in another source', () => {
    expect(dates('hk-ie')).toEqual([
      'signed 2007-10-05',
      'approved 2008-07-02',
      'approved 2008-12-15',
      'entered-into-force 2009-01-14?',
      'suspended 2020-10-13',
      'suspended 2020-11-10',
    ]);
    const c = conflicts.find((x) => x.id === 'hk-ie-suspension-day')!;
    expect([c.record, c.field]).toEqual(['hk-ie', 'steps.4.date']);
  });

  it('PRC–Cyprus: signed in 2018, approved by Cyprus in 2019 and by the NPC in October 2020, in force in 2020', () => {
    expect(dates('cn-cy')).toEqual(['signed 2018', 'approved 2019', 'approved 2020-10', 'entered-into-force 2020']);
  });

  it('PRC–Korea and PRC–Philippines keep their dates, with the other readings as conflicts', () => {
    expect(dates('cn-kr')[1]).toBe('entered-into-force 2002-04-12');
    expect(conflicts.find((x) => x.id === 'cn-kr-entry-into-force-day')!.other.value).toMatch(/^11 April 2002/);
    expect(dates('cn-ph')[1]).toBe('approved 2004-07?');
    expect(conflicts.find((x) => x.id === 'cn-ph-npc-approval-date')!.other.value).toMatch(/26 June 2005/);
  });

  it('the mirror of the NPC decision on the Argentina treaty is marked weak', () => {
    expect(sources.find((s) => s.id === 'fl1002-argentina-treaty-npcsc-decision')!.reliability).toBe('weak');
  });
});
