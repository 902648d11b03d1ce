/**
 * The dataset fingerprint at build time: SHA-256 (lower-case hex) of the UTF-8 bytes of the canonical
 * JSON (see `src/lib/canonical.ts`) of `fingerprintInput()` (`src/lib/fingerprint.ts`). `verifyDataset()`
 * recomputes the same hash at run time with Web Crypto.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../src/lib/canonical.js';

/** SHA-256 hex of the canonical JSON of a value. */
export function sha256OfCanonical(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
