/**
 * The data of a release, as the version step keeps it in `release/snapshot/`: one `<file>.json` per table
 * of the registry (the bytes of `data/<file>.json`) and `ambiguous-names.json`, everything the fingerprint
 * covers. The version step diffs the data against it, records the diff, and replaces it with the data it
 * releases, so that no git tag is needed to know what the last release held.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableJson } from '../../build/csv.js';
import { fingerprintOf } from '../../build/library.js';
import { SNAPSHOT_DIR } from '../../build/release-files.js';
import { ambiguousNames, records } from '../../src/data/index.js';
import { TABLE_NAMES, TABLES, type TableName } from '../../src/registry.js';
import type { Row } from '../data-diff/diff.js';
import type { Side } from '../data-diff/read.js';

const AMBIGUOUS = 'ambiguous-names.json';

/** The data as the working tree's records make it: file name → text, and its fingerprint. */
export function currentData(): { files: Map<string, string>; fingerprint: string } {
  const files = new Map<string, string>();
  for (const name of TABLE_NAMES) files.set(`${TABLES[name].file}.json`, tableJson(records[name]));
  files.set(AMBIGUOUS, `${JSON.stringify(ambiguousNames, null, 2)}\n`);
  return { files, fingerprint: fingerprintOf(records, ambiguousNames) };
}

/** The tables of a set of files, parsed. */
export function tablesOf(files: ReadonlyMap<string, string>): Side {
  return new Map(
    TABLE_NAMES.map((name): [TableName, Row[] | undefined] => {
      const text = files.get(`${TABLES[name].file}.json`);
      return [name, text === undefined ? undefined : (JSON.parse(text) as Row[])];
    }),
  );
}

/** The snapshot's files, or `undefined` when the repository at `root` has none (before the first release). */
export function readSnapshot(root: string): Map<string, string> | undefined {
  const dir = join(root, SNAPSHOT_DIR);
  if (!existsSync(dir)) return undefined;
  return new Map(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

/** Replaces the snapshot with `files`. */
export function writeSnapshot(root: string, files: ReadonlyMap<string, string>): void {
  const dir = join(root, SNAPSHOT_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of files) writeFileSync(join(dir, file), text);
}

/** The fingerprint of a snapshot's files: what `dataset.fingerprint` was in the release it holds. */
export function snapshotFingerprint(files: ReadonlyMap<string, string>): string {
  const tables = Object.fromEntries(
    TABLE_NAMES.map((name) => [name, JSON.parse(files.get(`${TABLES[name].file}.json`) ?? '[]') as unknown[]]),
  ) as Record<TableName, unknown[]>;
  return fingerprintOf(tables, JSON.parse(files.get(AMBIGUOUS) ?? '{}') as Record<string, string[]>);
}
