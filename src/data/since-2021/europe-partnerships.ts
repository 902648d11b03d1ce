import type { MembershipInput } from '../../schemas/partnerships.js';

/** Changes of partnership in Europe (with the Caucasus) from September 2021 to the coverage end: one record per new label or level. */
export const europePartnerships: MembershipInput[] = [];
