/** The pure parts of the release scripts: the changelog line, the notes of a version, versions compared. */
import { describe, expect, it } from 'vitest';
import { notesOf, releaseLine, withReleaseLine } from '../../scripts/release/changelog.js';
import { bumpBetween, bumped, covers, larger } from '../../scripts/release/versions.js';
import type { MutableReleaseChanges } from '../../src/schemas/changes.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const entry = (over: Partial<MutableReleaseChanges>): MutableReleaseChanges => ({
  version: '1.0.1',
  date: '2026-02-16',
  previousVersion: '1.0.0',
  fingerprint: { previous: A, current: B },
  bump: 'patch',
  tables: [
    {
      table: 'treaties',
      file: 'data/treaties.json',
      key: 'id',
      added: ['x'],
      removed: [],
      changed: [{ key: 'hk-ca', changes: [{ path: 'a', kind: 'changed', old: 1, new: 2 }] }],
    },
  ],
  ...over,
});
const LINK = '(https://github.com/china-security-risk-data/china-security-risk-data/blob/v1.0.1/data/changes.json)';
const CHANGELOG =
  '# china-security-risk-data\n\n## 1.0.1\n\n### Patch Changes\n\n- fix\n\n## 1.0.0\n\n### Major Changes\n\n- first\n';

describe('the release line of CHANGELOG.md', () => {
  it('gives the day, the counts and the fingerprints, and links the record of changes at the tag', () => {
    expect(releaseLine(entry({}))).toBe(
      `Released 2026-02-16. Data changes since 1.0.0, in \`treaties\`: 1 added, 0 removed, 1 changed (fingerprint \`aaaaaaaaaaaa\` → \`bbbbbbbbbbbb\`). Every record and changed value, old → new, is in the entry \`1.0.1\` of [\`data/changes.json\`]${LINK}, and \`npx china-security-risk-data changes --since 1.0.0\` prints them.`,
    );
    expect(releaseLine(entry({ tables: [], fingerprint: { previous: B, current: B } }))).toMatch(
      /^Released 2026-02-16\. No data changes since 1\.0\.0: .*fingerprint `bbbbbbbbbbbb`/,
    );
    expect(releaseLine(entry({ previousVersion: null }))).toMatch(
      /^Released 2026-02-16\. The first release: 1 record in 1 table/,
    );
  });
  it('goes under the heading of its version, once however often it is added', () => {
    const once = withReleaseLine(CHANGELOG, entry({}))!;
    expect(once).toContain(`## 1.0.1\n\n${releaseLine(entry({}))}\n\n### Patch Changes\n`);
    expect(withReleaseLine(once, entry({}))).toBe(once);
    expect(withReleaseLine(once, entry({ date: '2026-02-17' }))).toBe(once.replace('2026-02-16', '2026-02-17'));
    expect(withReleaseLine(CHANGELOG, entry({ version: '2.0.0' }))).toBeUndefined();
  });
  it('the notes of a version are its entry, without the heading', () => {
    expect(notesOf(CHANGELOG, '1.0.1')).toBe('### Patch Changes\n\n- fix\n');
    expect(notesOf(CHANGELOG, '1.0.0')).toBe('### Major Changes\n\n- first\n');
    expect(notesOf(CHANGELOG, '0.9.0')).toBeUndefined();
  });
});

describe('versions', () => {
  it('the bump between two versions, none when the second is not later', () => {
    expect(bumpBetween('1.0.0', '2.0.0')).toBe('major');
    expect(bumpBetween('1.0.0', '1.1.0')).toBe('minor');
    expect(bumpBetween('1.0.0', '1.0.1')).toBe('patch');
    expect(bumpBetween('0.0.0', '1.0.0')).toBe('major');
    for (const [a, b] of [
      ['1.0.0', '1.0.0'],
      ['1.1.0', '1.0.9'],
      ['2.0.0', '1.9.9'],
    ])
      expect(bumpBetween(a!, b!), `${a} ${b}`).toBeUndefined();
    expect(() => bumpBetween('1.0', '1.0.1')).toThrow('not a version');
  });
  it('bumps compared, and a version bumped', () => {
    expect(covers('minor', 'patch')).toBe(true);
    expect(covers('patch', 'minor')).toBe(false);
    expect(covers(undefined, 'none')).toBe(true);
    expect(larger('patch', 'major')).toBe('major');
    expect([
      bumped('1.2.3', 'major'),
      bumped('1.2.3', 'minor'),
      bumped('1.2.3', 'patch'),
      bumped('1.2.3', 'none'),
    ]).toEqual(['2.0.0', '1.3.0', '1.2.4', '1.2.3']);
  });
});
