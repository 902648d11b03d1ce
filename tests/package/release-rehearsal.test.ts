/**
 * The release procedure of docs/guides/releasing.md, rehearsed against a real registry (Verdaccio on
 * 127.0.0.1): a clone of the current tree is released as it stands (1.0.0), then a correction (1.0.1) and
 * an addition (1.1.0) are made the way docs/guides/corrections.md says and released with the same commands;
 * 1.0.1 is published by a plain `npm publish` from a clean clone. Three consumer projects pinned to one
 * version each (`--save-exact`) and one on a caret range then get exactly their version's records,
 * version, fingerprint and record of changes, through the package's helper and its command line.
 *
 * The tree is copied from this working tree (tracked and untracked files, as clean-pack did), committed in
 * a bare repository, and cloned from there, with node_modules a symlink to this repository's (what `npm ci`
 * installs from the same lock). The expected values are the facts of tests/fixtures/facts.ts and the two
 * changes the rehearsal makes itself.
 */
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES } from '../../src/registry.js';
import { CANADA_SUSPENSION } from '../fixtures/facts.js';
import { installConsumer, type Report } from './rehearsal-consumer.js';
import { ADDED_SOURCE, add, correct, env, type Registry, root, run, startRegistry } from './rehearsal-helpers.js';

const NAME = 'china-security-risk-data';
const DAYS = { '1.0.0': '2026-01-15', '1.0.1': '2026-02-16', '1.1.0': '2026-03-16' } as const;
type Version = keyof typeof DAYS;

let tmp: string;
let registry: Registry;
const log: string[] = [];
/** What each consumer project reports: its dependency spec, the package's answers and its files. */
const consumers = new Map<string, Report>();

/** Copies this working tree into `dir` (tracked and untracked files that are not ignored), as a commit of a new repository. */
async function copyTree(dir: string, e: NodeJS.ProcessEnv): Promise<void> {
  const files = (await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root, e)).split(
    '\0',
  );
  for (const file of files) {
    if (!file || !existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(root, file), join(dir, file));
  }
  await run('git', ['init', '-q', '-b', 'main'], dir, e);
  await run('git', ['add', '-A'], dir, e);
  await run('git', ['commit', '-q', '-m', 'The tree under test'], dir, e);
}

/** A clone of the origin with the shared node_modules, as after `git clone` and `npm ci`. */
async function clone(origin: string, dir: string, e: NodeJS.ProcessEnv): Promise<void> {
  await run('git', ['clone', '-q', origin, dir], tmp, e);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // .gitignore's `node_modules/` matches a folder, not this symlink: keep it out of the commits.
  appendFileSync(join(dir, '.git/info/exclude'), '/node_modules\n');
}

/** The steps of docs/guides/releasing.md from `release:status` to the tag, with the release committed and pushed. */
async function release(work: string, version: Version, publish = true): Promise<void> {
  const e = env(registry.userconfig, DAYS[version]);
  log.push(await run('npm', ['run', 'release:status'], work, e));
  log.push(await run('npm', ['run', 'release:version'], work, e));
  expect(JSON.parse(readFileSync(join(work, 'package.json'), 'utf8')).version).toBe(version);
  await run('git', ['add', '-A'], work, e);
  await run('git', ['commit', '-q', '-m', `Release ${version}`], work, e);
  await run('git', ['push', '-q', 'origin', 'main'], work, e);
  if (publish) log.push(await run('npm', ['run', 'release:publish'], work, e));
  await run('git', ['push', '-q', '--follow-tags', 'origin', 'main'], work, e);
}

async function consumer(name: string, spec: string, exact: boolean): Promise<void> {
  consumers.set(name, await installConsumer(join(tmp, 'consumers', name), spec, exact, env(registry.userconfig)));
}

/** The fingerprint each release recorded, from the maintainer's clone. */
const recorded = new Map<string, { previous: string | null; current: string }>();

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'csrd-rehearsal-'));
  registry = await startRegistry(join(tmp, 'registry'));
  const e = env(registry.userconfig);
  const tree = join(tmp, 'tree');
  mkdirSync(tree);
  await copyTree(tree, e);
  const origin = join(tmp, 'origin.git');
  await run('git', ['clone', '-q', '--bare', tree, origin], tmp, e);
  const work = join(tmp, 'work');
  await clone(origin, work, e);

  // 1.0.0: the tree as it stands.
  await release(work, '1.0.0');

  // 1.0.1: a correction, its changeset, published by a plain `npm publish` from a clean clone; then the
  // procedure's publish step, run again, finds it published and only tags it.
  correct(work);
  await release(work, '1.0.1', false);
  const clean = join(tmp, 'clean');
  await clone(origin, clean, e);
  log.push(await run('npm', ['publish'], clean, env(registry.userconfig)));
  log.push(await run('npm', ['run', 'release:publish'], work, env(registry.userconfig)));
  await run('git', ['push', '-q', '--follow-tags', 'origin', 'main'], work, e);

  // 1.1.0: an addition. Versioned first with a plain `changeset version`: the build then fails, naming the
  // command that finishes the step.
  add(work);
  await run('npx', ['changeset', 'version'], work, env(registry.userconfig, DAYS['1.1.0']));
  const failed = await run('npm', ['run', 'build'], work, e).then(
    () => 'built',
    (error: Error) => error.message,
  );
  log.push(failed);
  await release(work, '1.1.0');
  for (const entry of JSON.parse(readFileSync(join(work, 'release/changes.json'), 'utf8')))
    recorded.set(entry.version, entry.fingerprint);

  await Promise.all([
    consumer('pinned-1.0.0', '1.0.0', true),
    consumer('pinned-1.0.1', '1.0.1', true),
    consumer('pinned-1.1.0', '1.1.0', true),
    consumer('caret', '^1.0.0', false),
  ]);
}, 540_000);

afterAll(() => {
  registry?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}, 120_000);

describe('the release procedure, rehearsed', () => {
  it('publishes three versions and tags each', async () => {
    const e = env(registry.userconfig);
    const versions = JSON.parse(await run('npm', ['view', NAME, 'versions', '--json'], tmp, e));
    expect(versions).toEqual(['1.0.0', '1.0.1', '1.1.0']);
    const tags = (await run('git', ['tag', '--list'], join(tmp, 'origin.git'), e)).trim().split('\n');
    expect(tags).toEqual(['v1.0.0', 'v1.0.1', 'v1.1.0']);
  });

  it('a plain `changeset version` leaves a build that fails naming `npm run release:version`', () => {
    const failure = log.find((l) => l.includes('npm run build failed'));
    expect(failure).toContain(
      'package.json is at 1.1.0 but the newest release recorded in release/changes.json is 1.0.1: run `npm run release:version`',
    );
    expect(failure).toContain(
      "package-lock.json version is 1.0.1, package.json's version is 1.1.0: run `npm run release:version`",
    );
  });

  it('the publish step, run after a plain `npm publish`, skips the published version and only tags it', () => {
    expect(log.some((l) => l.includes('is not being published because version 1.0.1 is already published'))).toBe(true);
  });

  it('each pinned project gets exactly its version: version, fingerprint, records', () => {
    for (const version of ['1.0.0', '1.0.1', '1.1.0'] as const) {
      const r = consumers.get(`pinned-${version}`)!;
      expect(r.spec, version).toBe(version);
      expect([r.version, r.dataVersion], version).toEqual([version, version]);
      expect(r.fingerprint, version).toBe(recorded.get(version)!.current);
      expect(r.verified, version).toEqual({ valid: true, actual: r.fingerprint });
      const corrected = version !== '1.0.0';
      expect(r.canada, version).toEqual(corrected ? { value: '2020-07', precision: 'month' } : CANADA_SUSPENSION.date);
      expect(r.hasAddedSource, version).toBe(version === '1.1.0');
    }
    const fingerprints = new Set(['1.0.0', '1.0.1', '1.1.0'].map((v) => consumers.get(`pinned-${v}`)!.fingerprint));
    expect(fingerprints.size).toBe(3);
  });

  it('the project on ^1.0.0 gets 1.1.0', () => {
    const caret = consumers.get('caret')!;
    // npm saves the caret range of the version it installed.
    expect(caret.spec).toBe('^1.1.0');
    expect(caret.version).toBe('1.1.0');
    expect({ ...caret, spec: '' }).toEqual({ ...consumers.get('pinned-1.1.0')!, spec: '' });
  });

  it('each gets the changes since 1.0.0, record by record, from the helper and the command line alike', () => {
    const step = consumers.get('pinned-1.0.0')!.canadaStep;
    const correction = {
      version: '1.0.1',
      date: DAYS['1.0.1'],
      previousVersion: '1.0.0',
      fingerprint: recorded.get('1.0.1'),
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
              changes: [
                {
                  path: `steps[${step}].date.precision`,
                  kind: 'changed',
                  old: CANADA_SUSPENSION.date.precision,
                  new: 'month',
                },
                {
                  path: `steps[${step}].date.value`,
                  kind: 'changed',
                  old: CANADA_SUSPENSION.date.value,
                  new: '2020-07',
                },
              ],
            },
          ],
        },
      ],
    };
    expect(consumers.get('pinned-1.0.0')!.changes).toEqual([]);
    expect(consumers.get('pinned-1.0.1')!.changes).toEqual([correction]);
    const [first, addition] = consumers.get('pinned-1.1.0')!.changes;
    expect(first).toEqual(correction);
    expect(addition).toMatchObject({ version: '1.1.0', date: DAYS['1.1.0'], previousVersion: '1.0.1', bump: 'minor' });
    expect(addition!.fingerprint).toEqual(recorded.get('1.1.0'));
    expect(recorded.get('1.1.0')!.previous).toBe(recorded.get('1.0.1')!.current);
    const sources = addition!.tables.find((t) => t.table === 'sources');
    expect(sources).toMatchObject({ added: [ADDED_SOURCE], removed: [], changed: [] });
    const hkCa = addition!.tables.find((t) => t.table === 'treaties')!.changed;
    expect(hkCa.map((r) => r.key)).toEqual(['hk-ca']);
    for (const change of hkCa[0]!.changes) {
      expect(change.path.startsWith(`statusSources[source=${ADDED_SOURCE}]`)).toBe(true);
      expect(change.kind).toBe('added');
    }
    for (const [name, r] of consumers) {
      expect(r.cli, name).toEqual({
        since: '1.0.0',
        version: r.changes.at(-1)?.version ?? '1.0.0',
        releases: r.changes,
      });
      expect(r.laterThanItself, name).toBe('RangeError');
    }
  });

  it('ships what a user needs and nothing of the workshop, with the dated changelog and citation', () => {
    const r = consumers.get('pinned-1.1.0')!;
    for (const { name } of Object.values(ENTRIES)) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts'])
        expect(r.files, `${name}.${ext}`).toContain(`dist/${name}.${ext}`);
    }
    for (const file of [
      'dist/cli.js',
      'data/changes.json',
      'data/schema/changes.schema.json',
      'data/treaties.csv',
      'CHANGELOG.md',
      'CITATION.cff',
      'LICENSE',
      'README.md',
    ]) {
      expect(r.files).toContain(file);
    }
    expect(r.files.filter((f) => /^src\/|\.map$|metafile|\.tgz$/.test(f))).toEqual([]);
    expect(r.citation).toContain('version: "1.1.0"');
    expect(r.citation).toContain(`date-released: "${DAYS['1.1.0']}"`);
    expect(r.changelog).toMatch(
      /^# china-security-risk-data\n\n## 1\.1\.0\n\nReleased 2026-03-16\. Data changes since 1\.0\.1/,
    );
    expect(r.changelog).toContain(
      '(https://github.com/china-security-risk-data/china-security-risk-data/blob/v1.1.0/data/changes.json)',
    );
    expect(r.changelog).toContain(`## 1.0.0\n\nReleased ${DAYS['1.0.0']}. The first release:`);
    expect(r.changelog.match(/^### Major Changes$/gm)).toHaveLength(1);
    expect(r.changelog).not.toMatch(/Unreleased|since `HEAD`|^#### /m);
  });
});
