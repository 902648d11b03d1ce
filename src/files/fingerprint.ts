/**
 * The dataset fingerprint: SHA-256 (lower-case hex) of the UTF-8 bytes of the canonical JSON (see
 * `canonical.ts`) of the object `{ conflicts, countries, events, levels, outsideFramework, partnerships,
 * sources, tiers, treaties, watchItems }`, each an array of the table's records. The `dataset` record
 * (which carries the fingerprint) and the derived `treaty-steps` file are not part of it, and neither
 * are versions: a release that changes no data keeps its fingerprint.
 *
 * @internal
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical.js';

/** The export names of the tables the fingerprint covers. */
export const FINGERPRINT_TABLES = [
  'conflicts',
  'countries',
  'events',
  'levels',
  'outsideFramework',
  'partnerships',
  'sources',
  'tiers',
  'treaties',
  'watchItems',
] as const;

/** SHA-256 hex of the canonical JSON of exactly the tables in {@link FINGERPRINT_TABLES}. */
export function computeFingerprint(tables: Readonly<Record<string, unknown>>): string {
  const input: Record<string, unknown> = {};
  for (const name of FINGERPRINT_TABLES) {
    if (!Array.isArray(tables[name])) throw new Error(`fingerprint: table ${name} missing`);
    input[name] = tables[name];
  }
  return createHash('sha256').update(canonicalJson(input), 'utf8').digest('hex');
}
