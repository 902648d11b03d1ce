import type { Source } from '../../schemas/sources.js';

/** External sources first cited by the records of sub-Saharan Africa and the African members of FOCAC since September 2021: one record per address. */
export const africaSources: Source[] = [];
