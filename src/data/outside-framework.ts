import type { OutsideFramework } from '../schemas/outside-framework.js';
import { TRACKER_SOURCE_ID } from './sources/tracker.js';

const EXHIBIT = { source: TRACKER_SOURCE_ID, section: 'exhibit-1' } as const;

/** Countries the tracker places outside the partnership framework. */
export const outsideFramework: OutsideFramework[] = [
  {
    country: 'KP',
    reason:
      "North Korea is China's one formal treaty ally, bound to it by the Treaty of Friendship, Cooperation and Mutual Assistance, so the tracker leaves it off the partnership ladder altogether rather than ranking it.",
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: TRACKER_SOURCE_ID,
        section: 'security-and-defense',
        note: "Calls North Korea China's only treaty ally, in noting the treaty's 60th anniversary.",
      },
    ],
  },
];
