/**
 * The release procedure of docs/guides/releasing.md, rehearsed against a real registry (Verdaccio on
 * 127.0.0.1): a clone of the current tree is released as it stands (its pending changesets versioned, or,
 * with none pending, the version it holds: the base), then a correction (a patch) and an addition (a
 * minor) are made the way docs/guides/corrections.md says and released with the same commands; the patch is
 * published by a plain `npm publish` from a clean clone. Three consumer projects pinned to one
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
import { ADDED_SOURCE, add, correct, env, plan, type Registry, root, run, startRegistry } from './rehearsal-helpers.js';

const NAME = 'china-security-risk-data';

const PLAN = plan(root);
const { base: BASE, patch: PATCH, minor: MINOR } = PLAN;
const DAYS: Record<string, string> = { [BASE]: '2026-01-15', [PATCH]: '2026-02-16', [MINOR]: '2026-03-16' };
type Version = string;

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
async function release(work: string, version: Version, publish = true, versionIt = true): Promise<void> {
  const e = env(registry.userconfig, DAYS[version]);
  if (versionIt) {
    log.push(await run('npm', ['run', 'release:status'], work, e));
    log.push(await run('npm', ['run', 'release:version'], work, e));
  }
  expect(JSON.parse(readFileSync(join(work, 'package.json'), 'utf8')).version).toBe(version);
  if (versionIt) {
    await run('git', ['add', '-A'], work, e);
    await run('git', ['commit', '-q', '-m', `Release ${version}`], work, e);
    await run('git', ['push', '-q', 'origin', 'main'], work, e);
  }
  if (publish) log.push(await run('npm', ['run', 'release:publish'], work, e));
  await run('git', ['push', '-q', '--follow-tags', 'origin', 'main'], work, e);
}

async function consumer(name: string, spec: string, exact: boolean): Promise<void> {
  consumers.set(name, await installConsumer(join(tmp, 'consumers', name), spec, exact, env(registry.userconfig), BASE));
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

  // The base: the tree as it stands (versioned if changesets are pending, else released as it holds).
  await release(work, BASE, true, PLAN.versioned);

  // The patch: a correction, its changeset, published by a plain `npm publish` from a clean clone; then the
  // procedure's publish step, run again, finds it published and only tags it.
  correct(work);
  await release(work, PATCH, false);
  const clean = join(tmp, 'clean');
  await clone(origin, clean, e);
  log.push(await run('npm', ['publish'], clean, env(registry.userconfig)));
  log.push(await run('npm', ['run', 'release:publish'], work, env(registry.userconfig)));
  await run('git', ['push', '-q', '--follow-tags', 'origin', 'main'], work, e);

  // The minor: an addition. Versioned first with a plain `changeset version`: the build then fails, naming the
  // command that finishes the step.
  add(work);
  await run('npx', ['changeset', 'version'], work, env(registry.userconfig, DAYS[MINOR]));
  const failed = await run('npm', ['run', 'build'], work, e).then(
    () => 'built',
    (error: Error) => error.message,
  );
  log.push(failed);
  await release(work, MINOR);
  for (const entry of JSON.parse(readFileSync(join(work, 'release/changes.json'), 'utf8')))
    recorded.set(entry.version, entry.fingerprint);

  await Promise.all([
    consumer(`pinned-${BASE}`, BASE, true),
    consumer(`pinned-${PATCH}`, PATCH, true),
    consumer(`pinned-${MINOR}`, MINOR, true),
    consumer('caret', `^${BASE}`, false),
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
    expect(versions).toEqual([BASE, PATCH, MINOR]);
    const tags = (await run('git', ['tag', '--list'], join(tmp, 'origin.git'), e)).trim().split('\n');
    expect(tags).toEqual([BASE, PATCH, MINOR].map((v) => `v${v}`));
  });

  it('a plain `changeset version` leaves a build that fails naming `npm run release:version`', () => {
    const failure = log.find((l) => l.includes('npm run build failed'));
    expect(failure).toContain(
      `package.json is at ${MINOR} but the newest release recorded in release/changes.json is ${PATCH}: run \`npm run release:version\``,
    );
    expect(failure).toContain(
      `package-lock.json version is ${PATCH}, package.json's version is ${MINOR}: run \`npm run release:version\``,
    );
  });

  it('the publish step, run after a plain `npm publish`, skips the published version and only tags it', () => {
    expect(log.some((l) => l.includes(`is not being published because version ${PATCH} is already published`))).toBe(
      true,
    );
  });

  it('each pinned project gets exactly its version: version, fingerprint, records', () => {
    for (const version of [BASE, PATCH, MINOR]) {
      const r = consumers.get(`pinned-${version}`)!;
      expect(r.spec, version).toBe(version);
      expect([r.version, r.dataVersion], version).toEqual([version, version]);
      expect(r.fingerprint, version).toBe(recorded.get(version)!.current);
      expect(r.verified, version).toEqual({ valid: true, actual: r.fingerprint });
      const corrected = version !== BASE;
      expect(r.canada, version).toEqual(corrected ? { value: '2020-07', precision: 'month' } : CANADA_SUSPENSION.date);
      expect(r.hasAddedSource, version).toBe(version === MINOR);
    }
    const fingerprints = new Set([BASE, PATCH, MINOR].map((v) => consumers.get(`pinned-${v}`)!.fingerprint));
    expect(fingerprints.size).toBe(3);
  });

  it('the project on a caret range of the base gets the minor', () => {
    const caret = consumers.get('caret')!;
    // npm saves the caret range of the version it installed.
    expect(caret.spec).toBe(`^${MINOR}`);
    expect(caret.version).toBe(MINOR);
    expect({ ...caret, spec: '' }).toEqual({ ...consumers.get(`pinned-${MINOR}`)!, spec: '' });
  });

  it('each gets the changes since the base, record by record, from the helper and the command line alike', () => {
    const step = consumers.get(`pinned-${BASE}`)!.canadaStep;
    const correction = {
      version: PATCH,
      date: DAYS[PATCH],
      previousVersion: BASE,
      fingerprint: recorded.get(PATCH),
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
    expect(consumers.get(`pinned-${BASE}`)!.changes).toEqual([]);
    expect(consumers.get(`pinned-${PATCH}`)!.changes).toEqual([correction]);
    const [first, addition] = consumers.get(`pinned-${MINOR}`)!.changes;
    expect(first).toEqual(correction);
    expect(addition).toMatchObject({ version: MINOR, date: DAYS[MINOR], previousVersion: PATCH, bump: 'minor' });
    expect(addition!.fingerprint).toEqual(recorded.get(MINOR));
    expect(recorded.get(MINOR)!.previous).toBe(recorded.get(PATCH)!.current);
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
        since: BASE,
        version: r.changes.at(-1)?.version ?? BASE,
        releases: r.changes,
      });
      expect(r.laterThanItself, name).toBe('RangeError');
    }
  });

  it('ships what a user needs and nothing of the workshop, with the dated changelog and citation', () => {
    const r = consumers.get(`pinned-${MINOR}`)!;
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
    expect(r.citation).toContain(`version: "${MINOR}"`);
    expect(r.citation).toContain(`date-released: "${DAYS[MINOR]}"`);
    expect(
      r.changelog.startsWith(
        `# china-security-risk-data\n\n## ${MINOR}\n\nReleased ${DAYS[MINOR]}. Data changes since ${PATCH}`,
      ),
    ).toBe(true);
    expect(r.changelog).toContain(
      `(https://github.com/china-security-risk-data/china-security-risk-data/blob/v${MINOR}/data/changes.json)`,
    );
    // The first release's entry, whenever it was cut.
    expect(r.changelog).toMatch(/## 1\.0\.0\n\nReleased \d{4}-\d{2}-\d{2}\. The first release:/);
    // Each release's entry has one heading per kind of change at most (no five "Major Changes").
    for (const entry of r.changelog.split(/^## /m).slice(1)) {
      expect(entry.match(/^### Major Changes$/gm)?.length ?? 0, entry.slice(0, 20)).toBeLessThanOrEqual(1);
    }
    expect(r.changelog).not.toMatch(/Unreleased|since `HEAD`|^#### /m);
  });
});
