/**
 * `npm run release:notes [-- <version>]`: the release notes of a version (package.json's by default), the
 * body of its CHANGELOG.md entry, for a GitHub release (`gh release create v1.2.3 --notes-file ...`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pkg, ROOT } from '../../build/package.js';

/** The text under `## <version>` up to the next release's heading, trimmed; `undefined` when there is none. */
export function notesOf(changelog: string, version: string): string | undefined {
  const heading = `\n## ${version}\n`;
  const at = changelog.indexOf(heading);
  if (at < 0) return undefined;
  const body = changelog.slice(at + heading.length);
  const end = body.search(/^## /m);
  return `${(end < 0 ? body : body.slice(0, end)).trim()}\n`;
}

const version = process.argv[2] ?? pkg.version;
const notes = notesOf(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), version);
if (notes === undefined) {
  console.error(`release:notes: CHANGELOG.md has no entry "## ${version}"`);
  process.exit(1);
}
process.stdout.write(notes);
