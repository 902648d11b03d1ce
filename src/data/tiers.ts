import type { Tier } from '../schemas/tiers.js';
import { TRACKER_SOURCE_ID } from './sources/tracker.js';

/** The five tiers of China's partnership hierarchy (tracker Exhibit 1), closest first. */
export const tiers: Tier[] = [
  {
    code: '1',
    rank: 1,
    nameEn: 'Strategic Partnership of Coordination',
    nameZh: '战略协作伙伴关系',
    description:
      'The top of the ladder: the partners coordinate across the board, from world affairs to defence and technology.',
    levels: ['1.1'],
    sources: [
      { source: TRACKER_SOURCE_ID, section: 'exhibit-1' },
      {
        source: 'cass-euroasia-2016-sino-russian-coordination',
        excerpt: '中俄两国于1996年4月建立了平等信任、面向21世纪的战略协作伙伴关系',
        note: 'Confirms the Chinese name of the tier.',
      },
    ],
  },
  {
    code: '2',
    rank: 2,
    nameEn: 'Strategic Cooperative Partnership',
    nameZh: '战略合作伙伴关系',
    description:
      'Broad political and economic cooperation with countries Beijing treats as strategically important; Pakistan, the "all-weather" partner, comes first.',
    levels: ['2.1', '2.2', '2.3'],
    sources: [
      { source: TRACKER_SOURCE_ID, section: 'exhibit-1' },
      {
        source: 'chineseembassy-bd-2016-bangladesh-partnership',
        excerpt: 'agreed to establish China-Bangladesh strategic partnership of cooperation',
        note: 'An English variant of the tier name.',
      },
    ],
  },
  {
    code: '3',
    rank: 3,
    nameEn: 'Strategic Partnership',
    nameZh: '战略伙伴关系',
    description:
      'Countries that matter to Beijing for political, economic or geopolitical reasons and so get more of its attention, although ties can still be strained.',
    levels: ['3.1', '3.2', '3.3', '3.4', '3.5', '3.6'],
    sources: [
      { source: TRACKER_SOURCE_ID, section: 'exhibit-1' },
      {
        source: 'ecns-2015-01-07-costa-rica',
        excerpt: '平等互信、合作共赢的战略伙伴关系',
        note: "Confirms the Chinese name of the tier (inside Costa Rica's longer official name).",
      },
    ],
  },
  {
    code: '4',
    rank: 4,
    nameEn: 'Cooperative Partnership',
    nameZh: '合作伙伴关系',
    description:
      'Ties built mainly around the economy; however warm the relationship, cooperation stays within particular fields.',
    levels: ['4.1', '4.2', '4.3', '4.4', '4.5'],
    sources: [{ source: TRACKER_SOURCE_ID, section: 'exhibit-1' }],
  },
  {
    code: '5',
    rank: 5,
    nameEn: 'Partnership',
    nameZh: '伙伴关系',
    description:
      'The loosest kind of partnership: relations are not close, but the label signals that both sides want them to improve.',
    levels: ['5.1'],
    sources: [{ source: TRACKER_SOURCE_ID, section: 'exhibit-1' }],
  },
];
