/**
 * The tracker's view stays exact: for 2021-08-31, 2.x answers what 1.0.0 answered, for every country and
 * every treaty, and its panels drawn to that day (`{ asOf: '2021-08-31' }`) are 1.0.0's panels, row for row,
 * except the corrections listed here, each in the changelog. The expected answers are
 * `tests/fixtures/contract-1.0.0.json`, written by running 1.0.0's own code (tag `v1.0.0`):
 *
 * ```sh
 * git worktree add /tmp/v1 v1.0.0 && cd /tmp/v1 && npm ci
 * # then, in a script importing from './src/index.js', for every country with a standing other than
 * # 'none' (or a tracker level): [tierOf(c, { asOf })?.code ?? null, standingOf(c, { asOf }).status,
 * # membershipOf(c, { asOf })?.id ?? null, trackerLevelOf(c)?.code ?? null]; for every treaty
 * # treatyStatus(t.counterparty, { side: t.chinaSide, asOf }) ?? null; and every row of partnershipYears()
 * # and treatyYears() as [key, year, asOf, status, level or step, trackerLevel or action].
 * ```
 *
 * Records added since 1.0.0 that are dated up to August 2021 (a treaty or a partnership the research
 * found later) answer where 1.0.0 had no answer; they are listed too, as additions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  countries,
  membershipOf,
  partnershipYears,
  standingOf,
  tierOf,
  trackerLevelOf,
  treaties,
  treatyStatus,
  treatyYears,
} from '../../src/index.js';

interface Contract {
  readonly asOf: string;
  readonly noneCount: number;
  readonly countries: Record<string, [string | null, string, string | null, string | null]>;
  readonly treaties: Record<string, string | null>;
  readonly partnershipYears: [string, number, string, string, string | null, string | null][];
  readonly treatyYears: [string, number, string, string | null, number | null, string | null][];
}

const contract = JSON.parse(
  readFileSync(new URL('../fixtures/contract-1.0.0.json', import.meta.url), 'utf8'),
) as Contract;
const asOf = contract.asOf;

/**
 * The answers for 2021-08-31 that 2.0.0 corrects, by country or treaty id: what 2.x answers now, and why
 * (each is in the changelog of 2.0.0).
 */
const CORRECTED_COUNTRIES: Record<string, { readonly now: Contract['countries'][string]; readonly why: string }> = {
  IE: {
    now: [null, 'off-ladder', 'ie-3-5-2012', null],
    why: '互惠战略伙伴关系 carries the qualifier 互惠 written onto the name: by the label rule of 2.0.0 it is none of the 16 levels (base level 3.5).',
  },
};
const CORRECTED_TREATIES: Record<string, { readonly now: string | null; readonly why: string }> = {};

/** Countries whose panel rows before 2021 2.0.0 corrects (their 2021-08-31 answer is unchanged), and why. */
const CORRECTED_HISTORIES: Record<string, string> = {
  AR: '中阿21世纪全面合作伙伴关系 (2001-2014) carries the qualifier 21世纪 written onto the name: none of the 16 levels since 2.0.0 (base level 4.3).',
};
/** Treaties whose panel rows before 2021 2.0.0 corrects (their 2021-08-31 status is unchanged), and why. */
const CORRECTED_TREATY_HISTORIES: Record<string, string> = {
  'cn-ls':
    'Its dated steps (2003-2005) rested only on a Wikisource mirror and were withdrawn: no rows (status in 2021 unchanged).',
  'cn-lt':
    'Its signature (2002-06-17) rested only on a copy site and was withdrawn: no rows (status in 2021 unchanged).',
  'cn-uz':
    'Its signature and entry into force (1999-2000) rested only on copies and were withdrawn: no rows (status in 2021 unchanged).',
  'cn-pk': 'Its entry into force of 2008-01 rested only on a blog and was withdrawn: 2003-2020 rows now unknown.',
  'cn-ua': "Its entry into force of 2000-07 is now dated (Ukraine's Ministry of Justice): rows from 1998 known.",
};
/** Treaties whose steps 1.0.0 did not date at all, so that 2.x gives them rows 1.0.0 had not. */
const ADDED_TREATY_ROWS: readonly string[] = [
  'cn-bb', // 1.0.0 left the signature undated; Barbados Today dates it to 2016-03-24.
  'cn-gd', // 1.0.0 left the steps undated; The New Today dates the signature (2016) and approval (2018).
  'cn-cg', // 1.0.0 left the signature undated; it is now dated 2016-07-05.
  'cn-am', // a treaty 1.0.0 did not hold (signed 2019-05-26)
  'cn-pa', // a treaty 1.0.0 did not hold (signed 2018-12-03)
];

/** Countries 1.0.0 had no record for, whose standing on 2021-08-31 2.x now knows (records dated up to then). */
const ADDED_COUNTRIES: Record<string, Contract['countries'][string]> = {};
/** Treaties 1.0.0 did not hold that existed on 2021-08-31 (first step up to then), with their status then. */
const ADDED_TREATIES: Record<string, string | null> = {
  'cn-am': 'not-ratified', // signed 2019-05-26 (Armenia's Constitutional Court, decision SDO-1500)
  'cn-pa': 'not-ratified', // signed 2018-12-03; approved by the NPC Standing Committee on 2024-06-28
  'cn-sr': 'unknown', // approved by the NPC Standing Committee in December 2024; its signing is undated
};

const answer = (code: string): Contract['countries'][string] => [
  tierOf(code, { asOf })?.code ?? null,
  standingOf(code, { asOf })!.status,
  membershipOf(code, { asOf })?.id ?? null,
  trackerLevelOf(code)?.code ?? null,
];

describe(`the answers for ${asOf} are 1.0.0's, but for listed corrections`, () => {
  it('every country', () => {
    const now: Record<string, Contract['countries'][string]> = {};
    for (const c of countries) {
      const a = answer(c.code);
      if (a[1] !== 'none' || a[3] !== null) now[c.code] = a;
    }
    const expected: Record<string, Contract['countries'][string]> = { ...contract.countries, ...ADDED_COUNTRIES };
    for (const [code, c] of Object.entries(CORRECTED_COUNTRIES)) expected[code] = c.now;
    expect(now).toEqual(expected);
    expect(countries.length - Object.keys(now).length).toBe(contract.noneCount - Object.keys(ADDED_COUNTRIES).length);
  });
  it('every treaty', () => {
    const now: Record<string, string | null> = {};
    for (const t of treaties) {
      const status = treatyStatus(t.counterparty, { side: t.chinaSide, asOf }) ?? null;
      if (t.id in contract.treaties || status !== null) now[t.id] = status;
    }
    const expected: Record<string, string | null> = { ...contract.treaties, ...ADDED_TREATIES };
    for (const [id, c] of Object.entries(CORRECTED_TREATIES)) expected[id] = c.now;
    expect(now).toEqual(expected);
  });
  it('the country-year panel drawn to that day', () => {
    const corrected = new Set([
      ...Object.keys(CORRECTED_COUNTRIES),
      ...Object.keys(CORRECTED_HISTORIES),
      ...Object.keys(ADDED_COUNTRIES),
    ]);
    const rows = partnershipYears({ asOf })
      .filter((r) => !corrected.has(r.country))
      .map((r) => [r.country, r.year, r.asOf, r.status, r.level, r.trackerLevel]);
    expect(rows).toEqual(contract.partnershipYears.filter(([country]) => !corrected.has(country)));
  });
  it('the treaty-year panel drawn to that day (the status of every row)', () => {
    // The step behind a status is left out: steps added or withdrawn since 1.0.0 renumber the others.
    const corrected = new Set([...Object.keys(CORRECTED_TREATIES), ...Object.keys(CORRECTED_TREATY_HISTORIES)]);
    const key = (r: readonly unknown[]) => JSON.stringify([r[0], r[1], r[2], r[3]]);
    const now = treatyYears({ asOf })
      .filter((r) => !corrected.has(r.treaty))
      .map((r) => key([r.treaty, r.year, r.asOf, r.status, r.step, r.action]));
    const before = contract.treatyYears.filter(([treaty]) => !corrected.has(treaty)).map(key);
    expect(now.filter((row) => !ADDED_TREATY_ROWS.some((t) => row.startsWith(`["${t}",`)))).toEqual(before);
  });
  it('each correction is in the changelog of the release that made it', () => {
    const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
    const pending = readdirText(new URL('../../.changeset/', import.meta.url));
    for (const key of [
      ...Object.keys(CORRECTED_COUNTRIES),
      ...Object.keys(CORRECTED_TREATIES),
      ...Object.keys(CORRECTED_HISTORIES),
      ...Object.keys(CORRECTED_TREATY_HISTORIES),
    ]) {
      const mention = new RegExp(`contract-1\\.0\\.0[^\\n]*\\b${key}\\b|\\b${key}\\b[^\\n]*2021-08-31`);
      expect(mention.test(changelog) || mention.test(pending), `${key} listed in the changelog`).toBe(true);
    }
  });
});

/** The text of every pending changeset. */
function readdirText(dir: URL): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => readFileSync(new URL(f, dir), 'utf8'))
    .join('\n');
}
