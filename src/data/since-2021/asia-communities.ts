import type { MutableCommunity } from '../../schemas/communities.js';

/** Statements about a community with a shared future with Central, South, East and Southeast Asia and the Pacific. */
export const asiaCommunities: MutableCommunity[] = [];
