import type { Source } from '../../schemas/sources.js';

/** External sources first cited by the records of regional groups (China and the Arab states, Central Asia, CELAC, ...) since September 2021: one record per address. */
export const regionalSources: Source[] = [];
