import type { Level } from '../schemas/levels.js';
import { TRACKER_SOURCE_ID } from './sources/tracker.js';

const EXHIBIT = { source: TRACKER_SOURCE_ID, section: 'exhibit-1' } as const;
const NAME = 'Confirms the Chinese name of the level.';

/** The sixteen levels of China's partnership hierarchy (tracker Exhibit 1), closest first. */
export const levels: Level[] = [
  {
    code: '1.1',
    tier: '1',
    rank: 1,
    nameEn: 'Comprehensive Strategic Partnership of Coordination for a New Era',
    nameZh: '新时代全面战略协作伙伴关系',
    description:
      'The single highest rung, held by one partner, with coordination reaching into security and global governance.',
    tracker: { count: 1, countStated: false, named: ['RU'] },
    sources: [
      EXHIBIT,
      {
        source: 'chinadaily-cn-2025-05-12-russia-keyword',
        excerpt: '2019年提升为中俄新时代全面战略协作伙伴关系',
        note: 'Confirms the Chinese name of the level.',
      },
      {
        source: 'cgtn-2019-06-06-russia',
        excerpt:
          'China and Russia have agreed to upgrade their relationship to a comprehensive strategic partnership of coordination for a new era.',
        note: 'An English form of the level name.',
      },
    ],
  },
  {
    code: '2.1',
    tier: '2',
    rank: 2,
    nameEn: 'All-Weather Strategic Cooperative Partnership',
    nameZh: '全天候战略合作伙伴关系',
    description: 'The head of tier 2: a strategic cooperative partnership billed as holding in all conditions.',
    tracker: { count: 1, countStated: false, named: ['PK'] },
    sources: [
      EXHIBIT,
      {
        source: 'wenweipo-2015-04-22-pakistan-all-weather',
        excerpt: '雙方一致同意將中巴戰略合作夥伴關係提升為全天候戰略合作夥伴關係',
        note: NAME,
      },
    ],
  },
  {
    code: '2.2',
    tier: '2',
    rank: 3,
    nameEn: 'Comprehensive Strategic Cooperative Partnership',
    nameZh: '全面战略合作伙伴关系',
    description: 'A strategic cooperative partnership widened to cover most fields of the relationship.',
    tracker: {
      count: 11,
      countStated: true,
      named: [],
      remark: 'Every one of them lies in Southeast Asia or Africa; the tracker names none.',
    },
    sources: [
      EXHIBIT,
      {
        source: 'chineseembassy-bb-2016-congo-partnership',
        excerpt: 'uplift bilateral relations to a comprehensive strategic partnership of cooperation',
        note: 'An English variant of the level name.',
      },
      {
        source: 'govcn-2012-11-20-thailand-csp',
        excerpt:
          '今年兩國確立了全面戰略合作夥伴關係新定位 [this year the two countries set the new positioning of comprehensive strategic cooperative partnership]',
        note: 'Confirms the Chinese name of the level.',
      },
    ],
  },
  {
    code: '2.3',
    tier: '2',
    rank: 4,
    nameEn: 'Strategic Cooperative Partnership',
    nameZh: '战略合作伙伴关系',
    description: "The basic form of tier 2, sharing the tier's own name.",
    tracker: {
      count: 6,
      countStated: true,
      named: ['IN'],
      remark: 'Most of the six are South Asian; India is the only one named.',
    },
    sources: [
      EXHIBIT,
      {
        source: 'taiwancn-2019-10-14-china-nepal-commentary',
        excerpt: '建立中尼面向发展与繁荣的世代友好的战略合作伙伴关系',
        note: "Confirms the Chinese name of the level (inside Nepal's longer variant).",
      },
      {
        source: 'ecns-2019-10-14-nepal',
        excerpt:
          'China and Nepal agreed on Saturday to upgrade their relations to a strategic partnership of cooperation featuring everlasting friendship for development and prosperity.',
        note: "An English form of the level name (Nepal's longer variant).",
      },
    ],
  },
  {
    code: '3.1',
    tier: '3',
    rank: 5,
    nameEn: 'All-round Strategic Partnership',
    nameZh: '全方位战略伙伴关系',
    description: 'The head of tier 3: a strategic partnership meant to span every area of relations.',
    tracker: { count: 1, countStated: false, named: ['DE'] },
    sources: [
      EXHIBIT,
      {
        source: 'cyol-2017-07-06-xi-merkel-talks',
        excerpt: '2014年我首次对德国进行国事访问时,中德确立了全方位战略伙伴关系新定位',
        note: 'Confirms the Chinese name of the level.',
      },
      {
        source: 'chinaorgcn-2020-01-19-germany-keywords',
        excerpt:
          'Xi Jinping made his first state visit to Germany in March 2014. … to elevate their strategic partnership … to all-round strategic partnership',
        note: 'The English form of the level name.',
      },
    ],
  },
  {
    code: '3.2',
    tier: '3',
    rank: 6,
    nameEn: 'Permanent Comprehensive Strategic Partnership',
    nameZh: '永久全面战略伙伴关系',
    description: 'A comprehensive strategic partnership declared to be lasting for good.',
    tracker: { count: 1, countStated: false, named: ['KZ'] },
    sources: [
      EXHIBIT,
      {
        source: 'people-paper-2022-09-15-kazakhstan',
        excerpt: '2019年9月11日签订的《…关于建立永久全面战略伙伴关系的联合声明》',
        note: NAME,
      },
    ],
  },
  {
    code: '3.3',
    tier: '3',
    rank: 7,
    nameEn: 'Comprehensive Strategic Partnership',
    nameZh: '全面战略伙伴关系',
    description: 'The most widely held strategic label: a strategic partnership extended across many fields.',
    tracker: {
      count: 40,
      countStated: true,
      named: ['GB'],
      remark: 'Eight EU member states and the United Kingdom are among the forty.',
    },
    sources: [
      EXHIBIT,
      {
        source: 'chinadaily-2015-10-22-uk-partnership',
        excerpt:
          'China and the UK commit to building a global comprehensive strategic partnership for the 21st century',
        note: "An English form of the level name (the UK's longer variant).",
      },
      {
        source: 'hsw-2018-11-17-pacific-islands',
        excerpt: '一致同意将双方关系提升为相互尊重、共同发展的全面战略伙伴关系',
        note: NAME,
      },
    ],
  },
  {
    code: '3.4',
    tier: '3',
    rank: 8,
    nameEn: 'Friendly Strategic Partnership',
    nameZh: '友好战略伙伴关系',
    description: 'A strategic partnership qualified as friendly.',
    tracker: { count: 1, countStated: false, named: ['AT'] },
    sources: [
      EXHIBIT,
      {
        source: 'peopledaily-2019-05-21-austria-column',
        excerpt: '中奥建立友好战略伙伴关系',
        note: 'Confirms the Chinese name of the level.',
      },
      {
        source: 'mfa-2018-04-10-austria',
        excerpt:
          'Los dos Jefes de Estado decidieron por unanimidad establecer las relaciones de la asociación estratégica amistosa entre China y Austria',
        note: "The name in the foreign ministry's Spanish text.",
      },
    ],
  },
  {
    code: '3.5',
    tier: '3',
    rank: 9,
    nameEn: 'Strategic Partnership',
    nameZh: '战略伙伴关系',
    description: "The plain strategic partnership, sharing the tier's own name.",
    tracker: {
      count: 16,
      countStated: true,
      named: ['CA', 'CZ'],
      remark: 'Canada and the Czech Republic are the two named.',
    },
    sources: [
      EXHIBIT,
      {
        source: 'stheadline-2026-01-05-ireland',
        excerpt: '2012年两国建立互惠战略伙伴关系以来,双边贸易额翻了两番',
        note: "Confirms the Chinese name of the level (inside Ireland's variant).",
      },
    ],
  },
  {
    code: '3.6',
    tier: '3',
    rank: 10,
    nameEn: 'Innovative Strategic Partnership',
    nameZh: '创新战略伙伴关系',
    description: 'A strategic partnership centred on innovation.',
    tracker: { count: 1, countStated: false, named: ['CH'] },
    sources: [
      EXHIBIT,
      { source: 'cri-big5-2016-04-11-switzerland', excerpt: '兩國元首一致決定建立中瑞創新戰略夥伴關係', note: NAME },
    ],
  },
  {
    code: '4.1',
    tier: '4',
    rank: 11,
    nameEn: 'All-round Cooperative Partnership',
    nameZh: '全方位合作伙伴关系',
    description: 'The head of tier 4: a cooperative partnership meant to span every area of relations.',
    tracker: { count: 1, countStated: false, named: ['SG'] },
    sources: [
      EXHIBIT,
      {
        source: 'xinhuanet-2015-11-07-singapore',
        excerpt: '双方一致同意建立中新与时俱进的全方位合作伙伴关系',
        note: "Confirms the Chinese name of the level (inside Singapore's longer variant).",
      },
    ],
  },
  {
    code: '4.2',
    tier: '4',
    rank: 12,
    nameEn: 'Comprehensive Friendly Cooperative Partnership',
    nameZh: '全面友好合作伙伴关系',
    description: 'A cooperative partnership described as both comprehensive and friendly.',
    tracker: { count: 2, countStated: false, named: ['RO', 'MV'] },
    sources: [
      EXHIBIT,
      {
        source: 'hebei-cns-2014-09-16-maldives',
        excerpt: '一致同意建立中马面向未来的全面友好合作伙伴关系',
        note: "Confirms the Chinese name of the level (inside the Maldives' longer variant).",
      },
    ],
  },
  {
    code: '4.3',
    tier: '4',
    rank: 13,
    nameEn: 'Comprehensive Cooperative Partnership',
    nameZh: '全面合作伙伴关系',
    description: 'A cooperative partnership extended across many fields.',
    tracker: {
      count: 6,
      countStated: true,
      named: ['KR', 'NL'],
      remark: 'South Korea and the Netherlands are the two named.',
    },
    sources: [
      EXHIBIT,
      {
        source: 'fmprc-china-netherlands-relations',
        excerpt: "2014年3月…双方一致决定将双边关系提升为'开放务实的全面合作伙伴关系'",
        note: "Confirms the Chinese name of the level (inside the Netherlands' longer variant).",
      },
    ],
  },
  {
    code: '4.4',
    tier: '4',
    rank: 14,
    nameEn: 'Friendly Cooperative Partnership',
    nameZh: '友好合作伙伴关系',
    description: 'A cooperative partnership qualified as friendly.',
    tracker: { count: 1, countStated: false, named: ['JP'] },
    sources: [
      EXHIBIT,
      {
        source: 'emb-japan-1998-11-26-japan',
        excerpt: '积极推进两国致力于和平与发展的友好合作伙伴关系达成共识',
        note: "Confirms the Chinese name of the level (inside Japan's longer variant).",
      },
    ],
  },
  {
    code: '4.5',
    tier: '4',
    rank: 15,
    nameEn: 'New-Type Cooperative Partnership',
    nameZh: '新型合作伙伴关系',
    description: 'A cooperative partnership presented as a new kind of relationship.',
    tracker: { count: 1, countStated: false, named: ['FI'] },
    sources: [
      EXHIBIT,
      {
        source: 'huanbohainews-2017-04-06-finland',
        excerpt: '4月4日至6日…共同宣布建立中芬面向未来的新型合作伙伴关系',
        note: "Confirms the Chinese name of the level (inside Finland's longer variant).",
      },
    ],
  },
  {
    code: '5.1',
    tier: '5',
    rank: 16,
    nameEn: 'Innovative Comprehensive Partnership',
    nameZh: '创新全面伙伴关系',
    description: 'A partnership, short of cooperative or strategic, built around innovation.',
    tracker: {
      count: 1,
      countStated: false,
      named: ['IL'],
      remark: 'The exhibit numbers this row "5." without a sub-number; 5.1 is this project\'s code for it.',
    },
    sources: [
      EXHIBIT,
      { source: 'chinanews-mfa-profile-israel', excerpt: '2017年3月,中以宣布建立创新全面伙伴关系', note: NAME },
    ],
  },
];
