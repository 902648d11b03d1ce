import type { MutableCommunity } from '../schemas/communities.js';

/** Statements about a community with a shared future up to August 2021, from the first on record. */
export const communitiesBefore2021: MutableCommunity[] = [
  {
    id: 'la-community-2013',
    country: 'LA',
    label: { zh: '具有广泛共同利益的命运共同体' },
    step: 'proposed',
    date: { value: '2013-09', precision: 'month' },
    basis: 'external',
    sources: [
      {
        source: 'xinhua-2019-04-30-laos-action-plan-text',
        excerpt:
          '2013年9月,习近平总书记、国家主席同来华访问的时任老挝党中央总书记、国家主席朱马里会谈时,首次提出“中老关系不是一般意义的双边关系,而是具有广泛共同利益的命运共同体”。',
      },
    ],
    note: "Xi Jinping's words in talks with Choummaly Sayasone in China, as the preamble of the 2019 action plan recalls them: the first time, by that account, that China spoke of a community with a shared future with Laos. The talks' own report was not read; a secondary article (read on a copy) dates them 27 September 2013, so the month is kept.",
  },
  {
    id: 'pk-community-2014',
    country: 'PK',
    label: { en: 'China-Pakistan community of shared destiny' },
    step: 'agreed',
    date: { value: '2014-02-19', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2014-02-20-pakistan',
        excerpt:
          'Great Hall of the People in Beijing, capital of China, Feb. 19, 2014. … BEIJING, Feb. 19 -- Chinese President Xi Jinping held talks with his Pakistani counterpart Mamnoon Hussain on Wednesday and the two leaders pledged to forge a China-Pakistan "community of shared destiny". … Pakistan is willing to build a community of shared destiny with China, said the visiting president.',
      },
    ],
    note: "Xi Jinping's talks with President Mamnoon Hussain during his state visit of 18-21 February 2014; both leaders are reported as pledging the community, the earliest joint wording found. No Chinese text of this report was read (later Chinese texts write 中巴命运共同体). The joint statement of 20 April 2015 on the all-weather strategic cooperative partnership restated it ('enriching the Pakistan-China Community of Shared Destiny'); no earlier (2013) statement was found.",
  },
  {
    id: 'by-community-2015',
    country: 'BY',
    label: { zh: '利益和命运共同体' },
    step: 'proposed',
    date: {
      value: '2015-05',
      precision: 'month',
      derived:
        "The commentary, published 2015-05-12, places the signed article on the eve of the state visit to Belarus during Xi's trip of early May (5月上旬).",
    },
    basis: 'external',
    sources: [
      {
        source: 'sdnews-2015-05-12-belarus',
        excerpt:
          '国家主席习近平于5月上旬出访哈萨克斯坦、俄罗斯和白俄罗斯三国。… 在对白俄罗斯进行国事访问前夕,习近平发表题为《让中白友好合作的乐章激越昂扬》的署名文章。文章指出:双方应该对接战略构想,打造利益和命运共同体,在共同圆梦的道路上奋力前行。',
      },
    ],
    note: "Xi Jinping's signed article in the Belarusian press before his state visit of May 2015, as a Shandong news portal's commentary quotes it: a one-sided call for a community of interests and of shared destiny, not a joint declaration. The article itself was not read. No later bilateral community statement up to August 2021 was found (the Chinese ambassador spoke of 中白命运共同体 in January 2022, outside this file).",
  },
  {
    id: 'uz-community-2016',
    country: 'UZ',
    label: { zh: '两国利益共同体和命运共同体' },
    step: 'proposed',
    date: {
      value: '2016-06',
      precision: 'month',
      derived:
        "CCTV's report (read on a copy) dates Xi's arrival in Bukhara 21 June; Hebei News Network's commentary, published 2016-06-23, reports the talks of the 22nd, so June 2016.",
    },
    basis: 'external',
    sources: [
      {
        source: 'cctv-2016-06-21-uzbekistan-arrival',
        excerpt:
          '当地时间6月21日,国家主席习近平抵达布哈拉,开始对乌兹别克斯坦共和国进行国事访问 … 我期待着同卡里莫夫总统就提高中乌关系水平、深化各领域互利合作交换意见,共同规划中乌关系美好蓝图,携手打造两国利益共同体和命运共同体。',
      },
      {
        source: 'hebei-2016-06-23-uzbekistan',
        excerpt:
          '携手打造中乌利益共同体命运共同体 … 22日,习近平主席同乌兹别克斯坦总统卡里莫夫举行会谈,两国元首高度评价中乌传统友谊和双边关系发展取得的丰硕成果,一致决定建立中乌全面战略伙伴关系',
      },
    ],
    note: "Xi Jinping's written statement on arriving in Uzbekistan for his state visit (21-23 June 2016), during which the two presidents agreed on the comprehensive strategic partnership: a one-sided call for a community of shared interests and shared destiny. The joint statement of 22 June was not read on this point. The day is read only on a copy, so the month is kept.",
  },
  {
    id: 'la-community-2016',
    country: 'LA',
    label: { zh: '具有战略意义的命运共同体' },
    step: 'agreed',
    date: { value: '2016-05', precision: 'month' },
    basis: 'external',
    sources: [
      {
        source: 'xinhua-2019-04-30-laos-action-plan-text',
        excerpt:
          '2016年5月,本扬总书记、国家主席对华进行正式友好访问时,双方第一次在联合声明中阐明中老“是具有战略意义的命运共同体”。',
      },
    ],
    note: "Joint statement of Bounnhang Vorachith's official friendly visit to China; dated and quoted as the 2019 action plan recalls it, the joint statement itself was not read. Restated by the joint statement of Xi Jinping's state visit to Vientiane (14 November 2017), in which the two sides agreed to build together a community with a shared future of strategic significance; not recorded as a new step.",
  },
  {
    id: 'kh-community-2018',
    country: 'KH',
    label: { zh: '中柬具有战略意义的命运共同体' },
    step: 'agreed',
    date: { value: '2018-01', precision: 'month' },
    basis: 'external',
    sources: [
      {
        source: 'gmw-2018-01-12-cambodia',
        excerpt:
          '新华社北京1月11日电 国务院总理李克强出席在柬埔寨金边举行的澜沧江-湄公河合作第二次领导人会议,并结束对柬埔寨的正式访问后,于11日晚乘专机回到北京。… 双方达成19项合作文件,并发表了联合公报,宣布携手打造中柬具有战略意义的命运共同体。',
      },
      {
        source: 'pressocm-2018-01-cambodia-communique',
        excerpt:
          'Premier Li Keqiang of the State Council of the People’s Republic of China paid an official visit to the Kingdom of Cambodia from 10 to 11 January 2018.',
      },
    ],
    note: "Joint communiqué of Premier Li Keqiang's official visit to Cambodia (10-11 January 2018). The day of the communiqué (11 January in a secondary article read on a copy) was not read on a publisher's page, so the month is kept. In October 2016 Xi Jinping and Hun Sen had already described the two countries as a community of common destiny in talks (Xinhua report on apdnews.com, year not stated in what was read); not recorded.",
  },
  {
    id: 'kh-community-2019',
    country: 'KH',
    label: {
      zh: '中柬命运共同体',
      en: 'China-Cambodia Community of Shared Future',
    },
    step: 'action-plan',
    date: { value: '2019-04', precision: 'month' },
    basis: 'external',
    sources: [
      {
        source: 'freshnews-2019-05-08-cambodia-action-plan',
        excerpt:
          'Cambodia and China signed “Action Plan 2019-2023 on Building China-Cambodia Community of Shared Future” in Beijing during Cambodian Prime Minister Hun Sen’s mission to Second Belt and Road Forum from 25 to 29 April 2019.',
      },
      {
        source: 'embassy-kh-2019-05-08-action-plan',
        excerpt:
          '2019年4月28日,《中华人民共和国政府和柬埔寨王国政府关于构建中柬命运共同体行动计划(2019-2023)》在北京正式签署。',
      },
    ],
    note: "Government-to-government action plan (2019-2023) signed in Beijing during Hun Sen's visit for the second Belt and Road Forum. The day, 28 April 2019, is given only by the Chinese ambassador's article read on a repost, so the month is kept. In January 2019 Xi Jinping and Hun Sen had agreed to draw up the plan (restatement of the 2018 goal, not recorded).",
  },
  {
    id: 'la-community-2019',
    country: 'LA',
    label: { zh: '中老命运共同体' },
    step: 'action-plan',
    date: { value: '2019-04-30', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'xinhua-2019-05-01-laos-action-plan',
        excerpt:
          '2019-05-01 00:07:34 来源: 新华网 … 新华社北京4月30日电(记者白洁、王卓伦)中共中央总书记、国家主席习近平与老挝人民革命党中央总书记、国家主席本扬30日在北京签署《中国共产党和老挝人民革命党关于构建中老命运共同体行动计划》。',
      },
      {
        source: 'xinhua-2019-04-30-laos-action-plan-text',
        excerpt:
          '值此本扬总书记、国家主席对华进行国事访问之际,经友好协商,中国共产党和老挝人民革命党一致同意签订并实施《构建中老命运共同体行动计划》',
      },
    ],
    note: "Signed by Xi Jinping and Bounnhang Vorachith in Beijing during Bounnhang's state visit; a five-year plan concluded between the two ruling parties (CPC and LPRP), which Xinhua calls the first bilateral document on a community with a shared future signed in the party's name. The two leaders had decided in May 2018 to draw it up. A new action plan (2024-2028) followed in October 2023, outside this file's period.",
  },
  {
    id: 'pk-community-2018',
    country: 'PK',
    label: { zh: '新时代更紧密的中巴命运共同体' },
    step: 'deepened',
    date: { value: '2018-11-04', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'workercn-2018-11-04-pakistan',
        excerpt:
          '新华社北京11月4日电 中华人民共和国和巴基斯坦伊斯兰共和国关于加强中巴全天候战略合作伙伴关系、打造新时代更紧密中巴命运共同体的联合声明 (2018年11月4日,北京) … 双方同意根据2005年签署的《中华人民共和国和巴基斯坦伊斯兰共和国睦邻友好合作条约》确立的原则,进一步加强中巴全天候战略合作伙伴关系,打造新时代更紧密的中巴命运共同体。',
      },
    ],
    note: "Joint statement of Imran Khan's first official visit to China (2-5 November 2018), titled on strengthening the all-weather strategic cooperative partnership and building a closer China-Pakistan community with a shared future in the new era. The partnership label was not changed.",
  },
  {
    id: 'np-community-2019',
    country: 'NP',
    label: { en: 'community with a shared future' },
    step: 'proposed',
    date: {
      value: '2019-10-12',
      precision: 'day',
      derived:
        "Xinhua's Japanese report, datelined Kathmandu 13 October and published 2019-10-13, places the meeting on the 12th.",
    },
    basis: 'external',
    sources: [
      {
        source: 'xinhua-ja-2019-10-13-nepal',
        excerpt:
          '【新華社カトマンズ10月13日】中国の習近平(しゅう・きんぺい)国家主席は12日、ネパールの首都カトマンズで同国のバンダリ大統領と会見した。… 双方は中国・ネパール関係の政治的基礎をしっかりと固め、運命共同体の構築を中国・ネパール関係発展の長期的目標としなければならない。',
      },
    ],
    note: "Xi Jinping's proposal, in talks with President Bidya Devi Bhandari during his state visit, that building a community with a shared future be the long-term goal of China-Nepal relations; a one-sided statement, not a joint declaration (the joint statement of 13 October 2019 was not read on this point). The label is the Japanese text's 運命共同体 rendered in English; the Chinese wording (中尼要把打造命运共同体作为两国关系发展长远目标) was read only on a copy.",
  },
  {
    id: 'mm-community-2020',
    country: 'MM',
    label: { zh: '中缅命运共同体' },
    step: 'agreed',
    date: {
      value: '2020-01-18',
      precision: 'day',
      derived:
        'Hong Kong Commercial Daily, published 2020-01-19, says the joint statement was issued "yesterday"; CRI, the same day, dates it the 18th.',
    },
    basis: 'external',
    sources: [
      {
        source: 'hkcd-2020-01-19-myanmar',
        excerpt:
          '昨日,中緬共同發表聯合聲明稱,兩國一致同意,以中緬建交70周年為契機,弘揚中緬傳統胞波情誼,深化兩國全面戰略合作夥伴關係,打造中緬命運共同體,推動中緬關係進入新時代。',
      },
      {
        source: 'cri-2020-01-19-myanmar',
        excerpt:
          '18日,兩國發佈《中華人民共和國和緬甸聯邦共和國聯合聲明》,聲明指出,雙方就鞏固中緬傳統友誼,推進全面戰略合作,秉持平等、互利、共贏精神,構建中緬命運共同體深入交換意見,達成廣泛共識。',
      },
    ],
    note: "Joint statement at the end of Xi Jinping's state visit to Myanmar (17-18 January 2020), the 70th anniversary of diplomatic relations; the comprehensive strategic cooperative partnership of 2011 was kept. Before the visit Xi's signed article in Myanmar's press called for 'an even closer China-Myanmar community with a shared future' (read only on copies). The sources are in traditional characters; 中緬命運共同體 converts one to one to the simplified label.",
  },
];
