/**
 * The version step after `changeset version` (`npm run release:version` runs both): records the release
 * that package.json now names, and brings every place that holds the version into line.
 *
 * 1. The data of the working tree (`src/data`) is diffed, table by table and record by record, against the
 *    snapshot of the last release in `release/snapshot/`, and the diff is appended to `release/changes.json`
 *    with the version, the day (UTC; `SOURCE_DATE_EPOCH` sets another) and both fingerprints. The snapshot
 *    is then replaced by the data released. Before the first release there is no snapshot: every record
 *    counts as added.
 * 2. `package-lock.json` follows package.json: `npm version <version> --no-git-tag-version
 *    --allow-same-version`, which writes the version into the lock file's two places and nothing else (no
 *    registry asked, unlike `npm install --package-lock-only`, which resolves dist-tags).
 * 3. The generated files are written (`npm run build:files`): `data/changes.json`, `src/version.ts`,
 *    `CITATION.cff`, `data/datapackage.json`...
 * 4. CHANGELOG.md gets the release's day and where its changes are, under the release's heading.
 *
 * Safe to run again: a release already recorded with the same data is left as it is, and steps 2 to 4
 * give the same files. If the data changed after the version was recorded, it stops and says so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeGenerated } from '../../build/main.js';
import { pkg, ROOT } from '../../build/package.js';
import { HISTORY_FILE, jsonText, newest, readHistory, UNRELEASED } from '../../build/release-files.js';
import type { MutableReleaseChanges } from '../../src/schemas/changes.js';
import { TABLE_NAMES, TABLES } from '../../src/registry.js';
import { diffTable, leastBump } from '../data-diff/diff.js';
import { withReleaseLine } from './changelog.js';
import { currentData, readSnapshot, tablesOf, writeSnapshot } from './snapshot.js';
import { bumpBetween, covers } from './versions.js';

/** The day of the release: today in UTC, or the day of `SOURCE_DATE_EPOCH` (seconds) when it is set. */
export function releaseDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

/** Stops the step with a message that says what to do. */
function fail(message: string): never {
  console.error(`release:version: ${message}`);
  process.exit(1);
}

/** The entry of `version`: the data diffed against the snapshot of the previous release. */
function entryFor(
  version: string,
  previous: MutableReleaseChanges | undefined,
  data: ReturnType<typeof currentData>,
): MutableReleaseChanges {
  const snapshot = previous ? readSnapshot(ROOT) : undefined;
  if (previous && !snapshot)
    fail(`release/snapshot/ (the data of ${previous.version}) is missing: restore it from git`);
  const before = snapshot ? tablesOf(snapshot) : undefined;
  const after = tablesOf(data.files);
  const diffs = TABLE_NAMES.map((name) => diffTable(name, TABLES[name], before?.get(name), after.get(name)));
  const tables = diffs
    .filter((t) => t.added.length + t.removed.length + t.changed.length > 0)
    .map(({ table, file, key, added, removed, changed }) => ({ table, file, key, added, removed, changed }));
  return {
    version,
    date: releaseDate(),
    previousVersion: previous?.version ?? null,
    fingerprint: { previous: previous?.fingerprint.current ?? null, current: data.fingerprint },
    bump: leastBump(diffs),
    tables,
  };
}

function record(): MutableReleaseChanges {
  const version = pkg.version;
  if (version === UNRELEASED)
    fail('package.json is at 0.0.0: there is nothing to release (add a changeset: npx changeset)');
  const history = readHistory(ROOT);
  const last = newest(history);
  const data = currentData();
  if (last?.version === version) {
    if (last.fingerprint.current !== data.fingerprint) {
      fail(
        `${version} is recorded, but the data changed since (fingerprint ${last.fingerprint.current.slice(0, 12)} → ${data.fingerprint.slice(0, 12)}). ` +
          'A released version never changes: add a changeset for the change (npx changeset) and run this step again. ' +
          'If the version was not published, discard the step (git restore .) and run it again.',
      );
    }
    console.log(`release:version: ${version} is recorded already, with this data.`);
    return last;
  }
  if (last && bumpBetween(last.version, version) === undefined) {
    fail(`package.json's version ${version} is not after the last release, ${last.version}`);
  }
  const entry = entryFor(version, last, data);
  if (last && !covers(bumpBetween(last.version, version), entry.bump)) {
    console.warn(
      `release:version: warning: the data changes call for a ${entry.bump} release under the versioning policy; ${last.version} → ${version} is not one. Check the changesets' bumps (npm run release:status).`,
    );
  }
  mkdirSync(dirname(join(ROOT, HISTORY_FILE)), { recursive: true });
  writeFileSync(join(ROOT, HISTORY_FILE), jsonText([...history, entry]));
  writeSnapshot(ROOT, data.files);
  console.log(
    `release:version: ${version} recorded in ${HISTORY_FILE} (${entry.tables.length} tables changed since ${entry.previousVersion ?? 'nothing'}); release/snapshot/ now holds its data.`,
  );
  return entry;
}

function main(): void {
  const entry = record();
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { version?: string };
  if (lock.version !== pkg.version) {
    const args = ['version', pkg.version, '--no-git-tag-version', '--allow-same-version', '--ignore-scripts'];
    execFileSync('npm', args, {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  const count = writeGenerated(ROOT);
  console.log(`release:version: ${count} generated files written (npm run build:files).`);
  const changelogFile = join(ROOT, 'CHANGELOG.md');
  const changelog = existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : '';
  const updated = withReleaseLine(changelog, entry);
  if (updated === undefined) fail(`CHANGELOG.md has no heading "## ${entry.version}": run \`changeset version\` first`);
  writeFileSync(changelogFile, updated);
  console.log(`release:version: CHANGELOG.md gives the date of ${entry.version} and where its changes are.`);
}

main();
