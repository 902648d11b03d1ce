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
  {
    id: 'zw-community-2024',
    country: 'ZW',
    label: { zh: '高水平中津命运共同体', en: 'high-level China-Zimbabwe community with a shared future' },
    step: 'agreed',
    date: { value: '2024-09-03', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'mfa-2024-09-03-zimbabwe-readout',
        excerpt:
          'On the afternoon of September 3, 2024, President Xi Jinping met with Zimbabwean President Emmerson Mnangagwa … and work together to build a high-level China-Zimbabwe community with a shared future.',
      },
      {
        source: 'xinhua-2024-09-06-zimbabwe-joint-statement',
        excerpt:
          'Joint Statement Between the People’s Republic of China and the Republic of Zimbabwe on Deepening and Enhancing the Comprehensive Strategic Partnership of Cooperation and Building a High-Level China-Zimbabwe Community with a Shared Future',
      },
      {
        source: 'wam-2024-09-05-zimbabwe',
        excerpt:
          'China and Zimbabwe released a joint statement to intensify and upgrade their comprehensive strategic partnership of cooperation and build a high-level community with a shared future',
      },
      {
        source: 'peopledaily-2025-04-28-zimbabwe',
        excerpt:
          '兩國元首一致決定構建以政治、經貿、安全、人文、國際協作為支柱的“五星鐵桿”合作架構,攜手構建高水平中津命運共同體',
      },
    ],
    note: "Agreed at Xi Jinping's talks with President Emmerson Mnangagwa during his state visit of 29 August to 6 September 2024, with a joint statement and a 'five-star ironclad' cooperation framework; the partnership kept its name of 2018 (zw-2-2-2018). Every text was read on a repost: no page of the publishers themselves was found. The Chinese name is the Chinese ambassador's (People's Daily, April 2025), in traditional characters converted one to one.",
  },
  {
    id: 'zw-community-2025',
    country: 'ZW',
    label: { en: 'all-weather community with a shared future' },
    step: 'deepened',
    date: {
      value: '2025-09-04',
      precision: 'day',
      derived:
        'Africanews, published on 2025-09-04, says the announcement was made in Beijing on Thursday, which was 4 September 2025.',
    },
    basis: 'external',
    sources: [
      {
        source: 'africanews-2025-09-04-zimbabwe',
        excerpt:
          'Chinese President Xi Jinping and Zimbabwean President Emmerson Mnangagwa announced the upgrading of bilateral relations to an all-weather community with a shared future in Beijing on Thursday.',
      },
      {
        source: 'africanews-2025-09-04-zimbabwe',
        excerpt: 'I suggest elevating our bilateral relations to an all-weather community with a shared future',
      },
      {
        source: 'chinadaily-2025-09-04-zimbabwe',
        excerpt:
          "President Xi Jinping and Zimbabwean President Emmerson Mnangagwa announced here on Thursday upgrading the two countries' relations to an all-weather community with a shared future.",
      },
    ],
    note: "Announced when Xi Jinping met President Mnangagwa, in Beijing for the commemorations of 3 September 2025; it strengthens the high-level community agreed in 2024 (zw-community-2024) with the qualifier 'all-weather'. The research counted it as a change of partnership, but a community with a shared future is no partnership label, so the partnership's name of 2018 (zw-2-2-2018) stands. No Chinese text of the name was found.",
  },
  {
    id: 'cg-community-2025',
    country: 'CG',
    label: { zh: '中刚高水平命运共同体', en: 'high-level China-Congo community with a shared future' },
    step: 'agreed',
    date: { value: '2025-09-04', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'cctv-2025-09-04-congo',
        excerpt:
          '9月4日中午,國家主席習近平在北京人民大會堂會見…剛果(布)總統薩蘇。兩國元首宣布將雙邊關系定位提升為中剛高水平命運共同體。',
      },
      { source: 'mfa-2025-09-04-congo-readout', excerpt: 'In the afternoon of September 4, 2025' },
      {
        source: 'peoplecn-en-2025-01-08-congo',
        excerpt:
          'Following the important consensus reached by Chinese President Xi Jinping and President Sassou, the two countries will accelerate the building of a high-level China-Congo community with a shared future',
        note: "Wang Yi's account of January 2025: the name was already in use.",
      },
    ],
    note: "Announced by the two heads of state when Xi Jinping met President Denis Sassou Nguesso, in Beijing for the commemorations of 3 September 2025, as the new characterisation (定位) of the relationship. Wang Yi had said in Brazzaville on 7 January 2025 that, following the two presidents' consensus, the two countries would accelerate building such a community; that summary is not recorded separately. The research counted the 2025 announcement as a change of partnership, but a community is no partnership label, so the comprehensive strategic cooperative partnership of 2016 (cg-2-2-2016) stands. CCTV's text and the foreign ministry's readout were read only on copies (CCTV says midday, the readout afternoon); the Chinese name is converted one to one from traditional characters.",
  },
  {
    id: 'ke-community-2025',
    country: 'KE',
    label: { zh: '新时代中肯命运共同体', en: 'China-Kenya community with a shared future for the new era' },
    step: 'agreed',
    date: {
      value: '2025-04-24',
      precision: 'day',
      derived:
        "The Xinhua report published on 2025-04-24 is datelined 'April 24' and says the decision was taken on Thursday, which was 24 April 2025.",
    },
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2025-04-24-kenya',
        excerpt: 'BEIJING, April 24 (Xinhua) -- China and Kenya decided on Thursday',
      },
      {
        source: 'peoplecn-en-2025-04-24-kenya',
        excerpt:
          'China and Kenya decided on Thursday to elevate their ties to a China-Kenya community with a shared future for the new era.',
      },
      {
        source: 'cctv-2025-04-27-kenya',
        excerpt:
          '4月24日,习近平主席同肯尼亚总统鲁托举行会谈,两国元首一致同意将双边关系定位提升至新时代中肯命运共同体。',
      },
      {
        source: 'xinhua-2025-04-24-kenya',
        excerpt: '4月24日上午…两国元首一致同意将双边关系定位提升至新时代中肯命运共同体。',
      },
      {
        source: 'thestar-ke-2025-04-24-joint-statement',
        excerpt:
          'Joint Statement … on Creating an Inspiring Example in the All-Weather China-Africa Community with a Shared Future for the New Era',
      },
    ],
    note: "Agreed at Xi Jinping's talks with President William Ruto during his state visit, the first by an African head of state after the FOCAC summit of 2024, with a joint statement. The research counted it as a change of partnership, but a community is no partnership label, so the comprehensive strategic cooperative partnership of 2017 (ke-2-2-2017) stands; Xi's account of the talks still names it. In a message of December 2023 Xi had wished to build a 'closer China-Kenya community with a shared future in the new era'; that wish is not recorded separately.",
  },
];
