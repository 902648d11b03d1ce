import type { Source } from '../../schemas/sources.js';

/** External sources first cited by the statements about communities up to August 2021: one record per address. */
export const communitySourcesBefore2021: Source[] = [];
