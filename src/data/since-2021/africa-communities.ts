import type { MutableCommunity } from '../../schemas/communities.js';

/** Statements about a community with a shared future with sub-Saharan Africa and the African members of FOCAC. */
export const africaCommunities: MutableCommunity[] = [];
