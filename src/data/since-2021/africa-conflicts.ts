import type { MutableConflict } from '../../schemas/conflicts.js';

/** Where the sources on sub-Saharan Africa and the African members of FOCAC since September 2021 disagree. */
export const africaConflicts: MutableConflict[] = [];
