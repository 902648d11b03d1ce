import type { MutableCommunity } from '../../schemas/communities.js';

/** Statements about a community with a shared future with the Middle East and North Africa. */
export const menaCommunities: MutableCommunity[] = [
  {
    id: 'eg-community-2022',
    country: 'EG',
    label: { en: 'China-Egypt community with a shared future in the new era' },
    step: 'proposed',
    date: { value: '2022-02-05', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'cri-filipino-2022-02-05-egypt',
        excerpt:
          'Nakipagtagpo Sabado, Pebrero 5, 2022 sa Beijing si Pangulong Xi Jinping ng Tsina sa kanyang Egyptian counterpart na si Abdel-Fattah al-Sisi.',
      },
      {
        source: 'cri-filipino-2022-02-05-egypt',
        excerpt:
          'Diin ni Xi, dapat magkakapit-bisig na umabante ang kapuwa panig, tungo sa target ng pagbuo ng komunidad na may pinagbabahaginang kinabukasan ng Tsina at Ehipto sa bagong panahon.',
      },
    ],
    note: "Xi Jinping's words when he met Abdel Fattah al-Sisi in Beijing at the opening of the Winter Olympics: the two sides should march together towards the goal of building the community. One side's words, not a joint declaration. The English name translates CRI's Filipino text; the foreign ministry's English readout was read only on a copy, and no Chinese text was found.",
  },
  {
    id: 'eg-community-2024',
    country: 'EG',
    label: { zh: '面向新时代的中埃命运共同体', en: 'China-Egypt community with a shared future for the new era' },
    step: 'proposed',
    date: { value: '2024-05-29', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'chinacom-xitheory-2024-05-30-egypt',
        excerpt:
          '發佈時間:2024-05-30 … 新華社北京5月29日電(記者鄭明達、王賓)5月29日下午,國家主席習近平在北京人民大會堂同…埃及總統塞西舉行會談。',
      },
      {
        source: 'chinacom-xitheory-2024-05-30-egypt',
        excerpt: '中方願同埃方不斷深化互信,推進合作,構建面向新時代的中埃命運共同體',
      },
    ],
    note: "Xi Jinping's words in his talks with Abdel Fattah al-Sisi in Beijing during Sisi's state visit, in the 10th year of the comprehensive strategic partnership (eg-3-3-2014), which a joint statement of 30 May 2024 deepened without renaming. Recorded as proposed: the joint statement's text was read only on a copy. Xi repeated the goal to Prime Minister Mostafa Madbouly in Tianjin on 30 August 2025. The Chinese name is in traditional characters on the page, converted one to one.",
  },
];
