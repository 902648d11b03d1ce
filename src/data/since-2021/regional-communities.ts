import type { MutableCommunity } from '../../schemas/communities.js';

/** Statements about a community with a shared future with regional groups (China and the Arab states, Central Asia, CELAC, ...). */
export const regionalCommunities: MutableCommunity[] = [];
