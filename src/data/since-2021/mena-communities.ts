import type { MutableCommunity } from '../../schemas/communities.js';

/** Statements about a community with a shared future with the Middle East and North Africa. */
export const menaCommunities: MutableCommunity[] = [];
