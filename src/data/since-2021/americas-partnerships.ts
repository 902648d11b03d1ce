import type { MembershipInput } from '../../schemas/partnerships.js';

/** Changes of partnership in the Americas from September 2021 to the coverage end: one record per new label or level. */
export const americasPartnerships: MembershipInput[] = [];
