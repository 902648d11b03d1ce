/**
 * The records the project's own research adds after the tracker's month, region by region: changes of
 * partnership from September 2021 to the coverage end, statements about communities with a shared future,
 * the sources they cite and the conflicts among them. `src/data/index.ts` joins them to the rest.
 *
 * @internal
 */
import { africaCommunities } from './africa-communities.js';
import { africaConflicts } from './africa-conflicts.js';
import { africaPartnerships } from './africa-partnerships.js';
import { africaSources } from './africa-sources.js';
import { americasCommunities } from './americas-communities.js';
import { americasConflicts } from './americas-conflicts.js';
import { americasPartnerships } from './americas-partnerships.js';
import { americasSources } from './americas-sources.js';
import { asiaCommunities } from './asia-communities.js';
import { asiaConflicts } from './asia-conflicts.js';
import { asiaPartnerships } from './asia-partnerships.js';
import { asiaSources } from './asia-sources.js';
import { europeCommunities } from './europe-communities.js';
import { europeConflicts } from './europe-conflicts.js';
import { europePartnerships } from './europe-partnerships.js';
import { europeSources } from './europe-sources.js';
import { menaCommunities } from './mena-communities.js';
import { menaConflicts } from './mena-conflicts.js';
import { menaPartnerships } from './mena-partnerships.js';
import { menaSources } from './mena-sources.js';

/** Changes of partnership since September 2021, every region. */
export const partnershipsSince2021 = [
  ...africaPartnerships,
  ...asiaPartnerships,
  ...europePartnerships,
  ...americasPartnerships,
  ...menaPartnerships,
];

/** Statements about bilateral communities with a shared future since September 2021, every region. */
export const communitiesSince2021 = [
  ...africaCommunities,
  ...asiaCommunities,
  ...europeCommunities,
  ...americasCommunities,
  ...menaCommunities,
];

/** The sources the records since September 2021 cite first. */
export const sourcesSince2021 = [
  ...africaSources,
  ...asiaSources,
  ...europeSources,
  ...americasSources,
  ...menaSources,
];

/** Conflicts among the sources since September 2021. */
export const conflictsSince2021 = [
  ...africaConflicts,
  ...asiaConflicts,
  ...europeConflicts,
  ...americasConflicts,
  ...menaConflicts,
];
