/**
 * The line the version step adds under a release's heading in CHANGELOG.md (which `changeset version`
 * writes): the day of the release and where its data changes are, record by record. Adding it twice
 * replaces it, so the step can be run again.
 */
import type { MutableReleaseChanges } from '../../src/schemas/changes.js';
import { pkg } from '../../build/package.js';
import { PACKAGE_NAME } from '../../src/lib/citation.js';

/** The first words of the line, by which a second run finds it. */
const LEAD = 'Released ';

/** The address of a file of the repository at a release's tag. */
export function fileAtTag(version: string, path: string): string {
  const repository = (pkg as { repository?: { url?: string } }).repository?.url ?? '';
  const base = repository.replace(/^git\+/, '').replace(/\.git$/, '');
  return `${base}/blob/v${version}/${path}`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The line for a release: its date, and what the record of its changes holds. */
export function releaseLine(entry: MutableReleaseChanges): string {
  const record = `[\`data/changes.json\`](${fileAtTag(entry.version, 'data/changes.json')})`;
  const since = entry.previousVersion;
  if (since === null) {
    const records = entry.tables.reduce((n, t) => n + t.added.length, 0);
    return `${LEAD}${entry.date}. The first release: ${count(records, 'record')} in ${count(entry.tables.length, 'table')}, listed in ${record}, where every later release records its changes.`;
  }
  if (entry.tables.length === 0) {
    return `${LEAD}${entry.date}. No data changes since ${since}: every table holds the same records (fingerprint \`${entry.fingerprint.current.slice(0, 12)}\`); ${record} records the release.`;
  }
  const n = (pick: (t: MutableReleaseChanges['tables'][number]) => number) =>
    entry.tables.reduce((sum, t) => sum + pick(t), 0);
  const tables = entry.tables.map((t) => `\`${t.table}\``).join(', ');
  return `${LEAD}${entry.date}. Data changes since ${since}, in ${tables}: ${n((t) => t.added.length)} added, ${n((t) => t.removed.length)} removed, ${n((t) => t.changed.length)} changed (fingerprint \`${entry.fingerprint.previous?.slice(0, 12)}\` → \`${entry.fingerprint.current.slice(0, 12)}\`). Every record and changed value, old → new, is in the entry \`${entry.version}\` of ${record}, and \`npx ${PACKAGE_NAME} changes --since ${since}\` prints them.`;
}

/**
 * The changelog with the release line of `entry` under its heading (`## <version>`), replacing one there.
 * Returns `undefined` when the changelog has no such heading.
 */
export function withReleaseLine(changelog: string, entry: MutableReleaseChanges): string | undefined {
  const heading = `\n## ${entry.version}\n`;
  const at = changelog.indexOf(heading);
  if (at < 0) return undefined;
  const start = at + heading.length;
  const rest = changelog.slice(start);
  const existing = /^\n(Released [^\n]*)\n/.exec(rest);
  const after = existing ? rest.slice(existing[0].length) : rest;
  return `${changelog.slice(0, start)}\n${releaseLine(entry)}\n${after.startsWith('\n') ? '' : '\n'}${after}`;
}

/** The text under `## <version>` up to the next release's heading, trimmed; `undefined` when there is none. */
export function notesOf(changelog: string, version: string): string | undefined {
  const heading = `\n## ${version}\n`;
  const at = changelog.indexOf(heading);
  if (at < 0) return undefined;
  const body = changelog.slice(at + heading.length);
  const end = body.search(/^## /m);
  return `${(end < 0 ? body : body.slice(0, end)).trim()}\n`;
}
