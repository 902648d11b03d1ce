import { formatValue } from './format.js';

/**
 * The releases of `all` (oldest first) after `version`: the rule of `changesSince`, shared with the command
 * line, which reads the same record from `data/changes.json` instead of loading it with the package.
 *
 * @param all - The record of releases, oldest first.
 * @param version - The version asked about.
 * @param current - The version that answers: asked about, it has nothing newer (`[]`) even before its
 *   release is recorded.
 * @throws TypeError when `version` is not a string; RangeError when it is not a released version.
 * @internal
 */
export function releasesAfter<T extends { readonly version: string }>(
  all: readonly T[],
  version: unknown,
  current: string,
): T[] {
  if (typeof version !== 'string') {
    throw new TypeError(`changesSince: version: expected a version such as '1.0.0', got ${formatValue(version)}`);
  }
  const at = all.findIndex((release) => release.version === version);
  if (at >= 0) return all.slice(at + 1);
  if (version === current) return [];
  const known = all.length ? all.map((release) => release.version).join(', ') : 'none yet';
  throw new RangeError(`changesSince: ${formatValue(version)} is not a released version (released: ${known})`);
}
