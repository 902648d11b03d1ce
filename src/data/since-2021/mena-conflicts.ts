import type { MutableConflict } from '../../schemas/conflicts.js';

/** Where the sources on the Middle East and North Africa since September 2021 disagree. */
export const menaConflicts: MutableConflict[] = [];
