/**
 * `prepublishOnly`: what `npm publish` checks before it packs (the pack then builds, and the build checks
 * the generated files). Refuses, naming the command that fixes it, a package whose versions disagree,
 * whose release is not recorded, whose data changed after it was recorded, or that has no changelog entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pkg, ROOT } from '../../build/package.js';
import { FIX, newest, readHistory, releaseProblems } from '../../build/release-files.js';
import { fingerprint } from '../../src/generated/dataset.js';

export function publishProblems(root: string): string[] {
  const history = readHistory(root);
  const problems = releaseProblems(root, history);
  const last = newest(history);
  if (last === undefined) problems.push(`no release is recorded: add a changeset (npx changeset) and run \`${FIX}\``);
  else if (last.version === pkg.version && last.fingerprint.current !== fingerprint) {
    problems.push(
      `the data changed after ${last.version} was recorded (fingerprint ${last.fingerprint.current.slice(0, 12)} → ${fingerprint.slice(0, 12)}; run \`npm run build:files\` if src/generated/ is stale): add a changeset (npx changeset) and run \`${FIX}\``,
    );
  }
  const changelog = join(root, 'CHANGELOG.md');
  if (!existsSync(changelog) || !readFileSync(changelog, 'utf8').includes(`\n## ${pkg.version}\n`)) {
    problems.push(`CHANGELOG.md has no entry "## ${pkg.version}": run \`${FIX}\``);
  }
  return problems;
}

const problems = publishProblems(ROOT);
if (problems.length) {
  console.error(`Not publishing ${pkg.name}@${pkg.version}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.error(`prepublishOnly: ${pkg.name}@${pkg.version} is recorded, with its data and its changelog entry.`);
