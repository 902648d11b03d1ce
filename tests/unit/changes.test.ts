/**
 * changesSince() on a record of releases written here by hand (the module of `data/changes.json` is
 * replaced by it), and on this tree's own record.
 */
import { describe, expect, it, vi } from 'vitest';

const RELEASES = [
  {
    version: '1.0.0',
    date: '2026-01-15',
    previousVersion: null,
    fingerprint: { previous: null, current: 'a'.repeat(64) },
    bump: 'minor',
    tables: [{ table: 'tiers', file: 'data/tiers.json', key: 'code', added: ['1'], removed: [], changed: [] }],
  },
  {
    version: '1.0.1',
    date: '2026-02-16',
    previousVersion: '1.0.0',
    fingerprint: { previous: 'a'.repeat(64), current: 'b'.repeat(64) },
    bump: 'patch',
    tables: [
      {
        table: 'treaties',
        file: 'data/treaties.json',
        key: 'id',
        added: [],
        removed: [],
        changed: [
          {
            key: 'hk-ca',
            changes: [{ path: 'steps[2].date.value', kind: 'changed', old: '2020-07-03', new: '2020-07' }],
          },
        ],
      },
    ],
  },
  {
    version: '1.1.0',
    date: '2026-03-16',
    previousVersion: '1.0.1',
    fingerprint: { previous: 'b'.repeat(64), current: 'b'.repeat(64) },
    bump: 'none',
    tables: [],
  },
];

vi.mock('../../src/generated/changes.js', () => ({ changesJson: JSON.stringify(RELEASES) }));
vi.mock('../../src/version.js', () => ({ VERSION: '1.2.0-dev' }));

const { changesSince } = await import('../../src/helpers/changes.js');
const { ChangesSchema } = await import('../../src/schemas/changes.js');

describe('changesSince', () => {
  it('the record written here is a valid data/changes.json', () => {
    expect(ChangesSchema.parse(RELEASES)).toEqual(RELEASES);
  });
  it('returns the releases after a released version, oldest first', () => {
    expect(changesSince('1.0.0')).toEqual(RELEASES.slice(1));
    expect(changesSince('1.0.1')).toEqual(RELEASES.slice(2));
    expect(changesSince('1.1.0')).toEqual([]);
    expect(changesSince('1.0.1')[0]!.tables).toEqual([]);
  });
  it('answers [] for the version it runs in, released or not', () => {
    expect(changesSince('1.2.0-dev')).toEqual([]);
  });
  it('hands out new arrays of frozen entries', () => {
    const a = changesSince('1.0.0') as unknown[] as typeof RELEASES;
    a.pop();
    expect(changesSince('1.0.0')).toHaveLength(2);
    expect(Object.isFrozen(a[0])).toBe(true);
    expect(Object.isFrozen(a[0]!.tables[0]!.changed[0]!.changes[0])).toBe(true);
  });
  it('a version never released is a RangeError listing those released; a non-string a TypeError', () => {
    expect(() => changesSince('1.0.2')).toThrow(
      new RangeError('changesSince: "1.0.2" is not a released version (released: 1.0.0, 1.0.1, 1.1.0)'),
    );
    expect(() => changesSince('v1.0.0')).toThrow(RangeError);
    for (const bad of [1, null, undefined, {}, ['1.0.0']]) expect(() => changesSince(bad as never)).toThrow(TypeError);
  });
});
