import type { MutableCommunity } from '../schemas/communities.js';

/** Statements about a community with a shared future up to August 2021, from the first on record. */
export const communitiesBefore2021: MutableCommunity[] = [];
