/**
 * The two sides of the diff, read from the shipped files: `data/<file>.json` of every table in
 * `src/registry.ts`, at a git ref (`git show`, read-only) and in the working tree. A file that is not
 * there is `undefined`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_NAMES, TABLES, type TableName } from '../../src/registry.js';
import type { Json, Row } from './diff.js';

/** Each table's records on one side, `undefined` where its file is missing. */
export type Side = Map<TableName, Row[] | undefined>;

function git(root: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** The commit a ref names, in full; an Error naming the ref when it names none. */
export function resolveCommit(root: string, ref: string): string {
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim();
  } catch {
    throw new Error(`data-diff: not a commit in this repository: ${ref}`);
  }
}

/** A file's text parsed as a table: an array of objects, or an Error saying where it is not. */
function parseTable(text: string, where: string): Row[] {
  let rows: Json;
  try {
    rows = JSON.parse(text) as Json;
  } catch (error) {
    throw new Error(`data-diff: ${where} is not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(rows) || !rows.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r))) {
    throw new Error(`data-diff: ${where} is not an array of records`);
  }
  return rows as Row[];
}

/** The tables as the commit ships them. */
export function tablesAt(root: string, commit: string): Side {
  const files = new Set(git(root, ['ls-tree', '-r', '--name-only', '-z', commit, '--', 'data/']).split('\0'));
  return new Map(
    TABLE_NAMES.map((name) => {
      const path = `data/${TABLES[name].file}.json`;
      if (!files.has(path)) return [name, undefined];
      return [name, parseTable(git(root, ['show', `${commit}:${path}`]), `${path} at ${commit.slice(0, 12)}`)];
    }),
  );
}

/** The tables as the working tree holds them. */
export function workingTables(root: string): Side {
  return new Map(
    TABLE_NAMES.map((name) => {
      const path = `data/${TABLES[name].file}.json`;
      const file = join(root, path);
      if (!existsSync(file)) return [name, undefined];
      return [name, parseTable(readFileSync(file, 'utf8'), `${path} in the working tree`)];
    }),
  );
}
