import type { MembershipInput } from '../../schemas/partnerships.js';

/** Changes of partnership in the Middle East and North Africa from September 2021 to the coverage end: one record per new label or level. */
export const menaPartnerships: MembershipInput[] = [
  {
    id: 'ps-3-5-2023',
    country: 'PS',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: {
      value: '2023-06-14',
      precision: 'day',
      derived:
        'The "6月14日下午" of the Xinhua report on China.com.cn published on 15 June 2023, the day after the talks.',
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'xitheory-chinacom-2023-06-15-palestine',
        excerpt:
          '6月14日下午,国家主席习近平在人民大会堂同来华进行国事访问的巴勒斯坦总统阿巴斯举行会谈。两国元首宣布建立中巴战略伙伴关系。',
      },
      {
        source: 'people-en-2023-06-15-palestine',
        excerpt: 'The two sides issued a joint statement on establishment of strategic partnership.',
      },
      { source: 'hk01-2023-06-14-palestine', excerpt: '一致同意中巴兩國建立戰略夥伴關係,全面推進各領域友好合作。' },
    ],
    note: "Talks of Xi Jinping and Mahmoud Abbas in Beijing during Abbas's state visit (13 to 16 June 2023), with a joint statement on establishing the partnership. No earlier partnership with Palestine is on record.",
  },
  {
    id: 'sy-3-5-2023',
    country: 'SY',
    level: '3.5',
    label: { zh: '战略伙伴关系', en: 'strategic partnership' },
    since: {
      value: '2023-09-22',
      precision: 'day',
      derived:
        'From "today" in the Xinhua report on People\'s Daily Online and "今天下午" in the Central News Agency report on NOWnews, both published on 22 September 2023.',
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'people-en-2023-09-22-syria',
        excerpt:
          '"Today, we will jointly announce the establishment of the China-Syria strategic partnership," Xi said',
      },
      {
        source: 'nownews-2023-09-22-syria',
        excerpt: '中國國家主席習近平今天下午在杭州西湖國賓會館會見…雙方共同宣布建立中敘戰略夥伴關係。',
      },
      {
        source: 'cri-filipino-2023-09-23-syria',
        excerpt:
          'Isinapubliko rin nila ang magkasanib na pahayag ng dalawang bansa hinggil sa pagtatatag ng estratehikong partnership.',
      },
    ],
    note: "Announced when Xi Jinping met Bashar al-Assad in Hangzhou during Assad's visit for the Asian Games, with a joint statement on establishing the partnership. No earlier partnership with Syria is on record. The Chinese name is from a Central News Agency report in traditional characters, converted one to one. The Assad government fell in December 2024; nothing later on the partnership was found.",
  },
  {
    id: 'bh-3-3-2024',
    country: 'BH',
    level: '3.3',
    label: { en: 'comprehensive strategic partnership' },
    since: {
      value: '2024-05-31',
      precision: 'day',
      derived:
        'From "on Friday" in the Xinhua report (dateline Beijing, 31 May) on People\'s Daily Online of 1 June 2024; 31 May 2024 was a Friday.',
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'people-en-2024-06-01-bahrain',
        excerpt:
          "Chinese President Xi Jinping and Bahrain's King Hamad bin Isa Al Khalifa on Friday announced the establishment of a comprehensive strategic partnership",
      },
    ],
    note: "Talks of Xi Jinping and King Hamad bin Isa Al Khalifa in Beijing during the king's state visit, in the 35th year of diplomatic relations, with a joint statement on establishing the partnership. No earlier partnership with Bahrain is on record. The Chinese text of the joint statement (全面战略伙伴关系) was read only on copies, so the label is given in English.",
  },
  {
    id: 'tn-3-5-2024',
    country: 'TN',
    level: '3.5',
    label: { en: 'strategic partnership' },
    since: {
      value: '2024-05-31',
      precision: 'day',
      derived:
        'From "on Friday" in the Xinhua report (dateline Beijing, 31 May) on People\'s Daily Online of 1 June 2024; 31 May 2024 was a Friday.',
    },
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'people-en-2024-06-01-tunisia',
        excerpt:
          'Chinese President Xi Jinping and Tunisian President Kais Saied on Friday announced the establishment of a strategic partnership between the two countries.',
      },
      {
        source: 'people-en-2024-10-10-tunisia',
        excerpt:
          "Xi said he and Saied announced the establishment of China-Tunisia strategic partnership during Saied's successful state visit to China in May",
      },
    ],
    note: "Talks of Xi Jinping and Kais Saied in Beijing during Saied's state visit, in the 60th year of diplomatic relations. No earlier partnership with Tunisia is on record. The Chinese name (战略伙伴关系) was read only on a copy, so the label is given in English.",
  },
];
