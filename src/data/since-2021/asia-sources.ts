import type { Source } from '../../schemas/sources.js';

/** External sources first cited by the records of Central, South, East and Southeast Asia and the Pacific since September 2021: one record per address. */
export const asiaSources: Source[] = [];
