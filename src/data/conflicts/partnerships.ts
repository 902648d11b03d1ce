import type { Conflict } from '../../schemas/conflicts.js';
import { TRACKER_SOURCE_ID } from '../sources/tracker.js';

const EXHIBIT = { source: TRACKER_SOURCE_ID, section: 'exhibit-1' } as const;
const TWWIKI = 'twwiki-first-financial-daily-2014-survey';
const TWWIKI_SCP = '戰略合作夥伴關係(印度(2005)、韓國(2008)、土耳其(2010)、阿富汗(2012)、斯里蘭卡(2013))';
const FULL_LIST = 'A sample of the sources; the full list of members and their sources is the partnerships table.';

/**
 * Where sources disagree about the partnership hierarchy: the tracker and other sources, or other sources
 * among themselves (a date, a level, a name). The record concerned keeps one reading, the tracker's where it
 * speaks; the other is kept here.
 */
export const partnershipConflicts: Conflict[] = [
  {
    id: 'partnership-kr-level',
    table: 'partnerships',
    record: 'kr-2-3-2008',
    field: 'level',
    country: 'KR',
    answer: {
      basis: 'external',
      value: '2.3 Strategic Cooperative Partnership since 2008, unchanged in August 2021',
      sources: [
        { source: TWWIKI, excerpt: TWWIKI_SCP },
        {
          source: 'piie-chinas-partnerships',
          excerpt: 'in 2008 Strategic Cooperative Partnership',
          note: "Summarises Min Ye's ranking, which records changes to the South Korean label in 1998, 2003, 2008 and 2014.",
        },
        {
          source: 'fmprc-2023-12-south-korea',
          excerpt: '2008年5月韩国总统李明博访华,双方宣布建立中韩战略合作伙伴关系。',
        },
        {
          source: 'china-embassy-lr-2008-05-28-south-korea',
          excerpt:
            'on Tuesday agreed to upgrade their "comprehensive and cooperative partnership" to "strategic cooperative partnership" … Beijing, capital of China, May 27, 2008',
        },
      ],
    },
    other: {
      value: '4.3 Comprehensive Cooperative Partnership: where the tracker places South Korea in August 2021',
      sources: [EXHIBIT],
    },
    note: "The foreign ministry's profile and the joint statement of May 2008 show the comprehensive cooperative partnership of July 2003 raised to a strategic cooperative partnership in May 2008, and no source reports a later change of level; the tracker may be showing the older label. The dated history holds both steps (kr-4-3-undated, kr-2-3-2008) and answers 2.3 from May 2008 on; the tracker's own placement stays answerable as its view (trackerLevelOf, the tracker_level column of the panel).",
  },
  {
    id: 'partnership-by-since',
    table: 'partnerships',
    record: 'by-3-3-2013',
    field: 'since',
    country: 'BY',
    answer: {
      basis: 'external',
      value: '2013-07: the comprehensive strategic partnership dates from the joint statement of July 2013',
      sources: [
        {
          source: 'chinanews-2020-05-belarus',
          excerpt: '2013年7月,白俄罗斯总统卢卡申科访华期间,两国元首签署联合声明,宣布中白建立全面战略伙伴关系',
        },
      ],
    },
    other: {
      value:
        '2016-09-29: the comprehensive strategic partnership established by the joint declaration of September 2016',
      sources: [
        {
          source: 'chinadaily-2016-09-30-belarus',
          excerpt:
            'signed a joint declaration to enhance mutual trust and establish a win-win comprehensive strategic partnership',
        },
      ],
    },
    note: "China Daily's account of the 2016 declaration reads as if the level were first established then, which is how the dataset first dated it. The foreign ministry's profile lists both steps: the comprehensive strategic partnership of July 2013 and its restatement as one of mutual trust and win-win cooperation in September 2016 (by-3-3-2016), so the level is dated 2013.",
  },
  {
    id: 'partnership-sd-since',
    table: 'partnerships',
    record: 'sd-3-5-2016',
    field: 'since',
    country: 'SD',
    answer: {
      basis: 'external',
      value: "2015-09-01: joint statement signed in Beijing during President Bashir's visit",
      sources: [
        {
          source: 'guayunfan-2022-08-29-sudan',
          excerpt: '2015年9月,苏丹总统巴希尔访问中国,并与中国政府签订了两国关于建立战略伙伴关系的联合声明。',
        },
        {
          source: 'people-cpc-2018-09-04-sudan',
          excerpt: '2015年,習近平主席和蘇丹總統巴希爾共同宣布兩國建立戰略伙伴關系,雙邊關系進入新的歷史階段。',
        },
        {
          source: 'sudantribune-2018-06-08-sudan',
          excerpt:
            'shakes hands with Sudanese President Omar al-Bashir during a signing ceremony at the Great Hall of the People in Beijing, China, September 1, 2015.',
        },
      ],
    },
    other: {
      value: '2016',
      sources: [
        {
          source: 'jizihe-2018-sun-zhang-china-arab-partnerships',
          excerpt: 'strategic partnerships with Qatar (in 2014)…Morocco (in 2016), Sudan (in 2016)',
        },
      ],
    },
    note: "The paper the dataset first cited dates Sudan's strategic partnership to 2016. The Chinese ambassador in People's Daily, an academic study and Sudanese and Arab press put the joint statement in Beijing on 1 September 2015, so the paper's year looks like a slip; the record keeps its id ending in 2016.",
  },
  {
    id: 'partnership-tr-level',
    table: 'partnerships',
    record: 'tr-off-2010',
    field: 'level',
    country: 'TR',
    answer: {
      basis: 'external',
      value: 'No level: the joint statement names a strategic cooperative relationship (战略合作关系), without 伙伴',
      sources: [
        {
          source: 'chinanews-2010-10-09-turkey',
          excerpt:
            '中新社安卡拉10月8日电 中国总理温家宝访问土耳其期间,中土双方8日发表联合声明,决定将两国关系提升为战略合作关系。',
        },
        {
          source: 'embassy-lr-2021-08-04-turkey',
          excerpt: 'Since the establishment of the China-Turkey strategic cooperative relationship in 2010',
        },
      ],
    },
    other: {
      value: '2.3 Strategic Cooperative Partnership, as two sources file the 2010 step',
      sources: [
        {
          source: 'twwiki-first-financial-daily-2014-survey',
          excerpt: '戰略合作夥伴關係(印度(2005)、韓國(2008)、土耳其(2010)、阿富汗(2012)、斯里蘭卡(2013))',
        },
        {
          source: 'ckhq-2015-11-16-turkey',
          excerpt: '2010年时任国务院总理温家宝访问土耳其期间,中国和土耳其宣布正式建立和发展战略合作伙伴关系',
        },
      ],
    },
    note: 'The label rule applies to every country alike: a strategic cooperative relationship (战略合作关系) is no level name, so Turkey, like Egypt in 1999 and Algeria in 2004, is placed on no level. A 2014 First Financial Daily survey and a 2015 commentary file it as a 战略合作伙伴关系; no Chinese official text found does. The tracker names no country on 2.3 but India, and counts six; the count fits better without Turkey (see level-2-3-count).',
  },
  {
    id: 'partnership-dz-2004-established',
    table: 'partnerships',
    record: 'dz-off-2004',
    field: 'since',
    country: 'DZ',
    answer: {
      basis: 'external',
      value: '2004-02-04: the strategic cooperative relations were established by the communiqué of that day',
      sources: [
        {
          source: 'algeria-embassy-cn-2014-02-24',
          excerpt:
            "Les deux pays ont annoncé le 4 février 2004 l'établissement des Relations de Coopération Stratégique Sino-Algérienne [the two countries announced on 4 February 2004 the establishment of Sino-Algerian strategic cooperative relations]",
        },
      ],
    },
    other: {
      value: 'The communiqué of 4 February 2004 consolidated strategic cooperative relations that already existed',
      sources: [
        {
          source: 'chinaorg-2004-02-04-algeria-communique',
          excerpt: 'It said the two countries will consolidate their strategic cooperative relations',
        },
      ],
    },
    note: "The joint communiqué of 2014, as the Algerian embassy reproduces it, dates the establishment to 4 February 2004; Xinhua's English summary of the 2004 communiqué speaks of consolidating the relations, which may mean they were named earlier. No earlier date was found.",
  },
  {
    id: 'partnership-uz-since',
    table: 'partnerships',
    record: 'uz-4-4-2004',
    field: 'since',
    country: 'UZ',
    answer: {
      basis: 'external',
      value: "2004-06-15: joint statement of Hu Jintao's state visit to Tashkent",
      sources: [
        {
          source: 'china-org-2004-06-16-uzbekistan',
          excerpt:
            'signed a joint statement in Tashkent Tuesday on further developing a partnership of friendly cooperation',
        },
        {
          source: 'sina-2010-06-09-uzbekistan',
          excerpt: 'the two countries announced the establishment of friendly and cooperative partnership in 2004',
        },
      ],
    },
    other: {
      value: "2005-05: the Treaty of Friendly and Cooperative Partnership signed during President Karimov's visit",
      sources: [
        {
          source: 'china-org-uzbekistan',
          excerpt:
            'The leaders of China and Uzbekistan signed an agreement on Wednesday to establish a "friendly cooperative partnership,"',
        },
      ],
    },
    note: 'China Daily describes the treaty of 25 May 2005 as establishing the partnership; Hu Jintao dated it to 2004 and the June 2004 statement already speaks of it. The earlier date is kept, the treaty read as giving the partnership treaty form.',
  },
  {
    id: 'partnership-fi-since',
    table: 'partnerships',
    record: 'fi-4-5-2017',
    field: 'since',
    country: 'FI',
    answer: {
      basis: 'external',
      value: "2017-04-04 to 2017-04-06: announced in the joint statement of Xi Jinping's state visit",
      sources: [
        {
          source: 'huanbohainews-2017-04-06-finland',
          excerpt: '4月4日至6日…共同宣布建立中芬面向未来的新型合作伙伴关系',
        },
        {
          source: 'tushygear-2017-04-03-finland',
          excerpt: '2017年04月03日…國家主席習近平4月4日至6日對芬蘭進行國事訪問',
        },
      ],
    },
    other: {
      value: '2013-04-06: agreed at the talks of Xi Jinping and President Niinistö in Sanya',
      sources: [
        {
          source: 'folksfolks-2017-04-07-finland',
          excerpt:
            '2013年4月6日,国家主席习近平在海南省三亚市同芬兰总统尼尼斯托举行会谈…两国元首一致同意,将中芬关系定位提升为面向未来的新型合作伙伴关系',
        },
        {
          source: 'gov-cn-2013-06-03-finland',
          excerpt: '習近平主席和他就共同構建和推進中芬面向未來的新型合作夥伴關係達成重要共識',
        },
      ],
    },
    note: 'Xinhua says relations were raised to this partnership at the Sanya talks of 2013, which other reports call a consensus to build it; the 2017 joint statement announced its establishment. The record keeps 2017, when it was formally established.',
  },
  {
    id: 'partnership-pk-since',
    table: 'partnerships',
    record: 'pk-2-1-2015',
    field: 'since',
    country: 'PK',
    answer: {
      basis: 'external',
      value: '2015-04-20: the joint statement on establishing the all-weather strategic cooperative partnership',
      sources: [
        {
          source: 'crntt-mirror-pakistan',
          excerpt: '2015年4月20日至21日,習近平訪問巴基斯坦…將中巴戰略合作夥伴關係,提升為全天候戰略合作夥伴關係',
        },
      ],
    },
    other: {
      value:
        '2010-12: the English text of the joint statement of December 2010 already says all-weather strategic partnership of cooperation',
      sources: [
        {
          source: 'issi-pakistan',
          excerpt:
            'Joint Statement issued at the conclusion of the visit on 19 December, 2010…“the China-Pakistan all-weather strategic partnership of cooperation',
        },
      ],
    },
    note: 'Chinese sources date the all-weather strategic cooperative partnership, as a new name, to the joint statement of 20 April 2015; the 2010 phrase may be the long-standing all-weather friendship joined to the strategic cooperative partnership of 2005. The Chinese text of the 2010 statement was not found to check.',
  },
  {
    id: 'partnership-it-label',
    table: 'partnerships',
    record: 'it-3-3-2004',
    field: 'label',
    country: 'IT',
    answer: {
      basis: 'external',
      value: '全面战略伙伴关系 (comprehensive strategic partnership)',
      sources: [
        { source: 'mfa-2004-05-06-italy', excerpt: '此次温总理访意,旨在将中意关系提升为全面战略伙伴关系' },
        { source: 'sina-2006-09-18-italy', excerpt: '2004年两国建立全面战略伙伴关系以来,政治关系更趋紧密' },
      ],
    },
    other: {
      value: 'strategic partnership',
      sources: [
        {
          source: 'chinadaily-2004-05-09-italy',
          excerpt: 'establishing stable, friendly, long-term and sustainable strategic partnership',
        },
        {
          source: 'china-org-2004-05-08-italy',
          excerpt:
            'The governments of China and Italy agreed on Friday to further deepen bilateral ties by establishing stable, friendly, long-term and sustainable strategic partnership',
        },
      ],
    },
    note: 'The English text of the 2004 communiqué, as Xinhua and China Daily report it, has no "comprehensive"; the foreign ministry before the visit, Xinhua later and CRI\'s Italian service call the same partnership comprehensive. The Chinese name decides the level.',
  },
  {
    id: 'partnership-pt-label',
    table: 'partnerships',
    record: 'pt-3-3-2005',
    field: 'label',
    country: 'PT',
    answer: {
      basis: 'external',
      value: '全面战略伙伴关系 (comprehensive strategic partnership)',
      sources: [{ source: 'flfgdq-portugal', excerpt: '中葡一致同意建立全面战略伙伴关系' }],
    },
    other: {
      value: 'strategic partner',
      sources: [
        {
          source: 'chinadaily-2005-12-10-portugal',
          excerpt: 'The elevation of Portugal to the level of strategic partner',
        },
      ],
    },
    note: "China Daily's English report speaks of a strategic partner; the Chinese text of the joint statement and Xinhua call the partnership comprehensive. The Chinese name decides the level.",
  },
  {
    id: 'partnership-ar-2004-label',
    table: 'partnerships',
    record: 'ar-3-5-2004',
    field: 'label',
    country: 'AR',
    answer: {
      basis: 'external',
      value: '战略伙伴关系 (strategic partnership)',
      sources: [
        {
          source: 'gmw-2018-12-03-argentina',
          excerpt:
            '继2001年建立21世纪全面合作伙伴关系之后,两国关系又于2004年和2014年进一步升级为战略伙伴关系和全面战略伙伴关系',
        },
      ],
    },
    other: {
      value: '全面战略伙伴关系 (comprehensive strategic partnership) from 2004',
      sources: [
        {
          source: 'sczl-slkj-2018-12-10-argentina',
          excerpt: '1972年2月19日,中阿兩國建交,2004年中阿兩國建立了全面戰略伙伴關系,2014年7月提升為全面戰略伙伴關系。',
        },
      ],
    },
    note: "A copy of a China Daily page gives the 2004 name as the one it says ties were raised to in 2014, in the same sentence; China Daily in 2004, People's Daily in 2011 and Guangming Daily in 2018 give a strategic partnership, so the copy looks like a slip.",
  },
  {
    id: 'partnership-ar-2014-label',
    table: 'partnerships',
    record: 'ar-3-3-2014',
    field: 'label',
    country: 'AR',
    answer: {
      basis: 'external',
      value: '全面战略伙伴关系 (comprehensive strategic partnership, 3.3)',
      sources: [
        {
          source: 'sohu-2014-07-25-argentina-venezuela',
          excerpt: "把双边关系从原来的'战略伙伴关系'提升为'全面战略伙伴关系'",
        },
        {
          source: 'vivobaires-2021-02-argentina',
          excerpt:
            'En julio de 2014, durante la visita de Estado del Presidente Xi Jinping a Argentina, los mandatarios…anunciaron el establecimiento de la Asociación Estratégica Integral',
        },
      ],
    },
    other: {
      value: '全面战略合作伙伴关系 (the name of 2.2)',
      sources: [
        {
          source: 'cancilleria-ar-2017-03-28-argentina',
          excerpt: '我国希望能够继续加深两国自2014年习近平主席访阿时开始的全面战略合作伙伴关系',
        },
      ],
    },
    note: "The Argentine embassy's Chinese notice of 2017 writes the name of level 2.2; Chinese official sources and the Spanish Asociación Estratégica Integral correspond to 全面战略伙伴关系 (3.3), so the notice is read as a translation slip.",
  },
  {
    id: 'partnership-ve-since',
    table: 'partnerships',
    record: 've-3-3-2014',
    field: 'since',
    country: 'VE',
    answer: {
      basis: 'external',
      value: '2014-07-20: agreed at the talks in Caracas',
      sources: [
        { source: 'crntt-2014-venezuela', excerpt: '當地時間20日下午2時40分許,中國國家主席習近平乘專機抵達加拉加斯' },
      ],
    },
    other: {
      value: '2014-07-14',
      sources: [
        {
          source: 'tvsantiago-venezuela',
          excerpt: 'desde el establecimiento de la Asociación Estratégica Integral el 14 de julio de 2014',
        },
      ],
    },
    note: 'A Cuban provincial television site, paraphrasing the 2023 joint statement, dates the partnership to 14 July 2014; Xi Jinping arrived in Caracas only on 20 July 2014, so the 14th is taken to be an error.',
  },
  {
    id: 'partnership-bo-level',
    table: 'partnerships',
    record: 'bo-3-5-2018',
    field: 'level',
    country: 'BO',
    answer: {
      basis: 'external',
      value: '3.5 Strategic Partnership',
      sources: [
        {
          source: 'ynjjjc-2018-06-20-bolivia',
          excerpt: '两国元首一致决定建立中玻战略伙伴关系,推动中玻关系在新的历史起点上实现更大发展。',
        },
      ],
    },
    other: {
      value: '3.3 Comprehensive Strategic Partnership',
      sources: [
        {
          source: 'almayadeen-bolivia',
          excerpt:
            'ambos dignatarios rubricaron una declaración conjunta sobre la asociación estratégica integral entre sus países',
        },
      ],
    },
    note: "Al Mayadeen's Spanish service calls the 2018 document a joint statement on a comprehensive strategic partnership; Xinhua (in Chinese and Spanish) and Shanghai Daily say a strategic partnership, so 3.5 is kept.",
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
    note: 'Later pages show the 14 still held the label after 2021, so the gap is not explained by downgrades. The tracker may have left out three of the African cases; the research suggests Namibia, Zimbabwe and Ethiopia as the likeliest. The partnerships table holds all 14.',
  },
  {
    id: 'level-2-3-count',
    table: 'levels',
    record: '2.3',
    field: 'tracker.count',
    answer: { value: '6 countries, mostly in South Asia, India among them', basis: 'tracker', sources: [EXHIBIT] },
    other: {
      value: '9 countries: India, South Korea, Turkey, Afghanistan, Sri Lanka, Bangladesh, Brunei, Nepal and Suriname',
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
    note: "Leaving out South Korea, which the tracker places on 4.3 (see partnership-kr-level), and Turkey, whose official name has no 伙伴 (see partnership-tr-level), gives seven, five of them South Asian; the tracker may also have missed Suriname's step of November 2019.",
  },
  {
    id: 'level-3-5-count',
    table: 'levels',
    record: '3.5',
    field: 'tracker.count',
    answer: { value: '16 countries, Canada and the Czech Republic among them', basis: 'tracker', sources: [EXHIBIT] },
    other: {
      value: '21 countries found with dates before August 2021',
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
    note: "Five more than the tracker counts. It may treat Ireland's \"mutually beneficial\" variant, or the 2018 partnerships with Kuwait and Oman, differently, or have missed Jamaica's step of November 2019 or DR Congo's of 2015, the latter resting on a weak source; the sources do not settle which.",
  },
  {
    id: 'level-4-3-count',
    table: 'levels',
    record: '4.3',
    field: 'tracker.count',
    answer: { value: '6 countries, South Korea and the Netherlands among them', basis: 'tracker', sources: [EXHIBIT] },
    other: {
      value:
        '8 countries found: the Netherlands, Croatia, Tanzania, Equatorial Guinea, Timor-Leste, Gabon, Madagascar and Uganda; none places South Korea here as of 2021',
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
    note: "Sources put South Korea on this level only from 2003 to 2008; the partnerships table keeps it here for the edition on the tracker's word, giving 9, three more than the tracker counts. The tracker may have left out some of the African steps of 2016 to 2019 (Gabon, Madagascar, Uganda) or Timor-Leste's of 2014.",
  },
];
