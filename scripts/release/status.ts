/**
 * `npm run release:status`: what the next release would be, read-only. Lists the pending changesets and
 * the version they make, and the data changes since the last release (diffed against `release/snapshot/`,
 * record by record, as the version step will record them). Exit status 1 when the release would break the
 * versioning policy: data changed with no changeset, or a bump smaller than the data changes call for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pkg, ROOT } from '../../build/package.js';
import { newest, readHistory, UNRELEASED } from '../../build/release-files.js';
import { TABLE_NAMES, TABLES } from '../../src/registry.js';
import { diffTable, leastBump, type TableDiff } from '../data-diff/diff.js';
import { changeLine } from '../data-diff/markdown.js';
import { currentData, readSnapshot, tablesOf } from './snapshot.js';
import { type Bump, bumpBetween, bumped, covers, larger } from './versions.js';

/** The pending changesets (`.changeset/*.md`) and the bump each gives this package. */
export function pendingChangesets(root: string): { file: string; bump: Bump }[] {
  const dir = join(root, '.changeset');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      const m = new RegExp(`^["']?${pkg.name}["']?\\s*:\\s*(major|minor|patch)\\s*$`, 'm').exec(front);
      return { file, bump: (m?.[1] ?? 'none') as Bump };
    });
}

function summary(t: TableDiff): string[] {
  const lines = [`  ${t.table}: ${t.added.length} added, ${t.removed.length} removed, ${t.changed.length} changed`];
  for (const key of t.added) lines.push(`    + ${key}`);
  for (const key of t.removed) lines.push(`    - ${key}`);
  for (const r of t.changed) lines.push(`    ~ ${r.key}`, ...r.changes.map((c) => `        ${changeLine(c)}`));
  return lines;
}

function main(): number {
  const history = readHistory(ROOT);
  const last = newest(history);
  const changesets = pendingChangesets(ROOT);
  const pending = changesets.reduce<Bump>((b, c) => larger(b, c.bump), 'none');
  // A version step begun but not finished (a plain `changeset version`): package.json has moved already.
  const recordedVersion = last?.version ?? UNRELEASED;
  const moved = pkg.version === recordedVersion ? 'none' : (bumpBetween(recordedVersion, pkg.version) ?? 'none');
  const bump = larger(pending, moved);
  const next = moved === 'none' ? bumped(pkg.version, pending) : bumped(recordedVersion, bump);
  console.log(`package.json: ${pkg.version}; last release recorded: ${last?.version ?? 'none'}`);
  if (moved !== 'none')
    console.log(`${pkg.version} is not recorded yet: \`npm run release:version\` finishes the step`);
  console.log(`pending changesets: ${changesets.length}${changesets.map((c) => `\n  ${c.file}: ${c.bump}`).join('')}`);
  console.log(`next version: ${bump === 'none' ? 'none (nothing to release)' : `${next} (${bump})`}`);
  const snapshot = last ? readSnapshot(ROOT) : undefined;
  const before = snapshot ? tablesOf(snapshot) : undefined;
  const after = tablesOf(currentData().files);
  const diffs = TABLE_NAMES.map((name) => diffTable(name, TABLES[name], before?.get(name), after.get(name)));
  const changed = diffs.filter((t) => t.added.length + t.removed.length + t.changed.length > 0);
  const needed = leastBump(diffs);
  if (!last) {
    console.log('data: the first release; every record counts as added.');
    return bump === 'none' ? fail('nothing to release: add a changeset (npx changeset)') : 0;
  }
  console.log(`data changes since ${last.version}: ${changed.length ? `least bump ${needed}` : 'none'}`);
  for (const t of changed) console.log(summary(t).join('\n'));
  if (needed !== 'none' && bump === 'none') return fail('the data changed but no changeset is pending: npx changeset');
  if (!covers(bump, needed)) return fail(`the changesets give ${bump}; the data changes call for at least ${needed}`);
  return 0;
}

function fail(message: string): number {
  console.error(`release:status: ${message}`);
  return 1;
}

process.exitCode = main();
