import type { Conflict } from '../../schemas/conflicts.js';
import { TRACKER_SOURCE_ID } from '../sources/tracker.js';

const EXHIBIT = { source: TRACKER_SOURCE_ID, section: 'exhibit-1' } as const;
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
        {
          source: 'crntt-2014-07-05-south-korea',
          excerpt:
            '“四个伙伴”的提出 … 极大丰富了中韩战略合作伙伴关系内涵 [the "four partners" greatly enriched the strategic cooperative partnership]',
        },
        {
          source: 'people-en-2025-11-02-south-korea',
          excerpt:
            'China stands ready to work with South Korea to ensure the steady and long-term development of their strategic cooperative partnership.',
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
          source: 'people-cpc-2018-09-04-sudan',
          excerpt: '2015年,習近平主席和蘇丹總統巴希爾共同宣布兩國建立戰略伙伴關系,雙邊關系進入新的歷史階段。',
        },
        {
          source: 'sudantribune-2018-06-08-sudan',
          excerpt:
            'shakes hands with Sudanese President Omar al-Bashir during a signing ceremony at the Great Hall of the People in Beijing, China, September 1, 2015.',
        },
        {
          source: 'altaghyeer-2015-09-02-sudan',
          excerpt:
            'وقع الرئيسان السوداني  عمر البشير والرئيس الصيني شي جين بينغ الثلاثاء على بيان مشترك لإقامة شراكة استراتيجية',
        },
      ],
    },
    other: {
      value: '2016',
      sources: [
        {
          source: 'sun-zhang-2018-china-arab-partnerships',
          excerpt:
            'established strategic partnerships with Qatar (in 2014), Jordan (in 2015),Iraq (in 2015), Morocco (in 2016), Sudan(in 2016)',
        },
      ],
    },
    note: "The paper the dataset first cited, read only on a copy, dates Sudan's strategic partnership to 2016. The Chinese ambassador in People's Daily, Sudanese press and a Reuters caption put the joint statement in Beijing on 1 September 2015, so the paper's year looks like a slip; the record keeps its id ending in 2016.",
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
        {
          source: 'crntt-2025-09-01-turkey',
          excerpt: '推動中土戰略合作關係達到新高度',
          note: 'Still the name in August 2025.',
        },
      ],
    },
    other: {
      value: '2.3 Strategic Cooperative Partnership, as the 2014 First Financial Daily survey files the 2010 step',
      sources: [
        {
          source: 'first-financial-daily-2014-partnership-survey',
          excerpt: '戰略合作夥伴關係(印度(2005)、韓國(2008)、土耳其(2010)、阿富汗(2012)、斯里蘭卡(2013))',
        },
        {
          source: 'regnum-2010-10-turkey',
          excerpt:
            'Турция и Китай решили довести свои отношения до уровня стратегического партнерства. [Turkey and China decided to raise relations to the level of strategic partnership]',
          note: 'A Russian agency citing Turkish television: the partnership wording in translation only.',
        },
      ],
    },
    note: "The label rule applies to every country alike: a strategic cooperative relationship (战略合作关系) is no level name, so Turkey, like Egypt in 1999 and Algeria in 2004, is placed on no level. Every Chinese official text found, from the joint statement of 2010 to Xi Jinping's meeting of August 2025, says 战略合作关系; only the First Financial Daily survey of 2014 (read only on copies) and foreign-language reports speak of a strategic partnership. The tracker names no country on 2.3 but India, and counts six; the count fits better without Turkey (see level-2-3-count).",
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
      value:
        "2017-04-05: set out in the joint statement issued after the talks in Helsinki during Xi Jinping's state visit",
      sources: [
        {
          source: 'huanbohainews-2017-04-06-finland',
          excerpt: '4月4日至6日…共同宣布建立中芬面向未来的新型合作伙伴关系',
        },
        {
          source: 'fjsen-2017-04-07-finland',
          excerpt:
            '4月5日,国家主席习近平在赫尔辛基同芬兰总统尼尼斯托举行会谈 … 共同发表了关于建立和推进面向未来的新型合作伙伴关系的联合声明',
        },
        {
          source: 'fjsen-2017-04-07-finland',
          excerpt: '中芬正式确认建立“面向未来的新型合作伙伴关系”,让两国关系发展站在了新的起点',
        },
      ],
    },
    other: {
      value: '2013-04-06: agreed at the talks of Xi Jinping and President Niinistö in Sanya',
      sources: [
        {
          source: 'gov-cn-2013-06-03-finland',
          excerpt: '習近平主席和他就共同構建和推進中芬面向未來的新型合作夥伴關係達成重要共識',
        },
        { source: 'fjsen-2017-04-07-finland', excerpt: '把两国元首2013年以来的重要共识通过联合声明的方式确认了下来' },
      ],
    },
    note: 'Chinese reports of 2013 describe a consensus to build and advance the partnership at the Sanya talks (Xinhua\'s stronger "raised to" was read only on a copy); the 2017 joint statement confirmed it formally. The record keeps the joint statement of 5 April 2017.',
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
          source: 'mofa-pk-2015-04-20-joint-statement',
          excerpt:
            'The two sides agreed to elevate the Pakistan-China relationship to the All-Weather Strategic Cooperative Partnership',
        },
        {
          source: 'xinhua-jp-2015-04-22-pakistan',
          excerpt: '従来からの「戦略的パートナーシップ」を「全天候型戦略的パートナーシップ」に引き上げた',
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
        {
          source: 'pakistantoday-archive-2010-12-20',
          excerpt:
            '“Pakistan and China resolve to consolidate and deepen their all-weather strategic partnership of cooperation … ” said a communique issued here on Sunday.',
        },
      ],
    },
    note: "Chinese sources date the all-weather strategic cooperative partnership, as a new name, to the joint statement of 20 April 2015, which Pakistan's foreign ministry and Xinhua call an elevation (from the strategic partnership, by Xinhua's Japanese text); the 2010 phrase may be the long-standing all-weather friendship joined to the strategic cooperative partnership of 2005. The Chinese text of the 2010 statement was not found to check.",
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
      sources: [
        {
          source: 'macaupostdaily-2018-12-05-portugal',
          excerpt: 'In 2005, China and Portugal established a comprehensive strategic partnership',
        },
        {
          source: 'sapo24-2018-12-portugal-xi-article',
          excerpt: 'Com o estabelecimento em 2005 da Parceria Estratégica Global',
        },
        {
          source: 'globaltimes-2025-09-portugal',
          excerpt:
            'this year marks the 20th anniversary of the establishment of the China-Portugal comprehensive strategic partnership',
        },
      ],
    },
    other: {
      value: 'strategic partner',
      sources: [
        {
          source: 'chinadaily-2005-12-10-portugal',
          excerpt: 'The elevation of Portugal to the level of strategic partner',
        },
        {
          source: 'macaubusiness-2019-04-portugal',
          excerpt: "Portugal's relationship with China shifts from the current “strategic partnership” signed in 2005",
        },
      ],
    },
    note: "China Daily's English report of 2005 speaks of a strategic partner, and a Portuguese source of 2019 of a strategic partnership; Xi Jinping's words of 2018, Global Times and the Portuguese Parceria Estratégica Global (the usual rendering of 全面战略伙伴关系) call the partnership of 2005 comprehensive. The Chinese name decides the level.",
  },
  {
    id: 'partnership-ar-2001-label',
    table: 'partnerships',
    record: 'ar-4-3-2001',
    field: 'label',
    country: 'AR',
    answer: {
      basis: 'external',
      value:
        '21世纪全面合作伙伴关系 (comprehensive cooperative partnership for the 21st century; no level, base level 4.3)',
      sources: [
        {
          source: 'gmw-2018-12-03-argentina',
          excerpt:
            '继2001年建立21世纪全面合作伙伴关系之后,两国关系又于2004年和2014年进一步升级为战略伙伴关系和全面战略伙伴关系',
        },
      ],
    },
    other: {
      value:
        'full-range cooperative relations (asociación de cooperación en todos los niveles), as Xinhua named the relationship before 2004',
      sources: [
        {
          source: 'chinaorg-es-2004-11-20-argentina',
          excerpt: 'Previamente, la relación era llamada "asociación de cooperación en todos los niveles".',
        },
        {
          source: 'eastday-2004-11-16-argentina',
          excerpt: '"enrich the content of China-Argentina full-range cooperative relations."',
        },
      ],
    },
    note: "Guangming Daily (2018) dates a comprehensive cooperative partnership for the 21st century to 2001; Xinhua's reports of Hu Jintao's 2004 visit call the earlier relationship full-range or all-level cooperation, which may render the same name loosely or a name without 伙伴. The 2001 text itself, found only on a copy, speaks of the two presidents' initiative to build the partnership. The record keeps the Guangming Daily reading.",
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
        {
          source: 'globaltimes-2014-07-19-argentina',
          excerpt:
            'agreed in Buenos Aires Friday to upgrade bilateral ties from strategic partnership to comprehensive strategic partnership.',
        },
        {
          source: 'chinaorg-es-2004-11-20-argentina',
          excerpt:
            'El término de "asociación estratégica" fue la definición más reciente de sus relaciones bilaterales.',
        },
      ],
    },
    other: {
      value: '全面战略伙伴关系 (comprehensive strategic partnership) from 2004',
      sources: [
        {
          source: 'chinadaily-2018-12-argentina',
          excerpt: '1972年2月19日,中阿兩國建交,2004年中阿兩國建立了全面戰略伙伴關系,2014年7月提升為全面戰略伙伴關系。',
        },
      ],
    },
    note: "A China Daily article of 2018, read only on a copy, gives the 2004 name as the one it says ties were raised to in 2014, in the same sentence; Xinhua in 2004, People's Daily in 2011, Global Times in 2014 and Guangming Daily in 2018 give a strategic partnership, so the copy looks like a slip.",
  },
  {
    id: 'partnership-ar-2004-since',
    table: 'partnerships',
    record: 'ar-3-5-2004',
    field: 'since',
    country: 'AR',
    answer: {
      basis: 'external',
      value:
        '2004-11, the month both reports give; by Xinhua, Hu Jintao announced it to the press on Tuesday 16 November, the day he arrived',
      sources: [
        {
          source: 'chinaorg-es-2004-11-20-argentina',
          excerpt:
            '"Hemos decidido establecer y desarrollar una asociación estratégica …", dijo Hu a la prensa el martes',
        },
        {
          source: 'eastday-2004-11-16-argentina',
          excerpt: 'Hu Jintao arrived here Tuesday for a two-day state visit to Argentina.',
        },
      ],
    },
    other: {
      value: '2004-11-17: pledged on the Wednesday (China Daily)',
      sources: [
        {
          source: 'chinadaily-2004-11-18-argentina',
          excerpt: 'Argentina and China Wednesday pledged to forge a "strategic partnership."',
        },
      ],
    },
    note: "Xinhua's Spanish report has Hu Jintao announce the partnership to the press on Tuesday 16 November, after his talks with President Kirchner; China Daily, datelined in Beijing and read only in the Internet Archive, says the pledge came on Wednesday 17 November, perhaps by Beijing time or the signing of the agreements. The record keeps only the month, on which both agree.",
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
        {
          source: 'mppre-2023-09-13-venezuela-joint-statement',
          excerpt: 'especially since the establishment of the Comprehensive Strategic Partnership on July 14, 2014',
        },
      ],
    },
    note: "The 2023 joint statement as Venezuela's foreign ministry publishes it, and a Cuban provincial television site paraphrasing it, date the partnership to 14 July 2014; Xi Jinping arrived in Caracas only on 20 July 2014, so the 14th is taken to be an error. The joint statement itself was published on Monday 21 July (Xinhua's Spanish service); the record keeps the talks of 20 July, at which the upgrade was agreed.",
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
        { source: 'consulate-sydney-2020-10-26-bolivia', excerpt: '推动不断丰富和充实中玻战略伙伴关系内涵' },
        {
          source: 'peopledaily-ko-2018-06-20-bolivia',
          excerpt: '량국 정상은 중국과 볼리비아 전략적 동반자 관계를 구축하여',
        },
        {
          source: 'peopledaily-en-2024-11-20-bolivia',
          excerpt: 'lead the China-Bolivia strategic partnership to a new level',
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
    note: "Al Mayadeen's Spanish service calls the 2018 document a joint statement on a comprehensive strategic partnership; Xinhua (in Chinese, Korean and Spanish), Shanghai Daily and the Chinese consulate in Sydney say a strategic partnership, still the name in 2024, so 3.5 is kept.",
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
          source: 'today-2018-04-04-zimbabwe',
          excerpt:
            'on Tuesday agreed to establish a comprehensive strategic partnership of cooperation between the two countries.',
        },
        {
          source: 'china-consulate-surabaya-2017-06-ethiopia',
          excerpt:
            'Now, relations between the two countries have been raised to the comprehensive strategic cooperative partnership',
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
        {
          source: 'chineseembassy-bd-2016-bangladesh-partnership',
          excerpt: 'On October 14, 2016…agreed to establish China-Bangladesh strategic partnership of cooperation',
        },
        {
          source: 'globaltimes-2018-11-brunei',
          excerpt: 'China and Brunei upgraded their bilateral ties to a strategic cooperative partnership on Monday',
        },
        {
          source: 'taiwancn-2019-10-14-china-nepal-commentary',
          excerpt: '建立中尼面向发展与繁荣的世代友好的战略合作伙伴关系',
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
      value: '20 countries found with dates before August 2021 (21 in 1.x, with Ireland)',
      sources: [
        {
          source: 'china-org-2005-09-10-canada',
          excerpt: 'China and Canada agreed in Ottawa Friday morning on building a strategic partnership',
          note: FULL_LIST,
        },
        {
          source: 'timeskuwait-2018-kuwait',
          excerpt: 'visit last week to China…established a strategic partnership between the two countries',
        },
        {
          source: 'cgtn-2019-07-03-bulgaria',
          excerpt: 'China and Bulgaria have agreed to lift their ties to a strategic partnership',
        },
        {
          source: 'chinaorg-2018-05-25-oman',
          excerpt:
            "Chinese President Xi Jinping and Oman's Sultan Qaboos Bin Said exchanged congratulatory messages on Friday, announcing the establishment of strategic partnership",
        },
      ],
    },
    note: "Four more than the tracker counts. It may treat the 2018 partnerships with Kuwait and Oman differently, or have missed Jamaica's step of November 2019 or DR Congo's of 2015, the latter resting on a weak source; the sources do not settle which. Until 2.0.0 the data also counted Ireland's 互惠战略伙伴关系 (mutually beneficial strategic partnership) here; by the label rule it is a name off the ladder (ie-3-5-2012), as the tracker may have read it too.",
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
          source: 'ce-2015-04-29-equatorial-guinea',
          excerpt: '将中赤几关系提升为平等互信、合作共赢的全面合作伙伴关系',
        },
        {
          source: 'nbd-2013-03-25-tanzania',
          excerpt: '两国元首决定,传承中坦传统友谊,构建和发展互利共赢的全面合作伙伴关系',
        },
      ],
    },
    note: "Sources put South Korea on this level only from 2003 to 2008; the partnerships table keeps it here for the edition on the tracker's word, giving 9, three more than the tracker counts. The tracker may have left out some of the African steps of 2016 to 2019 (Gabon, Madagascar, Uganda) or Timor-Leste's of 2014.",
  },
];
