/**
 * changesSince() before the first release: the record of changes is empty, so every version but the one it
 * runs in is no released version (the module of `data/changes.json` is replaced by an empty record).
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/generated/changes.js', () => ({ changesJson: '[]' }));
vi.mock('../../src/version.js', () => ({ VERSION: '0.0.0' }));

const { changesSince } = await import('../../src/helpers/changes.js');

describe('changesSince with no release recorded', () => {
  it('answers [] for the version it runs in, and names none released for any other', () => {
    expect(changesSince('0.0.0')).toEqual([]);
    expect(() => changesSince('1.0.0')).toThrow(
      new RangeError('changesSince: "1.0.0" is not a released version (released: none yet)'),
    );
  });
});
