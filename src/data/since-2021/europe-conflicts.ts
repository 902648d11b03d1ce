import type { MutableConflict } from '../../schemas/conflicts.js';

/** Where the sources on Europe (with the Caucasus) since September 2021 disagree. */
export const europeConflicts: MutableConflict[] = [];
