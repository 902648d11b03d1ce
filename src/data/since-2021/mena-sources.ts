import type { Source } from '../../schemas/sources.js';

/** External sources first cited by the records of the Middle East and North Africa since September 2021: one record per address. */
export const menaSources: Source[] = [];
