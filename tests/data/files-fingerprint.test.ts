/**
 * The dataset's fingerprint is what the shipped data/*.json files give, recomputed independently, and
 * what the tables in memory give.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256OfCanonical } from '../../build/fingerprint.js';
import * as data from '../../src/index.js';
import { ambiguousNames } from '../../src/data/index.js';
import { fingerprintInput } from '../../src/lib/fingerprint.js';
import { tables as packageTables } from '../../src/tables/index.js';
import { read, readJson } from './files-helpers.js';

const computeFingerprint = (tables: Record<string, unknown>) =>
  sha256OfCanonical(fingerprintInput(tables as never, ambiguousNames));

describe('fingerprint', () => {
  /** Canonical JSON written out again here, independently of src/files/canonical.ts. */
  const canonical = (v: unknown): string =>
    Array.isArray(v)
      ? `[${v.map(canonical).join(',')}]`
      : v !== null && typeof v === 'object'
        ? `{${Object.keys(v)
            .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
            .join(',')}}`
        : JSON.stringify(v);
  const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
  const FILES: Record<string, string> = {
    ambiguousNames: 'ambiguous-names',
    communities: 'communities',
    conflicts: 'conflicts',
    countries: 'countries',
    events: 'events',
    levels: 'levels',
    outsideFramework: 'outside-framework',
    partnerships: 'partnerships',
    sources: 'sources',
    tiers: 'tiers',
    treaties: 'treaties',
    watchItems: 'watch-items',
  };

  it('dataset.fingerprint is the SHA-256 of the shipped data/*.json files, recomputed here', () => {
    const fromFiles = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, readJson(`data/${f}.json`)]));
    expect(data.dataset.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(sha(canonical(fromFiles))).toBe(data.dataset.fingerprint);
    expect(computeFingerprint(fromFiles)).toBe(data.dataset.fingerprint);
  });

  it('... and of the tables in memory', () => {
    const fromTables = Object.fromEntries(
      Object.keys(FILES).map((k) => [
        k,
        k === 'ambiguousNames' ? ambiguousNames : (data as Record<string, unknown>)[k],
      ]),
    );
    expect(sha(canonical(fromTables))).toBe(data.dataset.fingerprint);
    expect(computeFingerprint(packageTables)).toBe(data.dataset.fingerprint);
  });

  it('data/README.md states it; it does not cover the dataset record or versions', () => {
    expect(read('data/README.md')).toContain(`\`${data.dataset.fingerprint}\``);
    expect(Object.keys(FILES)).not.toContain('dataset');
  });

  it('changes with any value and not with key order', () => {
    const tables = packageTables as unknown as Record<string, object[]>;
    const base = computeFingerprint(tables);
    const reordered = {
      ...tables,
      tiers: tables.tiers!.map((t) => Object.fromEntries(Object.entries(t as object).reverse())),
    };
    expect(computeFingerprint(reordered)).toBe(base);
    const changed = { ...tables, tiers: [{ ...(tables.tiers![0] as object), rank: 99 }, ...tables.tiers!.slice(1)] };
    expect(computeFingerprint(changed)).not.toBe(base);
    expect(() => computeFingerprint({ ...tables, tiers: undefined })).toThrow(/tiers/);
    const otherNames = sha256OfCanonical(
      fingerprintInput(tables as never, { ...ambiguousNames, guinea: ['GN', 'GQ'] }),
    );
    expect(otherNames).not.toBe(base);
  });
});
