import type { MembershipInput } from '../../schemas/partnerships.js';

/** Changes of partnership in Central, South, East and Southeast Asia and the Pacific from September 2021 to the coverage end: one record per new label or level. */
export const asiaPartnerships: MembershipInput[] = [
  {
    id: 'tm-3-3-2023',
    country: 'TM',
    level: '3.3',
    label: {
      zh: '全面战略伙伴关系',
      en: 'comprehensive strategic partnership',
    },
    since: { value: '2023-01-06', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'anews-2023-01-06-turkmenistan',
        excerpt:
          'Beijing, China January 6, 2023. (REUTERS) China and Turkmenistan have decided to elevate their bilateral relationship to a "comprehensive strategic partnership."',
      },
      {
        source: 'fmprc-tm-bilateral-2023-11',
        excerpt: '2013年建立战略伙伴关系。2023年建立全面战略伙伴关系,并宣布在双边层面践行命运共同体。',
      },
      {
        source: 'mk-embassy-2023-05-18-turkmenistan',
        excerpt:
          "He recalled President Berdimuhamedov's successful state visit to China in January this year, during which they announced that the bilateral relationship be elevated to a comprehensive strategic partnership",
      },
    ],
    note: "Announced by Xi Jinping and Serdar Berdimuhamedov at their talks in Beijing during the Turkmen president's state visit of 5-6 January 2023. Raised from the strategic partnership of 2013 (tm-3-5-2013). The Chinese foreign ministry's country page gives the Chinese name and the year; the day comes from the aNews report of the talks.",
  },
  {
    id: 'uz-off-2022',
    country: 'UZ',
    level: null,
    label: { zh: '亲密友好、休戚与共、共享繁荣的新时代中乌全面战略伙伴关系' },
    since: {
      value: '2022-09-15',
      precision: 'day',
      derived:
        'The China News Service dispatch datelined Samarkand, 15 September (撒马尔罕9月15日电), is on a page published on 2022-09-15.',
      uncertain: true,
    },
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'chinanews-2022-09-15-uzbekistan',
        excerpt:
          '中新社撒马尔罕9月15日电 当地时间9月15日…两国元首签署并发表《中华人民共和国和乌兹别克斯坦共和国联合声明》',
      },
      {
        source: 'chinanews-2022-09-15-uzbekistan',
        excerpt: '双方决定进一步深化亲密友好、休戚与共、共享繁荣的新时代中乌全面战略伙伴关系',
      },
    ],
    note: 'Joint statement signed in Samarkand during Xi Jinping\'s state visit. The sides "decided to further deepen" the partnership, but under a name that adds 新时代 ("new era") and three descriptive phrases (close friendship, solidarity, shared prosperity) to the comprehensive strategic partnership of 2016 (uz-3-3-2016); whether this is a renaming or a restatement is not settled, hence uncertain. No English text of the name was found. Superseded by uz-off-2024.',
  },
  {
    id: 'uz-off-2024',
    country: 'UZ',
    level: null,
    label: {
      zh: '新时代全天候全面战略伙伴关系',
      en: 'all-weather comprehensive strategic partnership for a new era',
    },
    since: { value: '2024-01-24', precision: 'day' },
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'newscentralasia-2024-01-25-uzbekistan',
        excerpt:
          'On 24 January 2024, a landmark summit in Beijing saw … elevate their bilateral relations to an “all-weather comprehensive strategic partnership.”',
      },
      {
        source: 'people-en-2024-01-25-uzbekistan',
        excerpt:
          'BEIJING, Jan. 24 (Xinhua) -- … announcing to elevate bilateral ties to an all-weather comprehensive strategic partnership for a new era',
      },
      {
        source: 'crntt-2024-01-27-uzbekistan',
        excerpt: '1月24日,《中华人民共和国和乌兹别克斯坦共和国关于新时代全天候全面战略伙伴关系的联合声明》发布',
      },
    ],
    note: "Announced at the talks of Xi Jinping and Shavkat Mirziyoyev in Beijing during the Uzbek president's state visit, and set out in a joint statement of the same day. Supersedes the 2022 name (uz-off-2022) and, before it, the comprehensive strategic partnership of 2016 (uz-3-3-2016).",
  },
  {
    id: 'kg-off-2023',
    country: 'KG',
    level: null,
    label: {
      zh: '新时代全面战略伙伴关系',
      en: 'comprehensive strategic partnership for a new era',
    },
    since: {
      value: '2023-05-18',
      precision: 'day',
      derived:
        "The Xinhua dispatch datelined Xi'an, May 18, is on a People's Daily Online page published on 2023-05-18; the foreign ministry (2023) dates the elevation to May of that year.",
    },
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'people-en-2023-05-18-kyrgyzstan',
        excerpt:
          "XI'AN, May 18 (Xinhua) -- … the two presidents announced the elevation of the bilateral relationship to a comprehensive strategic partnership for a new era",
      },
      {
        source: 'nbd-2023-10-20-kyrgyzstan-mfa',
        excerpt:
          '今年是中吉关系发展史上具有里程碑意义的一年。5月,习近平主席同来华进行国事访问的扎帕罗夫总统举行会晤,共同将中吉关系提升至新时代全面战略伙伴关系的新高度',
      },
    ],
    note: "Announced by Xi Jinping and Sadyr Japarov at their meeting in Xi'an during the Kyrgyz president's state visit and the China-Central Asia summit; the Chinese name is the foreign ministry spokesperson's (20 October 2023, reported by CCTV). Raised from the comprehensive strategic partnership of 2018 (kg-3-3-2018).",
  },
  {
    id: 'tj-off-2024',
    country: 'TJ',
    level: null,
    label: {
      en: 'comprehensive strategic cooperative partnership in the new era',
    },
    since: { value: '2024-07-05', precision: 'day' },
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'yidaiyilu-2024-07-05-tajikistan',
        excerpt:
          'Chinese President Xi Jinping holds talks with Tajik President Emomali Rahmon at the presidential palace in Dushanbe, Tajikistan, July 5, 2024.',
      },
      {
        source: 'people-en-2024-07-06-tajikistan-upgrade',
        excerpt:
          'DUSHANBE, July 5 (Xinhua) -- China and Tajikistan decided on Friday to elevate their ties to comprehensive strategic cooperative partnership in the new era.',
      },
    ],
    note: 'Set out in the joint statement signed by Xi Jinping and Emomali Rahmon in Dushanbe during Xi\'s state visit of 4-6 July 2024. Raised from the comprehensive strategic partnership of 2017 (tj-3-3-2017). The Chinese title of the joint statement (关于发展新时代全面战略合作伙伴关系的联合声明) was seen only on copies of the Xinhua text on unrelated hosts, so the label is given in English only; the English name with "cooperative" follows Xinhua (see partnership-tj-label).',
  },
  {
    id: 'mv-2-2-2024',
    country: 'MV',
    level: '2.2',
    label: {
      zh: '全面战略合作伙伴关系',
      en: 'comprehensive strategic cooperative partnership',
    },
    since: { value: '2024-01-10', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'people-en-2024-01-11-maldives',
        excerpt:
          'Beijing, capital of China, Jan. 10, 2024. … The two heads of state announced the elevation of bilateral ties to a comprehensive strategic cooperative partnership.',
      },
      {
        source: 'mfa-mv-2024-01-11-maldives-communique',
        excerpt:
          'The two sides agree to elevate China-Maldives relations to a comprehensive strategic cooperative partnership',
      },
      {
        source: 'crntt-2025-08-31-maldives',
        excerpt: '去年我們一致同意把兩國關係提升為全面戰略合作夥伴關係，打造中馬命運共同體',
      },
    ],
    note: "Announced by Xi Jinping and Mohamed Muizzu at their talks in Beijing during Muizzu's state visit, and written into the joint press communiqué of 11 January 2024. Raised from the future-oriented comprehensive friendly cooperative partnership of 2014 (mv-4-2-2014). The Chinese name is Xi's, as China Review News reports it in traditional characters; it is given here in simplified characters, which map one to one.",
  },
  {
    id: 'bd-2-2-2024',
    country: 'BD',
    level: '2.2',
    label: {
      zh: '全面战略合作伙伴关系',
      en: 'comprehensive strategic cooperative partnership',
    },
    since: {
      value: '2024-07-10',
      precision: 'day',
      derived:
        "The Xinhua dispatch datelined Beijing, July 10, is on a People's Daily Online page published on 2024-07-11, and the China News Service dispatch of 7月10日 on a Va Kio Daily page of the same date.",
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'people-en-2024-07-11-bangladesh',
        excerpt:
          'BEIJING, July 10 (Xinhua) -- China and Bangladesh on Wednesday elevated their relations to a comprehensive strategic cooperative partnership.',
      },
      {
        source: 'waou-cns-2024-07-10-bangladesh',
        excerpt:
          '【中新社北京7月10日電】7月10日下午,中國國家主席習近平在北京人民大會堂會見…哈西娜。兩國領導人宣佈,將中孟關係提升為全面戰略合作夥伴關係。',
      },
      {
        source: 'bd-embassy-2024-07-07-yao-wen',
        excerpt: '推动中孟战略合作伙伴关系取得新成果,迈上新台阶',
      },
    ],
    note: 'Announced by Xi Jinping and Sheikh Hasina at their meeting in Beijing during her official visit of 8-10 July 2024. Raised from the strategic partnership of cooperation of 2016 (bd-2-3-2016), which the Chinese ambassador still named three days before. The Chinese name is given in simplified characters; the China News Service text carried by Va Kio Daily is in traditional characters, which map one to one.',
  },
  {
    id: 'sb-off-2023',
    country: 'SB',
    level: null,
    label: {
      zh: '新时代相互尊重、共同发展的全面战略伙伴关系',
      en: 'comprehensive strategic partnership featuring mutual respect and common development for a new era',
    },
    since: { value: '2023-07-10', precision: 'day' },
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'xinhua-en-2023-07-10-solomon-islands',
        excerpt:
          '2023-07-10 21:29:45 BEIJING, July 10 (Xinhua) -- The following is the full text of a joint statement released by China and Solomon Islands on Monday.',
      },
      {
        source: 'xinhua-en-2023-07-10-solomon-islands',
        excerpt:
          'the two sides decided to establish a comprehensive strategic partnership featuring mutual respect and common development for a new era.',
      },
      {
        source: 'sqrb-2023-07-11-solomon-islands',
        excerpt:
          '新华社北京7月10日电 … 双方共同宣布,中国和所罗门群岛正式建立新时代相互尊重、共同发展的全面战略伙伴关系。',
      },
    ],
    note: "Announced at Xi Jinping's meeting with Prime Minister Manasseh Sogavare in Beijing and set out in the joint statement of the same day, during Sogavare's official visit of 9-15 July 2023. The first partnership on record with the Solomon Islands, which established diplomatic relations with China in September 2019.",
  },
  {
    id: 'tl-3-3-2023',
    country: 'TL',
    level: '3.3',
    label: {
      zh: '全面战略伙伴关系',
      en: 'comprehensive strategic partnership',
    },
    since: { value: '2023-09-23', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'timorleste-gov-2023-09-25-timor-leste',
        excerpt:
          'On September 23rd,  2023, Prime Minister Kay Rala Xanana Gusmão held a bilateral meeting … agreed to elevate relations … towards a comprehensive strategic partnership.',
      },
      {
        source: 'shine-2023-09-23-timor-leste',
        excerpt:
          'Xi Jinping and Prime Minister Xanana Gusmao of Timor-Leste on Saturday jointly announced the elevation of bilateral relations to a comprehensive strategic partnership.',
      },
      {
        source: 'forumchinaplp-2023-10-20-timor-leste',
        excerpt: '9月23日,中国国家主席习近平和东帝汶总理夏纳纳・古斯芒共同宣布两国双边关系提升至全面战略伙伴关系。',
      },
      {
        source: 'hk01-2023-09-23-timor-leste',
        excerpt: '兩人共同宣布將兩國關係提升為全面戰略夥伴關係',
      },
    ],
    note: 'Announced by Xi Jinping and Xanana Gusmão at their meeting in Hangzhou before the opening of the Asian Games. Supersedes the comprehensive partnership of good-neighbourly friendship, mutual trust and mutual benefit of 2014 (tl-4-3-2014); the sources of 2023 do not name the earlier partnership.',
  },
  {
    id: 'sg-off-2023',
    country: 'SG',
    level: null,
    label: {
      zh: '全方位高质量的前瞻性伙伴关系',
      en: 'all-round high-quality future-oriented partnership',
    },
    since: { value: '2023-03-31', precision: 'day' },
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'cpifa-2023-03-31-singapore',
        excerpt:
          'On the afternoon of March 31, 2023 … the two sides elevated China-Singapore relations to an all-round high-quality future-oriented partnership',
      },
      {
        source: 'todayonline-2023-03-31-singapore',
        excerpt:
          'Lee Hsien Loong met Chinese President Xi Jinping on Friday (March 31), with the leaders of both countries agreeing to "upgrade" bilateral relations.',
      },
      {
        source: 'wenweipo-2023-04-02-singapore',
        excerpt:
          '2015年習近平主席對新加坡進行國事訪問期間,兩國建立了與時俱進的全方位合作夥伴關係。…雙方一致同意將中新關係提升為全方位高質量的前瞻性夥伴關係',
      },
      {
        source: 'cidca-2023-04-02-singapore',
        excerpt: 'upgraded bilateral relations to "all-round high-quality future-oriented partnership"',
      },
    ],
    note: "Agreed at Xi Jinping's meeting with Lee Hsien Loong in Beijing during Lee's official visit of 27 March-1 April 2023; the joint statement establishing it carries a Xinhua dateline of 1 April (seen only on a copy). Supersedes the all-round cooperative partnership progressing with the times of 2015 (sg-4-1-2015). The Chinese name is given in simplified characters; Wen Wei Po prints it in traditional characters, which map one to one.",
  },
];
