import type { MembershipInput } from '../../schemas/partnerships.js';

/** Changes of partnership in sub-Saharan Africa and the African members of FOCAC from September 2021 to the coverage end: one record per new label or level. */
export const africaPartnerships: MembershipInput[] = [];
