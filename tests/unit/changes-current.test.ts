/** changesSince() on this tree's own record of releases (`data/changes.json`, empty before 1.0.0). */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { changesSince } from '../../src/entries/changes.js';
import { dataset } from '../../src/index.js';

const history = JSON.parse(readFileSync(new URL('../../data/changes.json', import.meta.url), 'utf8')) as {
  version: string;
}[];

it('answers from data/changes.json: after each release, the rest; after the version it runs, nothing', () => {
  for (const [i, release] of history.entries()) expect(changesSince(release.version)).toEqual(history.slice(i + 1));
  expect(changesSince(dataset.packageVersion)).toEqual([]);
  const known = history.length ? history.map((h) => h.version).join(', ') : 'none yet';
  expect(() => changesSince('99.0.0')).toThrow(`changesSince: "99.0.0" is not a released version (released: ${known})`);
});
