import type { MutableConflict } from '../../schemas/conflicts.js';

/** Where the sources on Central, South, East and Southeast Asia and the Pacific since September 2021 disagree. */
export const asiaConflicts: MutableConflict[] = [];
