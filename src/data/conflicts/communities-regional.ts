import type { MutableConflict } from '../../schemas/conflicts.js';

/** Where the sources on the regional communities disagree. */
export const regionalConflicts: MutableConflict[] = [];
