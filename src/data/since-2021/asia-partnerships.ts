import type { MembershipInput } from '../../schemas/partnerships.js';

/** Changes of partnership in Central, South, East and Southeast Asia and the Pacific from September 2021 to the coverage end: one record per new label or level. */
export const asiaPartnerships: MembershipInput[] = [];
