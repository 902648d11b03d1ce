/**
 * `changes --since <version>` of the built command line, on this tree's release records. The answers of
 * real releases (a correction, an addition) are checked in release-rehearsal.test.ts, from installed
 * packages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChangesJson } from '../../src/cli/commands/changes.js';
import { BIN, built, root, run, runJson, USAGE, version } from './cli-helpers.js';

const history = JSON.parse(readFileSync(`${root}data/changes.json`, 'utf8')) as { version: string }[];
const released = history.map((h) => h.version);

describe.runIf(built)('CLI changes', () => {
  it('since the version it is: no release after it', () => {
    expect(run('changes', '--since', version)).toEqual({
      out: `No release after ${version}: version ${version} holds the data of ${version}.\n`,
      err: '',
      code: 0,
    });
    expect(runJson<ChangesJson>('changes', '--since', version)).toEqual({ since: version, version, releases: [] });
  });

  it('since each released version: the entries of data/changes.json after it', () => {
    for (const [i, v] of released.entries()) {
      const answer = runJson<ChangesJson>('changes', '--since', v);
      expect(answer.releases, v).toEqual(history.slice(i + 1));
    }
  });

  it('a version never released is no answer (exit 1); no --since is a usage error (exit 2)', () => {
    const r = run('changes', '--since', '99.0.0');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      `${BIN}: --since: "99.0.0" is not a released version (released: ${released.length ? released.join(', ') : 'none yet'})\n`,
    );
    expect(run('changes')).toEqual({ out: '', err: `${BIN}: changes needs --since <version>\n${USAGE}`, code: 2 });
    expect(run('changes', '--since', version, 'extra').code).toBe(2);
    expect(run('tier', 'GB', '--since', version).code).toBe(2);
  });
});
