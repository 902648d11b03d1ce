/** Versions compared as the versioning policy reads them. */

/** A bump, from the smallest. */
export type Bump = 'none' | 'patch' | 'minor' | 'major';
const ORDER: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

function parts(version: string): [number, number, number] {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!m) throw new Error(`not a version: ${version}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The bump from `a` to `b` (`1.0.0` → `1.1.0` is minor), or `undefined` when `b` is not after `a`. */
export function bumpBetween(a: string, b: string): Exclude<Bump, 'none'> | undefined {
  const [x, y] = [parts(a), parts(b)];
  if (y[0] !== x[0]) return y[0] > x[0] ? 'major' : undefined;
  if (y[1] !== x[1]) return y[1] > x[1] ? 'minor' : undefined;
  return y[2] > x[2] ? 'patch' : undefined;
}

/** Whether a bump is at least another. */
export const covers = (bump: Bump | undefined, needed: Bump) => ORDER.indexOf(bump ?? 'none') >= ORDER.indexOf(needed);

/** The larger of two bumps. */
export const larger = (a: Bump, b: Bump): Bump => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

/** The version after `version` by `bump`. */
export function bumped(version: string, bump: Bump): string {
  const [major, minor, patch] = parts(version);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return version;
}
