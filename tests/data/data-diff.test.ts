/**
 * `npm run data-diff` (scripts/data-diff/main.ts) on two git states of a temporary repository, whose
 * data/*.json files are written here by hand, and on HEAD of this repository.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, UsageError } from '../../scripts/data-diff/main.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const gitIn = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

const THENEWS = 'thenews-pk-2020-07-29-china-halts-hk-treaties';
const DAILYHIVE = 'dailyhive-2020-07-03-canada-suspends-hk-treaty';
const BRITAIN =
  "China announced the suspension on Tuesday of Hong Kong's extradition treaties with Canada, Australia and Britain";
const UK =
  "China announced the suspension on Tuesday of Hong Kong's extradition treaties with Canada, Australia and the United Kingdom";

/** The data at the ref (tag v1). */
const atRef = {
  treaties: [
    {
      id: 'hk-ca',
      status: 'suspended',
      statusSources: [
        { section: 'graphic-of-the-quarter', source: 'merics-csrt-3' },
        { excerpt: BRITAIN, source: THENEWS },
      ],
      steps: [
        { action: 'signed', date: { precision: 'day', value: '1993-09-07' } },
        { action: 'suspended', date: { precision: 'month', value: '2020-07' } },
      ],
    },
    { id: 'hk-fr', status: 'not-ratified', steps: [] },
    { id: 'cn-th', status: 'in-force', steps: [] },
  ],
  levels: [{ code: '3.5', nameEn: 'Strategic Partnership', tracker: { count: 16, named: ['CA', 'CZ'] } }],
  events: [{ id: 'henan-floods-2021', kind: 'domestic' }],
  sources: [
    { id: 'merics-csrt-3', kind: 'tracker', title: 'MERICS China Security and Risk Tracker No. 3' },
    { id: THENEWS, kind: 'news', language: 'en' },
  ],
};

/** The working tree: records changed, added and removed; events.json deleted; conflicts.json new. */
const working = {
  treaties: [
    { id: 'cn-be', status: 'in-force', steps: [] },
    {
      id: 'hk-ca',
      status: 'suspended',
      statusSources: [
        { section: 'graphic-of-the-quarter', source: 'merics-csrt-3' },
        { excerpt: "Canada 'is suspending' the Canada-Hong Kong extradition treaty", source: DAILYHIVE },
        { excerpt: UK, source: THENEWS },
      ],
      steps: [
        { action: 'signed', date: { precision: 'day', value: '1993-09-07' } },
        { action: 'suspended', by: { country: 'CA' }, date: { precision: 'day', value: '2020-07-03' } },
        { action: 'suspended', date: { precision: 'day', value: '2020-07-28' } },
      ],
    },
    { id: 'hk-fr', status: 'not-ratified', steps: [] },
  ],
  levels: [{ code: '3.5', nameEn: 'Strategic Partnership', tracker: { count: 17, named: ['CA', 'CZ', 'IE'] } }],
  conflicts: [{ id: 'kr-level', table: 'partnerships' }],
  // The same records in another order, with their keys in another order: no change.
  sources: [
    { language: 'en', kind: 'news', id: THENEWS },
    { title: 'MERICS China Security and Risk Tracker No. 3', kind: 'tracker', id: 'merics-csrt-3' },
  ],
};

const FILES = { treaties: 'treaties', levels: 'levels', events: 'events', sources: 'sources', conflicts: 'conflicts' };

function writeTables(dir: string, tables: Partial<Record<keyof typeof FILES, unknown>>): void {
  for (const [name, file] of Object.entries(FILES)) {
    const path = join(dir, 'data', `${file}.json`);
    const rows = tables[name as keyof typeof FILES];
    if (rows === undefined) rmSync(path, { force: true });
    else writeFileSync(path, `${JSON.stringify(rows, null, 2)}\n`);
  }
}

describe('data-diff between two states of a temporary repository', () => {
  let dir: string;
  let commit: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'data-diff-'));
    mkdirSync(join(dir, 'data'));
    gitIn(dir, 'init', '--quiet');
    writeTables(dir, atRef);
    gitIn(dir, 'add', 'data');
    gitIn(dir, 'commit', '--quiet', '--no-gpg-sign', '-m', 'v1');
    gitIn(dir, 'tag', 'v1');
    commit = gitIn(dir, 'rev-parse', 'HEAD');
    writeTables(dir, working);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the Markdown changelog: counts per table, ids added and removed, each changed leaf old → new', async () => {
    const out = join(dir, 'notes', 'data-changes.md');
    expect(await main(['v1', '--out', out], dir)).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(
      [
        `Data changes since \`v1\` (\`${commit.slice(0, 12)}\`), in 4 tables. Least bump under the versioning policy: **major** (a record removed: major; added: minor; a value changed: patch).`,
        '',
        '**levels** (`data/levels.json`, records by `code`): 0 added, 0 removed, 1 changed.',
        '',
        '- Changed `3.5`:',
        '  - `tracker.count`: `16` → `17`',
        '  - `tracker.named`: `["CA","CZ"]` → `["CA","CZ","IE"]`',
        '',
        '**treaties** (`data/treaties.json`, records by `id`): 1 added, 1 removed, 1 changed.',
        '',
        '- Added: `cn-be`',
        '- Removed: `cn-th`',
        '- Changed `hk-ca`:',
        "  - `statusSources[source=dailyhive-2020-07-03-canada-suspends-hk-treaty].excerpt`: (none) → `Canada 'is suspending' the Canada-Hong Kong extradition treaty`",
        '  - `statusSources[source=dailyhive-2020-07-03-canada-suspends-hk-treaty].source`: (none) → `dailyhive-2020-07-03-canada-suspends-hk-treaty`',
        // Both longer than 80 characters: shown from about 20 before "Britain", 80 characters each.
        "  - `statusSources[source=thenews-pk-2020-07-29-china-halts-hk-treaties].excerpt`: `…n Tuesday of Hong Kong's extradition treaties with Canada, Australia and Britain` → `…f Hong Kong's extradition treaties with Canada, Australia and the United Kingdom`",
        '  - `steps[1].by.country`: (none) → `CA`',
        '  - `steps[1].date.precision`: `month` → `day`',
        '  - `steps[1].date.value`: `2020-07` → `2020-07-03`',
        '  - `steps[2].action`: (none) → `suspended`',
        '  - `steps[2].date.precision`: (none) → `day`',
        '  - `steps[2].date.value`: (none) → `2020-07-28`',
        '',
        '**events** (`data/events.json`, records by `id`; not in `data/` in the working tree): 0 added, 1 removed, 0 changed.',
        '',
        '- Removed: `henan-floods-2021`',
        '',
        '**conflicts** (`data/conflicts.json`, records by `id`; not in `data/` at the ref): 1 added, 0 removed, 0 changed.',
        '',
        '- Added: `kr-level`',
        '',
        'Unchanged: `sources`.',
        '',
        'Not in `data/` on either side: `tiers`, `partnerships`, `communities`, `outsideFramework`, `watchItems`, `countries`.',
        '',
      ].join('\n'),
    );
  });

  it('writes the same as JSON, with the strings whole', async () => {
    const out = join(dir, 'data-changes.json');
    expect(await main(['v1', '--format', 'json', '--out', out], dir)).toBe('');
    const unchanged = { atRef: true, inWorkingTree: true, added: [], removed: [], changed: [] };
    const absent = { atRef: false, inWorkingTree: false, added: [], removed: [], changed: [] };
    expect(JSON.parse(readFileSync(out, 'utf8'))).toStrictEqual({
      ref: 'v1',
      commit,
      bump: 'major',
      tables: [
        { table: 'tiers', file: 'data/tiers.json', key: 'code', ...absent },
        {
          table: 'levels',
          file: 'data/levels.json',
          key: 'code',
          ...unchanged,
          changed: [
            {
              key: '3.5',
              changes: [
                { path: 'tracker.count', kind: 'changed', old: 16, new: 17 },
                { path: 'tracker.named', kind: 'changed', old: ['CA', 'CZ'], new: ['CA', 'CZ', 'IE'] },
              ],
            },
          ],
        },
        { table: 'partnerships', file: 'data/partnerships.json', key: 'id', ...absent },
        { table: 'communities', file: 'data/communities.json', key: 'id', ...absent },
        { table: 'outsideFramework', file: 'data/outside-framework.json', key: 'country', ...absent },
        {
          table: 'treaties',
          file: 'data/treaties.json',
          key: 'id',
          ...unchanged,
          added: ['cn-be'],
          removed: ['cn-th'],
          changed: [
            {
              key: 'hk-ca',
              changes: [
                {
                  path: `statusSources[source=${DAILYHIVE}].excerpt`,
                  kind: 'added',
                  new: "Canada 'is suspending' the Canada-Hong Kong extradition treaty",
                },
                { path: `statusSources[source=${DAILYHIVE}].source`, kind: 'added', new: DAILYHIVE },
                { path: `statusSources[source=${THENEWS}].excerpt`, kind: 'changed', old: BRITAIN, new: UK },
                { path: 'steps[1].by.country', kind: 'added', new: 'CA' },
                { path: 'steps[1].date.precision', kind: 'changed', old: 'month', new: 'day' },
                { path: 'steps[1].date.value', kind: 'changed', old: '2020-07', new: '2020-07-03' },
                { path: 'steps[2].action', kind: 'added', new: 'suspended' },
                { path: 'steps[2].date.precision', kind: 'added', new: 'day' },
                { path: 'steps[2].date.value', kind: 'added', new: '2020-07-28' },
              ],
            },
          ],
        },
        {
          table: 'events',
          file: 'data/events.json',
          key: 'id',
          ...unchanged,
          inWorkingTree: false,
          removed: ['henan-floods-2021'],
        },
        { table: 'watchItems', file: 'data/watch-items.json', key: 'id', ...absent },
        { table: 'conflicts', file: 'data/conflicts.json', key: 'id', ...unchanged, atRef: false, added: ['kr-level'] },
        { table: 'sources', file: 'data/sources.json', key: 'id', ...unchanged },
        { table: 'countries', file: 'data/countries.json', key: 'code', ...absent },
      ],
    });
  });

  it('says so when nothing changed, and prints to stdout without --out', async () => {
    gitIn(dir, 'add', '--all', 'data');
    gitIn(dir, 'commit', '--quiet', '--no-gpg-sign', '-m', 'v2');
    const head = gitIn(dir, 'rev-parse', 'HEAD');
    expect(await main(['HEAD'], dir)).toBe(
      `Data changes since \`HEAD\` (\`${head.slice(0, 12)}\`): none. Every table holds the same records as at \`HEAD\`.\n\nNot in \`data/\` on either side: \`tiers\`, \`partnerships\`, \`communities\`, \`outsideFramework\`, \`events\`, \`watchItems\`, \`countries\`.\n`,
    );
  });

  it('refuses a bad command line', async () => {
    await expect(main([], dir)).rejects.toThrow(UsageError);
    await expect(main(['v1', 'v2'], dir)).rejects.toThrow(UsageError);
    await expect(main(['v1', '--format', 'yaml'], dir)).rejects.toThrow('--format must be markdown or json');
    await expect(main(['v1', '--json'], dir)).rejects.toThrow(UsageError);
    await expect(main(['no-such-ref'], dir)).rejects.toThrow('data-diff: not a commit in this repository: no-such-ref');
  });
});

const hasGit = existsSync(join(root, '.git'));
const dataEdited =
  hasGit && execFileSync('git', ['status', '--porcelain', '--', 'data', 'src/data'], { cwd: root }).length > 0;

describe.runIf(hasGit)('npm run data-diff on this repository', () => {
  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/data-diff/main.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
    });

  // Skipped while data/ or src/data has uncommitted edits: then there is a change to report.
  it.skipIf(dataEdited)('reports no change against HEAD', async () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const { stdout, stderr } = await run('HEAD');
    expect(stdout).toBe(
      `Data changes since \`HEAD\` (\`${head.slice(0, 12)}\`): none. Every table holds the same records as at \`HEAD\`.\n`,
    );
    expect(stderr).toBe(''); // no warning that data/ is out of date with src/data
  });

  it('exits 1 on a ref that is not a commit, 2 on bad arguments', async () => {
    await expect(run('no-such-ref-xyz')).rejects.toMatchObject({
      code: 1,
      stderr: 'data-diff: not a commit in this repository: no-such-ref-xyz\n',
    });
    await expect(run('HEAD', '--format', 'yaml')).rejects.toMatchObject({ code: 2 });
  });
});
