/**
 * `changes --since <version>`: what changed in the data since a version, release by release and record by
 * record, from the package itself (`changesSince`, `data/changes.json`).
 *
 * @internal
 */
import { readFileSync } from 'node:fs';
import { releasesAfter } from '../../lib/changes.js';
import type { DeepReadonly } from '../../lib/freeze.js';
import type { FieldChange, ReleaseChanges } from '../../schemas/changes.js';
import { VERSION } from '../../version.js';
import type { Command } from '../command.js';
import { AnswerError, BIN, UsageError } from '../errors.js';
import { json, plural } from '../format.js';

/** What `changes --json` prints. */
export interface ChangesJson {
  /** The version asked about (`--since`). */
  readonly since: string;
  /** The version of the package that answers: the newest release listed, or `since` itself. */
  readonly version: string;
  /** The entries of `data/changes.json` after `since`, oldest first. */
  readonly releases: ReadonlyArray<DeepReadonly<ReleaseChanges>>;
}

/**
 * The record of every release, read from the package's `data/changes.json` (beside `dist/cli.js`) when the
 * command runs, so that no other command loads it.
 */
const RECORD = new URL('../data/changes.json', import.meta.url);

const value = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v));

function line(change: DeepReadonly<FieldChange>): string {
  const what = change.kind === 'reordered' ? ' order' : '';
  return `      ${change.path}${what}: ${value(change.old)} -> ${value(change.new)}`;
}

function text(since: string, releases: ReadonlyArray<DeepReadonly<ReleaseChanges>>): string {
  if (releases.length === 0) return `No release after ${since}: version ${VERSION} holds the data of ${since}.\n`;
  const out: string[] = [];
  for (const r of releases) {
    const fingerprint = `${r.fingerprint.previous?.slice(0, 12) ?? '(none)'} -> ${r.fingerprint.current.slice(0, 12)}`;
    out.push(`${r.version} (${r.date}), since ${r.previousVersion ?? 'nothing'}: fingerprint ${fingerprint}`);
    if (r.tables.length === 0) out.push('  no data changes');
    for (const t of r.tables) {
      out.push(
        `  ${t.table}: ${t.added.length} added, ${t.removed.length} removed, ${plural(t.changed.length, 'record')} changed`,
      );
      for (const key of t.added) out.push(`    + ${key}`);
      for (const key of t.removed) out.push(`    - ${key}`);
      for (const record of t.changed) out.push(`    ~ ${record.key}`, ...record.changes.map(line));
    }
  }
  return `${out.join('\n')}\n`;
}

export const changes: Command = {
  args: [],
  options: ['since', 'json'],
  help: `Usage: ${BIN} changes --since <version> [--json]

What changed in the data since a version, release by release, from the package's own record
(data/changes.json): for each release its date, the tables touched, the records added, removed and
changed, each changed value old -> new, and the fingerprints before and after. No git needed.
`,
  run(_args, values) {
    const since = values.since;
    if (since === undefined) throw new UsageError('changes needs --since <version>');
    let releases: ReadonlyArray<DeepReadonly<ReleaseChanges>>;
    try {
      const all = JSON.parse(readFileSync(RECORD, 'utf8')) as ReleaseChanges[];
      releases = releasesAfter(all, since, VERSION);
    } catch (e) {
      throw new AnswerError(`--since: ${(e as Error).message.replace(/^changesSince: /, '')}`);
    }
    const answer: ChangesJson = { since, version: releases.at(-1)?.version ?? since, releases };
    return values.json ? json(answer) : text(since, releases);
  },
};
