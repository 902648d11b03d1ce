import { conflictsJson } from '../generated/tables/conflicts.js';
import { type DeepReadonly, parseTable } from '../lib/freeze.js';
import type { Conflict } from '../schemas/conflicts.js';

/**
 * Where the tracker and other sources disagree. The dataset answers with the tracker; the other reading
 * is kept here with its sources.
 *
 * @example
 * ```ts
 * import { conflicts } from 'china-security-risk-data';
 * conflicts.find((c) => c.country === 'KR')?.other.value;
 * ```
 */
export const conflicts: ReadonlyArray<DeepReadonly<Conflict>> = /* @__PURE__ */ parseTable<Conflict>(conflictsJson);
