import type { MutableCommunity } from '../../schemas/communities.js';

/** Statements about a community with a shared future with sub-Saharan Africa and the African members of FOCAC. */
export const africaCommunities: MutableCommunity[] = [
  {
    id: 'za-community-2023',
    country: 'ZA',
    label: { zh: '高水平中南命运共同体' },
    step: 'agreed',
    date: { value: '2023-08-22', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'chinaorg-2023-08-23-south-africa-joint-statement',
        excerpt: '中华人民共和国主席习近平于2023年8月22日对南非共和国进行国事访问',
      },
      {
        source: 'chinaorg-2023-08-23-south-africa-joint-statement',
        excerpt: '双方携手发展全面战略伙伴关系,积极构建高水平中南命运共同体',
      },
    ],
    note: "Joint statement of Xi Jinping's state visit to South Africa, which kept the comprehensive strategic partnership of 2010 as the partnership's name. The joint statement of 2 September 2024 (za-off-2024) recommits to building the community ('high-quality' in its English text) without a new name, so it is no separate record.",
  },
  {
    id: 'ng-community-2024',
    country: 'NG',
    label: { en: 'high-level China-Nigeria community with a shared future' },
    step: 'agreed',
    date: { value: '2024-09-03', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'nta-2024-09-08-nigeria-joint-statement',
        excerpt:
          'agreed to upgrade the China-Nigeria relationship to a Comprehensive Strategic Partnership and build a High-Level China-Nigeria Community with a shared future',
      },
      {
        source: 'businessday-2024-09-03-nigeria',
        excerpt: 'The leaders also agreed to build a high-level Nigeria-China community with a shared future.',
      },
      {
        source: 'govcn-2024-09-03-nigeria',
        excerpt: '2024-09-03 19:23 來源: 新華社 … 9月3日下午,國家主席習近平…同…尼日利亞總統提努布舉行會談。',
        note: 'Dates the talks of the state visit.',
      },
    ],
    note: "Joint statement of President Bola Tinubu's state visit, issued with the elevation to a comprehensive strategic partnership (ng-3-3-2024); the day is that of the two presidents' talks. The Chinese title of the statement was seen only in an unattributed summary, so the name is given in English.",
  },
];
