import type { MembershipInput } from '../../schemas/partnerships.js';

/** Changes of partnership in sub-Saharan Africa and the African members of FOCAC from September 2021 to the coverage end: one record per new label or level. */
export const africaPartnerships: MembershipInput[] = [
  {
    id: 'tz-2-2-2022',
    country: 'TZ',
    level: '2.2',
    label: { zh: '全面战略合作伙伴关系', en: 'comprehensive strategic cooperative partnership' },
    since: { value: '2022-11-03', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2022-11-03-tanzania',
        excerpt:
          'The two heads of state announced the elevation of China-Tanzania relations to a comprehensive strategic cooperative partnership.',
      },
      {
        source: 'chinadaily-2022-11-03-tanzania',
        excerpt: 'prior to their talks at the Great Hall of the People in Beijing, capital of China, Nov 3, 2022',
      },
      {
        source: 'chinaorg-2024-09-05-tanzania',
        excerpt: '中方願同坦方一道,全面推進和深化中坦全面戰略合作夥伴關係',
        note: 'The Chinese name, as restated at the FOCAC summit of September 2024.',
      },
    ],
    note: "Announced at Xi Jinping's talks with President Samia Suluhu Hassan during her state visit; it replaced the comprehensive cooperative partnership of 2013 (tz-4-3-2013), which the 2022 report does not name. The Chinese name is taken from a 2024 Xinhua text read in traditional characters and converted one to one; the report of 4 September 2024 restated the name without change.",
  },
  {
    id: 'za-off-2024',
    country: 'ZA',
    level: null,
    label: { zh: '新时代全方位战略合作伙伴关系', en: 'all-round strategic cooperative partnership in the new era' },
    since: { value: '2024-09-02', precision: 'day' },
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'presidency-za-2024-09-02-china-joint-statement',
        excerpt: 'paid a State Visit to China on 2 September 2024',
      },
      {
        source: 'presidency-za-2024-09-02-china-joint-statement',
        excerpt:
          'the two Heads of State agreed to elevate the bilateral relationship to an all-round strategic cooperative partnership in the new era',
      },
      {
        source: 'hk01-2024-09-02-south-africa',
        excerpt:
          '中國國家主席習近平9月2日會晤南非總統拉馬福薩(Cyril Ramaphosa),雙方宣布把兩國關係提升為新時代全方位戰略合作夥伴關係',
      },
    ],
    note: "Joint statement of President Cyril Ramaphosa's state visit before the FOCAC summit; it raised the comprehensive strategic partnership of 2010 (za-3-3-2010). The Chinese name is HK01's, in traditional characters converted one to one; Xinhua's Chinese full text was found only on copies. The name carries two qualifiers (新时代, 全方位) and is none of the sixteen levels.",
  },
  {
    id: 'ng-3-3-2024',
    country: 'NG',
    level: '3.3',
    label: { zh: '全面战略伙伴关系', en: 'comprehensive strategic partnership' },
    since: { value: '2024-09-03', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'govcn-2024-09-03-nigeria',
        excerpt:
          '2024-09-03 19:23 來源: 新華社 … 9月3日下午,國家主席習近平…同…尼日利亞總統提努布舉行會談。兩國元首宣佈,將中尼關係提升為全面戰略夥伴關係。',
      },
      {
        source: 'cgtn-2024-09-03-nigeria',
        excerpt:
          'Chinese President Xi Jinping and Nigerian President Bola Tinubu on Tuesday announced the elevation of China-Nigeria ties to a comprehensive strategic partnership.',
      },
    ],
    note: "Announced at Xi Jinping's talks with President Bola Tinubu during his state visit at the FOCAC summit; it raised the strategic partnership of 2005 (ng-3-5-2005), which the 2024 reports do not name. The joint statement of the visit also set out to build a high-level China-Nigeria community with a shared future (ng-community-2024). The Chinese name is converted one to one from gov.cn's traditional-character gateway.",
  },
  {
    id: 'ml-3-5-2024',
    country: 'ML',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: {
      value: '2024-09-02',
      precision: 'day',
      derived:
        "The Xinhua report published on 2024-09-02 is datelined 'Sept. 2' and says the meeting took place on Monday, which was 2 September 2024.",
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-09-02-mali',
        excerpt:
          'BEIJING, Sept. 2 (Xinhua) -- Chinese President Xi Jinping on Monday met with Malian President Assimi Goita',
      },
      {
        source: 'peoplecn-en-2024-09-02-mali',
        excerpt: 'The two leaders jointly announced the elevation of bilateral relations to a strategic partnership.',
      },
      {
        source: 'china-embassy-ml-2024-09-27',
        excerpt: '峰会期间,习近平主席和戈伊塔总统的历史性会晤为中马合作指明方向…共同谱写中马战略伙伴关系新篇章',
      },
    ],
    note: "Announced at Xi Jinping's meeting with transitional President Assimi Goïta before the FOCAC summit. No earlier partnership with Mali is recorded. The Chinese name is the Chinese ambassador's, in an article of late September 2024.",
  },
  {
    id: 'tg-3-3-2024',
    country: 'TG',
    level: '3.3',
    label: { zh: '全面战略伙伴关系', en: 'comprehensive strategic partnership' },
    since: {
      value: '2024-09-02',
      precision: 'day',
      derived:
        'The Xinhua report published by Shanghai Daily on 2024-09-02 says the announcement was made on Monday, which was 2 September 2024.',
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'shine-2024-09-02-togo',
        excerpt:
          'Chinese President Xi Jinping and Togolese President Faure Gnassingbe jointly announced here on Monday the elevation of bilateral relations to a comprehensive strategic partnership.',
      },
      { source: 'chinanews-2024-09-02-togo', excerpt: '9月2日上午…两国元首宣布,将中多关系提升为全面战略伙伴关系。' },
    ],
    note: "Announced at Xi Jinping's meeting with President Faure Gnassingbé before the FOCAC summit. No earlier partnership with Togo is recorded. The Chinese name was read only on a copy of the China News Service report.",
  },
  {
    id: 'dj-3-3-2024',
    country: 'DJ',
    level: '3.3',
    label: { en: 'comprehensive strategic partnership' },
    since: { value: '2024-09-02', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-09-02-djibouti',
        excerpt:
          'Sept. 2, 2024 (Xinhua/Ju Peng) … The two leaders jointly announced the elevation of bilateral relations to a comprehensive strategic partnership.',
      },
    ],
    note: "Announced at Xi Jinping's meeting with President Ismaïl Omar Guelleh before the FOCAC summit; it raised the strategic partnership of 2017 (dj-3-5-2017). The research read the Chinese name (全面战略伙伴关系) only on copies of the Xinhua text whose addresses were not kept, so no Chinese text is cited and the label is given in English.",
  },
  {
    id: 'td-3-5-2024',
    country: 'TD',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: { value: '2024-09-03', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinaorg-2024-09-04-chad',
        excerpt:
          '發佈時間:2024-09-04 … 新華社北京9月3日電…9月3日上午,國家主席習近平…會見…查德總統穆罕默德。兩國元首宣佈,將中乍關係提升為戰略夥伴關係。',
      },
      {
        source: 'mfa-2024-09-26-chad-embassy',
        excerpt: '习近平主席与穆罕默德总统实现历史性会晤,一致决定将中乍关系提升为战略伙伴关系',
      },
    ],
    note: "Announced at Xi Jinping's meeting with President Mahamat Idriss Déby Itno before the FOCAC summit. No earlier partnership with Chad is recorded. China.org.cn's gateway renders Chad as 查德; the name 战略伙伴关系 is converted one to one and matches the foreign ministry's simplified text. A Chadian outlet dates the meeting a day earlier (partnership-td-since).",
  },
  {
    id: 'mw-3-5-2024',
    country: 'MW',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: { value: '2024-09-03', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-09-03-malawi',
        excerpt:
          'Sept. 3, 2024 (Xinhua/Huang Jingwen) … The two leaders jointly announced the elevation of bilateral ties to a strategic partnership.',
      },
      {
        source: 'chinaorg-2024-09-04-malawi',
        excerpt:
          '新華社北京9月3日電…9月3日上午,國家主席習近平…會見…馬拉維總統查克維拉。兩國元首宣佈,將中馬關係提升為戰略夥伴關係。',
      },
    ],
    note: "Announced at Xi Jinping's meeting with President Lazarus Chakwera before the FOCAC summit. No earlier partnership with Malawi is recorded. The Chinese name is converted one to one from China.org.cn's traditional-character gateway.",
  },
  {
    id: 'km-3-5-2024',
    country: 'KM',
    level: '3.5',
    label: { en: 'strategic partnership' },
    since: {
      value: '2024-09-02',
      precision: 'day',
      derived:
        "The Xinhua report published on 2024-09-02 is datelined 'Sept. 2' and says the meeting took place on Monday, which was 2 September 2024.",
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-09-02-comoros',
        excerpt:
          'BEIJING, Sept. 2 (Xinhua) -- Chinese President Xi Jinping on Monday met with Comorian President Azali Assoumani',
      },
      {
        source: 'peoplecn-en-2024-09-02-comoros',
        excerpt: 'The two leaders announced the elevation of bilateral relations to a strategic partnership.',
      },
    ],
    note: "Announced at Xi Jinping's meeting with President Azali Assoumani before the FOCAC summit. No earlier partnership with the Comoros is recorded. The research read the Chinese name (战略伙伴关系) only on copies of the Xinhua text whose addresses were not kept, so the label is given in English.",
  },
  {
    id: 'mr-3-5-2024',
    country: 'MR',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: { value: '2024-09-03', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'govcn-en-2024-09-03-mauritania',
        excerpt: 'The two leaders jointly announced the elevation of bilateral ties to a strategic partnership.',
      },
      {
        source: 'chinaorg-2024-09-04-mauritania',
        excerpt:
          '發佈時間:2024-09-04 … 新華社北京9月3日電…9月3日晚,國家主席習近平…會見…毛里塔尼亞總統加茲瓦尼。兩國元首宣佈,將中毛關係提升為戰略夥伴關係。',
      },
      {
        source: 'chinaorg-2025-07-21-mauritania',
        excerpt: '去年中非合作论坛北京峰会期间,我同加兹瓦尼总统会见并达成重要共识,共同宣布将中毛关系提升为战略伙伴关系',
      },
    ],
    note: "Announced at Xi Jinping's evening meeting with President Mohamed Ould Ghazouani, then chair of the African Union, before the FOCAC summit. No earlier partnership with Mauritania is recorded. Xi's message of July 2025 gives the name in simplified characters.",
  },
];
