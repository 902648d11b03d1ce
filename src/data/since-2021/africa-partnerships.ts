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
  {
    id: 'st-3-5-2024',
    country: 'ST',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: { value: '2024-09-05', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'cri-it-2024-09-05-sao-tome',
        excerpt:
          'Nel pomeriggio del 5 settembre … Xi Jinping ha incontrato il primo ministro di São Tomé e Príncipe, Patrice Emery Trovoada, in visita ufficiale in Cina per partecipare al Summit 2024',
      },
      {
        source: 'peoplecn-en-2024-09-05-sao-tome',
        excerpt: 'The two leaders announced the elevation of bilateral ties to a strategic partnership.',
      },
      {
        source: 'peoplecn-en-2024-09-05-sao-tome',
        excerpt: 'The two sides issued a joint statement on establishing the strategic partnership.',
      },
      { source: 'xinhua-2024-09-05-sao-tome-joint-statement', excerpt: '双方宣布将两国关系提升为战略伙伴关系' },
      {
        source: 'govcn-2018-01-16-sao-tome',
        excerpt: '去年4月特羅瓦達總理正式訪華,雙方一致決定構建全面合作夥伴關係',
        note: 'Context for the note: the 2017 decision the dataset does not record.',
      },
    ],
    note: "Announced at Xi Jinping's meeting with Prime Minister Patrice Trovoada during his official visit and the FOCAC summit, with a joint statement negotiated in his talks with Li Qiang; the Chinese name is the statement's (read on a repost). No partnership with São Tomé and Príncipe is recorded before it: a foreign ministry text of January 2018 says the two sides decided in April 2017 to build a comprehensive cooperative partnership, which this dataset does not hold.",
  },
  {
    id: 'bi-3-3-2024',
    country: 'BI',
    level: '3.3',
    label: { en: 'comprehensive strategic partnership' },
    since: { value: '2024-09-06', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'fmprc-fr-burundi-2024-09-06',
        excerpt:
          'le 6 septembre 2024. Les deux dirigeants ont annoncé l’élévation des relations bilatérales au rang de partenariat stratégique global.',
      },
      {
        source: 'peoplecn-en-2024-09-06-burundi',
        excerpt:
          'Sept. 6, 2024. (Xinhua/Ding Lin) … The two leaders announced the elevation of bilateral ties to a comprehensive strategic partnership.',
      },
      {
        source: 'peoplecn-sc-2023-07-29-burundi',
        excerpt: '中方願同布方加強治國理政經驗交流,豐富中布全天候伙伴關系內涵',
        note: "Context for the note: Xi's phrase of July 2023.",
      },
    ],
    note: "Announced at Xi Jinping's meeting with President Évariste Ndayishimiye after the FOCAC summit. No earlier partnership with Burundi is recorded: Xi spoke in July 2023 of enriching a China-Burundi 'all-weather partnership' (全天候伙伴关系), a phrase no source shows being established. No Chinese text of the 2024 name was found.",
  },
  {
    id: 'rw-3-3-2024',
    country: 'RW',
    level: '3.3',
    label: { zh: '全面战略伙伴关系', en: 'comprehensive strategic partnership' },
    since: {
      value: '2024-09-05',
      precision: 'day',
      derived:
        "The Xinhua report published on 2024-09-05 is datelined 'Sept. 5' and says the meeting took place on Thursday, which was 5 September 2024.",
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'govcn-en-2024-09-05-rwanda',
        excerpt: 'BEIJING, Sept. 5 -- Chinese President Xi Jinping on Thursday met with Rwandan President Paul Kagame',
      },
      {
        source: 'govcn-en-2024-09-05-rwanda',
        excerpt: 'The two leaders announced the elevation of bilateral ties to a comprehensive strategic partnership.',
      },
      {
        source: 'rthk-2025-07-31-rwanda',
        excerpt: '去年9月中非合作論壇北京峰會期間,兩國元首成功會晤,一致決定將中盧關係提升至全面戰略夥伴關係',
      },
    ],
    note: "Announced at Xi Jinping's meeting with President Paul Kagame during the FOCAC summit. No earlier partnership with Rwanda is recorded. The Chinese name is Li Qiang's, in a message of July 2025 read on a mirror of RTHK in traditional characters and converted one to one.",
  },
  {
    id: 'cm-3-3-2024',
    country: 'CM',
    level: '3.3',
    label: { zh: '全面战略伙伴关系', en: 'comprehensive strategic partnership' },
    since: { value: '2024-09-04', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'qstheory-en-2024-09-05-cameroon',
        excerpt: 'at the Great Hall of the People in Beijing, capital of China, Sept. 4, 2024.',
      },
      {
        source: 'qstheory-en-2024-09-05-cameroon',
        excerpt: 'The two leaders announced the elevation of bilateral ties to a comprehensive strategic partnership.',
      },
      {
        source: 'tibetcn-cctv-2024-09-05-cameroon',
        excerpt:
          '9月4日晚,国家主席习近平在北京人民大会堂会见…喀麦隆总统比亚。两国元首宣布,将中喀关系提升为全面战略伙伴关系。',
      },
    ],
    note: "Announced at Xi Jinping's evening meeting with President Paul Biya during the FOCAC summit. No earlier partnership with Cameroon is recorded.",
  },
  {
    id: 'cd-2-2-2023',
    country: 'CD',
    level: '2.2',
    label: { zh: '全面战略合作伙伴关系', en: 'comprehensive strategic cooperative partnership' },
    since: { value: '2023-05-26', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-embassy-mk-2023-05-26-drc',
        excerpt:
          'On the afternoon of May 26, 2023, President Xi Jinping held talks at the Great Hall of the People with President Félix-Antoine Tshisekedi Tshilombo',
      },
      {
        source: 'china-embassy-mk-2023-05-26-drc',
        excerpt:
          'announced the elevation of the bilateral relationship from a strategic partnership of win-win cooperation to a comprehensive strategic cooperative partnership',
      },
      {
        source: 'xinhua-en-2023-05-26-drc',
        excerpt:
          'announced on Friday the elevation of the bilateral relationship from a strategic partnership of win-win cooperation to a comprehensive strategic cooperative partnership',
      },
      { source: 'peopledaily-2024-09-12-dr-congo', excerpt: '将两国合作共赢的战略伙伴关系提升为全面战略合作伙伴关系' },
    ],
    note: "Announced at Xi Jinping's talks with President Félix Tshisekedi during his state visit; it raised the strategic partnership of win-win cooperation (cd-3-5-2015), which the reports name. The Chinese name is the Chinese ambassador's, in People's Daily (read on a copy). The meeting of 2 September 2024 restated it.",
  },
  {
    id: 'gh-3-5-2024',
    country: 'GH',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: {
      value: '2024-09-05',
      precision: 'day',
      derived:
        "The Xinhua report published on 2024-09-05 is datelined 'Sept. 5' and says the two presidents met on Thursday, which was 5 September 2024.",
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-09-05-ghana',
        excerpt:
          'BEIJING, Sept. 5 (Xinhua) -- Chinese President Xi Jinping and Ghanaian President Nana Addo Dankwa Akufo-Addo met on Thursday',
      },
      {
        source: 'peoplecn-en-2024-09-05-ghana',
        excerpt: 'announced the elevation of China-Ghana ties to a strategic partnership.',
      },
      {
        source: 'xinhua-fr-2024-09-05-ghana',
        excerpt:
          "ont annoncé jeudi l'élévation des liens entre la Chine et le Ghana au rang de partenariat stratégique",
      },
      { source: 'xinhua-2024-12-11-ghana', excerpt: '推動中加戰略夥伴關係走深走實' },
    ],
    note: "Announced at Xi Jinping's meeting with President Nana Akufo-Addo during the FOCAC summit. No earlier partnership with Ghana is recorded. The Chinese name is from Xi's message to President-elect John Mahama of December 2024, read on a repost in traditional characters and converted one to one.",
  },
  {
    id: 'sc-3-5-2024',
    country: 'SC',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: {
      value: '2024-09-02',
      precision: 'day',
      derived:
        "The Xinhua report published on 2024-09-03 is datelined 'Sept. 2' and says the announcement was made on Monday, which was 2 September 2024.",
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-09-03-seychelles',
        excerpt:
          'BEIJING, Sept. 2 (Xinhua) -- Chinese President Xi Jinping and President of Seychelles Wavel Ramkalawan',
      },
      {
        source: 'peoplecn-en-2024-09-03-seychelles',
        excerpt: 'jointly announced here on Monday the elevation of bilateral relations to a strategic partnership.',
      },
      {
        source: 'sna-2024-09-16-seychelles',
        excerpt: 'Ramkalawan met President Xi Jinping on September 2 at the Great Hall of the People in Beijing',
      },
      { source: 'chinaorg-2025-10-16-seychelles', excerpt: '推動兩國戰略夥伴關係不斷邁上新臺階' },
    ],
    note: "Announced at Xi Jinping's meeting with President Wavel Ramkalawan before the FOCAC summit. No earlier partnership with Seychelles is recorded. The Chinese name is from Xi's message to President-elect Patrick Herminie of October 2025, converted one to one from China.org.cn's traditional-character gateway.",
  },
  {
    id: 'lr-3-5-2024',
    country: 'LR',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: { value: '2024-09-06', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2024-09-06-liberia',
        excerpt: 'at the Great Hall of the People in Beijing, capital of China, Sept. 6, 2024.',
      },
      {
        source: 'chinadaily-2024-09-06-liberia',
        excerpt: 'The two leaders jointly announced the elevation of bilateral relations to a strategic partnership.',
      },
      { source: 'xinhua-2024-09-06-liberia', excerpt: '9月6日中午…两国元首宣布,将中利关系提升为战略伙伴关系。' },
    ],
    note: "Announced at Xi Jinping's midday meeting with President Joseph Boakai after the FOCAC summit. No earlier partnership with Liberia is recorded. The Chinese name was read only on a copy of the Xinhua report.",
  },
  {
    id: 'bw-3-5-2024',
    country: 'BW',
    level: '3.5',
    label: { en: 'strategic partnership' },
    since: { value: '2024-09-05', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-09-05-botswana',
        excerpt: 'at the Great Hall of the People in Beijing, capital of China, Sept. 5, 2024. (Xinhua/Ju Peng)',
      },
      {
        source: 'peoplecn-en-2024-09-05-botswana',
        excerpt:
          'jointly announced here on Thursday the establishment of a strategic partnership between the two countries.',
      },
      { source: 'china-embassy-bw-2024-11-05', excerpt: 'push the  bilateral strategic partnership to a higher level' },
    ],
    note: "Established at Xi Jinping's meeting with President Mokgweetsi Masisi during the FOCAC summit; the first partnership recorded for Botswana. No Chinese text of the name was found.",
  },
  {
    id: 'mu-3-5-2024',
    country: 'MU',
    level: '3.5',
    label: { en: 'strategic partnership' },
    since: { value: '2024', precision: 'year', uncertain: true },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-09-07-mauritius',
        excerpt:
          'Sept. 6, 2024. … Mauritius is willing to take the summit and the establishment of strategic partnership between the two countries as an opportunity',
      },
      {
        source: 'cctv-en-2024-12-12-mauritius',
        excerpt:
          'Xi said bilateral relations have been upgraded to a strategic partnership with concerted efforts of both sides.',
      },
    ],
    note: "By 6 September 2024, when Vice President Eddy Boissezon met Ding Xuexiang at the FOCAC summit, the two countries had established a strategic partnership; no source found gives the day or the occasion (no Xi meeting with a Mauritian leader was found, and Ding referred to 'the consensus reached by the two heads of state'). Dated to the year and marked uncertain. No earlier partnership with Mauritius is recorded. Xi's Chinese message of December 2024 (read only on copies) has 两国关系已提升为战略伙伴, not the full name, so the label is given in English.",
  },
  {
    id: 'ls-3-5-2024',
    country: 'LS',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: {
      value: '2024-09',
      precision: 'month',
      uncertain: true,
      derived:
        "The Chinese ambassador places the decision during Prime Minister Matekane's visit for the FOCAC summit, which People's Daily (published 2024-09-03) dates by his meeting with Li Qiang on 2 September 2024.",
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'africanews24-2024-10-lesotho',
        excerpt: 'Both sides decided to elevate the China-Lesotho relationship to a strategic partnership',
      },
      {
        source: 'peoplecn-en-2024-09-03-lesotho',
        excerpt:
          'meets with Lesotho Prime Minister Sam Matekane, who is in Beijing for the 2024 Summit of the Forum on China-Africa Cooperation (FOCAC)',
      },
      { source: 'crntt-2026-01-11-lesotho', excerpt: '推動中萊戰略伙伴關係取得更大發展' },
    ],
    note: "The decision is reported only second-hand, in the Chinese ambassador's speech of late September 2024 as quoted by a little-known site; no report of a Xi–Matekane meeting was found, so the month is marked uncertain. No earlier partnership with Lesotho is recorded. The Chinese name is Wang Yi's, in Maseru in January 2026 (China Review News, traditional characters converted one to one).",
  },
  {
    id: 'so-3-5-2024',
    country: 'SO',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: {
      value: '2024-09-06',
      precision: 'day',
      derived:
        "The Xinhua report published on 2024-09-06 is datelined 'Sept. 6' and says the announcement was made on Friday, which was 6 September 2024.",
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-09-06-somalia',
        excerpt:
          'BEIJING, Sept. 6 (Xinhua) -- Chinese President Xi Jinping and Somali President Hassan Sheikh Mohamud announced here on Friday',
      },
      {
        source: 'peoplecn-en-2024-09-06-somalia',
        excerpt: 'announced here on Friday the elevation of bilateral relations to a strategic partnership.',
      },
      { source: 'xinhua-2024-09-06-somalia', excerpt: '9月6日上午…两国元首宣布,将中索关系提升为战略伙伴关系。' },
    ],
    note: "Announced at Xi Jinping's morning meeting with President Hassan Sheikh Mohamud after the FOCAC summit. No earlier partnership with Somalia is recorded. The Chinese name is from the Xinhua report as reposted by a Fuzhou news site.",
  },
  {
    id: 'ss-3-5-2024',
    country: 'SS',
    level: '3.5',
    label: { en: 'strategic partnership' },
    since: { value: '2024-09-06', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'cri-ja-2024-09-07-south-sudan',
        excerpt:
          '習近平国家主席は北京市内の人民大会堂で6日夜、…南スーダンのキール大統領と会談しました。両首脳は、両国関係を戦略的パートナーシップに引き上げると宣言しました。',
      },
      {
        source: 'chinadaily-2024-09-06-south-sudan',
        excerpt:
          'Chinese President Xi Jinping on Friday met with South Sudanese President Salva Kiir … The two leaders jointly announced the elevation of bilateral relations to a strategic partnership.',
      },
      {
        source: 'jubamirror-2024-09-06-south-sudan',
        excerpt: 'BEIJING, Friday, Sept. 6, 2024 — President Salva Kiir met with Chinese President Xi Jinping',
      },
    ],
    note: "Announced at Xi Jinping's evening meeting with President Salva Kiir after the FOCAC summit. No earlier partnership with South Sudan is recorded. South Sudanese reports call the new level a comprehensive strategic partnership (partnership-ss-label); the record follows the Chinese reports. No Chinese text of the name was found.",
  },
  {
    id: 'cv-3-5-2024',
    country: 'CV',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: {
      value: '2024-09',
      precision: 'month',
      uncertain: true,
      derived:
        "Li Qiang speaks of the decision as already taken on the morning of 4 September 2024 (People's Daily, published 2024-09-04), and the Cabo Verdean Prime Minister said during the FOCAC summit week that relations had 'now' become a strategic partnership.",
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinanews-2024-09-04-cabo-verde',
        excerpt: '习近平主席同贵国领导人共同决定将中佛关系提升为战略伙伴关系,翻开了两国关系新篇章。',
      },
      {
        source: 'peoplecn-en-2024-09-04-cabo-verde',
        excerpt: 'Chinese Premier Li Qiang on Wednesday met with Cape Verdean Prime Minister Ulisses Correia e Silva',
      },
      {
        source: 'sapo-lusa-2024-09-04-cabo-verde',
        excerpt: 'o fortalecimento das nossas relações, que evoluíram agora para uma parceria estratégica',
      },
    ],
    note: "Li Qiang told Prime Minister Ulisses Correia e Silva at the FOCAC summit that Xi Jinping and Cabo Verde's leaders had jointly decided on the strategic partnership; no report of the decision itself was found, so the month is marked uncertain. No earlier partnership with Cabo Verde is recorded. The Chinese name was read only on a copy of the China News Service report.",
  },
  {
    id: 'gm-3-5-2024',
    country: 'GM',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: { value: '2024-09-06', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-09-07-gambia',
        excerpt: 'at the Great Hall of the People in Beijing, capital of China, Sept. 6, 2024. (Xinhua/Huang Jingwen)',
      },
      {
        source: 'peoplecn-en-2024-09-07-gambia',
        excerpt: 'The two leaders announced the elevation of bilateral ties to a strategic partnership.',
      },
      {
        source: 'xinhua-fr-2024-09-06-gambia',
        excerpt: "Les deux dirigeants ont annoncé l'élévation des liens bilatéraux au rang de partenariat stratégique.",
      },
      { source: 'xinhua-2024-09-06-gambia', excerpt: '9月6日下午…两国元首宣布,将中冈关系提升为战略伙伴关系。' },
    ],
    note: "Announced at Xi Jinping's afternoon meeting with President Adama Barrow after the FOCAC summit. No earlier partnership with The Gambia is recorded. The Chinese name is from the Xinhua report as printed by a Chinese local newspaper.",
  },
  {
    id: 'gq-2-2-2024',
    country: 'GQ',
    level: '2.2',
    label: { en: 'comprehensive strategic partnership of cooperation' },
    since: {
      value: '2024-05-28',
      precision: 'day',
      derived:
        "The Xinhua report published on 2024-05-29 is datelined 'May 28' and says the elevation was made on Tuesday, which was 28 May 2024.",
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-05-29-equatorial-guinea',
        excerpt:
          'BEIJING, May 28 (Xinhua) -- China and Equatorial Guinea on Tuesday elevated their relations to a comprehensive strategic partnership of cooperation.',
      },
      {
        source: 'peoplecn-en-chinadaily-2024-05-29-equatorial-guinea',
        excerpt:
          'decided on Tuesday to upgrade their bilateral relationship to a comprehensive strategic cooperative partnership',
      },
      {
        source: 'peoplecn-en-chinadaily-2024-05-29-equatorial-guinea',
        excerpt:
          'Since Xi and Obiang elevated bilateral ties to an all-around partnership featuring equality, mutual trust, and win-win cooperation in 2015',
      },
    ],
    note: "Agreed at Xi Jinping's talks with President Teodoro Obiang Nguema Mbasogo during his state visit; it raised the comprehensive cooperative partnership of 2015 (gq-4-3-2015). Xinhua and China Daily word the English name differently; both read as the level 全面战略合作伙伴关系, which the research saw only on a copy of a Xinhua feature whose address was not kept, so the label is given in English (Xinhua's wording).",
  },
  {
    id: 'cf-3-5-2024',
    country: 'CF',
    level: '3.5',
    label: { en: 'strategic partnership' },
    since: { value: '2024-09-06', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'fmprc-fr-car-2024-09-06',
        excerpt:
          'Dans la soirée du 6 septembre 2024, le président chinois Xi Jinping a rencontré le président centrafricain Faustin-Archange Touadéra',
      },
      {
        source: 'fmprc-fr-car-2024-09-06',
        excerpt:
          'Les deux chefs d’Etat ont annoncé l’élévation des liens bilatéraux au rang de partenariat stratégique.',
      },
      {
        source: 'peoplecn-en-2024-09-06-car',
        excerpt: 'announced the elevation of bilateral ties to a strategic partnership during a meeting here Friday.',
      },
    ],
    note: "Announced at Xi Jinping's evening meeting with President Faustin-Archange Touadéra after the FOCAC summit. No earlier partnership with the Central African Republic is recorded. No Chinese text of the name was found.",
  },
  {
    id: 'mg-2-2-2024',
    country: 'MG',
    level: '2.2',
    label: { en: 'comprehensive strategic cooperative partnership' },
    since: {
      value: '2024-09-06',
      precision: 'day',
      derived:
        "The Xinhua report published on 2024-09-06 is datelined 'Sept. 6' and says the meeting took place on Friday, which was 6 September 2024.",
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-09-06-madagascar',
        excerpt:
          'BEIJING, Sept. 6 (Xinhua) -- Chinese President Xi Jinping on Friday met with President of Madagascar Andry Nirina Rajoelina',
      },
      {
        source: 'peoplecn-en-2024-09-06-madagascar',
        excerpt:
          'The two leaders announced the elevation of bilateral ties to a comprehensive strategic cooperative partnership.',
      },
      {
        source: 'peoplecn-en-2023-12-07-madagascar',
        excerpt: 'the China-Madagascar comprehensive cooperative partnership',
        note: 'The previous name, still in use in December 2023.',
      },
    ],
    note: "Announced at Xi Jinping's meeting with President Andry Rajoelina after the FOCAC summit; it raised the comprehensive cooperative partnership of 2017 (mg-4-3-2017), still named by Xi in December 2023. No Chinese text of the 2024 name was found.",
  },
  {
    id: 'ao-2-2-2024',
    country: 'AO',
    level: '2.2',
    label: { zh: '全面战略合作伙伴关系', en: 'comprehensive strategic cooperative partnership' },
    since: {
      value: '2024-03-15',
      precision: 'day',
      derived:
        'The Xinhua reports are datelined 15 March (BEIJING, March 15; 新華社北京3月15日電) and were published on 2024-03-16 and 2024-03-18.',
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-03-16-angola',
        excerpt:
          'BEIJING, March 15 (Xinhua) -- Chinese President Xi Jinping held talks with President of the Republic of Angola Joao Lourenco',
      },
      {
        source: 'peoplecn-en-2024-03-16-angola',
        excerpt:
          'The two heads of state announced the elevation of bilateral ties to a comprehensive strategic cooperative partnership.',
      },
      {
        source: 'chinaorg-2024-03-18-angola',
        excerpt:
          '新華社北京3月15日電…3月15日下午,國家主席習近平在人民大會堂同…安哥拉總統洛倫索舉行會談。兩國元首宣佈,將中安關係提升為全面戰略合作夥伴關係。',
      },
    ],
    note: "Announced at Xi Jinping's talks with President João Lourenço during his state visit; it raised the strategic partnership of 2010 (ao-3-5-2010), which the report does not name (Xi speaks of raising the level of 'bilateral strategic relations', 双边战略关系水平). The Chinese name is converted one to one from China.org.cn's traditional-character gateway.",
  },
  {
    id: 'ug-2-2-2024',
    country: 'UG',
    level: '2.2',
    label: { en: 'comprehensive strategic cooperative partnership' },
    since: {
      value: '2024-09',
      precision: 'month',
      derived:
        "The Chinese ambassador places the confirmation 'during the FOCAC summit', held in Beijing in September 2024, in a Xinhua report published on 2024-09-27.",
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-09-27-uganda',
        excerpt:
          'during the FOCAC summit, China and Uganda confirmed their decision to elevate relations to a comprehensive strategic cooperative partnership based on mutual consensus',
      },
      {
        source: 'chinaorg-en-2024-09-27-uganda',
        excerpt:
          '"China is our strategic development partner, and it gives me great pride to see that during the 2024 FOCAC, our relations were elevated," Alupo said.',
      },
    ],
    note: "Confirmed during the FOCAC summit, where Uganda was represented by Vice President Jessica Alupo; no report of the day or of a Xi meeting was found, and 'based on mutual consensus' suggests an agreement reached beforehand. It raised the comprehensive cooperative partnership of 2019 (ug-4-3-2019), which both sides still named in August 2024. No Chinese text of the name was found.",
  },
  {
    id: 'et-off-2023',
    country: 'ET',
    level: null,
    label: { zh: '全天候战略伙伴关系', en: 'all-weather strategic partnership' },
    since: { value: '2023-10-17', precision: 'day' },
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2023-10-17-ethiopia',
        excerpt:
          '15:13, October 17, 2023 BEIJING, Oct. 17 (Xinhua) -- China and Ethiopia have announced elevating the bilateral ties to an "all-weather strategic partnership," according to a joint statement.',
      },
      {
        source: 'cgtn-2023-10-17-ethiopia',
        excerpt: 'The two countries issued a joint statement on establishing an all-weather strategic partnership.',
      },
      {
        source: 'cctv-2023-10-17-ethiopia',
        excerpt: '双方要以建立全天候战略伙伴关系为契机,不断巩固友好互信,深化务实合作',
      },
      { source: 'xinhua-2026-01-08-ethiopia', excerpt: '推动中埃塞全天候战略伙伴关系不断迈上新台阶' },
    ],
    note: "Joint statement issued when Xi Jinping met Prime Minister Abiy Ahmed before the third Belt and Road Forum; it raised the comprehensive strategic cooperative partnership of 2017 (et-2-2-2017), which the reports do not name. The Chinese name was read only on copies (a CCTV text of the meeting and a Xinhua report of January 2026). The Ethiopian Prime Minister's Office worded it 'All Weather Strategic Cooperation Partnership' (partnership-et-label). The 4 September 2024 meeting restated the name.",
  },
  {
    id: 'er-3-5-2022',
    country: 'ER',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: { value: '2022-01-05', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'shabait-2022-01-05-eritrea-china-joint-statement',
        excerpt:
          '5 January, 2022, Asmara … encouraged by the confirmation of further consolidation and development of the Strategic Partnership by the two Heads of State',
      },
      {
        source: 'yidaiyilu-2022-01-06-eritrea',
        excerpt:
          'the top leaders of the two countries have made major political decisions to elevate China-Eritrea relations to the Strategic Partnership',
      },
      {
        source: 'govcn-en-2022-01-06-eritrea',
        excerpt: 'on Jan 5 issued a joint statement on consolidating bilateral strategic partnership',
      },
      { source: 'stheadline-2022-01-06-eritrea', excerpt: '此次訪問最大成果,是雙方同意將中厄關係提升為戰略夥伴關係' },
    ],
    note: "Made public during Wang Yi's visit to Asmara, in the foreign ministers' joint statement of 5 January 2022, as a decision of the two heads of state; the day of their decision is not stated, so the record takes the day it was announced. No earlier partnership with Eritrea is recorded. The Chinese name is converted one to one from Sing Tao's traditional characters; Isaias Afwerki's state visit of May 2023 restated it.",
  },
  {
    id: 'zm-2-2-2023',
    country: 'ZM',
    level: '2.2',
    label: { zh: '全面战略合作伙伴关系', en: 'comprehensive strategic cooperative partnership' },
    since: {
      value: '2023-09-15',
      precision: 'day',
      derived:
        "The Xinhua report published on 2023-09-16 is datelined 'Sept. 15' and says the talks were held on Friday, which was 15 September 2023.",
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2023-09-16-zambia',
        excerpt:
          'BEIJING, Sept. 15 (Xinhua) -- Chinese President Xi Jinping held talks with his Zambian counterpart, Hakainde Hichilema, in Beijing on Friday.',
      },
      {
        source: 'peoplecn-en-2023-09-16-zambia',
        excerpt:
          'The two heads of state announced the elevation of the China-Zambia relations to a comprehensive strategic cooperative partnership.',
      },
      {
        source: 'peoplecn-en-2024-09-04-zambia',
        excerpt:
          'Xi highlighted the elevation of China-Zambia relations to a comprehensive strategic cooperative partnership in 2023',
      },
      { source: 'hk01-2025-11-20-zambia', excerpt: '為進一步加深中贊全面戰略合作夥伴關係指明了方向' },
    ],
    note: "Announced at Xi Jinping's talks with President Hakainde Hichilema during his state visit. No earlier partnership with Zambia is recorded. The Chinese name is Li Qiang's, on arriving in Lusaka in November 2025 (HK01, traditional characters converted one to one).",
  },
  {
    id: 'ga-2-2-2023',
    country: 'GA',
    level: '2.2',
    label: { zh: '全面战略合作伙伴关系', en: 'comprehensive strategic cooperative partnership' },
    since: { value: '2023-04-19', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-embassy-in-2023-04-19-gabon',
        excerpt: 'On the afternoon of April 19, 2023, President Xi Jinping held talks at the Great Hall of the People',
      },
      {
        source: 'china-embassy-in-2023-04-19-gabon',
        excerpt:
          'The two heads of state decided to elevate the China-Gabon comprehensive cooperative partnership to a comprehensive strategic cooperative partnership.',
      },
      { source: 'crhk-2023-04-gabon', excerpt: '雙方決定將中加關係,提升為全面戰略合作夥伴關係' },
    ],
    note: "Decided at Xi Jinping's talks with President Ali Bongo Ondimba during his state visit, with a joint statement; it raised the comprehensive cooperative partnership of 2016 (ga-4-3-2016), which the readout names. The Chinese name is Commercial Radio Hong Kong's, in traditional characters converted one to one. President Oligui Nguema restated it at the FOCAC summit in September 2024.",
  },
  {
    id: 'bj-3-5-2023',
    country: 'BJ',
    level: '3.5',
    label: { en: 'strategic partnership' },
    since: {
      value: '2023-09-01',
      precision: 'day',
      derived:
        'The Xinhua report published by Shanghai Daily on 2023-09-01 says the establishment was announced on Friday, which was 1 September 2023; CRI Korean dates the talks to the afternoon of 1 September.',
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'shine-2023-09-01-benin',
        excerpt:
          'Chinese President Xi Jinping and his Beninese counterpart, Patrice Athanase Guillaume Talon, announced the establishment of a China-Benin strategic partnership on Friday.',
      },
      {
        source: 'cri-ko-2023-09-01-benin',
        excerpt:
          '9월 1일 오후 습근평 국가주석이 … 파트리스 탈롱 베냉 대통령과 회담했다. 양국 정상은 중국과 베냉 전략동반자관계 수립을 선언했다.',
      },
    ],
    note: "Established at Xi Jinping's talks with President Patrice Talon during his state visit; the first partnership recorded for Benin. No Chinese text of the name was found on a page whose publisher could be named.",
  },
  {
    id: 'gw-3-5-2024',
    country: 'GW',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: {
      value: '2024-07-10',
      precision: 'day',
      derived: "Africanews, published on 2024-07-11, dates the agreement to 'Wednesday (Jul. 10)', 10 July 2024.",
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'africanews-2024-07-11-guinea-bissau',
        excerpt:
          'Guinea-Bissau and China agreed Wednesday (Jul. 10) to elevate bilateral relations to a strategic partnership.',
      },
      {
        source: 'africanews-fr-2024-07-11-guinea-bissau',
        excerpt:
          "Les deux dirigeants ont convenu de promouvoir leurs relations bilatérales au niveau d'un partenariat stratégique.",
      },
      {
        source: 'xinhua-2024-09-03-guinea-bissau',
        excerpt: '今年7月,習近平主席和恩巴洛總統一致決定將雙邊關係提升為戰略伙伴關係',
      },
    ],
    note: "Agreed at Xi Jinping's talks with President Umaro Sissoco Embaló during his state visit. No earlier partnership with Guinea-Bissau is recorded. The Chinese name is Wang Huning's, in a Xinhua report of September 2024 read on a copy in traditional characters and converted one to one.",
  },
];
