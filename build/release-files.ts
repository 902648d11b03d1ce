/**
 * The files the build writes from the release records of `release/` and from package.json, besides the
 * tables:
 *
 * - `data/changes.json` (with `data/schema/changes.schema.json`): the data changes of every release,
 *   record by record, copied from `release/changes.json`, which `npm run release:version` keeps (see
 *   `scripts/release/record.ts`); `src/generated/changes.ts` holds the same as JSON text for
 *   `changesSince()`;
 * - `src/version.ts`: the version of package.json, for `dataset`, `cite()` and the CLI.
 *
 * `releaseProblems` says where the versions the repository holds disagree, each with the command that
 * fixes it; `npm run build` fails on any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ChangesSchema, type MutableReleaseChanges } from '../src/schemas/changes.js';
import { GENERATED, pkg } from './package.js';

/** Where the release records live, relative to the repository root. */
export const RELEASE_DIR = 'release';
/** The data changes of every release, oldest first: the source of `data/changes.json`. */
export const HISTORY_FILE = `${RELEASE_DIR}/changes.json`;
/** The data of the last release: one `<file>.json` per table, and `ambiguous-names.json`. */
export const SNAPSHOT_DIR = `${RELEASE_DIR}/snapshot`;

/** The version of a package that was never released. */
export const UNRELEASED = '0.0.0';

/** The command that records a release and brings every version in the repository into line. */
export const FIX = 'npm run release:version';

/** Files in `data/` that are not tables (no CSV): name → schema, title. */
export const DOCUMENT_FILES = [
  {
    name: 'changes',
    schema: ChangesSchema,
    title: 'Data changes by release',
  },
] as const;

/** The release history of the repository at `root` (`[]` before the first release), validated. */
export function readHistory(root: string): MutableReleaseChanges[] {
  const file = join(root, HISTORY_FILE);
  if (!existsSync(file)) return [];
  const parsed = ChangesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${HISTORY_FILE} is not valid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** JSON as the files write it: two-space indent, a final newline. */
export const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function versionModule(version: string): string {
  return [
    `// ${GENERATED}`,
    '',
    '/** The package version, from package.json (written by the build: `npm run build:files`). */',
    `export const VERSION = '${version}';`,
    '',
  ].join('\n');
}

function changesModule(history: readonly MutableReleaseChanges[]): string {
  return [
    `// ${GENERATED}`,
    '',
    '/** `data/changes.json` as JSON text, parsed by `changesSince()` on its first call. @internal */',
    `export const changesJson = ${JSON.stringify(JSON.stringify(history))};`,
    '',
  ].join('\n');
}

/** `data/schema/<name>.schema.json` of a document file. */
function documentSchema(name: string, schema: z.ZodType, title: string): string {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return jsonText({ $schema, title: `${pkg.name}: ${name}`, description: title, ...rest });
}

/** The files written from package.json and the release records. */
export function releaseFiles(history: readonly MutableReleaseChanges[]): Map<string, string> {
  const files = new Map<string, string>();
  files.set('data/changes.json', jsonText(history));
  for (const doc of DOCUMENT_FILES) {
    files.set(`data/schema/${doc.name}.schema.json`, documentSchema(doc.name, doc.schema, doc.title));
  }
  files.set('src/generated/changes.ts', changesModule(history));
  files.set('src/version.ts', versionModule(pkg.version));
  return files;
}

/** The newest release recorded, if any. */
export const newest = (history: readonly MutableReleaseChanges[]) => history[history.length - 1];

/**
 * Where the versions in the repository at `root` disagree with package.json's: the lock file, and the
 * newest release recorded in `release/changes.json` (and its snapshot). Each problem names the command
 * that fixes it.
 */
export function releaseProblems(root: string, history: readonly MutableReleaseChanges[]): string[] {
  const problems: string[] = [];
  const version = pkg.version;
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    version?: string;
    packages?: Record<string, { version?: string }>;
  };
  for (const [where, value] of [
    ['version', lock.version],
    ['packages[""].version', lock.packages?.['']?.version],
  ] as const) {
    if (value !== version) {
      problems.push(
        `package-lock.json ${where} is ${value}, package.json's version is ${version}: run \`${FIX}\` (it writes the version into the lock file)`,
      );
    }
  }
  const last = newest(history);
  if (last === undefined && version !== UNRELEASED) {
    problems.push(`package.json is at ${version} but ${HISTORY_FILE} records no release: run \`${FIX}\``);
  }
  if (last !== undefined && last.version !== version) {
    problems.push(
      `package.json is at ${version} but the newest release recorded in ${HISTORY_FILE} is ${last.version}: run \`${FIX}\``,
    );
  }
  if (last !== undefined && !existsSync(join(root, SNAPSHOT_DIR))) {
    problems.push(`${SNAPSHOT_DIR}/ is missing (the data of ${last.version}): restore it from git`);
  }
  return problems;
}
