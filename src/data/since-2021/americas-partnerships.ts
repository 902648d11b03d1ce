import type { MembershipInput } from '../../schemas/partnerships.js';

/** Changes of partnership in the Americas from September 2021 to the coverage end: one record per new label or level. */
export const americasPartnerships: MembershipInput[] = [
  {
    id: 've-off-2023',
    country: 'VE',
    level: null,
    label: { zh: '全天候战略伙伴关系', en: 'all-weather strategic partnership' },
    since: { value: '2023-09-13', precision: 'day' },
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'telesur-2024-09-13-venezuela-anniversary',
        excerpt:
          '“On September 13, 2023, a historic presidential summit was held in Beijing, where both leaders reached broad agreements',
      },
      {
        source: 'mppre-2023-09-13-venezuela-joint-statement',
        excerpt: 'the two sides agreed to raise bilateral relations to the level of All-weather Strategic Partnership',
      },
      {
        source: 'peoplesdispatch-2023-09-13-venezuela',
        excerpt:
          'The key result of the meeting was the establishment of an “all-weather strategic partnership” between the two countries',
      },
      {
        source: 'vovworld-2023-09-13-venezuela',
        excerpt: '中-委两国领导人在会谈中宣布将双边关系提升为全天候战略伙伴关系。',
      },
    ],
    note: "Talks of Xi Jinping and Nicolás Maduro in Beijing during Maduro's state visit (8 to 14 September 2023), with a joint statement on establishing the partnership (in Venezuela's Spanish, «Asociación Estratégica a Toda Prueba y Todo Tiempo»). It raised the comprehensive strategic partnership of 2014 (ve-3-3-2014). The Chinese name is from the Chinese service of the Voice of Vietnam; Xinhua's Chinese report was read only on copies.",
  },
  {
    id: 'co-3-5-2023',
    country: 'CO',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: { value: '2023-10-25', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'embassy-tl-2023-10-25-colombia',
        excerpt:
          'On the afternoon of October 25, 2023 … The two heads of state announced the elevation of the China-Colombia relationship to a strategic partnership.',
      },
      {
        source: 'ecns-2023-10-26-colombia',
        excerpt: 'China and Colombia elevated their relations to a strategic partnership on Wednesday',
      },
      { source: 'chinacomcn-2025-02-08-colombia', excerpt: '共同宣佈兩國建立戰略夥伴關係' },
    ],
    note: "Talks of Xi Jinping and Gustavo Petro in Beijing during Petro's state visit (24 to 26 October 2023), with a joint statement on establishing the partnership. No earlier partnership with Colombia is on record. The Chinese name is from Xinhua's report of the 45th-anniversary messages (February 2025) on China.com.cn, in traditional characters converted one to one.",
  },
  {
    id: 'uy-3-3-2023',
    country: 'UY',
    level: '3.3',
    label: { zh: '全面战略伙伴关系', en: 'comprehensive strategic partnership' },
    since: {
      value: '2023-11-22',
      precision: 'day',
      derived:
        'The dateline "Nov. 22" and "on Wednesday" (22 November 2023) of the Xinhua report on People\'s Daily Online of 23 November 2023; the Chinese Xinhua text on China.com.cn of the same day has "11月22日下午".',
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peopledaily-en-2023-11-23-uruguay',
        excerpt:
          'BEIJING, Nov. 22 (Xinhua) -- Chinese President Xi Jinping held talks with Uruguayan President Luis Alberto Lacalle Pou in Beijing on Wednesday.',
      },
      {
        source: 'peopledaily-en-2023-11-23-uruguay',
        excerpt:
          'The two heads of state announced the elevation of bilateral relations to a comprehensive strategic partnership.',
      },
      {
        source: 'chinacomcn-2023-11-23-uruguay',
        excerpt: '11月22日下午 … 兩國元首宣佈,將中烏關係提升為全面戰略夥伴關係。',
      },
      {
        source: 'chinacomcn-2023-11-23-uruguay',
        excerpt: '特別是面對新冠疫情,兩國守望相助、同心抗疫,中烏戰略夥伴關係得到昇華。',
      },
    ],
    note: "Talks of Xi Jinping and Luis Lacalle Pou in Beijing during Lacalle Pou's state visit. It raised the strategic partnership of 2016 (uy-3-5-2016), which the same Xinhua text calls 中乌战略伙伴关系. The Chinese name is China.com.cn's, in traditional characters converted one to one.",
  },
  {
    id: 'ni-3-5-2023',
    country: 'NI',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: { value: '2023-12-20', precision: 'day' },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'cri-filipino-2023-12-20-nicaragua',
        excerpt:
          'Miyerkules, Disyembre 20, 2023, inanunsyo nina Pangulong Xi Jinping ng Tsina at Pangulong Daniel Ortega ng Nicaragua ang pormal na pagtatatag ng estratehikong partnership',
      },
      {
        source: 'sputnik-2023-12-20-nicaragua',
        excerpt:
          'China upgraded diplomatic relations with Nicaragua to a strategic partnership on Wednesday, the Chinese Foreign Ministry said',
      },
      { source: 'crntt-2023-12-24-nicaragua', excerpt: '两国元首宣布中国和尼加拉瓜正式建立战略伙伴关系。' },
    ],
    note: 'Announced in a telephone call between Xi Jinping and Daniel Ortega, followed by a joint statement on establishing the partnership. The first partnership with Nicaragua since diplomatic relations were resumed by the joint communiqué of 10 December 2021, which named none.',
  },
  {
    id: 'ca-off-2026',
    country: 'CA',
    level: null,
    label: { zh: '新型战略伙伴关系', en: 'new strategic partnership' },
    since: { value: '2026-01-16', precision: 'day', uncertain: true },
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'stheadline-2026-01-16-canada',
        excerpt:
          '發佈時間：11:18 2026-01-16 HKT … 國家主席習近平今日（16日）在北京人民大會堂會見來華進行正式訪問的加拿大總理卡尼。會見後，雙方發表《中國和加拿大領導人會晤聯合聲明》。',
      },
      {
        source: 'stheadline-2026-01-16-canada',
        excerpt: '卡尼表示，加方願同中方構建強勁可持續的新型戰略伙伴關係',
      },
      {
        source: 'crntt-2026-01-16-canada',
        excerpt: '雙方要本著對歷史、對人民、對世界負責任的態度，推進構建中加新型戰略伙伴關係',
      },
      {
        source: 'peopledaily-en-2026-01-16-canada',
        excerpt:
          'Chinese President Xi Jinping on Friday called on China and Canada to advance the building of a new strategic partnership',
      },
      {
        source: 'cna-2026-01-16-canada',
        excerpt: 'Engagement and cooperation would be "the foundation of our new strategic partnership", he said.',
      },
    ],
    note: "Xi Jinping's meeting with Prime Minister Mark Carney in Beijing during Carney's official visit (14 to 17 January 2026), followed by the Joint Statement of the China–Canada Leaders' Meeting. Both leaders name the tie a new-type strategic partnership (中加新型战略伙伴关系), in the place of the strategic partnership of 2005 (ca-3-5-2005). Marked uncertain: the wording is to 'advance the building of' it, not to establish or raise it, and the joint statement's text was read only on an aggregator. The Chinese name is from Xinhua's text as China Review News and Sing Tao printed it, in traditional characters converted one to one.",
  },
];
