import type { MutableCommunity } from '../../schemas/communities.js';

/** Statements about a community with a shared future with Central, South, East and Southeast Asia and the Pacific. */
export const asiaCommunities: MutableCommunity[] = [
  // Central Asia
  {
    id: 'tm-community-2022',
    country: 'TM',
    label: {
      en: 'an even closer community with a shared future between the two countries',
    },
    step: 'proposed',
    date: {
      value: '2022-03-16',
      precision: 'day',
      derived:
        'The Xinhua dispatch datelined Beijing, March 16, and dating the call "on Wednesday", is on a China Military Online page published on 2022-03-17.',
    },
    basis: 'external',
    sources: [
      {
        source: 'chinamil-xinhua-2022-03-16-turkmenistan',
        excerpt:
          'BEIJING, March 16 (Xinhua) -- Chinese President Xi Jinping on Wednesday held phone talks with Turkmen President Gurbanguly Berdimuhamedov and President-elect Serdar Berdimuhamedov.',
      },
      {
        source: 'chinamil-xinhua-2022-03-16-turkmenistan',
        excerpt:
          'China stands ready to build on past achievements and move forward with Turkmenistan, so as to lift bilateral relations to higher levels and jointly build an even closer community with a shared future between the two countries, Xi said.',
      },
    ],
    note: "Xi Jinping's words in a telephone call with the outgoing and the incoming Turkmen presidents: a Chinese proposal, agreed by both sides ten months later (tm-community-2023).",
  },
  {
    id: 'tm-community-2023',
    country: 'TM',
    label: {
      zh: '在双边层面践行命运共同体',
      en: 'a community with a shared future practiced at the bilateral level',
    },
    step: 'agreed',
    date: { value: '2023-01-06', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'fmprc-tm-bilateral-2023-11',
        excerpt: '2023年建立全面战略伙伴关系,并宣布在双边层面践行命运共同体。',
      },
      {
        source: 'mk-embassy-2023-05-18-turkmenistan',
        excerpt:
          'state visit to China in January this year, during which they announced that the bilateral relationship be elevated to a comprehensive strategic partnership and that a community with a shared future be practiced at the bilateral level',
      },
      {
        source: 'anews-2023-01-06-turkmenistan',
        excerpt: 'Beijing, China January 6, 2023.',
        note: 'The day of the talks at which the two presidents made the announcement.',
      },
    ],
    note: 'Announced by Xi Jinping and Serdar Berdimuhamedov together with the comprehensive strategic partnership (tm-3-3-2023), during the state visit of 5-6 January 2023. Later Chinese statements speak of a China-Turkmenistan community with a shared future (Xi at Astana, June 2025).',
  },
  {
    id: 'kz-community-2022',
    country: 'KZ',
    label: { zh: '世代友好、高度互信、休戚与共的命运共同体' },
    step: 'agreed',
    date: {
      value: '2022-09-14',
      precision: 'day',
      derived:
        "People's Daily, published on 2022-09-15, puts the state visit, the talks and the joint statement on 9月14日.",
    },
    basis: 'external',
    sources: [
      {
        source: 'people-2022-09-15-kazakhstan-heyin',
        excerpt:
          '9月14日,应托卡耶夫总统邀请,习近平主席对哈萨克斯坦进行国事访问。…签署并发表《中华人民共和国和哈萨克斯坦共和国建交30周年联合声明》,宣布为中哈构建世代友好、高度互信、休戚与共的命运共同体目标和愿景而努力。',
      },
      {
        source: 'hkcd-2022-09-15-kazakhstan',
        excerpt: '中哈願朝着打造世代友好、高度互信、休戚與共的兩國命運共同體的願景和目標努力',
      },
    ],
    note: "Joint statement on the 30th anniversary of diplomatic relations, signed in Nur-Sultan during Xi Jinping's state visit; the partnership kept its name of 2019 (永久全面战略伙伴关系, kz-3-2-2019). No English text of the community's name was found. At Astana on 3 July 2024 Xi spoke of a more substantive and dynamic China-Kazakhstan community with a shared future, without a new joint name on a citable page.",
  },
  {
    id: 'uz-community-2022',
    country: 'UZ',
    label: { zh: '在双边层面践行命运共同体' },
    step: 'agreed',
    date: {
      value: '2022-09-15',
      precision: 'day',
      derived:
        'The China News Service dispatch datelined Samarkand, 15 September (撒马尔罕9月15日电), is on a page published on 2022-09-15.',
    },
    basis: 'external',
    sources: [
      {
        source: 'chinanews-2022-09-15-uzbekistan',
        excerpt:
          '中新社撒马尔罕9月15日电 当地时间9月15日…两国元首签署并发表《中华人民共和国和乌兹别克斯坦共和国联合声明》',
      },
      {
        source: 'chinanews-2022-09-15-uzbekistan',
        excerpt: '双方将扩大互利合作,巩固友好和伙伴关系,在双边层面践行命运共同体。',
      },
    ],
    note: 'Samarkand joint statement of Xi Jinping and Shavkat Mirziyoyev (see uz-off-2022), repeated in their Xi\'an joint statement of May 2023. No English text was found; the phrase reads "practise a community with a shared future at the bilateral level".',
  },
  {
    id: 'uz-community-2024',
    country: 'UZ',
    label: {
      zh: '中乌命运共同体',
      en: 'China-Uzbekistan community with a shared future',
    },
    step: 'deepened',
    date: {
      value: '2024-01-24',
      precision: 'day',
      derived:
        "The Xinhua dispatch datelined Beijing, Jan. 24, is on a People's Daily Online page published on 2024-01-25; China Review News gives 1月24日 as the day of the joint statement.",
    },
    basis: 'external',
    sources: [
      {
        source: 'people-en-2024-01-25-uzbekistan',
        excerpt:
          'BEIJING, Jan. 24 (Xinhua) -- … promote the construction of a China-Uzbekistan community with a shared future from a higher starting point',
      },
      {
        source: 'crntt-2024-01-27-uzbekistan',
        excerpt: '中乌双方确认发展并深化中乌新时代全天候全面战略伙伴关系,推动构建中乌命运共同体',
      },
    ],
    note: 'Announced with the all-weather comprehensive strategic partnership for a new era (uz-off-2024): where the statement of 2022 spoke of practising a community at the bilateral level (uz-community-2022), the two sides now name a China-Uzbekistan community with a shared future, to be built "from a higher starting point".',
  },
  {
    id: 'kg-community-2023',
    country: 'KG',
    label: {
      zh: '睦邻友好、共享繁荣的中吉命运共同体',
      en: 'China-Kyrgyzstan community with a shared future of good neighborliness and shared prosperity',
    },
    step: 'agreed',
    date: {
      value: '2023-05-18',
      precision: 'day',
      derived:
        "The Xinhua dispatch datelined Xi'an, May 18, is on a People's Daily Online page published on 2023-05-18; the foreign ministry (2023) puts the announcement in May of that year.",
    },
    basis: 'external',
    sources: [
      {
        source: 'people-en-2023-05-18-kyrgyzstan',
        excerpt:
          "XI'AN, May 18 (Xinhua) -- … build a China-Kyrgyzstan community with a shared future of good neighborliness and shared prosperity",
      },
      {
        source: 'nbd-2023-10-20-kyrgyzstan-mfa',
        excerpt: '5月,习近平主席同来华进行国事访问的扎帕罗夫总统举行会晤,…宣布构建睦邻友好、共享繁荣的中吉命运共同体',
      },
      {
        source: 'people-en-2023-05-20-kyrgyzstan-li-qiang',
        excerpt:
          "the two countries' leaders have jointly announced the building of a China-Kyrgyzstan community with a shared future of good neighborliness and shared prosperity",
      },
    ],
    note: "Announced by Xi Jinping and Sadyr Japarov in Xi'an, with the comprehensive strategic partnership for a new era (kg-off-2023). Later Chinese texts also write 睦邻友好、共同繁荣 (Wang Yi in Bishkek, November 2025).",
  },
  {
    id: 'tj-community-2023',
    country: 'TJ',
    label: {
      zh: '世代友好、休戚与共、互利共赢的中塔命运共同体',
      en: 'China-Tajikistan community with a shared future featuring everlasting friendship, solidarity and mutual benefit',
    },
    step: 'agreed',
    date: {
      value: '2023-05-18',
      precision: 'day',
      derived:
        "The Xinhua report of the talks in Xi'an is on a People's Daily Online page published on 2023-05-18, the day of President Rahmon's talks with Xi Jinping during his state visit.",
    },
    basis: 'external',
    sources: [
      {
        source: 'people-en-2023-05-18-tajikistan',
        excerpt:
          'build a China-Tajikistan community with a shared future featuring everlasting friendship, solidarity and mutual benefit, Xi said',
      },
      {
        source: 'sdnews-2024-07-03-tajikistan',
        excerpt: '两国元首共同宣布构建世代友好、休戚与共、互利共赢的中塔命运共同体',
      },
      {
        source: 'yidaiyilu-2024-07-05-tajikistan',
        excerpt:
          'Building a China-Tajikistan community with a shared future featuring everlasting friendship, solidarity and mutual benefit is a political decision made together by the two presidents.',
      },
    ],
    note: 'The Xinhua report of the day gives the wording as Xi Jinping\'s; later Chinese texts (2024) call it a joint announcement of the two presidents, so it is recorded as agreed. The 2024 joint statement restates it "from a higher starting point" without a new name. Before the period, the two sides had spoken of a development community and a security community (2019).',
  },
  // East Asia
  {
    id: 'mn-community-2022',
    country: 'MN',
    label: { zh: '和平共处、守望相助、合作共赢的两国命运共同体' },
    step: 'agreed',
    date: { value: '2022-11-28', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'people-2022-11-29-mongolia-js',
        excerpt:
          '中華人民共和國和蒙古國關於新時代推進全面戰略伙伴關系的聯合聲明(二〇二二年十一月二十八日 北京) … 中蒙將攜手推進現代化建設,朝著共建和平共處、守望相助、合作共贏的兩國命運共同體方向作出努力',
      },
      {
        source: 'chinamil-xinhua-2022-11-28-mongolia',
        excerpt:
          'China is ready to work with Mongolia to build a community with a shared future between the two countries',
      },
    ],
    note: "Joint statement of President Ukhnaagiin Khurelsukh's state visit to Beijing, on advancing the comprehensive strategic partnership in the new era: the two sides will work towards the community. The name is given in simplified characters; People's Daily prints it in traditional characters, which map one to one. The partnership kept its name of 2014 (mn-3-3-2014).",
  },
  // South Asia
  {
    id: 'pk-community-2025',
    country: 'PK',
    label: {
      zh: '新时代更加紧密的中巴命运共同体',
      en: 'Even Closer China-Pakistan Community with a Shared Future in the New Era',
    },
    step: 'action-plan',
    date: {
      value: '2025-09',
      precision: 'month',
      derived:
        "The Pakistani Prime Minister's Office statement (DNA News, published 2025-09-04) reports the signing at Shehbaz Sharif's meeting with Li Qiang in Beijing; the Chinese ambassador's article (Pakistan Today, 2025-09-07) places the release in the visit of 30 August-4 September.",
    },
    basis: 'external',
    sources: [
      {
        source: 'pakistantoday-2025-09-07-jiang-zaidong',
        excerpt:
          'The two sides released the Action Plan to Foster an Even Closer China-Pakistan Community with a Shared Future in the New Era between the Government of the People’s Republic of China and the Government of the Islamic Republic of Pakistan (2025-2029)',
      },
      {
        source: 'dnanews-2025-09-04-pakistan',
        excerpt: 'The signing of the Joint Action Plan (2024–2029) was termed a significant step in this direction.',
      },
      {
        source: 'crntt-2026-01-05-pakistan',
        excerpt: '落實兩國政府《關於構建新時代更加緊密的中巴命運共同體行動計劃（2025－2029年）》',
      },
    ],
    note: 'An action plan of the two governments for 2025-2029, released during Prime Minister Shehbaz Sharif\'s visit to China. The Prime Minister\'s Office statement misnames its period "2024-2029". The community itself was declared before the period (joint statement of November 2018). The Chinese name is given in simplified characters from the traditional text of China Review News, which maps one to one.',
  },
  {
    id: 'mv-community-2024',
    country: 'MV',
    label: {
      zh: '中马命运共同体',
      en: 'China-Maldives community with a shared future',
    },
    step: 'agreed',
    date: { value: '2024-01-11', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'mfa-mv-2024-01-11-maldives-communique',
        excerpt:
          'Joint Press Communiqué between the Republic of Maldives and the People’s Republic of China: 11 January 2024, Beijing … The two sides agree to elevate China-Maldives relations to a comprehensive strategic cooperative partnership, … and work toward a China-Maldives community with a shared future.',
      },
      {
        source: 'crntt-2025-08-31-maldives',
        excerpt: '去年我們一致同意把兩國關係提升為全面戰略合作夥伴關係，打造中馬命運共同體',
      },
    ],
    note: "Joint press communiqué of President Mohamed Muizzu's state visit, the day after the talks that raised the partnership (mv-2-2-2024). The Chinese name is Xi Jinping's in 2025, as China Review News reports it, given in simplified characters.",
  },
  {
    id: 'np-community-2024',
    country: 'NP',
    label: { en: 'an even closer China-Nepal community with a shared future' },
    step: 'proposed',
    date: { value: '2024-12-03', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'people-en-2024-12-04-nepal-li-qiang',
        excerpt:
          'Beijing, capital of China, Dec. 3, 2024. … Li said China is willing to work with Nepal to … build an even closer China-Nepal community with a shared future.',
      },
    ],
    note: "Premier Li Qiang's words at his talks with Prime Minister KP Sharma Oli during Oli's official visit of 2-5 December 2024: a Chinese proposal. Whether the joint statement of the visit takes it up was not seen on a citable page. The partnership kept its name of 2019 (np-2-3-2019).",
  },
  {
    id: 'lk-community-2025',
    country: 'LK',
    label: { zh: '中斯命运共同体' },
    step: 'proposed',
    date: {
      value: '2025-01-15',
      precision: 'day',
      derived: 'The Xinhua dispatch datelined Beijing, 1月15日, is on a China.org.cn page published on 2025-01-16.',
    },
    basis: 'external',
    sources: [
      {
        source: 'chinacom-xinhua-2025-01-15-sri-lanka',
        excerpt: '新華社北京1月15日電 … 雙方要從戰略高度把握中斯關係,共同打造中斯命運共同體。',
      },
    ],
    note: "Xi Jinping's words at his talks with President Anura Kumara Dissanayake during the state visit of 14-17 January 2025. The joint statement issued on 16 January reportedly commits both sides to building the community, but its text with that sentence was read only on a copy, so the step recorded is the proposal. The name is given in simplified characters. The partnership kept its name of 2013 (lk-2-3-2013).",
  },
  // Southeast Asia
  {
    id: 'vn-community-2023',
    country: 'VN',
    label: {
      zh: '具有战略意义的中越命运共同体',
      en: 'China-Vietnam community with a shared future that carries strategic significance',
    },
    step: 'agreed',
    date: {
      value: '2023-12-13',
      precision: 'day',
      derived: 'The Saigon Times, published on 2023-12-13, says the joint statement "was issued today, December 13".',
    },
    basis: 'external',
    sources: [
      {
        source: 'saigontimes-2023-12-13-vietnam',
        excerpt:
          'The joint statement was issued today, December 13 … the two nations agree to build a strategic China-Vietnam community of ‘shared future’',
      },
      {
        source: 'qdnd-2023-12-13-vietnam',
        excerpt:
          'the two sides agree to build a Vietnam-China Community with a Shared Future having strategic significance',
      },
      {
        source: 'people-en-2023-12-13-vietnam',
        excerpt:
          'Nguyen Phu Trong … and he jointly announced building a China-Vietnam community with a shared future that carries strategic significance',
      },
      {
        source: 'vietnamplus-zh-2023-12-12-vietnam',
        excerpt: '构建具有战略意义的中越命运共同体 开启携手迈向现代化的新篇章',
        note: "Title of Xi Jinping's signed article published before the visit: the Chinese name.",
      },
      {
        source: 'shine-2023-12-13-vietnam',
        excerpt:
          'On Tuesday, the China-Vietnam relationship hit a new high when both sides agreed to build a China-Vietnam community with a shared future',
      },
    ],
    note: "Announced at Xi Jinping's talks with Nguyen Phu Trong in Hanoi on 12 December 2023 and recorded in the joint statement of 13 December. The partnership kept its name of 2008 (vn-2-2-2008), which the statement deepens.",
  },
  {
    id: 'kh-community-2023',
    country: 'KH',
    label: {
      zh: '新时代中柬命运共同体',
      en: 'China-Cambodia Community with a Shared Future in the New Era',
    },
    step: 'deepened',
    date: {
      value: '2023-02-11',
      precision: 'day',
      derived:
        'The Xinhua dispatch datelined Beijing, Feb. 11, saying the joint statement was released "on Saturday", is on a People\'s Daily Online page published on 2023-02-12.',
    },
    basis: 'external',
    sources: [
      {
        source: 'people-en-2023-02-12-cambodia-js',
        excerpt:
          'BEIJING, Feb. 11 (Xinhua) -- China and Cambodia on Saturday released a joint statement on building a China-Cambodia community with a shared future in the new era.',
      },
      {
        source: 'ycwb-2023-02-16-cambodia',
        excerpt:
          '两国共同发表了《中华人民共和国和柬埔寨王国关于构建新时代中柬命运共同体的联合声明》,开启了共同建设高质量、高水平、高标准中柬命运共同体的新时代。',
      },
    ],
    note: "Joint statement of Prime Minister Hun Sen's official visit of 9-11 February 2023; Xi Jinping had spoken of a high-quality, high-level and high-standard community in the new era when meeting him on 10 February. It renames the China-Cambodia community with a shared future, whose first action plan dates from April 2019, before the period.",
  },
  {
    id: 'kh-community-2023-2',
    country: 'KH',
    label: {
      en: 'China-Cambodia Community with a Shared Future in the new era',
    },
    step: 'action-plan',
    date: {
      value: '2023-09',
      precision: 'month',
      derived:
        "Agenzia Nova, published on 2023-09-16, reports the signing at the close of Prime Minister Hun Manet's visit to China of 14-16 September; CGTN publishes the joint communiqué of the visit on 2023-09-16.",
    },
    basis: 'external',
    sources: [
      {
        source: 'agenzianova-2023-09-16-cambodia',
        excerpt:
          'La visita del primo ministro della Cambogia, Hun Manet, in Cina (14-16 settembre) si è conclusa con la firma di un Piano d’azione per la costruzione di una comunità Cambogia-Cina dal futuro condiviso in una nuova era (2024-2028)',
      },
      {
        source: 'cgtn-2023-09-16-cambodia-communique',
        excerpt:
          "paid an official visit to the People's Republic of China from 14 to 16 September 2023. … promoting the building of a high-quality, high-level and high-standard China-Cambodia Community with a Shared Future in the new era",
      },
    ],
    note: 'Action plan for 2024-2028 on building the community in the new era (kh-community-2023), signed during Hun Manet\'s first official visit to China as prime minister and reported from the joint government communiqué of the visit. Chinese leaders afterwards refer to the "new version" of the action plan (Li Qiang, October 2023; Xi Jinping, April 2025). No Chinese text of the plan\'s title was found.',
  },
  {
    id: 'kh-community-2025',
    country: 'KH',
    label: {
      zh: '新时代全天候中柬命运共同体',
      en: 'all-weather China-Cambodia community with a shared future in the new era',
    },
    step: 'deepened',
    date: {
      value: '2025-04-17',
      precision: 'day',
      derived:
        "The Xinhua dispatch datelined Phnom Penh, April 17, is on a People's Daily Online page published on 2025-04-18; the Chinese Xinhua report (China.org.cn, 2025-04-18) puts the talks on the evening of 4月17日.",
    },
    basis: 'external',
    sources: [
      {
        source: 'people-en-2025-04-18-cambodia',
        excerpt:
          'PHNOM PENH, April 17 (Xinhua) -- … agreed to build an all-weather China-Cambodia community with a shared future in the new era',
      },
      {
        source: 'chinacomcn-2025-04-18-cambodia',
        excerpt:
          '4月17日晚,國家主席習近平同柬埔寨首相洪瑪奈在金邊和平大廈舉行會談。兩國領導人一致同意攜手構建新時代全天候中柬命運共同體',
      },
    ],
    note: "Agreed by Xi Jinping and Hun Manet at their talks in Phnom Penh during Xi's state visit of 17-18 April 2025, and set out in a joint statement on building the all-weather community and implementing the three global initiatives. Chinese commentary calls it a new positioning of the relationship; no new name of the partnership (全面战略合作伙伴关系, kh-2-2-2010) was found. The Chinese name is given in simplified characters, which map one to one.",
  },
  {
    id: 'my-community-2023',
    country: 'MY',
    label: { en: 'China-Malaysia community with a shared future' },
    step: 'agreed',
    date: {
      value: '2023-03-31',
      precision: 'day',
      derived:
        'Yeni Şafak, published on 2023-04-01 (a Saturday), reports the meeting "on Friday"; the Borneo Post dates its report of the meeting "BEIJING (March 31)".',
    },
    basis: 'external',
    sources: [
      {
        source: 'yenisafak-2023-04-01-malaysia',
        excerpt:
          '“The two sides agreed to build a China-Malaysia community with a shared future. This will open a new chapter in bilateral relations,” said Hua.',
      },
      {
        source: 'borneopost-2023-03-31-malaysia',
        excerpt:
          'BEIJING (March 31): Prime Minister Datuk Seri Anwar Ibrahim paid a courtesy call on China’s President Xi Jinping',
      },
    ],
    note: "Agreed at Xi Jinping's meeting with Anwar Ibrahim during Anwar's official visit of 29 March-1 April 2023, as the Chinese foreign ministry spokeswoman reported it; no joint statement on it was found for 2023. The Malaysian foreign ministry's joint statement of Li Qiang's visit (June 2024) restates it. The partnership kept its name of 2013 (my-3-3-2013).",
  },
  {
    id: 'my-community-2025',
    country: 'MY',
    label: {
      en: 'high-level strategic China-Malaysia community with a shared future',
    },
    step: 'deepened',
    date: {
      value: '2025-04-17',
      precision: 'day',
      derived:
        'The Sun, published on 2025-04-17, reports the joint statement issued as Xi Jinping\'s state visit "concluded today".',
    },
    basis: 'external',
    sources: [
      {
        source: 'thesun-2025-04-17-malaysia',
        excerpt:
          'In a joint statement on building a strategic Malaysia-China community with a shared future, … The joint statement was issued following Chinese President Xi Jinping’s three-day state visit to Malaysia, which concluded today',
      },
      {
        source: 'shine-2025-04-17-malaysia',
        excerpt:
          'Chinese President Xi Jinping on Wednesday put forward a three-point proposal on building a high-level strategic China-Malaysia community with a shared future.',
      },
      {
        source: 'people-en-2025-09-02-malaysia',
        excerpt:
          'Xi said the two sides had reached important consensus on building a high-level strategic China-Malaysia community with a shared future.',
      },
    ],
    note: 'Proposed by Xi Jinping at his talks with Anwar Ibrahim in Putrajaya on 16 April 2025 and set out in the joint statement at the end of his state visit of 15-17 April. The Chinese title (构建高水平战略性中马命运共同体) was seen only on copies, so the name is given in English (Xinhua\'s wording; The Sun writes "strategic" only).',
  },
  {
    id: 'id-community-2022',
    country: 'ID',
    label: { zh: '中印尼命运共同体' },
    step: 'agreed',
    date: {
      value: '2022-07-26',
      precision: 'day',
      derived: "HKCNA's report, datelined Beijing 7月27日 and published on 2022-07-27, puts the talks on 26日.",
    },
    basis: 'external',
    sources: [
      {
        source: 'hkcna-2022-07-27-indonesia',
        excerpt: '26日,中國國家主席習近平同印度尼西亞總統佐科舉行會談 … 同意確立共建中印尼命運共同體的大方向',
      },
    ],
    note: "Joint press statement of Xi Jinping's talks with Joko Widodo in Beijing: the two presidents agreed on the general direction of jointly building the community. Restated at their meeting in Bali in November 2022. The name is given in simplified characters. The partnership kept its name of 2013 (id-3-3-2013).",
  },
  {
    id: 'id-community-2024',
    country: 'ID',
    label: { en: 'China-Indonesia Community with a Shared Future' },
    step: 'agreed',
    date: { value: '2024-11-09', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'thestar-2024-11-09-indonesia',
        excerpt:
          'Saturday, November 9, 2024 … the two sides also jointly published a statement on "Promoting Comprehensive Strategic Partnership and Building a China-Indonesia Community with a Shared Future".',
      },
      {
        source: 'chinadaily-people-2024-11-11-indonesia',
        excerpt:
          'The joint efforts by China and Indonesia to forge an exemplary comprehensive strategic partnership and build a China-Indonesia community with a shared future of regional and global influence',
      },
    ],
    note: 'Joint statement of President Prabowo Subianto\'s state visit of 8-10 November 2024, the first joint statement whose title is the building of the community (2022 had a joint press statement on its general direction, id-community-2022). China Daily describes the aim as a community "of regional and global influence"; the statement\'s own text was not read, so whether it carries that stronger name is not settled.',
  },
  {
    id: 'th-community-2022',
    country: 'TH',
    label: {
      zh: '更为稳定、更加繁荣、更可持续的命运共同体',
      en: 'China-Thailand community with a shared future for enhanced stability, prosperity and sustainability',
    },
    step: 'agreed',
    date: { value: '2022-11-19', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'mfa-th-2022-11-19-thailand',
        excerpt:
          'On 19 November 2022, President Xi Jinping held talks with Prime Minister Prayut Chan-o-cha … building a Thailand - China community with a shared future',
      },
      {
        source: 'ecns-2022-11-19-thailand',
        excerpt:
          'The two sides announced the consensus on building a China-Thailand community with a shared future for enhanced stability, prosperity and sustainability.',
      },
      {
        source: 'cna-2025-11-13-thailand',
        excerpt: '推動中泰關係進入構建更為穩定、更加繁榮、更可持續的命運共同體的新階段',
        note: 'The Chinese ambassador to Thailand, quoted in 2025, on the 2022 visit: the Chinese wording.',
      },
    ],
    note: "Joint statement of Xi Jinping's visit to Bangkok for APEC, issued after his talks with Prayut Chan-o-cha. The Chinese wording is given in simplified characters from the traditional text of CNA, which maps one to one. The partnership kept its name of 2012 (th-2-2-2012).",
  },
  {
    id: 'tl-community-2024',
    country: 'TL',
    label: { en: 'community with a shared future' },
    step: 'proposed',
    date: { value: '2024-07-29', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'pakistantoday-2024-07-29-timor-leste',
        excerpt:
          'Beijing, capital of China, July 29, 2024. /Xinhua … stands ready to deepen strategic coordination and cooperation with Timor-Leste in an all-round way, … and move toward the general direction of building a community with a shared future.',
      },
      {
        source: 'chinadaily-people-2024-07-30-timor-leste',
        excerpt: 'A joint statement on strengthening their comprehensive strategic partnership was also released.',
      },
    ],
    note: "Xi Jinping's words at his talks with President José Ramos-Horta in Beijing during the state visit of 28-31 July 2024. The joint statement of the same day, whose English text was read only on a copy, has both sides strive for the general direction of building a community with a shared future; the step recorded is Xi's proposal. The partnership kept its name of 2023 (tl-3-3-2023).",
  },
  {
    id: 'bn-community-2025',
    country: 'BN',
    label: { en: 'China–Brunei Community with a Shared Future' },
    step: 'agreed',
    date: { value: '2025-02-06', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'mfa-bn-2025-02-06-brunei',
        excerpt:
          'Advancing the Strategic Cooperative Partnership towards a China – Brunei Community with a Shared Future … State Visit … on 6 February 2025',
      },
      {
        source: 'chinadaily-people-2025-02-07-brunei',
        excerpt:
          'The two leaders issued a joint statement on advancing the strategic cooperative partnership toward a China-Brunei community with a shared future',
      },
    ],
    note: "Joint statement of Sultan Hassanal Bolkiah's state visit and talks with Xi Jinping in Beijing. No Chinese text of the name was found on a citable page. The partnership kept its name of 2018 (bn-2-3-2018).",
  },
  // Pacific
  {
    id: 'sb-community-2024',
    country: 'SB',
    label: { zh: '新时代中所命运共同体' },
    step: 'proposed',
    date: {
      value: '2024-07-12',
      precision: 'day',
      derived:
        'The China News Service dispatch datelined Beijing, 7月12日, is on a Va Kio Daily page published on 2024-07-13.',
    },
    basis: 'external',
    sources: [
      {
        source: 'waou-2024-07-13-solomon-islands',
        excerpt: '【中新社北京7月12日電】7月12日下午,中國國家主席習近平…攜手構建新時代中所命運共同體',
      },
    ],
    note: "Xi Jinping's words at his meeting with Prime Minister Jeremiah Manele in Beijing during Manele's official visit. The joint statement of the visit reportedly has both sides agree to build the community, but its text was read only on a copy, so the step recorded is Xi's proposal. The name is given in simplified characters. The partnership kept its name of 2023 (sb-off-2023).",
  },
  {
    id: 'vu-community-2024',
    country: 'VU',
    label: {
      en: 'China-Vanuatu community with a shared future in the new era',
    },
    step: 'proposed',
    date: { value: '2024-07-12', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'people-en-2024-07-13-vanuatu',
        excerpt:
          "Beijing, capital of China, July 12, 2024. … expressed China's readiness to work with the Pacific island country to jointly build a China-Vanuatu community with a shared future in the new era.",
      },
    ],
    note: "Xi Jinping's words at his meeting with Prime Minister Charlot Salwai in Beijing. A joint statement of the visit, read only in an unofficial English rendering on a company site, has the leaders agree to upgrade the comprehensive strategic partnership and build the community; no new name of the partnership was found (vu-3-3-2018).",
  },
  {
    id: 'fj-community-2024',
    country: 'FJ',
    label: { en: 'China-Fiji community with a shared future' },
    step: 'proposed',
    date: {
      value: '2024-08',
      precision: 'month',
      derived:
        "The Global Times page's address is dated 2024-08 and FBC News reports the meeting on 2024-08-21; the day of the meeting was found only on a copy.",
    },
    basis: 'external',
    sources: [
      {
        source: 'globaltimes-2024-08-fiji',
        excerpt:
          'work with Fiji to grasp the general direction of bilateral relations and promote the building of a China-Fiji community with a shared future',
      },
      {
        source: 'fbcnews-2024-08-21-fiji',
        excerpt:
          'He expressed that Beijing was keen to promote the building of a China-Fiji community with a shared future',
      },
    ],
    note: "Xi Jinping's words at his meeting with Prime Minister Sitiveni Rabuka in Beijing during Rabuka's visit of August 2024; the joint statement of the visit was not read. The partnership kept its name of 2018 (fj-3-3-2018).",
  },
  {
    id: 'la-community-2023',
    country: 'LA',
    label: {
      zh: '中老命运共同体',
      en: 'China-Laos community with a shared future',
    },
    step: 'action-plan',
    date: { value: '2023-10-20', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'tl-embassy-2023-10-24-laos',
        excerpt:
          'On the morning of October 20, 2023, … Xi Jinping met … Thongloun Sisoulith … China and Laos should take the signing of a new five-year action plan on building a China-Laos community with a shared future as an opportunity',
      },
      {
        source: 'mr-embassy-2023-10-21-laos-action-plan',
        excerpt: '中国共产党和老挝人民革命党关于构建中老命运共同体行动计划(2024-2028年)(全文)',
      },
      {
        source: 'people-en-2023-12-08-laos',
        excerpt:
          'The two leaders signed a 2024-2028 action plan between the CPC and the LPRP on building the China-Laos community with a shared future',
      },
    ],
    note: "A party-to-party action plan for 2024-2028 of the Communist Party of China and the Lao People's Revolutionary Party, signed by Xi Jinping and Thongloun Sisoulith during Thongloun's working visit for the third Belt and Road Forum. The community dates from the joint statement of 2017 and the first action plan of 2019, before the period; the joint statement on further deepening it (December 2022) was read only on copies. The partnership kept its name of 2009 (la-2-2-2009).",
  },
];
