/**
 * verifyDataset recomputes the fingerprint of the data in memory with Web Crypto and derives the look-up
 * indexes again: the package as built verifies; a package whose data or indexes were changed after the
 * build does not. (tests/package/verify-built.test.ts edits a built copy of dist/ and checks the same.)
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataset, verifyDataset } from '../../src/index.js';

afterEach(() => {
  vi.doUnmock('../../src/generated/ladder.js');
  vi.doUnmock('../../src/generated/names.js');
  vi.doUnmock('../../src/generated/tables/levels.js');
  vi.resetModules();
});

describe('verifyDataset', () => {
  it('the data as built hashes to dataset.fingerprint, and its indexes agree with it', async () => {
    const result = await verifyDataset();
    expect(result).toEqual({ valid: true, expected: dataset.fingerprint, actual: dataset.fingerprint, problems: [] });
  });

  it('a record changed after the build is found: the hash no longer matches', async () => {
    const { levelsJson } = await import('../../src/generated/tables/levels.js');
    vi.doMock('../../src/generated/tables/levels.js', () => ({
      levelsJson: levelsJson.replace('"rank":16', '"rank":17'),
    }));
    vi.resetModules();
    const { verifyDataset: verify } = await import('../../src/helpers/verify.js');
    const result = await verify();
    expect(result.valid).toBe(false);
    expect(result.actual).not.toBe(result.expected);
    expect(result.problems[0]).toMatch(/^the data hashes to [0-9a-f]{64}, not to /);
  });

  it("an altered index is found even where the tables are intact: tierOf's history", async () => {
    const { ladderLevelsJson, ladderRecordsJson } = await import('../../src/generated/ladder.js');
    vi.doMock('../../src/generated/ladder.js', () => ({
      ladderLevelsJson: ladderLevelsJson.replace('"3.3"', '"1.1"'),
      ladderRecordsJson,
    }));
    vi.resetModules();
    const { verifyDataset: verify } = await import('../../src/helpers/verify.js');
    const result = await verify();
    expect(result.valid).toBe(false);
    expect(result.problems).toEqual(["tierOf's ladder index disagrees with the partnerships table"]);
  });

  it('an altered name index is found', async () => {
    const names = await import('../../src/generated/names.js');
    vi.doMock('../../src/generated/names.js', () => ({
      ...names,
      otherNamesJson: names.otherNamesJson.replace('"norway"', '"norge"'),
    }));
    vi.resetModules();
    const { verifyDataset: verify } = await import('../../src/helpers/verify.js');
    expect((await verify()).problems).toEqual(['the country name index disagrees with the countries table']);
  });

  it('says so when Web Crypto is missing', async () => {
    const crypto = globalThis.crypto;
    vi.stubGlobal('crypto', undefined);
    try {
      await expect(verifyDataset()).rejects.toThrow(/Web Crypto/);
    } finally {
      vi.stubGlobal('crypto', crypto);
      vi.unstubAllGlobals();
    }
  });

  it('the hash is the SHA-256 of the canonical JSON, as node:crypto computes it too', async () => {
    const { canonicalJson } = await import('../../src/lib/canonical.js');
    expect(
      createHash('sha256')
        .update(canonicalJson({ b: 1, a: [2, { d: undefined, c: 3 }] }))
        .digest('hex'),
    ).toBe(createHash('sha256').update('{"a":[2,{"c":3}],"b":1}').digest('hex'));
  });
});
