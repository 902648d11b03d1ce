/**
 * What the dataset fingerprint covers: every table of the registry, keyed by its export name, and the
 * names that resolve to no country because two countries share them (`ambiguousNames`). Everything an
 * answer of the package is computed from is in it (the look-up indexes are derived from these, and
 * `verifyDataset` derives them again to check); versions are not.
 *
 * @internal
 */
import { TABLE_NAMES, type TableName } from '../registry.js';

/** The object whose canonical JSON the fingerprint hashes. */
export function fingerprintInput(
  tables: Readonly<Record<TableName, readonly unknown[]>>,
  ambiguousNames: Readonly<Record<string, readonly string[]>>,
): Record<string, unknown> {
  const input: Record<string, unknown> = { ambiguousNames };
  for (const name of TABLE_NAMES) {
    if (!Array.isArray(tables[name])) throw new Error(`fingerprint: table ${name} missing`);
    input[name] = tables[name];
  }
  return input;
}
