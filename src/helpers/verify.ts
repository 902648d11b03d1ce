import { ambiguousJson, ladderNamesJson, otherNamesJson } from '../generated/names.js';
import { ladderLevelsJson, ladderRecordsJson } from '../generated/ladder.js';
import { canonicalJson } from '../lib/canonical.js';
import { fingerprintInput } from '../lib/fingerprint.js';
import { ladderIndex, ladderParts, nameIndex } from '../lib/indexes.js';
import { dataset } from '../tables/dataset.js';
import { tables } from '../tables/index.js';

/** What {@link verifyDataset} found. */
export interface DatasetVerification {
  /** True when the data in memory hashes to `dataset.fingerprint` and the look-up indexes agree with it. */
  readonly valid: boolean;
  /** `dataset.fingerprint`, as built. */
  readonly expected: string;
  /** The SHA-256 of the data in memory. */
  readonly actual: string;
  /** What does not agree, one line each (empty when `valid`). */
  readonly problems: readonly string[];
}

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Recomputes the fingerprint of the data in memory and compares it with `dataset.fingerprint`, the hash
 * written at build time; and derives the look-up indexes (`tierOf`'s history, the country names) from
 * the tables again and compares them with those the helpers use. A package whose files were edited
 * after the build (a record in `dist/` changed, an index altered) fails. Uses Web Crypto
 * (`crypto.subtle`), so it runs in Node 20 and in browsers alike.
 *
 * @returns The verdict, with both hashes and what disagrees.
 * @throws Error when Web Crypto is not available.
 *
 * @example
 * ```ts
 * import { verifyDataset } from 'china-security-risk-data';
 * const { valid, actual } = await verifyDataset();
 * valid; // true
 * ```
 */
export async function verifyDataset(): Promise<DatasetVerification> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('verifyDataset: Web Crypto (crypto.subtle) is not available');
  const ambiguous = JSON.parse(ambiguousJson) as Record<string, string[]>;
  const text = canonicalJson(fingerprintInput(tables, ambiguous));
  const actual = hex(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  const problems: string[] = [];
  if (actual !== dataset.fingerprint) problems.push(`the data hashes to ${actual}, not to ${dataset.fingerprint}`);
  const ladder = ladderIndex(tables.partnerships);
  const parts = ladderParts(ladder);
  if (JSON.stringify(parts.levels) !== ladderLevelsJson || JSON.stringify(parts.records) !== ladderRecordsJson)
    problems.push("tierOf's ladder index disagrees with the partnerships table");
  const onLadder = (code: string) => code in ladder;
  const names = [
    JSON.stringify(nameIndex(tables.countries, ambiguous, onLadder)),
    JSON.stringify(nameIndex(tables.countries, ambiguous, (code) => !onLadder(code))),
  ];
  if (names[0] !== ladderNamesJson || names[1] !== otherNamesJson) {
    problems.push('the country name index disagrees with the countries table');
  }
  return { valid: problems.length === 0, expected: dataset.fingerprint, actual, problems };
}
