/**
 * The scripts in examples/ run (with tsx, as a user would run them) and print what they should: key
 * lines checked against expectations written by hand from the research files.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = async (script: string, args: string[] = []) => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', `examples/${script}`, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return stdout.split('\n');
};

describe.concurrent('examples', () => {
  it('rank-by-closeness: closest first, with the level of each; North Korea and unknown names apart', async ({
    expect,
  }) => {
    const lines = await run('rank-by-closeness.ts');
    const ranked = lines.filter((l) => /^\s*\d+\. /.test(l));
    expect(
      ranked.map((l) =>
        l
          .match(/\(([A-Z]{2})\)\s+(\d\.\d)/)
          ?.slice(1, 3)
          .join(' '),
      ),
    ).toEqual(['RU 1.1', 'PK 2.1', 'DE 3.1', 'BR 3.3', 'GB 3.3', 'JP 4.4', 'IL 5.1']);
    expect(lines).toContain('    North Korea (KP): outside the partnership framework');
    expect(lines).toContain('    Atlantis: not a country name the data knows');
  });

  it('rank-by-closeness: takes names from the command line, in English or Chinese', async ({ expect }) => {
    const lines = await run('rank-by-closeness.ts', ['Czechia', '德国', 'Kazakhstan']);
    expect(lines.filter((l) => /^\s*\d+\. /.test(l)).map((l) => l.trim().replace(/\s+/g, ' '))).toEqual([
      '1. Germany (DE) 3.1 All-round Strategic Partnership',
      '2. Kazakhstan (KZ) 3.2 Permanent Comprehensive Strategic Partnership',
      '3. Czech Republic (CZ) 3.5 Strategic Partnership',
    ]);
  });

  it('hong-kong-suspensions: nine agreements, each suspended first by the foreign side, then by Hong Kong or Beijing', async ({
    expect,
  }) => {
    const lines = await run('hong-kong-suspensions.ts');
    expect(lines[0]).toBe("9 of Hong Kong's 20 agreements were suspended after 2020-06-30:");
    const heads = lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
    expect(heads).toEqual([
      'Canada (hk-ca)',
      'Australia (hk-au)',
      'United Kingdom (hk-gb)',
      'New Zealand (hk-nz)',
      'Germany (hk-de)',
      'United States (hk-us)',
      'Netherlands (hk-nl)',
      'Ireland (hk-ie)',
      'Finland (hk-fi)',
    ]);
    const text = lines.join('\n');
    expect(text).toContain('2020-07-03 suspended by Government of Canada [CA]');
    expect(text).toMatch(/2020-07-28 suspended by PRC Ministry of Foreign Affairs \[CN\]/);
    // The executive order of 14 July 2020 announced the US suspension; the State Department's notice of 19 August made it.
    expect(text).toContain('2020-07-14 announced by President of the United States (Executive Order 13936) [US]');
    expect(text).toContain('2020-08-19 suspended by U.S. Department of State [US]');
    expect(text).toMatch(/2020-10 +suspended by Netherlands Ministry of Foreign Affairs/);
    expect(text).toMatch(/2020-11-10 suspended by HKSAR Government .*\[HK\]/);
    expect(text).toContain('2020-07-13 announced by Finnish Ministry for Foreign Affairs');
    expect(text).toMatch(/^Never in force: France \(hk-fr\), last step shelved on 2020-08-12 by HKSAR Government/m);
  });

  it('nato-summit-2021: the summit on 2021-06-14, the G7 just before and the EU-US summit just after', async ({
    expect,
  }) => {
    const lines = await run('nato-summit-2021.ts');
    expect(lines[0]).toBe(
      'NATO summit names China a systemic challenge (2021-06-14); events from 2021-05-31 to 2021-06-28:',
    );
    const summit = lines.findIndex((l) => l.startsWith('>>'));
    expect(lines[summit]).toMatch(/^>> +0 d {2}2021-06-14 +NATO summit names China a systemic challenge/);
    expect(lines.slice(1, summit).join('\n')).toMatch(
      /-3\.\.-1 d {2}2021-06-11\.\.2021-06-13 +G7 leaders meet in Carbis Bay/,
    );
    expect(lines.slice(1, summit).join('\n')).toMatch(
      /-4 d {2}2021-06-10 +China adopts the Anti-Foreign Sanctions Law/,
    );
    expect(lines.slice(summit + 1).join('\n')).toMatch(/\+1 d {2}2021-06-15 +EU-US summit in Brussels/);
    expect(lines.slice(summit + 1).join('\n')).toMatch(
      /\+14 d {2}2021-06-28 +Xi and Putin extend the 2001 friendship treaty/,
    );
  });

  it('quick-start: the tour runs', async ({ expect }) => {
    const lines = await run('quick-start.ts');
    expect(lines[0]).toMatch(/^MERICS China Security and Risk Tracker No\. 3 \(2021-08\) and the years since/);
    expect(lines[0]).toMatch(/covered to 2026-01-31$/);
    expect(lines.join('\n')).toContain("4. Members of level 4.2 in the tracker's month: MV, RO; today: RO");
    expect(lines.join('\n')).toContain(
      'Hungary today: off-ladder (all-weather comprehensive strategic partnership for the new era); its base level, a reading: 3.3',
    );
  });
});
