import type { MembershipInput } from '../../schemas/partnerships.js';

/** Changes of partnership in the Middle East and North Africa from September 2021 to the coverage end: one record per new label or level. */
export const menaPartnerships: MembershipInput[] = [];
