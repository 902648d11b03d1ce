import type { Conflict } from '../../schemas/conflicts.js';
import { TRACKER_SOURCE_ID } from '../sources/tracker.js';

const EXHIBIT = { source: TRACKER_SOURCE_ID, section: 'exhibit-1' } as const;
const TWWIKI = 'twwiki-first-financial-daily-2014-survey';
const TWWIKI_SCP = '戰略合作夥伴關係(印度(2005)、韓國(2008)、土耳其(2010)、阿富汗(2012)、斯里蘭卡(2013))';
const FULL_LIST = 'A sample of the sources; the full list of members and their sources is the partnerships table.';

/** Where the tracker's partnership hierarchy and other sources disagree. The dataset answers with the tracker. */
export const partnershipConflicts: Conflict[] = [
  {
    id: 'partnership-kr-level',
    table: 'partnerships',
    record: 'kr-4-3-undated',
    field: 'level',
    country: 'KR',
    answer: {
      basis: 'tracker',
      value: '4.3 Comprehensive Cooperative Partnership',
      sources: [EXHIBIT],
    },
    other: {
      value: '2.3 Strategic Cooperative Partnership since 2008',
      sources: [
        { source: TWWIKI, excerpt: TWWIKI_SCP },
        {
          source: 'piie-chinas-partnerships',
          excerpt: 'in 2008 Strategic Cooperative Partnership',
          note: "Summarises Min Ye's ranking, which records changes to the South Korean label in 1998, 2003, 2008 and 2014.",
        },
      ],
    },
    note: 'No source found puts South Korea on the comprehensive cooperative level as of 2021. According to the PIIE summary that was its label from 2003 until the 2008 upgrade to a strategic cooperative partnership, so the tracker may be showing the older label. The dataset follows the tracker and leaves the 2008 upgrade out of the partnerships table.',
  },
  {
    id: 'level-2-2-count',
    table: 'levels',
    record: '2.2',
    field: 'tracker.count',
    answer: { value: '11 countries, all in Southeast Asia and Africa', basis: 'tracker', sources: [EXHIBIT] },
    other: {
      value: '14 countries found with dates before August 2021: 5 in Southeast Asia and 9 in Africa',
      sources: [
        {
          source: 'uni-hamburg-jcsaa-2012-li-chenyang-myanmar',
          excerpt:
            "'comprehensive strategic cooperative partnership' with three other ASEAN states (Vietnam in 2008, Laos in 2009, and Cambodia in 2010)",
          note: FULL_LIST,
        },
        {
          source: 'chineseembassy-bb-2016-congo-partnership',
          excerpt:
            'On July 5, 2016…decided to uplift bilateral relations to a comprehensive strategic partnership of cooperation',
        },
        {
          source: 'customkitchencountertop-2018-09-zimbabwe',
          excerpt: '在他今年4月訪華期間,津中兩國關系提升為全面戰略合作伙伴關系',
        },
        {
          source: 'hegsqy-2018-ethiopia',
          excerpt: 'the two countries have established a comprehensive strategic and cooperative partnership',
        },
      ],
    },
    note: 'Later pages show the 14 still held the label after 2021, so the gap is not explained by downgrades. The tracker may have left out three of the African cases; the research suggests Namibia, Zimbabwe and Ethiopia as the likeliest. The partnerships table holds 13 of the 14: Namibia is out because its only source, a copy of Chinese news text in a public code repository, has no address that could be cited.',
  },
  {
    id: 'level-2-3-count',
    table: 'levels',
    record: '2.3',
    field: 'tracker.count',
    answer: { value: '6 countries, mostly in South Asia, India among them', basis: 'tracker', sources: [EXHIBIT] },
    other: {
      value: '8 countries: India, South Korea, Turkey, Afghanistan, Sri Lanka, Bangladesh, Brunei and Nepal',
      sources: [
        { source: TWWIKI, excerpt: TWWIKI_SCP, note: FULL_LIST },
        {
          source: 'chineseembassy-bd-2016-bangladesh-partnership',
          excerpt: 'On October 14, 2016…agreed to establish China-Bangladesh strategic partnership of cooperation',
        },
        {
          source: 'globaltimes-2018-11-brunei',
          excerpt: 'China and Brunei upgraded their bilateral ties to a strategic cooperative partnership on Monday',
        },
        {
          source: 'kckyqg-mfa-mirror-2019-nepal',
          excerpt:
            'On October 12, 2019…announce to establish China-Nepal strategic cooperative partnership featuring ever-lasting friendship',
        },
      ],
    },
    note: 'Leaving out South Korea and Turkey gives exactly six, mostly South Asian, which fits the tracker. South Korea the tracker places on 4.3 instead (see partnership-kr-level); the partnerships table follows it, so it holds 7 countries on this level.',
  },
  {
    id: 'level-3-5-count',
    table: 'levels',
    record: '3.5',
    field: 'tracker.count',
    answer: { value: '16 countries, Canada and the Czech Republic among them', basis: 'tracker', sources: [EXHIBIT] },
    other: {
      value: '19 countries found with dates before August 2021',
      sources: [
        {
          source: 'china-org-2005-09-10-canada',
          excerpt: 'China and Canada agreed in Ottawa Friday morning on building a strategic partnership',
          note: FULL_LIST,
        },
        { source: TWWIKI, excerpt: '互惠戰略夥伴關係(愛爾蘭(2012))' },
        {
          source: 'jizihe-2018-sun-zhang-china-arab-partnerships',
          excerpt: 'strategic partnerships with Qatar (in 2014)…Djibouti (in 2017) and Oman (in 2018)',
        },
        {
          source: 'timeskuwait-2018-kuwait',
          excerpt: 'visit last week to China…established a strategic partnership between the two countries',
        },
        {
          source: 'cgtn-2019-07-03-bulgaria',
          excerpt: 'China and Bulgaria have agreed to lift their ties to a strategic partnership',
        },
      ],
    },
    note: 'Three more than the tracker counts. It may treat Ireland\'s "mutually beneficial" variant, or the 2018 partnerships with Kuwait and Oman, differently; the sources do not settle which.',
  },
  {
    id: 'level-4-3-count',
    table: 'levels',
    record: '4.3',
    field: 'tracker.count',
    answer: { value: '6 countries, South Korea and the Netherlands among them', basis: 'tracker', sources: [EXHIBIT] },
    other: {
      value:
        '4 countries found: the Netherlands, Croatia, Tanzania and Equatorial Guinea; none places South Korea here as of 2021',
      sources: [
        {
          source: 'fmprc-china-netherlands-relations',
          excerpt: "2014年3月…双方一致决定将双边关系提升为'开放务实的全面合作伙伴关系'",
        },
        { source: 'chinanews-mfa-profile-croatia', excerpt: '2005年,中克建立全面合作伙伴关系' },
        {
          source: 'mfatanzania-2013-03-china-communique',
          excerpt:
            'agreed to build and develop a comprehensive partnership based on mutual benefit and win-win cooperation',
        },
        {
          source: 'ce-2015-04-29-equatorial-guinea',
          excerpt: '将中赤几关系提升为平等互信、合作共赢的全面合作伙伴关系',
        },
      ],
    },
    note: "Sources put South Korea on this level only from 2003 to 2008 (PIIE); the partnerships table keeps it here on the tracker's word, giving 5. The remaining one or two members may be countries whose comprehensive cooperative partnerships could not be confirmed, such as Timor-Leste or some African states.",
  },
];
