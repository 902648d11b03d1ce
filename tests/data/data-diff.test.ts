/** scripts/data-diff.ts: the diff itself on tables written by hand, and the script against HEAD. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { canonical, diffTables, leastBump, toMarkdown, type Tables } from '../../scripts/data-diff.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const before: Tables = {
  treaties: [
    {
      id: 'hk-ca',
      status: 'suspended',
      steps: [{ action: 'signed', date: { value: '1993-09-07', precision: 'day' } }],
    },
    { id: 'hk-fr', status: 'not-ratified', steps: [] },
    { id: 'cn-th', status: 'in-force', steps: [] },
  ],
  levels: [{ code: '3.5', tracker: { count: 16, named: ['CA', 'CZ'] } }],
};

describe('diffTables', () => {
  it('lists ids added, removed and changed (with the fields that changed), per table', () => {
    const after: Tables = {
      treaties: [
        // key order differs, content the same: no change
        {
          steps: [{ date: { precision: 'day', value: '1993-09-07' }, action: 'signed' }],
          status: 'suspended',
          id: 'hk-ca',
        },
        { id: 'hk-fr', status: 'not-ratified', steps: [], note: 'Shelved by Hong Kong in August 2020.' },
        { id: 'cn-be', status: 'in-force', steps: [] },
      ],
      levels: [{ code: '3.5', tracker: { count: 16, named: ['CA', 'CZ'] } }],
    };
    const diffs = diffTables(before, after);
    expect(diffs.find((d) => d.table === 'treaties')).toEqual({
      table: 'treaties',
      added: ['cn-be'],
      removed: ['cn-th'],
      changed: [{ key: 'hk-fr', fields: ['note'] }],
    });
    expect(diffs.find((d) => d.table === 'levels')).toMatchObject({ added: [], removed: [], changed: [] });
    // A table neither side has is reported as not compared, never as all added.
    expect(diffs.find((d) => d.table === 'events')).toMatchObject({ unavailable: true, added: [] });
    expect(leastBump(diffs)).toBe('major');
  });

  it('asks for the least bump of the versioning policy', () => {
    const changedOnly = diffTables(before, {
      ...before,
      levels: [{ code: '3.5', tracker: { count: 17, named: ['CA', 'CZ'] } }],
    });
    expect(changedOnly.find((d) => d.table === 'levels')!.changed).toEqual([{ key: '3.5', fields: ['tracker'] }]);
    expect(leastBump(changedOnly)).toBe('patch');
    const added = diffTables(before, {
      ...before,
      levels: [...before.levels!, { code: '3.6', tracker: { count: 1, named: ['CH'] } }],
    });
    expect(leastBump(added)).toBe('minor');
    expect(leastBump(diffTables(before, before))).toBe('none');
  });

  it('writes Markdown for a changeset', () => {
    const after: Tables = {
      ...before,
      treaties: [...before.treaties!, { id: 'cn-be', status: 'in-force', steps: [] }],
    };
    const md = toMarkdown(diffTables(before, after), 'v1.0.0', '0123456789abcdef0123');
    expect(md).toContain('## Data changes since `v1.0.0` (0123456789ab)');
    expect(md).toContain('Least bump under the versioning policy: **minor**');
    expect(md).toContain('| treaties | 1 | 0 | 0 |');
    expect(md).toContain('### treaties\n\n- added: `cn-be`');
    expect(toMarkdown(diffTables(before, before), 'HEAD', 'abc')).toMatch(/No data changes/);
  });

  it('canonical JSON ignores key order only', () => {
    expect(canonical({ b: 1, a: [{ d: 1, c: 2 }] })).toBe(canonical({ a: [{ c: 2, d: 1 }], b: 1 }));
    expect(canonical({ a: [1, 2] })).not.toBe(canonical({ a: [2, 1] }));
  });
});

describe.runIf(existsSync(`${root}/.git`))('npm run data-diff -- HEAD', () => {
  it('loads the tables at HEAD and prints a Markdown report', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/data-diff.ts', 'HEAD'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(stdout).toMatch(/^## Data changes since `HEAD` \([0-9a-f]{12}\)\n\n/);
    // Either nothing changed since the last commit, or a summary table of what did.
    expect(stdout).toMatch(/No data changes|\| table \| added \| removed \| changed \|/);
  });

  it('fails clearly on a ref that is not a commit', async () => {
    const result = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/data-diff.ts', 'no-such-ref-xyz'],
      { cwd: root, encoding: 'utf8' },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(result).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('not a commit in this repository: no-such-ref-xyz'),
    });
  });
});
