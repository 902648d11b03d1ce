import type { MutableCommunity } from '../schemas/communities.js';

/** Statements about a community with a shared future between China and a group of countries (the Arab states, Central Asia, CELAC, Africa, ASEAN, the Pacific islands), from the first on record to the coverage end. */
export const regionalCommunities: MutableCommunity[] = [
  {
    id: 'africa-community-2013',
    group: 'africa',
    label: { en: 'China-Africa community of shared destinies' },
    step: 'proposed',
    date: { value: '2013-03-25', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2013-03-26-africa',
        excerpt:
          'delivers a speech at the Julius Nyerere International Convention Center in Dar es Salaam, Tanzania, on March 25, 2013. … Xi said history has shown that China and Africa have always been a community of shared destinies, and similar historical experiences, common development tasks, as well as shared strategic interests have bound the two sides together.',
      },
    ],
    note: "Xi Jinping's first speech on Africa policy, in Dar es Salaam during his first trip abroad as president: a one-sided characterisation of China-Africa relations rather than a proposal to build something new, and the earliest statement on record of a China-Africa community (later Chinese texts write 中非命运共同体). The declaration of the FOCAC Johannesburg summit (December 2015) was not checked for the phrase.",
  },
  {
    id: 'asean-community-2013',
    group: 'asean',
    label: { en: 'close China-ASEAN community of shared future' },
    step: 'proposed',
    date: { value: '2013-10-03', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-npc-2021-12-11-asean-speech-2013',
        excerpt:
          'October 3, 2013 … We wish to work with Indonesia and other ASEAN countries to ensure that China and ASEAN are good neighbors, good friends and good partners who share prosperity and security and stick together through thick and thin. Through our joint efforts, we can build a close China-ASEAN community of shared future',
      },
      {
        source: 'gmw-en-2013-10-31-asean',
        excerpt:
          'During his visit to Indonesia, Xi elaborated his vision of China-ASEAN relationship and highlighted the "China-ASEAN community of common destiny".',
      },
    ],
    note: "Xi Jinping's speech to Indonesia's parliament in Jakarta, the text published in The Governance of China I; Chinese texts of later years quote it as 携手建设更为紧密的中国—东盟命运共同体 (read only on copies). A proposal by China: in the ASEAN-China joint documents searched (the Strategic Partnership Vision 2030 of 2018, the joint statement of the special summit of 22 November 2021, neither read in full) no passage adopting the phrase was found.",
  },
  {
    id: 'arab-states-community-2014',
    group: 'arab-states',
    label: { zh: '中阿利益共同体和命运共同体' },
    step: 'proposed',
    date: { value: '2014-06-05', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'voc-2016-02-12-arab-states-2014-speech',
        excerpt:
          '2014年6月5日,习近平在中阿合作论坛第六届部长级会议开幕式上发表演讲强调: … 中国同阿拉伯国家因为丝绸之路相知相交,是共建“一带一路”的天然合作伙伴。中阿双方应该坚持共商、共建、共享原则,打造中阿利益共同体和命运共同体。',
      },
      {
        source: 'cnnb-2014-06-06-arab-states',
        excerpt:
          '中阿双方应该坚持共商、共建、共享原则,打造中阿利益共同体和命运共同体。… 中阿合作论坛第六届部长级会议6月5日在北京举行',
      },
    ],
    note: "Xi Jinping's speech at the opening of the sixth ministerial meeting of the China-Arab States Cooperation Forum (CASCF) in Beijing, proposing a China-Arab community of shared interests and of shared destiny. At the eighth ministerial meeting (10 July 2018) Xi again proposed building a China-Arab community with a shared future while announcing the strategic partnership; not recorded as a new step.",
  },
  {
    id: 'latin-america-caribbean-community-2014',
    group: 'latin-america-caribbean',
    label: { en: 'China-LatAm community with a shared future' },
    step: 'proposed',
    date: { value: '2014-07-17', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'chinaorg-en-2014-08-15-lac-speech',
        excerpt:
          "Striving to Build a Hand-in-Hand Community of Common Destiny Keynote Speech at the China-Latin America and the Caribbean Summit Xi Jinping, President of the People's Republic of China Brasilia, Brazil July 17, 2014",
      },
      {
        source: 'chinaorg-en-2020-01-19-lac-keyword',
        excerpt:
          'During their meeting in Brasilia in July 2014, Xi Jinping and the state leaders of Latin American and Caribbean countries decided to establish a comprehensive cooperative partnership featuring equality, mutual benefit and common development, and announced the decision to build a China-LatAm community with a shared future.',
      },
    ],
    note: "Xi Jinping's keynote speech at the meeting of Chinese and Latin American and Caribbean leaders in Brasília, which set up the comprehensive cooperative partnership and the China-CELAC Forum. China's official glossary (China.org.cn) says the leaders announced the decision to build the community together; no joint text of 2014 saying so was read, so the step is China's proposal. Chinese name (中拉命运共同体) not read on a publisher's page for 2014.",
  },
  {
    id: 'africa-community-2018',
    group: 'africa',
    label: {
      zh: '更加紧密的中非命运共同体',
      en: 'Even Stronger China-Africa Community with a Shared Future',
    },
    step: 'agreed',
    date: { value: '2018-09-04', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'govcn-en-2018-09-05-focac-beijing-declaration',
        excerpt:
          'gathered in China on the 3rd and 4th of September for the 2018 Beijing Summit of the Forum on China-Africa Cooperation (FOCAC). … we adopted by consensus the Beijing Declaration-Toward an Even Stronger China-Africa Community with a Shared Future. … Recalling and fully endorsing the vision of … "China-Africa community with a shared future"',
      },
      {
        source: 'xinhua-2018-09-04-focac-round-table',
        excerpt:
          '新華社北京9月4日電(記者王卓倫、劉羽佳)中非合作論壇北京峰會圓桌會議4日在人民大會堂舉行。… 會議通過《關于構建更加緊密的中非命運共同體的北京宣言》',
      },
    ],
    note: 'Beijing Declaration of the FOCAC summit of 3-4 September 2018, adopted at the round table on 4 September: the first joint text on record in which China and the African members of FOCAC endorse a China-Africa community with a shared future. The Chinese name comes from a Xinhua report read only on a repost in traditional characters (關于構建更加緊密的中非命運共同體 converts one to one).',
  },
  {
    id: 'arab-states-community-2020',
    group: 'arab-states',
    label: { zh: '面向新时代的中阿命运共同体' },
    step: 'agreed',
    date: {
      value: '2020-07-06',
      precision: 'day',
      derived:
        'CCTV, reporting the foreign ministry briefing of 7 July 2020 (page dated 2020-07-07), says the ministerial meeting was held "yesterday" evening.',
    },
    basis: 'external',
    sources: [
      {
        source: 'cctv-2020-07-07-arab-states-amman',
        excerpt:
          '中阿合作论坛第九届部长级会议昨天成功举行 … 会议经过讨论,达成了《中国和阿拉伯国家团结抗击新冠肺炎疫情联合声明》,《中阿合作论坛第九届部长级会议安曼宣言》和《中阿合作论坛2020年至2022年行动执行计划》三份成果文件。… 呼吁在抗疫合作中打造中阿命运共同体和中阿卫生健康共同体',
      },
      {
        source: 'peopledaily-2020-07-amman-declaration',
        excerpt:
          '中国—阿拉伯国家合作论坛(以下简称“论坛”)第九届部长级会议于2020年7月6日通过视频连线方式召开。… 《安曼宣言》表达了双方进一步深化中阿关系的愿望,阐述了双方共同秉持的国际关系基本原则,重申了在各自核心利益和重大关切问题上的相互支持,表明了双方对重大地区和国际问题的立场,强调努力携手打造面向新时代的中阿命运共同体。',
      },
    ],
    note: "Ninth CASCF ministerial meeting, held by video link and co-chaired by Wang Yi and Jordan's foreign minister Ayman Safadi: the Amman Declaration and the joint statement on solidarity against COVID-19 are the first joint texts on record in which China and the Arab states commit to building the community. The Riyadh Declaration of the first China-Arab States Summit (9 December 2022) restated the same name at the level of heads of state (make all-out efforts to build a China-Arab community with a shared future in the new era); not recorded as a new step. The Chinese wording of the Amman Declaration was read only on a repost of People's Daily.",
  },
  {
    id: 'africa-community-2021',
    group: 'africa',
    label: {
      zh: '新时代中非命运共同体',
      en: 'China-Africa Community with a Shared Future in the New Era',
    },
    step: 'deepened',
    date: { value: '2021-11-30', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'focac-2021-12-22-dakar-declaration',
        excerpt:
          'gathered in Dakar, Senegal on 29-30 November 2021 for the Eighth Ministerial Conference of the Forum on China-Africa Cooperation (FOCAC). Under the theme "Deepen China-Africa Partnership and Promote Sustainable Development to Build a China-Africa Community with a Shared Future in the New Era" … we adopted by consensus the Dakar Declaration',
      },
      {
        source: 'sputnik-cn-2021-11-05-focac-dakar',
        excerpt: '本届会议的主题是“深化中非伙伴合作,促进可持续发展,构建新时代中非命运共同体”',
      },
    ],
    note: 'Dakar Declaration of the eighth FOCAC ministerial conference (29-30 November 2021), adopted under a theme that names the community "in the new era"; the day is the close of the conference (Xinhua, read on copies, says the declaration was adopted on the 30th). The Chinese name is the theme as given by the foreign ministry spokesperson.',
  },
  {
    id: 'latin-america-caribbean-community-2021',
    group: 'latin-america-caribbean',
    label: { en: 'China-Latin America and the Caribbean (LAC) Community' },
    step: 'agreed',
    date: { value: '2021-12-03', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'chinacelacforum-2021-12-09-declaration',
        excerpt:
          'We, the Member States of the Community of Latin American and Caribbean States (CELAC) and the People’s Republic of China, meeting on December 3, 2021, celebrate the Third Ministers’ Meeting of the China-CELAC Forum (CCF) to discuss around "Together Overcoming Current Difficulties and Creating Opportunities to continue building a China-Latin America and the Caribbean (LAC) Community”.',
      },
      {
        source: 'chinacelacforum-pt-2022-02-23-declaration',
        excerpt:
          'reunidos em 3 de dezembro de 2021, realizamos a Terceira Reunião dos Ministros do Fórum China – CELAC (FCC), para discutir em torno de “Juntos Superando Dificuldades Conjunturais e Criando Oportunidades para Promover a Formação de uma Comunidade com Futuro Compartilhado China-América Latina e Caribe (ALC)”.',
      },
    ],
    note: 'Declaration of the third China-CELAC Forum ministerial meeting (by video link): the first joint text on record between China and the CELAC states that names the community. The English (and the Spanish text published by Venezuela\'s foreign ministry) say only "China-LAC Community"; the Portuguese text says "Comunidade com Futuro Compartilhado"; the Chinese theme, as the vice foreign minister gave it, is building a China-Latin America community with a shared future (Chinese text not read). The fourth ministerial meeting (Beijing, 13 May 2025) restated the goal; not recorded as a new step.',
  },
  {
    id: 'central-asia-community-2022',
    group: 'central-asia',
    label: { zh: '中国—中亚命运共同体', en: 'China-Central Asia community with a shared future' },
    step: 'agreed',
    date: { value: '2022-01-25', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'cri-fil-2022-01-26-central-asia',
        excerpt:
          'Pinanguluhan kahapon, Enero 25, 2022 sa Beijing ni Pangulong Xi Jinping ng Tsina ang virtual summit … Pawang inihayag naman ng mga lider ng limang bansa ang kahandaang … buuin ang komunidad na may pinagbabahaginang kinabukasan ng Gitnang Asya at Tsina, at ng buong sangkatauhan.',
      },
      {
        source: 'chinadaily-2022-01-26-central-asia',
        excerpt:
          'President Xi Jinping called on Tuesday for building an even closer China-Central Asia community with a shared future',
      },
      {
        source: 'kankanews-2023-05-16-central-asia',
        excerpt:
          '2022年1月,习近平主席主持中国同中亚五国建交会80周年视频峰会,峰会发表联合声明,宣布决心打造中国——中亚命运共同体。',
      },
      {
        source: 'peoplecn-en-2023-05-19-central-asia-preview',
        excerpt:
          'In January last year, Chinese President Xi Jinping chaired a summit via video link to commemorate the 30th anniversary of the establishment of diplomatic relations between China and five Central Asian countries. … The summit adopted and released the Joint Statement Between Leaders of',
      },
    ],
    note: "Virtual summit of China and Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan on the 30th anniversary of diplomatic relations: Xi Jinping called for an even closer community and the five leaders declared themselves ready to build a Central Asia-China community with a shared future; a leaders' joint statement was adopted which, as the foreign ministry spokesperson summarised it in May 2023, declared the determination to build a China-Central Asia community with a shared future (the report's 中国——中亚 is given with a single dash, and its '80周年' is a slip for the 30th anniversary). The statement's own text was not read.",
  },
  {
    id: 'pacific-islands-community-2022',
    group: 'pacific-islands',
    label: { zh: '更加紧密的中国同太平洋岛国命运共同体' },
    step: 'proposed',
    date: {
      value: '2022-05-30',
      precision: 'day',
      derived:
        "People's Daily Online (Japanese), published 2022-05-31, says Xi sent the message on the 30th; the People's Daily Overseas Edition article gives 5月30日.",
    },
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-ja-2022-05-31-pacific-islands',
        excerpt:
          '習近平国家主席は30日、第2回中国・太平洋島嶼国外相会議に書面でメッセージを寄せた。… 手を携えて、より緊密な中国・太平洋島嶼国運命共同体を構築することを望んでいる … 「人民網日本語版」2022年5月31日',
      },
      {
        source: 'peopledaily-overseas-2022-06-06-pacific-islands',
        excerpt:
          '5月30日,國家主席習近平向第二次中國—太平洋島國外長會發表書面致辭,為雙方共同發展凝聚合力,為構建更加緊密的中國同太平洋島國命運共同體擘畫了藍圖。',
      },
    ],
    note: "Xi Jinping's written message to the second China-Pacific Island Countries foreign ministers' meeting, held during Wang Yi's tour of the island countries: a one-sided call. The Chinese name was read only on a copy, in traditional characters that convert one to one. The third meeting (Xiamen, 28-29 May 2025) issued a joint statement whose text on the community was not read; the foreign ministry had announced it as a step towards an even closer China-Pacific Island Countries community with a shared future.",
  },
  {
    id: 'central-asia-community-2023',
    group: 'central-asia',
    label: { en: 'closer China-Central Asia community with a shared future' },
    step: 'deepened',
    date: { value: '2023-05-19', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2023-05-19-central-asia-press',
        excerpt:
          "16:46, May 19, 2023 XI'AN, May 19 (Xinhua) -- … The six countries jointly signed the Xi'an Declaration of the China-Central Asia Summit, adopted a list of summit outcomes … He noted that the six countries are determined to work together to rise to challenges and foster a closer China-Central Asia community with a shared future.",
      },
    ],
    note: "Xi'an Declaration of the first China-Central Asia Summit (18-19 May 2023), signed on 19 May: the six heads of state jointly commit to a closer community (the Chinese text, 六国决心携手构建更加紧密的中国-中亚命运共同体, was read only on copies). Recorded as deepened because the qualifier, Xi's own in January 2022, now stands in the joint text; whether the 2022 joint statement already carried it was not read. The Astana Declaration of the second summit (17 June 2025) restated it; not recorded as a new step.",
  },
  {
    id: 'africa-community-2024',
    group: 'africa',
    label: {
      zh: '新时代全天候中非命运共同体',
      en: 'all-weather China-Africa community with a shared future for the new era',
    },
    step: 'deepened',
    date: { value: '2024-09-05', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-09-05-focac-declaration',
        excerpt:
          'September 05, 2024 BEIJING, Sept. 5 (Xinhua) -- A declaration on jointly building an all-weather China-Africa community with a shared future for the new era and an action plan of the Forum on China-Africa Cooperation (FOCAC) for the next three years were adopted Thursday at the 2024 FOCAC summit in Beijing.',
      },
      {
        source: 'xinhua-2024-09-05-focac-declaration-text',
        excerpt:
          '于2024年9月4日至6日在中國舉行中非合作論壇北京峰會。峰會主題是“攜手推進現代化,共筑高水平中非命運共同體”。峰會協商一致通過《關于共筑新時代全天候中非命運共同體的北京宣言》。',
      },
    ],
    note: "Beijing Declaration of the FOCAC summit of 4-6 September 2024, adopted on 5 September, the day of Xi Jinping's keynote, which (per China Newsweek, read on a copy) raised the overall China-Africa relationship to an all-weather community with a shared future for the new era. The Chinese name was read only on a copy in traditional characters (新時代全天候中非命運共同體 converts one to one).",
  },
];
