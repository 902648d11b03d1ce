/**
 * `npm run release:notes [-- <version>]`: the release notes of a version (package.json's by default), the
 * body of its CHANGELOG.md entry, for a GitHub release (`gh release create v1.2.3 --notes-file ...`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pkg, ROOT } from '../../build/package.js';
import { notesOf } from './changelog.js';

const version = process.argv[2] ?? pkg.version;
const notes = notesOf(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), version);
if (notes === undefined) {
  console.error(`release:notes: CHANGELOG.md has no entry "## ${version}"`);
  process.exit(1);
}
process.stdout.write(notes);
