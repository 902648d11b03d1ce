import type { MutableConflict } from '../../schemas/conflicts.js';

/** Where the sources on the Americas since September 2021 disagree. */
export const americasConflicts: MutableConflict[] = [];
