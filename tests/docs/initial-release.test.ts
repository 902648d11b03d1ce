/**
 * The changeset of 1.0.0 (`.changeset/initial-release.md`, until the release consumes it) says what the
 * release contains, and says it right: every table with its record count as the data has it, the numbers
 * it gives counted from the data, and nothing `changeset version` would turn into a messy first entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataset, partnerships, treaties } from '../../src/index.js';
import { TABLE_NAMES } from '../../src/registry.js';

const file = fileURLToPath(new URL('../../.changeset/initial-release.md', import.meta.url));

describe.runIf(existsSync(file))('.changeset/initial-release.md', () => {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');

  it('is the major release of this package, written as one entry: no headings, no history', () => {
    expect(text).toMatch(/^---\n"china-security-risk-data": major\n---\n\n/);
    expect(body).not.toMatch(/^#/m);
    expect(body).not.toMatch(/Unreleased|0\.0\.0|HEAD|since `/);
    expect(body).toContain('MERICS China Security and Risk Tracker No. 3 (August 2021)');
  });

  it('gives every table with its record count as the data has it (fold new changesets in: docs/guides/releasing.md)', () => {
    const stated = Object.fromEntries(
      [...body.matchAll(/^- `(\w+)`: (\d+) records?\b/gm)].map((m) => [m[1]!, Number(m[2])]),
    );
    expect(Object.keys(stated).sort()).toEqual([...TABLE_NAMES].sort());
    expect(stated).toEqual(dataset.counts);
  });

  it('counts what it says of partnerships and treaties from the data', () => {
    const countries = new Set(partnerships.map((p) => p.country)).size;
    expect(body).toContain(`memberships of ${countries} countries`);
    expect(body).toContain(`${partnerships.filter((p) => p.level === null).length} partnerships whose names`);
    expect(body).toContain(`${partnerships.filter((p) => p.basis === 'tracker').length} rest on the tracker`);
    const cn = treaties.filter((t) => t.chinaSide === 'CN').length;
    const hk = treaties.filter((t) => t.chinaSide === 'HK').length;
    expect(body).toContain(`${cn} PRC extradition treaties and the ${hk} Hong Kong`);
    expect(body).toContain(`with ${treaties.reduce((n, t) => n + t.steps.length, 0)} dated steps`);
  });
});
