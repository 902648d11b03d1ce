import type { MembershipInput } from '../../schemas/partnerships.js';

/** Changes of partnership in Europe (with the Caucasus) from September 2021 to the coverage end: one record per new label or level. */
export const europePartnerships: MembershipInput[] = [
  {
    id: 'cy-3-5-2021',
    country: 'CY',
    level: '3.5',
    label: { en: 'strategic partnership' },
    since: { value: '2021-11-30', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'prc-embassy-lr-2021-11-30-cyprus',
        excerpt:
          'On November 30, 2021, President Xi Jinping had a phone conversation with Cypriot President … jointly decided to upgrade the China-Cyprus relationship to a strategic partnership.',
      },
      {
        source: 'presidency-cy-2021-11-30-china-statement',
        excerpt:
          'had a telephone conversation on November 30th, 2021. … the two Presidents agreed to elevate relations to a Strategic Partnership',
      },
    ],
    note: 'Decided in a telephone call between Xi Jinping and Nicos Anastasiades on the eve of the 50th anniversary of diplomatic relations, and set down in a joint statement issued after the call. No earlier partnership with Cyprus is on record. The Chinese name (战略伙伴关系) was read only on copies (a Wikisource transcription of the joint statement, a WeChat mirror of a CGTN article by the Chinese ambassador), so the label is given in English.',
  },
  {
    id: 'by-off-2022',
    country: 'BY',
    level: null,
    label: { zh: '全天候全面战略伙伴关系', en: 'all-weather comprehensive strategic partnership' },
    since: { value: '2022-09-15', precision: 'day' },
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'belta-de-2022-09-16-belarus',
        excerpt:
          'Lukaschenko und … Xi Jinping haben sich am 15. September 2022 in der Stadt Samarkand (Usbekistan) … getroffen',
      },
      {
        source: 'belta-de-2022-09-16-belarus',
        excerpt:
          'haben ihre Beziehungen auf die Ebene der strategischen Allwetter- und Allroundpartnerschaft angehoben. Eine entsprechende gemeinsame Erklärung wurde in Samarkand verabschiedet.',
      },
      {
        source: 'ecns-2022-09-16-belarus',
        excerpt:
          'China and Belarus on Thursday issued a joint statement on establishing an all-weather comprehensive strategic partnership.',
      },
      {
        source: 'sputnik-zh-2023-03-02-belarus',
        excerpt: '去年9月雙方在撒馬爾罕共同宣佈將中白關係定位提升為全天候全面戰略夥伴關係',
      },
    ],
    note: "Joint statement adopted when Xi Jinping met Alexander Lukashenko in Samarkand at the SCO summit. It replaces the comprehensive strategic partnership of mutual trust and win-win cooperation of 2016 (by-3-3-2016). The Chinese name is quoted from Sputnik's Chinese service (March 2023), which repeats the foreign ministry's account, in traditional characters converted one to one. The joint statement of 1 March 2023 on further developing the partnership in the new era kept the name.",
  },
  {
    id: 'ge-3-5-2023',
    country: 'GE',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: {
      value: '2023-07-31',
      precision: 'day',
      derived:
        'The day is the "7月31日" ("今年", this year) of a China Youth Daily interview published on 17 August 2023; Sputnik\'s Chinese service and JAMnews reported the joint statement on 31 July 2023.',
    },
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'cyol-2023-08-17-georgia', excerpt: '今年7月31日,中格发表联合声明决定将两国关系提升为战略伙伴关系' },
      { source: 'sputnik-cn-2023-07-31-georgia', excerpt: '中国与格鲁吉亚发表联合声明,将两国关系提升为战略伙伴关系' },
      {
        source: 'jamnews-2023-07-31-georgia',
        excerpt: 'a joint statement was issued by the two countries on the establishment of a strategic partnership',
      },
      {
        source: 'people-en-2023-07-28-georgia',
        excerpt:
          "He said that during Garibashvili's visit, both sides will issue a joint statement and announce the establishment of China-Georgia strategic partnership.",
      },
    ],
    note: "Prime Minister Irakli Garibashvili's visit to China for the Chengdu Universiade (26 July to 1 August 2023). Xi Jinping announced the step when they met in Chengdu on 28 July; the joint statement that made it was issued on 31 July. No earlier partnership with Georgia is on record.",
  },
  {
    id: 'hu-off-2024',
    country: 'HU',
    level: null,
    label: {
      zh: '新时代全天候全面战略伙伴关系',
      en: 'all-weather comprehensive strategic partnership for the new era',
    },
    since: {
      value: '2024-05-09',
      precision: 'day',
      derived:
        'The dateline "BUDAPEST, May 9" of the joint statement as the State Council published it on 10 May 2024.',
    },
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'govcn-en-2024-05-10-hungary-statement',
        excerpt:
          'BUDAPEST, May 9 -- … a joint statement on the establishment of an all-weather comprehensive strategic partnership for the new era',
      },
      {
        source: 'govcn-en-2024-05-10-hungary-statement',
        excerpt:
          'the two sides decided to elevate the current comprehensive strategic partnership to an all-weather comprehensive strategic partnership for the new era',
      },
      {
        source: 'chinacomcn-2024-05-11-hungary',
        excerpt: '兩國領導人宣佈,將中匈關係提升為新時代全天候全面戰略夥伴關係',
      },
    ],
    note: "Joint statement of Xi Jinping's state visit to Hungary (8 to 10 May 2024). It raised the comprehensive strategic partnership of 2017 (hu-3-3-2017). The Chinese name is China.com.cn's, in traditional characters converted one to one.",
  },
  {
    id: 'az-3-5-2024',
    country: 'AZ',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: {
      value: '2024-07-03',
      precision: 'day',
      derived:
        'The dateline "ASTANA, July 3" of the Xinhua report on People\'s Daily Online (4 July 2024); AZERTAC\'s report of 3 July 2024 has Aliyev say the declaration would be adopted "today".',
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'people-en-2024-07-04-azerbaijan',
        excerpt:
          'ASTANA, July 3 (Xinhua) -- China and Azerbaijan have upgraded bilateral relations to strategic partnership, which is a new positioning and a new starting point',
      },
      {
        source: 'azertag-2024-07-03-azerbaijan',
        excerpt:
          'Today, we will adopt a Joint Declaration. With this document, we will elevate our bilateral relations to the level of strategic partnership.',
      },
      {
        source: 'chinaorg-2025-04-23-azerbaijan',
        excerpt: '2024年7月,在阿斯塔纳举行的上海合作组织峰会期间,双方签署《关于建立战略伙伴关系的联合宣言》',
      },
    ],
    note: 'Joint declaration signed when Xi Jinping met Ilham Aliyev in Astana before the SCO summit. No earlier partnership with Azerbaijan is on record. Chinese sources call the document a joint declaration (联合宣言) or a joint statement (联合声明). Replaced in April 2025 (az-3-3-2025).',
  },
  {
    id: 'sk-3-5-2024',
    country: 'SK',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: { value: '2024-11-01', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadiplomacy-2024-11-02-slovakia-statement',
        excerpt:
          "Joint Statement between the People's Republic of China and the Slovak Republic on the Establishment of a Strategic Partnership (NOVEMBER 1, 2024)",
      },
      {
        source: 'peoplecn-en-2024-11-02-slovakia',
        excerpt:
          '"We have decided to elevate China-Slovakia relations to a strategic partnership," … BEIJING, Nov. 1 (Xinhua)',
      },
      {
        source: 'waou-2024-11-01-slovakia',
        excerpt: '11月1日,《中華人民共和國與斯洛伐克共和國關於建立戰略夥伴關係的聯合聲明》全文公佈',
      },
    ],
    note: "Prime Minister Robert Fico's official visit to China (31 October to 5 November 2024), in the 75th year of diplomatic relations. No earlier partnership with Slovakia is on record. The Chinese title is from a China News Service dispatch as a Macao news site printed it, in traditional characters converted one to one.",
  },
  {
    id: 'az-3-3-2025',
    country: 'AZ',
    level: '3.3',
    label: { en: 'comprehensive strategic partnership' },
    since: {
      value: '2025-04-23',
      precision: 'day',
      derived:
        'From "on Wednesday" in the A News (Anadolu Agency) report published on 23 April 2025, a Wednesday; commonspace.eu also places the talks in Beijing on 23 April.',
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'anews-2025-04-23-azerbaijan',
        excerpt:
          'China and Azerbaijan on Wednesday elevated their ties to a "comprehensive strategic partnership," Xinhua news agency reported.',
      },
      {
        source: 'commonspace-2025-04-azerbaijan',
        excerpt:
          'following talks between Chinese President Xi Jinping and Azerbaijani President Ilham Aliyev in Beijing on 23 April',
      },
      {
        source: 'orient-tm-2025-04-24-azerbaijan',
        excerpt:
          'В среду, 23 апреля … подписали совместное заявление об установлении отношений всеобъемлющего стратегического партнерства',
      },
    ],
    note: "Joint statement of Ilham Aliyev's state visit to China (22 to 24 April 2025). It raised the strategic partnership of July 2024 (az-3-5-2024). The Chinese name (全面战略伙伴关系) was read only on copies of Xinhua texts, so the label is given in English.",
  },
  {
    id: 'am-3-5-2025',
    country: 'AM',
    level: '3.5',
    label: { en: 'strategic partnership' },
    since: { value: '2025-08-31', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'people-en-2025-08-31-armenia',
        excerpt:
          'TIANJIN, Aug. 31 (Xinhua) -- Chinese President Xi Jinping and Armenian Prime Minister Nikol Pashinyan on Sunday announced the establishment of a strategic partnership',
      },
      {
        source: 'russian-xinhua-2025-08-31-armenia',
        excerpt:
          '2025-08-31 … Тяньцзинь, 31 августа /Синьхуа/ -- Председатель КНР Си Цзиньпин и премьер-министр Армении Никол Пашинян в воскресенье объявили об установлении отношений стратегического партнерства между двумя странами.',
      },
      {
        source: 'massispost-2025-08-31-armenia',
        excerpt:
          'Armenia and China have established a strategic partnership, as announced today in China by President Xi Jinping and Prime Minister Nikol Pashinyan',
      },
    ],
    note: 'Announced when Xi Jinping met Nikol Pashinyan in Tianjin before the SCO summit of 2025. No earlier partnership with Armenia is on record. No Chinese text of the name was found, so the label is given in English.',
  },
];
