import type { MutableCommunity } from '../../schemas/communities.js';

/** Statements about a community with a shared future with the Americas. */
export const americasCommunities: MutableCommunity[] = [];
