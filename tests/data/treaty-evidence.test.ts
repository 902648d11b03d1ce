/**
 * The treaty corrections of the evidence research (December 2026), against values written down by hand from
 * the sources, and the date-evidence rule on the treaties table (the rule is not yet in RULES while the other
 * tables are brought up to it).
 */
import { describe, expect, it } from 'vitest';
import { COPY_HOSTS } from '../../src/data/copy-hosts.js';
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
  it('Hong Kong–Finland: approved by Parliament and the President, in force on 30 August 2013; 15 August kept as a conflict', () => {
    // Finnish decree 646/2013 (Treaty Series): Parliament 5 April, President 17 May, in force 30 August 2013.
    expect(dates('hk-fi').slice(0, 4)).toEqual([
      'signed 2005-05-20',
      'approved 2013-04-05',
      'approved 2013-05-17',
      'entered-into-force 2013-08-30',
    ]);
    const c = conflicts.find((x) => x.id === 'hk-fi-entry-into-force-day')!;
    expect([c.table, c.record, c.field, c.answer.basis]).toEqual(['treaties', 'hk-fi', 'steps.3.date', 'external']);
    expect(c.answer.value).toMatch(/30 August 2013/);
    expect(c.other.value).toMatch(/15 August 2013/);
  });

  it('days that rest only on the Cantonese Wikipedia list are not kept where an official source gives the month or year', () => {
    // Hong Kong government: Australia in force "in June 1997" (19 March 2007), Germany "in April 2009" (12 August 2020).
    expect(dates('hk-au')).toEqual([
      'signed 1993-11-15',
      'entered-into-force 1997-06',
      'protocol-signed 2007-03-19',
      'entered-into-force 2008-05?',
      'suspended 2020-07-09',
      'suspended 2020-07-28',
    ]);
    // Canada Treaty Series 1997 No. 9; the signing day rests on the list alone.
    expect(dates('hk-ca').slice(0, 2)).toEqual(['signed 1993-09-07?', 'entered-into-force 1997']);
    expect(dates('hk-de')[1]).toBe('entered-into-force 2009-04');
    // Indonesian Law No. 1 of 2001; the entry into force is known only to the year, from the list.
    expect(dates('hk-id')).toEqual(['signed 1997-05-05', 'approved 2001', 'entered-into-force 2001?']);
    // Confirmed by the Indian and Czech governments' own texts (Gazette of India, Czech Treaty Series).
    expect(dates('hk-in')).toEqual(['signed 1997-06-28', 'entered-into-force 1997-11-14']);
    expect(dates('hk-cz')).toEqual(['signed 2013-03-04', 'entered-into-force 2015-02-13']);
  });

  it('Hong Kong–United States: the executive order of 14 July 2020 announced the suspension, the notice of 19 August made it', () => {
    // GPO House Document 116-140 (14 July 2020); State Department statement of 19 August 2020.
    expect(dates('hk-us')).toEqual([
      'signed 1996-12-20',
      'suspension-announced 2020-07-14',
      'suspended 2020-08-19',
      'suspended 2020-08-20',
    ]);
    expect(conflicts.find((x) => x.id === 'hk-us-suspension-notice-day')!.other.value).toMatch(/^18 August 2020/);
  });

  it('PRC–Morocco: signed in 2016 (TelQuel); PRC–Zimbabwe: not ratified, marked uncertain', () => {
    expect(dates('cn-ma')).toEqual(['signed 2016', 'approved 2017-08', 'approved 2021-01-22']);
    expect([treaty('cn-zw').status, treaty('cn-zw').statusCertainty]).toEqual(['not-ratified', 'uncertain']);
    expect(conflicts.find((x) => x.id === 'cn-zw-status')!.other.value).toMatch(/July 2021/);
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

  it('PRC–Cyprus: signed in 2018, approved by the NPC in October 2020, in force in 2020', () => {
    // Cyprus's 2019 ratification law is cited only by a site that is not citable: no step.
    expect(dates('cn-cy')).toEqual(['signed 2018', 'approved 2020-10', 'entered-into-force 2020']);
  });

  it('PRC–Korea and PRC–Philippines keep their dates, with the other readings as conflicts', () => {
    // Dong-A Ilbo, 13 March 2002: ratifications exchanged in Beijing that day, in force 30 days later.
    expect(dates('cn-kr').slice(1)).toEqual(['ratifications-exchanged 2002-03-13', 'entered-into-force 2002-04-12']);
    const kr = conflicts.find((x) => x.id === 'cn-kr-entry-into-force-day')!;
    expect([kr.field, kr.other.value]).toEqual(['steps.2.date', expect.stringMatching(/^11 April 2002/)]);
    expect(dates('cn-ph')[1]).toBe('approved 2004-07?');
    expect(conflicts.find((x) => x.id === 'cn-ph-npc-approval-date')!.other.value).toMatch(/26 June 2005/);
  });

  it('no treaty source is on a copy host, and a text read only on a copy names its publisher', () => {
    const cited = new Set(
      treaties.flatMap((t) => [...t.steps.flatMap((s) => s.sources), ...t.statusSources]).map((c) => c.source),
    );
    const onCopyHosts = sources.filter((s) => cited.has(s.id) && s.url && COPY_HOSTS.has(new URL(s.url).host));
    expect(onCopyHosts.map((s) => s.id)).toEqual([]);
    const readOnCopies = sources.filter((s) => cited.has(s.id) && s.url === undefined && s.readAt !== undefined);
    expect(sources.some((s) => s.id === 'fl1002-argentina-treaty-npcsc-decision')).toBe(false);
    expect(readOnCopies.map((s) => s.id)).toContain('npcsc-1996-03-01-russia-extradition-decision');
    for (const s of readOnCopies) expect(s.publisher, s.id).toMatch(/\S/);
  });
});
