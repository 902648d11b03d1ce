import type { MutableConflict } from '../../schemas/conflicts.js';

/** Where the sources on regional groups (China and the Arab states, Central Asia, CELAC, ...) since September 2021 disagree. */
export const regionalConflicts: MutableConflict[] = [];
