import type { FuzzyDate } from '../schemas/common.js';
import type { Membership } from '../schemas/partnerships.js';
import { TRACKER_SOURCE_ID } from './sources/tracker.js';

const EXHIBIT = { source: TRACKER_SOURCE_ID, section: 'exhibit-1' } as const;

type DateExtra = Pick<FuzzyDate, 'derived' | 'uncertain'>;

const year = (value: string, extra: DateExtra = {}): FuzzyDate => ({ value, precision: 'year', ...extra });
const month = (value: string, extra: DateExtra = {}): FuzzyDate => ({ value, precision: 'month', ...extra });
const day = (value: string, extra: DateExtra = {}): FuzzyDate => ({ value, precision: 'day', ...extra });

// Citations shared by several records: surveys that cover several countries, and the Pacific islands' two group steps.
const LI_2012 = {
  source: 'uni-hamburg-jcsaa-2012-li-chenyang-myanmar',
  excerpt:
    "'comprehensive strategic cooperative partnership' with three other ASEAN states (Vietnam in 2008, Laos in 2009, and Cambodia in 2010)",
};
const TWWIKI_SCP = {
  source: 'twwiki-first-financial-daily-2014-survey',
  excerpt: '戰略合作夥伴關係(印度(2005)、韓國(2008)、土耳其(2010)、阿富汗(2012)、斯里蘭卡(2013))',
};
const SUN_ZHANG_CSP = {
  source: 'jizihe-2018-sun-zhang-china-arab-partnerships',
  excerpt:
    'comprehensive strategic partnerships with Algeria (in 2014), Egypt (in 2014), Saudi Arabia (in 2016) and the UAE (in 2018)',
};
const SUN_ZHANG_SP = {
  source: 'jizihe-2018-sun-zhang-china-arab-partnerships',
  excerpt: 'strategic partnerships with Qatar (in 2014), Jordan (in 2015), Iraq (in 2015)',
};
const PACIFIC_2014 = [
  {
    source: 'malumnalu-2014-11-23-pacific-islands',
    excerpt:
      'China and eight Pacific island countries agreed here on Saturday to establish a strategic partnership … in Nadi, Fiji, Nov. 22, 2014',
  },
  {
    source: 'baogaosu-2014-11-23-pacific-islands',
    excerpt:
      '国家主席习近平22日在楠迪同…太平洋岛国领导人举行集体会晤,共商合作发展大计,一致同意建立相互尊重、共同发展的战略伙伴关系。',
  },
  {
    source: 'ecns-2018-11-14-pacific-islands',
    excerpt:
      "During Xi's visit to Fiji in November 2014, China and the eight countries agreed to establish a strategic partnership",
  },
];
const PACIFIC_2018 = [
  {
    source: 'globaltimes-2018-11-17-pacific-islands',
    excerpt:
      'Port Moresby, Papua New Guinea, Nov. 16, 2018. … agreed to elevate their relations to a comprehensive strategic partnership featuring mutual respect and common development',
  },
  { source: 'hsw-2018-11-17-pacific-islands', excerpt: '一致同意将双方关系提升为相互尊重、共同发展的全面战略伙伴关系' },
];

// Partnership names shared by many records, as the sources give them.
const SP = { zh: '战略伙伴关系', en: 'strategic partnership' };
const CSP = { zh: '全面战略伙伴关系', en: 'comprehensive strategic partnership' };
const CSCP = { zh: '全面战略合作伙伴关系', en: 'comprehensive strategic cooperative partnership' };
const CCP = { zh: '全面合作伙伴关系', en: 'comprehensive cooperative partnership' };
const PACIFIC_2014_LABEL = {
  zh: '相互尊重、共同发展的战略伙伴关系',
  en: 'strategic partnership featuring mutual respect and common development',
};
const PACIFIC_2018_LABEL = {
  zh: '相互尊重、共同发展的全面战略伙伴关系',
  en: 'comprehensive strategic partnership featuring mutual respect and common development',
};

const PACIFIC_NOTE_2014 =
  "One of the eight Pacific island countries with which China agreed a strategic partnership together, at Xi Jinping's meeting with their leaders in Nadi, Fiji (Papua New Guinea, Micronesia, Samoa, Vanuatu, Cook Islands, Tonga, Niue and Fiji).";
const PACIFIC_NOTE_2018 =
  'One of eight Pacific island countries whose ties were raised together at a meeting with Xi Jinping (Papua New Guinea, Micronesia, Samoa, Vanuatu, Cook Islands, Tonga, Niue and Fiji).';

/**
 * Countries on China's partnership ladder, one record per level or name each country has held, with the
 * date it was reached, from its first declared partnership to the edition: a later record of a country
 * supersedes an earlier one, and records of no level (`level: null`) are partnerships whose names match
 * none of the sixteen levels. The latest record of a country dated on or before a day is its level on that
 * day; for the edition the record the tracker names answers.
 */
export const partnerships: Membership[] = [
  // ---------------------------------------------------------------- Tier 1
  {
    id: 'ru-1-1-2019',
    country: 'RU',
    level: '1.1',
    label: {
      zh: '新时代全面战略协作伙伴关系',
      en: 'comprehensive strategic partnership of coordination for a new era',
    },
    since: day('2019-06-05'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      { source: TRACKER_SOURCE_ID, section: 'focus-topic', note: 'Says the upgrade to this level came in 2019.' },
      {
        source: 'shhangkong-china-russia-new-era-statement',
        excerpt: '2019年6月5日,中俄两国元首签署两项重要声明…宣布发展中俄新时代全面战略协作伙伴关系',
      },
    ],
  },
  // ---------------------------------------------------------------- Tier 2
  {
    id: 'pk-2-1-2015',
    country: 'PK',
    level: '2.1',
    label: { zh: '全天候战略合作伙伴关系', en: 'all-weather strategic cooperative partnership' },
    since: day('2015-04-20'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'crntt-mirror-pakistan',
        excerpt: '2015年4月20日至21日,習近平訪問巴基斯坦…將中巴戰略合作夥伴關係,提升為全天候戰略合作夥伴關係',
      },
      {
        source: 'wenweipo-2015-04-22-pakistan-all-weather',
        excerpt: '中國和巴基斯坦兩國20日發表的聯合聲明指出…提升為全天候戰略合作夥伴關係',
        note: 'The upgrade was set out in a joint statement of 20 April 2015.',
      },
    ],
    note: 'English texts of the joint statement of December 2010 already speak of an all-weather strategic partnership of cooperation (see conflict partnership-pk-since).',
  },
  {
    id: 'vn-2-2-2008',
    country: 'VN',
    level: '2.2',
    label: CSCP,
    since: month('2008-05'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'sggp-vietnam',
        excerpt:
          'Nong Duc Manh in May 2008, the two countries agreed to develop their relationship into a “comprehensive strategic cooperative partnership”',
      },
      {
        source: 'vietnambusiness-vietnam',
        excerpt: 'after the two countries set up the strategic cooperative partnership in May 2008',
      },
      { source: 'crntt-mirror-vietnam', excerpt: '特別是2008年兩國建立全面戰略合作夥伴關係以來' },
      LI_2012,
    ],
    note: "Agreed during General Secretary Nong Duc Manh's visit to China (30 May to 2 June 2008).",
  },
  {
    id: 'la-2-2-2009',
    country: 'LA',
    level: '2.2',
    label: CSCP,
    since: year('2009'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: 'quanben-laos', excerpt: '2009年,兩國關係提升為全麵戰略合作夥伴關係' }, LI_2012],
    note: "Usually tied to President Choummaly Sayasone's visit to China in September 2009, but no source found gives the month.",
  },
  {
    id: 'kh-2-2-2010',
    country: 'KH',
    level: '2.2',
    label: { zh: '全面战略合作伙伴关系', en: 'comprehensive strategic partnership of cooperation' },
    since: day('2010-12-13'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'ankorcivilization-2010-12-13-cambodia',
        excerpt:
          'Monday, December 13, 2010 … China and Cambodia on Monday agreed to establish a comprehensive strategic partnership of cooperation',
      },
      {
        source: 'gnccambodians-cambodia',
        excerpt: '2010年12月,两国建立全面战略合作伙伴关系,双边关系进入新的发展阶段。',
      },
      LI_2012,
    ],
    note: 'Agreed at the talks of Wen Jiabao and Hun Sen in Beijing.',
  },
  {
    id: 'mm-2-2-2011',
    country: 'MM',
    level: '2.2',
    label: CSCP,
    since: month('2011-05'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'uni-hamburg-jcsaa-2012-li-chenyang-myanmar', excerpt: 'before it did so with Myanmar in May 2011' },
      { source: 'xinjiapo-myanmar', excerpt: '2011年5月,时任缅甸总统登盛访华,双方决定建立全面战略合作伙伴关系。' },
    ],
    note: 'A Xinhua report dates the announcement to 27 May, but the excerpt found gives no year, so the month is kept.',
  },
  {
    id: 'th-2-2-2012',
    country: 'TH',
    level: '2.2',
    label: CSCP,
    since: day('2012-04-17'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-org-2012-04-18-thailand',
        excerpt:
          'agreed on Tuesday to upgrade bilateral relations to a "comprehensive strategic cooperative partnership." … Yingluck Shinawatra in Beijing, capital of China, April 17, 2012',
      },
      {
        source: 'ryt9-2012-04-20-thailand',
        excerpt:
          'Joint Statement … on Establishing A Comprehensive Strategic Cooperative Partnership … from 17 to 19 April 2012',
      },
      {
        source: 'creativeottawanerds-2012-thailand',
        excerpt: '溫家寶4月17日會見到訪的泰國總理英拉,雙方決定建立全面戰略合作伙伴關係',
      },
    ],
  },
  {
    id: 'sn-2-2-2016',
    country: 'SN',
    level: '2.2',
    label: CSCP,
    since: year('2016'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'mod-2018-07-22-senegal', excerpt: '2016年,我和总统先生共同确立了两国全面战略合作伙伴关系定位。' },
      {
        source: 'africanews-2018-07-22-senegal',
        excerpt:
          "agreed to elevate the two countries' ties to a comprehensive strategic cooperative partnership in 2016",
      },
      { source: '0514f-2016-09-02-senegal', excerpt: '中方愿同塞方一道,將中塞關系提升為全面戰略合作伙伴關系' },
    ],
    note: "Taken when Xi Jinping met President Sall at the G20 summit in Hangzhou on 2 September 2016, but the report of that meeting words it as China's wish to upgrade, so only the year is kept.",
  },
  {
    id: 'mz-2-2-2016',
    country: 'MZ',
    level: '2.2',
    label: CSCP,
    since: day('2016-05-18', {
      derived:
        "Day from 'on Wednesday' in a Yibada report published 23 May 2016 (the preceding Wednesday was 18 May 2016); the month and year are stated by People's Daily ('Im Mai 2016').",
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'brnn-2023-10-20-mozambique',
        excerpt:
          'Im Mai 2016 habe er gemeinsam mit Präsident Filipe Jacinto Nyusi beschlossen, die Beziehungen zwischen China und Mosambik zu einer umfassenden strategischen Kooperationspartnerschaft aufzuwerten',
      },
      {
        source: 'yibada-2016-05-23-mozambique',
        excerpt:
          'President Xi Jinping called Mozambique "a good brother" during his meeting with President Filipe Jacinto Nyusi on Wednesday.',
      },
      {
        source: 'yibada-2016-05-23-mozambique',
        excerpt:
          'Xi said that China is set to have a "comprehensive strategic cooperative partnership" with Mozambique',
      },
      { source: '8i8i8i-2017-02-22-mozambique', excerpt: '2016年,兩國建立了全面戰略合作伙伴關係' },
    ],
    note: "Decided at Xi Jinping's talks with President Nyusi during his state visit.",
  },
  {
    id: 'cg-2-2-2016',
    country: 'CG',
    level: '2.2',
    label: { zh: '全面战略合作伙伴关系', en: 'comprehensive strategic partnership of cooperation' },
    since: day('2016-07-05'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chineseembassy-bb-2016-congo-partnership',
        excerpt:
          'On July 5, 2016…decided to uplift bilateral relations to a comprehensive strategic partnership of cooperation',
      },
      { source: 'cyol-2018-09-06-congo', excerpt: '不断深化中刚全面战略合作伙伴关系的内涵' },
    ],
  },
  {
    id: 'gn-2-2-2016',
    country: 'GN',
    level: '2.2',
    label: CSCP,
    since: day('2016-11-02'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'taiwan-2016-11-07-guinea',
        excerpt:
          '双方决定建立中几全面战略合作伙伴关系。…2016年11月2日,国家主席习近平在北京人民大会堂同几内亚总统孔戴举行会谈。',
      },
      { source: 'caixin-2016-11-02-guinea', excerpt: '两国元首决定建立中几全面战略合作伙伴关系' },
    ],
  },
  {
    id: 'sl-2-2-2016',
    country: 'SL',
    level: '2.2',
    label: CSCP,
    since: day('2016-12-01'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'modernghana-2016-sierra-leone',
        excerpt:
          'On December 1, 2016…decided to upgrade China-Sierra Leone relations to a comprehensive strategic cooperative partnership',
      },
      {
        source: 'sputniknews-2022-06-10-sierra-leone',
        excerpt:
          '2016年12月,中國國家主席習近平和塞拉利昂總統歐內斯特·科羅馬決定在後者訪華期間將雙邊關係水平提升為全面戰略合作夥伴關係。',
      },
    ],
  },
  {
    id: 'et-2-2-2017',
    country: 'ET',
    level: '2.2',
    label: CSCP,
    since: month('2017-05'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'pressreader-2018-09-20-ethiopia',
        excerpt:
          '2017年5月,在历史性的峰会“一带一路”国际合作论坛召开期间,两国领导人在双边会议上宣布建立全面战略合作伙伴关系。',
      },
      {
        source: 'china-consulate-surabaya-2017-06-ethiopia',
        excerpt:
          'Now, relations between the two countries have been raised to the comprehensive strategic cooperative partnership',
      },
      { source: 'china-embassy-et-2018-03-19-ethiopia', excerpt: '双方已建立全面战略合作伙伴关系' },
      {
        source: 'thesafiablog-2017-05-14-ethiopia',
        excerpt: 'called to enhance the relationship…to a comprehensive strategic cooperation partnership',
      },
      {
        source: 'hegsqy-2018-ethiopia',
        excerpt: 'the two countries have established a comprehensive strategic and cooperative partnership',
      },
    ],
    note: 'Announced at a bilateral meeting during the Belt and Road Forum in May 2017 (Xi Jinping met Prime Minister Hailemariam on 12 May), but no source says the upgrade was concluded that day.',
  },
  {
    id: 'ke-2-2-2017',
    country: 'KE',
    level: '2.2',
    label: CSCP,
    since: day('2017-05-15', {
      derived:
        "Day from '5月15日' in a Xinhua report of Premier Li Keqiang's meeting, which the page dates 2017-05-16 (发布时间); year and month are also stated by China News Service ('2017年5月').",
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'ip-101-201-78-234-2017-05-16-kenya',
        excerpt:
          '国务院总理李克强5月15日下午在人民大会堂会见…习近平主席同总统先生举行富有成果的会谈,中肯关系提升为全面战略合作伙伴关系。',
      },
      { source: 'aoshengma-2025-04-24-kenya', excerpt: '2017年5月,两国建立全面战略合作伙伴关系。' },
      {
        source: 'kbctv-2017-05-15-kenya',
        excerpt: 'elevation of the two countries relationship to that of comprehensive strategic cooperation',
      },
    ],
  },
  {
    id: 'na-2-2-2018',
    country: 'NA',
    level: '2.2',
    label: { zh: '全面战略合作伙伴关系', en: 'comprehensive strategic partnership of cooperation' },
    since: day('2018-03-29'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'yidaiyilu-2018-03-namibia',
        excerpt:
          'capital of China, March 29, 2018…Xi Jinping and his Namibian counterpart Hage Geingob agreed Thursday to establish a comprehensive strategic partnership of cooperation',
      },
      {
        source: 'nengyuanjie-2020-03-24-namibia',
        excerpt:
          '2018年3月,根哥布总统成功对中国进行国事访问,两国关系提升为全面战略合作伙伴关系,中纳友好合作进入新时代。',
      },
      {
        source: 'economist-2018-04-namibia',
        excerpt:
          'the two heads of state jointly agreed to establish China-Namibia comprehensive strategic cooperative partnership',
      },
    ],
    note: "Agreed at Xi Jinping's talks with President Geingob during his state visit.",
  },
  {
    id: 'zw-2-2-2018',
    country: 'ZW',
    level: '2.2',
    label: { zh: '全面战略合作伙伴关系', en: 'comprehensive strategic partnership of cooperation' },
    since: day('2018-04-03', {
      derived:
        "Day from 'on Tuesday' in a Global Times report published 2018-04-03 (a Tuesday) and in a TODAY report of 2018-04-04; the month is also given by Xinhua's '今年4月' (September 2018).",
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'panafricannews-2018-04-03-zimbabwe',
        excerpt:
          'Published: 2018/4/3 22:33:40 Chinese President Xi Jinping and his Zimbabwean counterpart Emmerson Mnangagwa on Tuesday agreed to establish a comprehensive strategic partnership of cooperation',
      },
      {
        source: 'today-2018-04-04-zimbabwe',
        excerpt:
          'on Tuesday agreed to establish a comprehensive strategic partnership of cooperation between the two countries.',
      },
      {
        source: 'customkitchencountertop-2018-09-zimbabwe',
        excerpt: '在他今年4月訪華期間,津中兩國關系提升為全面戰略合作伙伴關系',
      },
    ],
    note: "Agreed at Xi Jinping's talks with President Mnangagwa during his state visit of 2–6 April 2018.",
  },
  {
    id: 'pk-2-3-2005',
    country: 'PK',
    level: '2.3',
    label: { zh: '更加紧密的战略合作伙伴关系', en: 'closer strategic cooperative partnership' },
    since: month('2005-04'),
    placement: 'label',
    basis: 'external',
    priorHistory: 'unknown',
    sources: [
      { source: 'johnnytowncar-2013-05-22-pakistan', excerpt: '2005年4月,两国宣布建立更加紧密的战略合作伙伴关系。' },
      {
        source: 'chinadaily-2005-04-06-pakistan',
        excerpt:
          "talks at the prime minister's house in Islamabad April 5, 2005…develop a closer strategic partnership in line with the stipulations of the treaty",
      },
    ],
    note: "Declared during Premier Wen Jiabao's visit to Islamabad, when the Treaty of Friendship, Cooperation and Good-Neighbourly Relations was signed; no source found gives the day. With 更加紧密的 set aside the name is 战略合作伙伴关系 (2.3). Sources hint at an earlier, looser label that none dates.",
  },
  {
    id: 'in-2-3-2005',
    country: 'IN',
    level: '2.3',
    label: {
      zh: '面向和平与繁荣的战略合作伙伴关系',
      en: 'strategic and cooperative partnership for peace and prosperity',
    },
    since: day('2005-04-11'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: '360v360-2005-04-13-india',
        excerpt:
          '中國國務院の溫家寶総理とインドのシン首相は4月11日ニューデリーで『中華人民共和國?インド共和國の共同聲明』に調印した…平和と繁栄に向った戦略的協力パートナーシップの構築について合意した…「CRI」より 2005/04/13',
      },
      {
        source: 'mfa-india',
        excerpt:
          'China and India have agreed to establish a "strategic and cooperative partnership for peace and prosperity" between them',
      },
      TWWIKI_SCP,
    ],
    note: "The joint statement was signed in New Delhi during Wen Jiabao's visit. In September 2014 the two sides added a closer developmental partnership alongside it, which is not recorded as a step.",
  },
  {
    id: 'kr-2-3-2008',
    country: 'KR',
    level: '2.3',
    label: { zh: '中韩战略合作伙伴关系', en: 'strategic cooperative partnership' },
    since: day('2008-05-27'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-embassy-lr-2008-05-28-south-korea',
        excerpt:
          'on Tuesday agreed to upgrade their "comprehensive and cooperative partnership" to "strategic cooperative partnership" … Beijing, capital of China, May 27, 2008',
      },
      {
        source: 'mfa-2024-05-31-south-korea',
        excerpt:
          'state visit to China from 27 to 30 May 2008 … raise their comprehensive and cooperative partnership to the level of strategic cooperative partnership',
      },
      {
        source: 'fmprc-2023-12-south-korea',
        excerpt: '2008年5月韩国总统李明博访华,双方宣布建立中韩战略合作伙伴关系。',
      },
      TWWIKI_SCP,
    ],
    note: "Agreed at the summit of Hu Jintao and Lee Myung-bak in Beijing. The foreign ministry's profile names no later change of level; the tracker places South Korea on 4.3 in August 2021, which stays its own view (see conflict partnership-kr-level).",
  },
  {
    id: 'af-2-3-2012',
    country: 'AF',
    level: '2.3',
    label: { zh: '战略合作伙伴关系', en: 'strategic and cooperative partnership' },
    since: day('2012-06-08'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'mfa-af-afghanistan',
        excerpt: 'the Joint Declaration…on Establishing Strategic and Cooperative Relations issued on 8 June 2012',
      },
      {
        source: 'mfa-2024-05-31-afghanistan',
        excerpt:
          'had a bilateral meeting with President Hu Jintao on 8 June…the two countries decided to establish the China-Afghanistan Strategic and Cooperative Partnership',
      },
      {
        source: 'xinhuanet-afghanistan',
        excerpt:
          '2012年6月,卡尔扎伊总统出席上海合作组织成员国元首理事会第十二次会议并访华,两国建立中阿战略合作伙伴关系',
      },
      TWWIKI_SCP,
    ],
    note: 'Set out in the joint declaration issued in Beijing on 8 June 2012. The level held in August 2021 is that of the partnership with the Islamic Republic of Afghanistan, before the Taliban took Kabul on 15 August 2021.',
  },
  {
    id: 'lk-2-3-2013',
    country: 'LK',
    level: '2.3',
    label: {
      zh: '真诚互助、世代友好的战略合作伙伴关系',
      en: 'strategic cooperative partnership of sincere mutual assistance and ever-lasting friendship',
    },
    since: month('2013-05'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'mfa-lk-2014-09-16-sri-lanka',
        excerpt:
          'both countries agreed to elevate their bilateral relationship to a ‘Strategic Cooperative Partnership’ during President Rajapaksa’s State visit to China in May 2013',
      },
      {
        source: 'slemb-2013-06-06-sri-lanka',
        excerpt:
          'from 27th – 30th of May, 2013…Both sides agreed to establish a Strategic Cooperation Partnership of Sincere Mutual Assistance and Ever-lasting Friendship',
      },
      { source: 'gov-cn-2015-03-26-sri-lanka', excerpt: '推動兩國真誠互助、世代友好的戰略合作夥伴關係不斷邁上新臺階' },
      TWWIKI_SCP,
    ],
    note: "Set out in the joint communiqué of President Rajapaksa's state visit of 27–30 May 2013; no source gives the day.",
  },
  {
    id: 'bd-2-3-2016',
    country: 'BD',
    level: '2.3',
    label: { zh: '战略合作伙伴关系', en: 'strategic partnership of cooperation' },
    since: day('2016-10-14'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chineseembassy-bd-2016-bangladesh-partnership',
        excerpt: 'On October 14, 2016…agreed to establish China-Bangladesh strategic partnership of cooperation',
      },
      {
        source: 'newagebd-2016-10-14-bangladesh',
        excerpt:
          'on October 14, 2016…agreed to elevate China-Bangladesh relationship from a ‘closer comprehensive partnership of cooperation’ to a ‘strategic partnership of cooperation’',
      },
    ],
  },
  {
    id: 'bn-2-3-2018',
    country: 'BN',
    level: '2.3',
    label: { zh: '战略合作伙伴关系', en: 'strategic cooperative partnership' },
    since: day('2018-11-19'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'dictall-2018-11-19-brunei',
        excerpt:
          'How China and Brunei reached a strategic cooperative partnership 2018-11-19 … China and Brunei have agreed to upgrade their relationship to a strategic cooperative partnership',
      },
      {
        source: 'tech999999-2018-11-20-brunei',
        excerpt:
          '國家主席習近平19日在斯里巴加灣同文萊蘇丹哈桑納爾舉行會談。兩國元首高度評價中國文萊關系積極發(fā)展勢頭,一致決定建立中國與文萊戰(zhàn)略合作伙伴關系',
      },
      {
        source: 'globaltimes-2018-11-brunei',
        excerpt: 'China and Brunei upgraded their bilateral ties to a strategic cooperative partnership on Monday',
      },
      {
        source: 'xfafinance-2019-04-brunei',
        excerpt:
          'China and Brunei last November upgraded the bilateral relations to the Strategic Cooperative Partnership',
      },
      {
        source: 'dictall-2018-11-19-brunei',
        excerpt:
          'The two sides upgraded their bilateral ties to a Strategic Cooperative Relationship in 2013 after first establishing diplomatic ties in 1991.',
        note: 'The earlier strategic cooperative relationship, not a partnership.',
      },
    ],
    note: 'The strategic cooperative relationship (战略合作关系) agreed in April 2013 was not called a partnership and is not recorded as a step; this is the first partnership.',
  },
  {
    id: 'np-2-3-2019',
    country: 'NP',
    level: '2.3',
    label: {
      zh: '面向发展与繁荣的世代友好的战略合作伙伴关系',
      en: 'strategic cooperative partnership featuring ever-lasting friendship for development and prosperity',
    },
    since: day('2019-10-12'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'kckyqg-mfa-mirror-2019-nepal',
        excerpt:
          'On October 12, 2019…announce to establish China-Nepal strategic cooperative partnership featuring ever-lasting friendship',
      },
      {
        source: '08654-nepal',
        excerpt:
          '10月12日至13日,中国国家主席习近平对尼泊尔进行国事访问…建立中尼面向发展与繁荣的世代友好的战略合作伙伴关系',
      },
    ],
  },
  {
    id: 'sr-2-3-2019',
    country: 'SR',
    level: '2.3',
    label: { zh: '战略合作伙伴关系', en: 'strategic partnership of cooperation' },
    since: day('2019-11-27'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'zhongyishudian-2019-11-27-suriname',
        excerpt:
          "Chinese President Xi Jinping holds a welcome ceremony for Suriname's President Desire Bouterse before their talks…Nov. 27, 2019.",
      },
      {
        source: 'zhongyishudian-2019-11-27-suriname',
        excerpt:
          'China and Suriname on Wednesday decided to upgrade their relationship to a strategic partnership of cooperation.',
      },
      { source: 'crntt-mirror-2019-11-28-suriname', excerpt: '兩國元首共同宣布,中蘇建立戰略合作夥伴關係。' },
      { source: 'newton-suriname', excerpt: '雙方決定把中蘇關係提升為戰略合作夥伴關係,以推動兩國關係持久穩定發展。' },
    ],
    note: "Declared during President Bouterse's state visit of 27–30 November 2019.",
  },
  // ---------------------------------------------------------------- Tier 3
  {
    id: 'de-3-1-2014',
    country: 'DE',
    level: '3.1',
    label: { zh: '全方位战略伙伴关系', en: 'all-round strategic partnership' },
    since: month('2014-03'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: '91dzs-china-germany-all-round-sp',
        excerpt:
          'Xi Jinping made his first state visit to Germany in March 2014…elevate…to all-round strategic partnership',
      },
    ],
  },
  {
    id: 'kz-3-2-2019',
    country: 'KZ',
    level: '3.2',
    label: { zh: '永久全面战略伙伴关系', en: 'permanent comprehensive strategic partnership' },
    since: day('2019-09-11'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'people-paper-2022-09-15-kazakhstan',
        excerpt: '2019年9月11日签订的《…关于建立永久全面战略伙伴关系的联合声明》',
      },
    ],
  },
  {
    id: 'fr-3-3-2004',
    country: 'FR',
    level: '3.3',
    label: CSP,
    since: month('2004-01'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinaculture-china-france-50-years',
        excerpt:
          'Hu Jintao pays a three-day visit to France, during which the two countries forge a comprehensive strategic partnership',
      },
      {
        source: 'china-org-2020-01-19-france',
        excerpt:
          '2004年1月,时任国家主席胡锦涛对法国进行国事访问,两国元首签署联合声明,把中法全面伙伴关系提升为全面战略伙伴关系',
      },
      {
        source: 'sina-2004-01-28-france',
        excerpt: '胡锦涛先生2004年1月26日至29日对法国进行了国事访问…巩固、发展、充实中法全面战略伙伴关系',
      },
    ],
    note: "Raised from the comprehensive partnership of 1997 during Hu Jintao's state visit of 26–29 January 2004.",
  },
  {
    id: 'it-3-3-2004',
    country: 'IT',
    level: '3.3',
    label: CSP,
    since: month('2004-05'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'cri-italian-2011-07-15-italy',
        excerpt:
          'Nel maggio 2004, i governi cinese e italiano hanno pubblicato un comunicato congiunto, stabilendo dei rapporti bilaterali di completa partnership strategica',
      },
      { source: 'sina-2006-09-18-italy', excerpt: '2004年两国建立全面战略伙伴关系以来,政治关系更趋紧密' },
      { source: 'mfa-2004-05-06-italy', excerpt: '此次温总理访意,旨在将中意关系提升为全面战略伙伴关系' },
      {
        source: 'chinadaily-2004-05-09-italy',
        excerpt: 'establishing stable, friendly, long-term and sustainable strategic partnership',
      },
      {
        source: 'china-org-2004-05-08-italy',
        excerpt:
          'The governments of China and Italy agreed on Friday to further deepen bilateral ties by establishing stable, friendly, long-term and sustainable strategic partnership',
      },
    ],
    note: 'The Chinese side named this partnership 全面战略伙伴关系, the 3.3 name, before and after the visit; Xinhua\'s English text of the joint communiqué says only "strategic partnership" (see conflict partnership-it-label). The communiqué was issued during Wen Jiabao\'s visit of 6–9 May 2004; no source found gives the day with the year.',
  },
  {
    id: 'gb-3-3-2004',
    country: 'GB',
    level: '3.3',
    label: CSP,
    since: day('2004-05-10'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'wujiajia-uk',
        excerpt:
          'held talks in London on 10 May 2004…today welcome the comprehensive strategic partnership between China and the UK',
      },
      { source: 'xieliaobaba-2004-05-10-uk', excerpt: '溫家寶總理和布萊爾首相今天對中英建立全面戰略伙伴關系表示歡迎' },
      {
        source: 'blindbatnews-2014-06-17-china-uk-statement',
        excerpt: 'since the establishment of the China-UK comprehensive strategic partnership ten years ago',
      },
    ],
    note: 'Raised from the comprehensive partnership of 1998 by the joint statement of 10 May 2004 (Wen Jiabao in London); relaunched in 2015 under a longer name (see gb-3-3-2015). The tracker speaks only of the current level, so this earlier record rests on external sources.',
  },
  {
    id: 'es-3-3-2005',
    country: 'ES',
    level: '3.3',
    label: CSP,
    since: day('2005-11-14', {
      derived:
        'The day is the "14号"/"14日" of CCTV and CRI reports published on 15 November 2005; the foreign ministry profile states the month.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'cri-polish-2005-11-15-spain',
        excerpt: 'Chiny i Hiszpania nawiązały wszechstronne partnerstwo strategiczne',
      },
      { source: 'fmprc-2024-01-spain', excerpt: '2005年11月两国建立全面战略伙伴关系' },
      {
        source: 'cctv-2005-11-15-spain',
        excerpt:
          '当地时间14号上午,国家主席胡锦涛在西班牙首相府同西班牙首相萨帕特罗举行会谈…宣布两国建立全面战略伙伴关系',
      },
      {
        source: 'peoplechina-2005-11-15-spain',
        excerpt:
          '胡錦涛国家主席は14日…両国は全面的な戦略的パートナーシップを確立すると発表しました…「CRI」より 2005年11月15日',
      },
    ],
  },
  {
    id: 'pt-3-3-2005',
    country: 'PT',
    level: '3.3',
    label: CSP,
    since: month('2005-12'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'cdapex-2021-07-06-portugal',
        excerpt: '2005年两国关系发展平稳…12月9日—10日,国务院总理温家宝访葡,中葡宣布建立全面战略伙伴关系',
      },
      { source: 'flfgdq-portugal', excerpt: '中葡一致同意建立全面战略伙伴关系' },
      { source: 'xalsdbl-2018-12-03-portugal', excerpt: '2005年,中葡建立全面战略伙伴关系' },
      {
        source: 'chinadaily-2005-12-10-portugal',
        excerpt: 'The elevation of Portugal to the level of strategic partner',
      },
    ],
    note: 'The Chinese text of the joint statement signed during Wen Jiabao\'s visit to Lisbon (9–10 December 2005) says 全面战略伙伴关系, the 3.3 name; China Daily\'s English report speaks of a "strategic partner" (see conflict partnership-pt-label).',
  },
  {
    id: 'gr-3-3-2006',
    country: 'GR',
    level: '3.3',
    label: CSP,
    since: day('2006-01-19'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'usc-china-greece-2006-communique',
        excerpt:
          "Joint Communiqué between the People's Republic of China and the Republic of Greece on the Establishment of Comprehensive Strategic Partnership , January 19, 2006",
      },
      {
        source: 'usc-china-greece-2006-communique',
        excerpt: 'Both sides decided to establish China-Greece comprehensive strategic partnership.',
      },
      {
        source: 'chinadaily-2006-01-20-greece',
        excerpt:
          'signed their very first joint declaration yesterday to establish a "comprehensive strategic partnership,"',
      },
      { source: 'china-com-2019-11-09-greece', excerpt: '中希两国1972年6月5日正式建交,2006年建立全面战略伙伴关系' },
    ],
  },
  {
    id: 'dk-3-3-2008',
    country: 'DK',
    level: '3.3',
    label: CSP,
    since: month('2008-10'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'wikisource-china-denmark-2008-statement',
        excerpt: 'the two sides agreed to launch a Comprehensive Strategic Partnership',
      },
      {
        source: 'gov-cn-2008-10-25-denmark',
        excerpt:
          '丹麥王國首相安諾斯·福格·拉斯穆森閣下于2008年10月20至25日來華…雙方同意建立涵蓋雙邊關係所有領域的全面戰略夥伴關係',
      },
    ],
  },
  {
    id: 'za-3-3-2010',
    country: 'ZA',
    level: '3.3',
    label: CSP,
    since: day('2010-08-24'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-embassy-za-2010-09-01-south-africa',
        excerpt:
          'On the afternoon of August 24, 2010…agreeing to upgrade bilateral ties to a comprehensive strategic partnership',
      },
      {
        source: 'chineseconsulate-capetown-2010-south-africa',
        excerpt: 'China, South Africa upgrade relations to "comprehensive strategic partnership"',
      },
      {
        source: 'enorth-2015-12-03-south-africa',
        excerpt: '2010年8月,雙方簽署《中華人民共和國和南非共和國關於建立全面戰略伙伴關係的北京宣言》',
      },
    ],
  },
  {
    id: 'kz-3-3-2011',
    country: 'KZ',
    level: '3.3',
    label: CSP,
    since: day('2011-06-13'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'people-paper-2022-09-15-kazakhstan',
        excerpt: '2011年6月13日签订的《中华人民共和国和哈萨克斯坦共和国关于发展全面战略伙伴关系的联合声明》',
      },
      { source: 'gov-cn-2014-12-kazakhstan', excerpt: '2011年6月,中哈宣佈發展全面戰略夥伴關係。' },
      {
        source: 'chinadaily-2011-06-14-kazakhstan',
        excerpt:
          'Astana, capital of Kazakhstan, June 13, 2011. [Photo/Xinhua]…China and Kazakhstan upgraded their relations on Monday, vowing to develop an all-round strategic partnership',
      },
    ],
    note: 'Set out in the joint statement of 13 June 2011; the joint declarations of 2013 and 2015 restated this level without a new name.',
  },
  {
    id: 'br-3-3-2012',
    country: 'BR',
    level: '3.3',
    label: CSP,
    since: day('2012-06-21'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'mfa-es-2012-06-brazil',
        excerpt:
          'El 21 de junio de 2012, el Primer Ministro…Wen Jiabao…anunciaron elevar las relaciones sino-brasileñas hasta una asociación estratégica integral',
      },
      {
        source: 'mfa-es-2012-06-brazil',
        excerpt: 'anunciaron elevar las relaciones sino-brasileñas hasta una asociación estratégica integral',
      },
      { source: 'icufrgs-brazil', excerpt: '2012年,两国关系提升为全面战略伙伴关系。' },
    ],
  },
  {
    id: 'pe-3-3-2013',
    country: 'PE',
    level: '3.3',
    label: CSP,
    since: month('2013-04'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'fcgxn-peru', excerpt: '2008年11月,中秘建立战略伙伴关系。2013年4月,两国关系提升为全面战略伙伴关系。' },
      { source: 'kfd-peru', excerpt: '2013年4月秘鲁总统奥良塔·乌马拉访华期间,双边关系提升为全面战略伙伴关系。' },
      { source: 'lunwentd-2014-xi-humala-peru', excerpt: '去年你訪華期間,我們將兩國關系提升為全面戰略伙伴關系' },
    ],
    note: "Raised during President Humala's visit to China.",
  },
  {
    id: 'mx-3-3-2013',
    country: 'MX',
    level: '3.3',
    label: CSP,
    since: day('2013-06-04'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-embassy-mx-2013-09-06-mexico',
        excerpt:
          'El 4 de junio de 2013, el Presidente Xi Jinping sostuvo en la Ciudad de México una conversación con su homólogo mexicano Peña.',
      },
      {
        source: 'china-embassy-mx-2013-09-06-mexico',
        excerpt:
          'Los dos Jefes de Estado anunciaron la elevación de la asociación estratégica sino-mexicana a la asociación estratégica integral.',
      },
      { source: 'huzhao1-china-mexico-embassy-info', excerpt: '2013年6月,习近平主席访墨,两国建立全面战略伙伴关系' },
      { source: 'sinoca-2013-06-05-mexico', excerpt: '两国元首宣布,将中墨战略伙伴关系提升为全面战略伙伴关系' },
    ],
  },
  {
    id: 'by-3-3-2013',
    country: 'BY',
    level: '3.3',
    label: CSP,
    since: month('2013-07'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinanews-2020-05-belarus',
        excerpt: '2013年7月,白俄罗斯总统卢卡申科访华期间,两国元首签署联合声明,宣布中白建立全面战略伙伴关系',
      },
    ],
    note: "Declared in a joint statement during President Lukashenko's state visit to China; reports put the talks on 16 July, but no source found gives that day with the year. See conflict partnership-by-since.",
  },
  {
    id: 'id-3-3-2013',
    country: 'ID',
    level: '3.3',
    label: CSP,
    since: day('2013-10-02', {
      derived:
        'The excerpts give the talks as 2 October (10月2日) without a year; the year is that of the BBC report, published 2 October 2013 (its address reads …/2013/10/131002_…).',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'hrhdw-2013-indonesia',
        excerpt:
          '10月2日至3日,中国国家主席习近平对印度尼西亚展开国事访问。访问期间,习近平主席在雅加达同印尼总统苏西洛举行会谈,双方共同决定把中印尼关系提升为全面战略伙伴关系',
      },
      {
        source: 'people-j-indonesia',
        excerpt:
          '習近平国家主席は2日午後(現地時間)、インドネシア・ジャカルタで同国のユドヨノ大統領と会談した。双方は中国・インドネシア関係を全面的な戦略パートナーシップ関係に引き上げることを決定した。',
      },
      {
        source: 'bbctodays-2013-10-02-indonesia',
        excerpt: '中國國家主席習近平星期三(10月2日)在印尼首都雅加達和印尼總統蘇西洛舉行會談',
      },
      {
        source: 'lwxsd-2024-11-11-indonesia',
        excerpt: '周浩黎大使回顾,自2013年建立全面战略伙伴关系以来,两国关系愈加紧密',
      },
    ],
    note: 'Decided at the talks of Xi Jinping and President Yudhoyono in Jakarta.',
  },
  {
    id: 'my-3-3-2013',
    country: 'MY',
    level: '3.3',
    label: CSP,
    since: day('2013-10-04'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'nanyangpost-2013-10-malaysia', excerpt: '2013年10月4日 … 中国马来西亚关系提升为全面战略伙伴关系' },
      {
        source: 'xinhuanet-jp-2015-11-17-malaysia',
        excerpt:
          '2013年10月、習近平主席がマレーシアを公式訪問した。両国指導者は中国・マレーシアの戦略的協力関係を全面的戦略パートナーシップに格上げすることで一致した。',
      },
      {
        source: 'chinadaily-2013-10-04-malaysia',
        excerpt:
          'Chinese President Xi Jinping and Malaysian Prime Minister Najib Razak agreed on Friday to upgrade bilateral ties to a comprehensive strategic partnership.',
      },
      {
        source: 'xinhuanet-jp-2015-11-17-malaysia',
        excerpt: '2004年5月、アブドラ・バダウィ首相は中国を公式訪問し、両国は戦略的協力関係を確立した。',
        note: 'The earlier strategic cooperation, not a partnership.',
      },
    ],
    note: 'Raised from the strategic cooperation agreed in May 2004, which was not called a partnership and is not recorded as a step.',
  },
  {
    id: 'dz-3-3-2014',
    country: 'DZ',
    level: '3.3',
    label: CSP,
    since: month('2014-02'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'johnnytowncar-2020-05-algeria',
        excerpt:
          '2014年2月,两国发表《关于建立全面战略伙伴关系的联合公报》。5月,习近平主席和布特弗利卡总统共同签署《关于建立全面战略伙伴关系的联合宣言》。',
      },
      { source: 'hndnews-2022-11-08-algeria', excerpt: '2014年,中国同阿尔及利亚建立全面战略伙伴关系。' },
      SUN_ZHANG_CSP,
      {
        source: 'johnnytowncar-2020-05-algeria',
        excerpt: '2004年2月,胡锦涛主席访阿期间,两国发表《新闻公报》,宣布建立战略合作关系。',
        note: 'The earlier strategic cooperative relationship (dz-off-2004).',
      },
    ],
    note: 'The joint communiqué establishing the partnership was issued in February 2014; the heads of state signed a joint declaration on it in May 2014. It raised the strategic cooperative relations of February 2004 (dz-off-2004).',
  },
  {
    id: 'ar-3-3-2014',
    country: 'AR',
    level: '3.3',
    label: CSP,
    since: day('2014-07-18'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'pagina12-2014-07-18-argentina', excerpt: 'Vie 18.07.2014' },
      {
        source: 'pagina12-2014-07-18-argentina',
        excerpt:
          'la visita oficial de Xi Jinping significa "el establecimiento de una asociación estratégica integral"',
      },
      {
        source: 'vivobaires-2021-02-argentina',
        excerpt:
          'En julio de 2014, durante la visita de Estado del Presidente Xi Jinping a Argentina, los mandatarios…anunciaron el establecimiento de la Asociación Estratégica Integral',
      },
      {
        source: 'sohu-2014-07-25-argentina-venezuela',
        excerpt: "把双边关系从原来的'战略伙伴关系'提升为'全面战略伙伴关系'",
      },
    ],
    note: "Announced during Xi Jinping's state visit to Argentina; raised from the strategic partnership of 2004 (ar-3-5-2004).",
  },
  {
    id: 've-3-3-2014',
    country: 'VE',
    level: '3.3',
    label: CSP,
    since: day('2014-07-20', {
      derived:
        'Xinhua\'s Spanish report, published 21 July 2014, says the two presidents agreed to raise ties "este domingo" (this Sunday), which was 20 July 2014; the China Review News report of 22 July 2014 places the talks on the 20th, local time.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-org-2014-07-21-venezuela',
        excerpt:
          'acordaron este domingo elevar los lazos de ambos países…al nivel de una asociación estratégica integral',
      },
      { source: 'crntt-2014-venezuela', excerpt: '當地時間20日下午2時40分許,中國國家主席習近平乘專機抵達加拉加斯' },
      { source: 'crntt-2014-venezuela', excerpt: '一致決定將中委關係提升為全面戰略夥伴關係' },
    ],
  },
  {
    id: 'mn-3-3-2014',
    country: 'MN',
    level: '3.3',
    label: CSP,
    since: day('2014-08-21'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'thebricspost-2014-08-22-mongolia',
        excerpt:
          'Ulan Bator, Mongolia, Aug. 21, 2014 [Xinhua] … On Thursday, China and Mongolia signed … a joint declaration upgrading their relationship to a “comprehensive strategic partnership”.',
      },
      {
        source: 'crntt-2022-09-16-mongolia',
        excerpt:
          '2014年8月,中國國家主席習近平對蒙古國進行國事訪問。中蒙雙方發表聯合宣言,將中蒙關係提升為全面戰略夥伴關係。',
      },
      {
        source: 'chinadaily-2014-12-23-mongolia',
        excerpt: '习近平同蒙古国总统签署联合宣言,将两国关系提升为全面战略伙伴关系',
      },
    ],
  },
  {
    id: 'au-3-3-2014',
    country: 'AU',
    level: '3.3',
    label: CSP,
    since: day('2014-11-17'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'people-en-2014-11-18-australia',
        excerpt:
          'Canberra, capital of Australia, Nov. 17, 2014 … the two countries upgraded their diplomatic ties to a comprehensive strategic partnership',
      },
      { source: 'xinhuanet-2017-03-22-australia', excerpt: '两国于2014年11月宣布建立全面战略伙伴关系。' },
      {
        source: 'caijingsc-first-financial-daily-2014-survey',
        excerpt: "澳大利亚和新西兰相继与中国建立了'全面战略伙伴关系'",
      },
      { source: 'twwiki-first-financial-daily-2014-survey', excerpt: '澳大利亞(2014)、紐西蘭(2014)' },
    ],
  },
  {
    id: 'nz-3-3-2014',
    country: 'NZ',
    level: '3.3',
    label: CSP,
    since: day('2014-11-20'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'people-en-2014-11-20-new-zealand',
        excerpt:
          'Nov. 20, 2014. … China and New Zealand announced Thursday that they have decided to elevate their relationship to a comprehensive strategic partnership.',
      },
      {
        source: 'etogether-2018-04-28-new-zealand',
        excerpt: '2014年11月,习近平主席对新西兰进行国事访问,将中新关系提升为全面战略伙伴关系。',
      },
      {
        source: 'chinaconsulate-new-zealand',
        excerpt:
          'On November 20 local time … the two sides decided to upgrade the China-New Zealand relations to a comprehensive strategic partnership',
      },
      { source: 'twwiki-first-financial-daily-2014-survey', excerpt: '澳大利亞(2014)、紐西蘭(2014)' },
      {
        source: 'caijingsc-first-financial-daily-2014-survey',
        excerpt: "澳大利亚和新西兰相继与中国建立了'全面战略伙伴关系'",
      },
    ],
  },
  {
    id: 'eg-3-3-2014',
    country: 'EG',
    level: '3.3',
    label: CSP,
    since: day('2014-12-23'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'wereadchina-2014-12-23-egypt',
        excerpt:
          'before their talks in Beijing on December 23, 2014…deciding to elevate the bilateral relationship to a comprehensive strategic partnership',
      },
      {
        source: 'cntv-2016-01-22-egypt',
        excerpt: '2014年12月,两国签署《中埃关于建立全面战略伙伴关系的联合声明》,开启两国关系新征程。',
      },
      SUN_ZHANG_CSP,
      {
        source: 'cntv-2016-01-22-egypt',
        excerpt: '1999年4月,中埃建立战略合作关系。2006年6月,中埃签署两国深化战略合作关系的实施纲要。',
        note: 'The earlier strategic cooperative relationship (eg-off-1999).',
      },
    ],
    note: "Set out in the joint statement signed at President Sisi's talks with Xi Jinping in Beijing; it raised the strategic cooperative relationship of April 1999 (eg-off-1999).",
  },
  {
    id: 'gb-3-3-2015',
    country: 'GB',
    level: '3.3',
    label: {
      zh: '面向21世纪全球全面战略伙伴关系',
      en: 'global comprehensive strategic partnership for the 21st century',
    },
    since: month('2015-10'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'chinadaily-2015-10-22-uk-partnership',
        excerpt:
          'China and the UK commit to building a global comprehensive strategic partnership for the 21st century',
      },
      {
        source: 'haijiangzx-2015-10-23-uk',
        excerpt: '习近平于2015年10月19日至23日对英国进行国事访问…中英将共同致力于构建面向21世纪全球全面战略伙伴关系',
      },
      {
        source: '91dzs-2015-10-23-uk',
        excerpt:
          'State Visit to the UK from 19 to 23 October 2015…The UK and China commit to building a global comprehensive strategic partnership',
      },
    ],
    note: "Same level as the 2004 partnership (gb-3-3-2004), relaunched under a longer official name in the joint declaration of Xi Jinping's state visit of 19–23 October 2015; no source found gives the day with the year.",
  },
  {
    id: 'sa-3-3-2016',
    country: 'SA',
    level: '3.3',
    label: CSP,
    since: month('2016-01'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'kunming-2022-12-08-saudi-arabia', excerpt: '2016年1月,中沙两国宣布建立全面战略伙伴关系' },
      {
        source: 'cntv-2016-01-21-saudi-arabia',
        excerpt:
          '2016年1月19日,应沙特国王萨勒曼邀请,习近平主席对沙特进行国事访问…习主席访问期间,中沙两国将双边关系提升为全面战略伙伴关系',
      },
      {
        source: 'cntv-2016-01-21-saudi-arabia',
        excerpt: '1990年中沙两国建交以来,特别是2008年建立战略性友好关系以来,中沙关系发展逐渐进入快车道',
        note: 'The earlier strategic friendly relationship, not a partnership.',
      },
    ],
    note: "The joint statement was issued during Xi Jinping's state visit from 19 January 2016; no source ties it to one day. The strategic friendly relationship (战略性友好关系) of 2008 was not called a partnership and is not recorded as a step.",
  },
  {
    id: 'ir-3-3-2016',
    country: 'IR',
    level: '3.3',
    label: CSP,
    since: day('2016-01-23'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'fudan-iran',
        excerpt: '中华人民共和国和伊朗伊斯兰共和国关于建立全面战略伙伴关系的联合声明…(2016年1月23日,德黑兰)',
      },
      {
        source: 'chinadaily-2016-01-23-iran',
        excerpt: 'Joint Statement…on the Establishment of Comprehensive Strategic Partnership',
      },
    ],
  },
  {
    id: 'pl-3-3-2016',
    country: 'PL',
    level: '3.3',
    label: CSP,
    since: month('2016-06'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: '881903-poland-2016', excerpt: '習近平到訪波蘭,兩國同意建立全面戰略伙伴關係' },
      {
        source: 'ncdzx-2016-06-21-poland',
        excerpt: '2016年06月21日…習近平主席20日同波蘭總統杜達舉行會談…一致決定將中波關系提升為全面戰略伙伴關系',
      },
      {
        source: 'xinhuanet-2016-06-20-poland',
        excerpt: '新华社华沙6月20日电…一致决定将中波关系提升为全面战略伙伴关系',
      },
    ],
    note: "Decided at the talks of Xi Jinping and President Duda in Warsaw (20 June 2016 by Xinhua's dateline); no source found gives the day with the year.",
  },
  {
    id: 'rs-3-3-2016',
    country: 'RS',
    level: '3.3',
    label: CSP,
    since: month('2016-06'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'gordon-maytravelgetaways-serbia',
        excerpt: '2016年习近平主席访塞期间,两国元首一致决定,将中塞关系提升为全面战略伙伴关系',
      },
      {
        source: 'chinataiwan-2016-06-18-serbia',
        excerpt: '2016年06月18日…6月17日,中國國家主席習近平抵達花香四溢的貝爾格萊德,開始對塞爾維亞進行國事訪問',
      },
      {
        source: 'sxjjr-serbia',
        excerpt:
          '兩國(guó)元首共同簽署《中華人民共和國(guó)和塞爾維亞共和國(guó)關(guān)于建立全面戰(zhàn)略伙伴關(guān)系的聯(lián)合聲明》',
      },
    ],
    note: "Raised during Xi Jinping's state visit to Belgrade; the joint statement followed the talks of 18 June 2016, which a caption dates without the year.",
  },
  {
    id: 'uz-3-3-2016',
    country: 'UZ',
    level: '3.3',
    label: CSP,
    since: day('2016-06-22'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'cri-2016-06-22-uzbekistan',
        excerpt:
          '新華社塔什幹6月22日電…習近平于2016年6月21日至24日對烏茲別克斯坦共和國進行國事訪問…雙方決定建立全面戰略夥伴關係',
      },
      { source: 'wikisource-uzbekistan', excerpt: '2016年6月22日签订的《中华人民共和国和乌兹别克斯坦共和国联合声明》' },
      {
        source: 'gmw-2022-01-25-uzbekistan',
        excerpt: '2012年,双方建立战略伙伴关系。2016年,中乌关系提升为全面战略伙伴关系',
      },
    ],
    note: 'Raised from the strategic partnership of 2012 (uz-3-5-2012) by the joint statement signed in Tashkent on 22 June 2016.',
  },
  {
    id: 'by-3-3-2016',
    country: 'BY',
    level: '3.3',
    label: {
      zh: '相互信任、合作共赢的全面战略伙伴关系',
      en: 'comprehensive strategic partnership of mutual trust and win-win cooperation',
    },
    since: day('2016-09-29', {
      derived:
        'The day is the "29日" of a Xinhua report datelined Beijing 30 September 2016 (published 2016-09-30); the foreign ministry profile states the month.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2016-09-30-belarus',
        excerpt:
          'signed a joint declaration to enhance mutual trust and establish a win-win comprehensive strategic partnership',
      },
      {
        source: 'chinanews-2020-05-belarus',
        excerpt: '2016年9月,卢卡申科总统对华进行国事访问,双方宣布建立相互信任、合作共赢的全面战略伙伴关系',
      },
      {
        source: 'xinhuanet-jp-2016-09-30-belarus',
        excerpt:
          '新華網北京9月30日(記者/劉華)習近平国家主席は29日、人民大会堂でベラルーシのルカシェンコ大統領と会談した',
      },
    ],
    note: "The comprehensive strategic partnership of July 2013 (by-3-3-2013) restated under a longer name, at the same level, in a joint declaration during President Lukashenko's state visit.",
  },
  {
    id: 'ec-3-3-2016',
    country: 'EC',
    level: '3.3',
    label: CSP,
    since: day('2016-11-17'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'yidaiyilu-ecuador',
        excerpt:
          'El 17 de noviembre de 2016, hora local, el Presidente Xi Jinping celebró conversaciones con el Presidente Rafael Correa de Ecuador en Quito.',
      },
      {
        source: 'yidaiyilu-ecuador',
        excerpt:
          'decidieron por unanimidad elevar el posicionamiento de las relaciones bilaterales con la creación de la asociación estratégica integral China-Ecuador',
      },
      { source: 'takungpao-2016-11-19-ecuador', excerpt: '雙方決定將兩國關係提升為全面戰略夥伴關係' },
    ],
  },
  {
    id: 'cl-3-3-2016',
    country: 'CL',
    level: '3.3',
    label: CSP,
    since: day('2016-11-22'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'thepaper-2016-11-23-chile',
        excerpt: '2016-11-23 07:21 … 新华网圣地亚哥11月22日消息 ,当地时间22日,国家主席习近平抵达圣地亚哥',
      },
      {
        source: 'thepaper-2016-11-23-chile',
        excerpt: '两国元首积极评价中智关系发展,一致决定将两国关系定位提升为中智全面战略伙伴关系',
      },
      { source: 'people-j-2017-01-09-chile', excerpt: '中国とチリは包括的・戦略的パートナーシップの構築を宣言し' },
    ],
  },
  {
    id: 'hu-3-3-2017',
    country: 'HU',
    level: '3.3',
    label: CSP,
    since: day('2017-05-13', {
      derived:
        'The day is the Xinhua dateline 北京5月13日电 and "13日"; the year from the Xinhua English report published 2017-05-13; the month and year are stated by the Xinhua chronology.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'xinhuanet-2017-05-13-hungary',
        excerpt: 'China, Hungary establish comprehensive strategic partnership',
      },
      {
        source: 'hkwb-2017-11-28-hungary',
        excerpt:
          '2017年5月,匈牙利领导人来中国出席“一带一路”国际合作高峰论坛并对中国进行访问。访问期间,双方一致同意建立全面战略伙伴关系',
      },
      {
        source: 'zhanshwang-hungary',
        excerpt:
          '新华社北京5月13日电(记者李舒、白洁)国家主席习近平13日在钓鱼台国宾馆会见匈牙利总理欧尔班,宣布两国建立全面战略伙伴关系',
      },
    ],
    note: "Announced at Xi Jinping's meeting with Prime Minister Orbán in Beijing, during the Belt and Road Forum.",
  },
  {
    id: 'tj-3-3-2017',
    country: 'TJ',
    level: '3.3',
    label: CSP,
    since: day('2017-08-31'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'mfa-en-2017-09-04-tajikistan',
        excerpt:
          'On August 31, 2017, President Xi Jinping held talks at the Great Hall of the People with President Emomali Rahmon of Tajikistan',
      },
      {
        source: 'mfa-en-2017-09-04-tajikistan',
        excerpt: 'The two heads of state agreed to establish China-Tajikistan comprehensive strategic partnership',
      },
    ],
  },
  {
    id: 'kg-3-3-2018',
    country: 'KG',
    level: '3.3',
    label: CSP,
    since: day('2018-06-06', {
      derived:
        '6 June 2018: "yesterday" in the Shanghai Daily report published on 7 June 2018 (date shown on the stored page).',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'shine-2018-kyrgyzstan',
        excerpt: 'CHINA and Kyrgyzstan yesterday agreed to establish a comprehensive strategic partnership',
      },
      {
        source: '81-2018-06-07-kyrgyzstan',
        excerpt: '中华人民共和国和吉尔吉斯共和国关于建立全面战略伙伴关系联合声明(全文)',
      },
    ],
  },
  {
    id: 'ae-3-3-2018',
    country: 'AE',
    level: '3.3',
    label: CSP,
    since: day('2018-07-20'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-org-2018-07-20-uae',
        excerpt:
          'Xinhua, July 20, 2018…China and the United Arab Emirates (UAE) on Friday decided to upgrade their bilateral relations to a comprehensive strategic partnership.',
      },
      { source: 'jl-cn-uae', excerpt: '2018年7月,习近平主席对阿联酋进行国事访问,两国建立全面战略伙伴关系' },
      SUN_ZHANG_CSP,
    ],
  },
  {
    id: 'ck-3-3-2018',
    country: 'CK',
    level: '3.3',
    label: PACIFIC_2018_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [...PACIFIC_2018],
    note: `${PACIFIC_NOTE_2018} The Cook Islands are not a UN member state.`,
  },
  {
    id: 'fj-3-3-2018',
    country: 'FJ',
    level: '3.3',
    label: PACIFIC_2018_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [
      ...PACIFIC_2018,
      {
        source: 'hsw-2018-11-17-pacific-islands',
        excerpt: '斐济政府代表、国防部长昆布安博拉',
        note: 'Fiji took part through its defence minister, not its head of government.',
      },
    ],
    note: PACIFIC_NOTE_2018,
  },
  {
    id: 'fm-3-3-2018',
    country: 'FM',
    level: '3.3',
    label: PACIFIC_2018_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [...PACIFIC_2018],
    note: PACIFIC_NOTE_2018,
  },
  {
    id: 'nu-3-3-2018',
    country: 'NU',
    level: '3.3',
    label: PACIFIC_2018_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [...PACIFIC_2018],
    note: `${PACIFIC_NOTE_2018} Niue is not a UN member state.`,
  },
  {
    id: 'pg-3-3-2018',
    country: 'PG',
    level: '3.3',
    label: PACIFIC_2018_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [
      ...PACIFIC_2018,
      {
        source: 'gov-cn-en-2018-11-16-papua-new-guinea',
        excerpt:
          'The decision was made during a meeting on Nov 16 between Xi and O’Neill … Port Moresby, PNG, on Nov 16, 2018',
      },
    ],
    note: PACIFIC_NOTE_2018,
  },
  {
    id: 'to-3-3-2018',
    country: 'TO',
    level: '3.3',
    label: PACIFIC_2018_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [...PACIFIC_2018],
    note: PACIFIC_NOTE_2018,
  },
  {
    id: 'vu-3-3-2018',
    country: 'VU',
    level: '3.3',
    label: PACIFIC_2018_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [...PACIFIC_2018],
    note: PACIFIC_NOTE_2018,
  },
  {
    id: 'ws-3-3-2018',
    country: 'WS',
    level: '3.3',
    label: PACIFIC_2018_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [...PACIFIC_2018],
    note: PACIFIC_NOTE_2018,
  },
  {
    id: 'at-3-4-2018',
    country: 'AT',
    level: '3.4',
    label: { zh: '友好战略伙伴关系', en: 'friendly strategic partnership' },
    since: day('2018-04-08'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'mfa-2018-04-10-austria',
        excerpt:
          'El 8 de abril de 2018, el Presidente Xi Jinping sostuvo conversaciones con el Presidente de Austria Van der Bellen',
      },
      {
        source: 'mfa-2018-04-10-austria',
        excerpt:
          'Los dos Jefes de Estado decidieron por unanimidad establecer las relaciones de la asociación estratégica amistosa entre China y Austria',
      },
      {
        source: 'xinhuanet-french-2018-04-08-austria',
        excerpt:
          "BEIJING, 8 avril (Xinhua)…Ils ont convenu d'établir un partenariat stratégique amical sino-autrichien",
      },
      { source: 'fashion-shanghaidx-2019-austria-interview', excerpt: '去年4月中奥确立友好战略伙伴关系以来' },
    ],
  },
  {
    id: 'br-3-5-1993',
    country: 'BR',
    level: '3.5',
    label: SP,
    since: month('1993-11'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-org-2015-05-16-brazil',
        excerpt:
          'When Chinese President Jiang Zemin visited Brazil in November 1993, the two countries announced the formation of an official strategic partnership.',
      },
      { source: 'icufrgs-brazil', excerpt: '1974年8月15日中国与巴西建立外交关系。1993年,两国建立战略伙伴关系。' },
      { source: 'www965pp-2024-08-15-brazil', excerpt: '1993年,巴西成為第一個與中國建立“戰略伙伴關係”的國家' },
    ],
    note: "Announced during Jiang Zemin's state visit to Brazil; Brazil is described as the first country with which China declared a strategic partnership.",
  },
  {
    id: 've-3-5-2001',
    country: 'VE',
    level: '3.5',
    label: { zh: '共同发展的战略伙伴关系', en: 'strategic partnership for common development' },
    since: year('2001'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2014-07-20-venezuela',
        excerpt:
          'especially after they established a strategic partnership in 2001 under the late president Hugo Chavez',
      },
      {
        source: 'audit-2013-09-23-venezuela',
        excerpt: '两国元首就加强中委共同发展的战略伙伴关系及有关国际和地区问题深入交换意见',
      },
      {
        source: 'china-org-2014-07-21-venezuela',
        excerpt:
          'elevar los lazos de ambos países desde el nivel de una asociación estratégica para el desarrollo común al nivel de una asociación estratégica integral',
      },
    ],
    note: 'No source found gives the month or the occasion of the 2001 declaration.',
  },
  {
    id: 'mx-3-5-2003',
    country: 'MX',
    level: '3.5',
    label: SP,
    since: month('2003-12'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'huzhao1-china-mexico-embassy-info', excerpt: '2003年12月,温家宝总理访墨,两国建立战略伙伴关系。' },
      { source: 'cass-2013-06-05-mexico', excerpt: '2003年12月,两国建立了战略伙伴关系,还设立了双边的常设委员会' },
    ],
    note: "Declared during Premier Wen Jiabao's official visit to Mexico, which began on 12 December 2003; no source gives the day.",
  },
  {
    id: 'za-3-5-2004',
    country: 'ZA',
    level: '3.5',
    label: {
      zh: '平等互利、共同发展的战略伙伴关系',
      en: 'strategic partnership based on equality, mutual benefit and common development',
    },
    since: year('2004'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'chinanews-2008-01-07-south-africa', excerpt: '两国于2004年确立了平等互利、共同发展的战略伙伴关系。' },
      {
        source: 'dirco-2007-02-06-south-africa',
        excerpt: 'the Strategic Partnership established by the two countries in 2004',
      },
    ],
    note: "Only the year is sourced; a South African communiqué on Vice-President Zeng Qinghong's visit of June 2004 already speaks of the strategic partnership, so it may date from the first half of the year.",
  },
  {
    id: 'ar-3-5-2004',
    country: 'AR',
    level: '3.5',
    label: SP,
    since: day('2004-11-17', {
      derived:
        'China Daily, updated 18 November 2004, says Argentina and China pledged to forge a strategic partnership on "Wednesday", which was 17 November 2004, during President Hu Jintao\'s visit to Buenos Aires.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'webarchive-2004-11-18-argentina',
        excerpt: 'Argentina and China Wednesday pledged to forge a "strategic partnership."',
      },
      {
        source: 'people-en-2011-09-10-argentina',
        excerpt:
          'Xi hailed the development of bilateral ties since the two states forged diplomatic ties in 1972 and established the strategic partnership in 2004.',
      },
      {
        source: 'gmw-2018-12-03-argentina',
        excerpt:
          '继2001年建立21世纪全面合作伙伴关系之后,两国关系又于2004年和2014年进一步升级为战略伙伴关系和全面战略伙伴关系',
      },
    ],
    note: "Pledged during Hu Jintao's visit to Buenos Aires.",
  },
  {
    id: 'id-3-5-2005',
    country: 'ID',
    level: '3.5',
    label: SP,
    since: month('2005-04'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'kemlu-2010-04-13-indonesia',
        excerpt:
          'In Jakarta in April 2005, President Susilo Bambang Yudhoyono and Chinese President Hu Jintao jointly signed a Joint Declaration on a Strategic Partnership',
      },
      {
        source: 'people-en-2013-09-30-indonesia',
        excerpt: 'since the establishment of the China-Indonesia strategic partnership in 2005',
      },
    ],
    note: "Declared in the joint declaration signed in Jakarta during Hu Jintao's state visit; a preview gives 25 April as the planned day, but no source found states the day with the year.",
  },
  {
    id: 'ng-3-5-2005',
    country: 'NG',
    level: '3.5',
    label: { zh: '政治上互信、经济上互利、国际事务中互助的战略伙伴关系', en: 'strategic partnership' },
    since: month('2005-04'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'zjol-2006-04-26-nigeria',
        excerpt:
          '2005年4月,奥巴桑乔总统访华,胡锦涛与奥巴桑乔就建立中尼政治上互信、经济上互利、国际事务中互助的战略伙伴关系达成共识。',
      },
      {
        source: 'china-org-2005-nigeria',
        excerpt:
          "Hu met with Obasanjo for several hours, agreeing to build a 'strategic partnership' between the two countries",
      },
    ],
    note: "Agreed at Hu Jintao's talks with President Obasanjo during his visit to China.",
  },
  {
    id: 'kz-3-5-2005',
    country: 'KZ',
    level: '3.5',
    label: SP,
    since: day('2005-07-04'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'rferl-2005-07-04-kazakhstan',
        excerpt:
          '4 July 2005 (RFE/RL) -- Kazakh President Nursultan Nazarbayev and Chinese President Hu Jintao on Monday signed a joint declaration on a "strategic partnership"',
      },
      { source: 'gov-cn-2014-12-kazakhstan', excerpt: '2005年7月,中哈建立戰略夥伴關係。' },
      {
        source: 'wenweipo-2011-06-08-kazakhstan',
        excerpt: '2005年7月胡錦濤與納扎爾巴耶夫總統共同決定建立中哈戰略夥伴關係',
      },
    ],
    note: "Set out in the joint statement on establishing and developing a strategic partnership, during Hu Jintao's state visit of 3–4 July 2005.",
  },
  {
    id: 'ca-3-5-2005',
    country: 'CA',
    level: '3.5',
    label: SP,
    since: day('2005-09-09'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'chinaconsulatesf-canada',
        excerpt:
          'On the morning of September 9, 2005, President Hu Jintao who was paying a state visit to Canada held talks',
      },
      {
        source: 'chinaconsulatesf-canada',
        excerpt: 'agreed to promote bilateral relations into strategic partnership',
      },
      {
        source: 'china-org-2005-09-10-canada',
        excerpt: 'China and Canada agreed in Ottawa Friday morning on building a strategic partnership',
      },
      {
        source: 'aoweibang-2016-09-23-canada',
        excerpt: '2005年9月,时任中国国家主席胡锦涛应邀访问加拿大,双方一致决定将中加关系提升为战略伙伴关系。',
      },
    ],
  },
  {
    id: 'pe-3-5-2008',
    country: 'PE',
    level: '3.5',
    label: SP,
    since: day('2008-11-19', {
      derived:
        'A Xinhua report dated 20 November 2008 says the joint press communiqué establishing the partnership was issued in Lima "on Wednesday", which was 19 November 2008.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-org-2008-11-20-peru',
        excerpt: 'China and Peru have decided to establish a "strategic partnership"',
      },
      {
        source: 'china-org-2008-11-20-peru',
        excerpt: 'said a China-Peru joint press communique issued in Lima on Wednesday',
      },
      { source: 'fcgxn-peru', excerpt: '2008年11月,中秘建立战略伙伴关系。2013年4月,两国关系提升为全面战略伙伴关系。' },
    ],
    note: "Announced in a joint press communiqué during Hu Jintao's state visit to Peru.",
  },
  {
    id: 'rs-3-5-2009',
    country: 'RS',
    level: '3.5',
    label: SP,
    since: month('2009-08', {
      derived:
        'The month is "去年8月" (August of last year) in a China News Service report published 2010-07-15; the year is also stated by a Xinhua report.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinanews-2010-07-15-serbia',
        excerpt: '去年8月,总统阁下成功访华,同胡锦涛主席共同规划中塞关系发展蓝图,决定建立中塞战略伙伴关系',
      },
      { source: 'xu-shi-serbia', excerpt: '2009年两国建立战略伙伴关系,为双边关系发展注入了强劲动力' },
    ],
    note: "Established during President Tadić's state visit to China in August 2009.",
  },
  {
    id: 'de-3-5-2010',
    country: 'DE',
    level: '3.5',
    label: SP,
    since: day('2010-07-16', {
      derived:
        "Day and month from the China News Service dateline 北京7月16日电 (page published 2010-07-16); the year is stated by the People's Daily and China Keywords excerpts.",
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinanews-2010-07-16-germany',
        excerpt: '中新社北京7月16日电…总理女士此次访华期间,双方确定了两国关系的新定位,决定全面推进中德战略伙伴关系',
      },
      { source: 'workercn-2014-10-09-germany', excerpt: '2010年两国决定全面推进战略伙伴关系并建立政府磋商机制' },
      {
        source: '91dzs-china-germany-all-round-sp',
        excerpt:
          'The leaders of the two states agreed to elevate their strategic partnership established in 2010 to all-round strategic partnership',
      },
    ],
    note: "Set out in the joint communiqué of Chancellor Merkel's visit to China on comprehensively promoting the strategic partnership; later Chinese accounts date the strategic partnership (战略伙伴关系) to 2010, although Chinese leaders had spoken of one loosely before.",
  },
  {
    id: 'ao-3-5-2010',
    country: 'AO',
    level: '3.5',
    label: SP,
    since: day('2010-11-20'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'iias-china-angola-strategic-partnership',
        excerpt:
          'on 20 November 2010, symbolized by the release of the Joint Communiqué on the Strategic Partnership between the People’s Republic of China and the Republic of Angola',
      },
      { source: 'taiwan-2011-10-27-angola', excerpt: '2010年11月,两国建立战略伙伴关系,把中安关系提升到新的高度。' },
    ],
    note: "Set up during Vice-President Xi Jinping's visit to Luanda; the joint communiqué is dated 20 November 2010.",
  },
  {
    id: 'mn-3-5-2011',
    country: 'MN',
    level: '3.5',
    label: SP,
    since: month('2011-06'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-org-2014-08-20-mongolia',
        excerpt:
          'In June 2011 … the two sides decided to upgrade their bilateral ties from a good-neighbor partnership of mutual trust to a strategic partnership.',
      },
    ],
    note: "Agreed during Prime Minister Batbold's official visit to China.",
  },
  {
    id: 'ua-3-5-2011',
    country: 'UA',
    level: '3.5',
    label: SP,
    since: day('2011-06-20', {
      derived:
        'From "on Monday" in a China Daily report of 20 June 2011 and "20日" in a Macao Daily News report of 21 June 2011.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2011-06-20-ukraine',
        excerpt:
          "signed a joint statement on Monday upgrading the countries' friendly and cooperative relations to a strategic partnership",
      },
      {
        source: 'waou-2011-06-21-ukraine',
        excerpt:
          '中國國家主席胡錦濤20日在基輔同烏克蘭總統亞努科維奇舉行會談。兩國元首共同宣佈中烏建立和發展戰略夥伴關係',
      },
      { source: 'wenweipo-2011-06-20-ukraine', excerpt: '簽署《中烏關於建立和發展戰略夥伴關係的聯合聲明》' },
    ],
  },
  {
    id: 'pl-3-5-2011',
    country: 'PL',
    level: '3.5',
    label: SP,
    since: day('2011-12-20', {
      derived:
        'Day and month from the Xinhua caption "12月20日" on gov.cn (page published 2011-12-21); the year is stated by the Chinese ambassador\'s 2016 article.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'gov-cn-2011-12-21-poland',
        excerpt:
          '12月20日,中國國家主席胡錦濤同波蘭總統布羅尼斯瓦夫·科莫羅夫斯基在北京人民大會堂簽署《中華人民共和國和波蘭共和國關於建立戰略夥伴關係的聯合聲明》',
      },
      { source: 'rp-2016-06-17-poland', excerpt: 'China and Poland established a "Strategic Partnership" in 2011.' },
    ],
    note: 'Raised from the friendly cooperative partnership of 2004 by the joint statement Hu Jintao and President Komorowski signed in Beijing.',
  },
  {
    id: 'ae-3-5-2012',
    country: 'AE',
    level: '3.5',
    label: SP,
    since: month('2012-01'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'xinhuanet-uae',
        excerpt: '2012年1月,温家宝总理对阿联酋进行正式访问,双方签署建立战略伙伴关系的联合声明',
      },
      {
        source: 'gulfnews-2019-07-22-uae',
        excerpt:
          'Upgrading the current strategic partnership in place between the two countries since 2012 to a comprehensive strategic partnership',
      },
    ],
    note: "Set out in the joint statement signed during Wen Jiabao's official visit (he arrived in Abu Dhabi on 16 January 2012); no source gives the day.",
  },
  {
    id: 'ie-3-5-2012',
    country: 'IE',
    level: '3.5',
    label: { zh: '互惠战略伙伴关系', en: 'mutually beneficial strategic partnership' },
    since: year('2012'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'twwiki-first-financial-daily-2014-survey', excerpt: '互惠戰略夥伴關係(愛爾蘭(2012))' },
      { source: 'fx361-2022-10-20-ireland', excerpt: '2012年两国签署《关于建立互惠战略伙伴关系的联合声明》' },
      { source: 'crntt-2026-01-05-ireland', excerpt: '2012年兩國建立互惠戰略伙伴關係以來,雙邊貿易額翻了兩番' },
    ],
    note: 'Set out in a joint statement of 2012; no source found gives the month (the Taoiseach visited China from 25 March 2012). Placement: 互惠 (mutually beneficial) names no partnership type of the ladder, so it is set aside like a qualifier ending in 的, leaving 战略伙伴关系 (3.5). This is a reading, not an exact match: the 2014 First Financial Daily survey lists 互惠战略伙伴关系 as a type of its own (see level-3-5-count). The English form translates the Chinese name.',
  },
  {
    id: 'uz-3-5-2012',
    country: 'UZ',
    level: '3.5',
    label: SP,
    since: day('2012-06-06'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2012-06-06-uzbekistan',
        excerpt:
          'Updated: 2012-06-06 13:58…China and Uzbekistan elevated bilateral ties to a strategic partnership on Wednesday',
      },
      { source: 'cri-2016-06-22-uzbekistan', excerpt: '雙方一致認為,2012年6月中烏建立戰略夥伴關係以來' },
      {
        source: 'gmw-2022-01-25-uzbekistan',
        excerpt: '2012年,双方建立战略伙伴关系。2016年,中乌关系提升为全面战略伙伴关系',
      },
    ],
    note: "Set out in the joint declaration signed in Beijing during President Karimov's visit for the SCO summit. Superseded in 2016 by the comprehensive strategic partnership (uz-3-3-2016).",
  },
  {
    id: 'cl-3-5-2012',
    country: 'CL',
    level: '3.5',
    label: SP,
    since: day('2012-06-26'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'people-en-2012-06-27-chile',
        excerpt:
          'June 27, 2012 … SANTIAGO, June 26 (Xinhua) -- China and Chile decided Tuesday to elevate their comprehensive cooperative ties to strategic partnership.',
      },
      {
        source: 'chinadaily-2016-11-24-chile',
        excerpt: '2004年11月,两国建立全面合作伙伴关系;2012年6月,两国建立战略伙伴关系。',
      },
    ],
    note: 'Set out in a joint statement signed in Santiago by Wen Jiabao and President Piñera.',
  },
  {
    id: 'au-3-5-2013',
    country: 'AU',
    level: '3.5',
    label: SP,
    since: day('2013-04-09'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2013-04-09-australia',
        excerpt:
          'Updated: 2013-04-09 23:11 … Gillard said the establishment of a Australia-China strategic partnership marked the upgrade of bilateral relations.',
      },
      {
        source: 'fmprc-australia',
        excerpt:
          "In 2013 … The two countries established a strategic partnership and an annual leaders' meeting mechanism",
      },
      {
        source: 'abc-2013-04-10-australia',
        excerpt: 'Gillard strikes strategic partnership with China … Wednesday, April 10, 2013',
      },
    ],
    note: "Agreed at the talks of Li Keqiang and Julia Gillard in Beijing, together with annual leaders' meetings.",
  },
  {
    id: 'tj-3-5-2013',
    country: 'TJ',
    level: '3.5',
    label: SP,
    since: day('2013-05-20', {
      derived:
        'Monday 20 May 2013: China Daily of 21 May 2013 says the partnership was established "on Monday", within Emomali Rahmon\'s state visit of 19-20 May 2013.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2013-05-21-tajikistan',
        excerpt: 'China and Tajikistan established a strategic partnership on Monday',
      },
      {
        source: 'nea-2018-09-14-tajikistan',
        excerpt:
          "In 2013, the People's Republic of China and the Republic of Tajikistan officially established strategic partnership…From 19 to 20 May",
      },
    ],
    note: "Set out in the joint declaration signed in Beijing during President Rahmon's state visit of 19–20 May 2013.",
  },
  {
    id: 'tm-3-5-2013',
    country: 'TM',
    level: '3.5',
    label: SP,
    since: day('2013-09-03', {
      derived:
        'Tuesday 3 September 2013: the Xinhua report in Global Times, published 2013-09-04, says the declaration was signed in Ashgabat "Tuesday".',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'globaltimes-2013-09-turkmenistan',
        excerpt:
          'Published: 2013-9-4 9:47:58…signed a joint declaration here Tuesday to lift bilateral ties to a strategic partnership',
      },
      {
        source: 'cacem-2023-01-09-turkmenistan',
        excerpt: '2013年两国签署的《土库曼斯坦和中华人民共和国关于建立战略伙伴关系的联合宣言》',
      },
    ],
  },
  {
    id: 'kg-3-5-2013',
    country: 'KG',
    level: '3.5',
    label: SP,
    since: day('2013-09-11'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-org-2013-09-12-kyrgyzstan',
        excerpt:
          'Bishkek, Kyrgyzstan, Sept. 11, 2013. [Xinhua]…Xi and his counterpart then met and jointly decided to upgrade bilateral ties to a strategic partnership.',
      },
      { source: 'wenweipo-2013-09-11-kyrgyzstan', excerpt: '兩國元首宣佈將中吉關係提升為戰略夥伴關係' },
    ],
    note: "Set out in the joint declaration signed in Bishkek during Xi Jinping's state visit.",
  },
  {
    id: 'qa-3-5-2014',
    country: 'QA',
    level: '3.5',
    label: SP,
    since: day('2014-11-03'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'fmprc-2014-11-03-qatar',
        excerpt: '2014/11/03…وأعلنت قيادتا البلدين بشكل مشترك عن إقامة علاقات الشراكة الاستراتيجية بين الصين وقطر',
      },
      { source: 'business-standard-qatar', excerpt: 'China and Qatar have decided to build a strategic partnership' },
      SUN_ZHANG_SP,
    ],
  },
  {
    id: 'ck-3-5-2014',
    country: 'CK',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22'),
    placement: 'label',
    basis: 'external',
    sources: PACIFIC_2014,
    note: PACIFIC_NOTE_2014,
  },
  {
    id: 'fj-3-5-2014',
    country: 'FJ',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22'),
    placement: 'label',
    basis: 'external',
    sources: PACIFIC_2014,
    note: PACIFIC_NOTE_2014,
  },
  {
    id: 'fm-3-5-2014',
    country: 'FM',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22'),
    placement: 'label',
    basis: 'external',
    sources: PACIFIC_2014,
    note: PACIFIC_NOTE_2014,
  },
  {
    id: 'nu-3-5-2014',
    country: 'NU',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22'),
    placement: 'label',
    basis: 'external',
    sources: PACIFIC_2014,
    note: PACIFIC_NOTE_2014,
  },
  {
    id: 'pg-3-5-2014',
    country: 'PG',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22'),
    placement: 'label',
    basis: 'external',
    sources: PACIFIC_2014,
    note: PACIFIC_NOTE_2014,
  },
  {
    id: 'to-3-5-2014',
    country: 'TO',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22'),
    placement: 'label',
    basis: 'external',
    sources: PACIFIC_2014,
    note: PACIFIC_NOTE_2014,
  },
  {
    id: 'vu-3-5-2014',
    country: 'VU',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22'),
    placement: 'label',
    basis: 'external',
    sources: PACIFIC_2014,
    note: PACIFIC_NOTE_2014,
  },
  {
    id: 'ws-3-5-2014',
    country: 'WS',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22'),
    placement: 'label',
    basis: 'external',
    sources: PACIFIC_2014,
    note: PACIFIC_NOTE_2014,
  },
  {
    id: 'cd-3-5-2015',
    country: 'CD',
    level: '3.5',
    label: { zh: '合作共赢的战略伙伴关系', en: 'strategic partnership of win-win cooperation' },
    since: year('2015', { uncertain: true }),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'office369-2022-07-25-dr-congo', excerpt: '2015年,刚中双方建立了合作共赢的战略伙伴关系。' },
      { source: 'yuduxx-2024-09-12-dr-congo', excerpt: '将两国合作共赢的战略伙伴关系提升为全面战略合作伙伴关系' },
    ],
    note: "Only the year is sourced, by a copy of unclear origin, so the date is marked uncertain; the Chinese ambassador's essay of 2024 confirms the name, which held until the upgrade of 2023.",
  },
  {
    id: 'cr-3-5-2015',
    country: 'CR',
    level: '3.5',
    label: {
      zh: '平等互信、合作共赢的战略伙伴关系',
      en: 'strategic partnership of equality, mutual trust and win-win cooperation',
    },
    since: day('2015-01-06'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'ecns-2015-01-07-costa-rica',
        excerpt:
          'Chinese President Xi Jinping (R) shakes hands with Costa Rica President Luis Guillermo Solis after a signing ceremony in Beijing…Jan 6, 2015.',
      },
      { source: 'ecns-2015-01-07-costa-rica', excerpt: '两国元首共同宣布中哥建立平等互信、合作共赢的战略伙伴关系' },
      {
        source: 'pixnet-costa-rica',
        excerpt: '新華社北京1月6日電(記者劉華)國家主席習近平6日在人民大會堂同哥斯達黎加總統索利斯舉行會談。',
      },
    ],
  },
  {
    id: 'ec-3-5-2015',
    country: 'EC',
    level: '3.5',
    label: SP,
    since: day('2015-01-07'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'xinhuanet-spanish-2015-01-07-ecuador',
        excerpt:
          'Actualizado 2015-01-07 21:10:25 … BEIJING, 7 ene (Xinhua) -- China y Ecuador anunciaron hoy el establecimiento de una asociación estratégica',
      },
      {
        source: 'yidaiyilu-ecuador',
        excerpt: 'Sobre todo a partir de la creación de la asociación estratégica en 2015',
      },
    ],
    note: 'Announced after the talks of Xi Jinping and President Correa in Beijing.',
  },
  {
    id: 'sd-3-5-2016',
    country: 'SD',
    level: '3.5',
    label: SP,
    since: day('2015-09-01', {
      derived:
        "Day from 'الثلاثاء' (Tuesday) in an Altaghyeer report dated 2 September 2015 (its address): the joint statement was signed on Tuesday 1 September 2015, the date a Reuters caption gives for the Xi-Bashir signing ceremony; month and year are stated by Min Jie's study ('2015年9月').",
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'guayunfan-2022-08-29-sudan',
        excerpt: '2015年9月,苏丹总统巴希尔访问中国,并与中国政府签订了两国关于建立战略伙伴关系的联合声明。',
      },
      {
        source: 'altaghyeer-2015-09-02-sudan',
        excerpt:
          'وقع الرئيسان السوداني  عمر البشير والرئيس الصيني شي جين بينغ الثلاثاء على بيان مشترك لإقامة شراكة استراتيجية',
      },
      {
        source: 'sudantribune-2018-06-08-sudan',
        excerpt:
          'shakes hands with Sudanese President Omar al-Bashir during a signing ceremony at the Great Hall of the People in Beijing, China, September 1, 2015.',
      },
      {
        source: 'people-cpc-2018-09-04-sudan',
        excerpt: '2015年,習近平主席和蘇丹總統巴希爾共同宣布兩國建立戰略伙伴關系,雙邊關系進入新的歷史階段。',
      },
      {
        source: 'arabstoday-sudan',
        excerpt:
          'the signing of the strategic partnership agreement signed by President Omer al-Bashir and President Xi Jinping in 2015',
      },
    ],
    note: "Set out in the joint statement signed in Beijing during President Bashir's visit for the September 2015 commemorations. The id keeps the year 2016 it was released with; see conflict partnership-sd-since.",
  },
  {
    id: 'jo-3-5-2015',
    country: 'JO',
    level: '3.5',
    label: SP,
    since: day('2015-09-09'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'people-portuguese-2015-09-10-jordan',
        excerpt:
          'encontra-se com o rei Abdullah II da Jordânia em Pequim a 9 de setembro de 2015…assinaram um acordo de parceria estratégica',
      },
      SUN_ZHANG_SP,
    ],
  },
  {
    id: 'iq-3-5-2015',
    country: 'IQ',
    level: '3.5',
    label: SP,
    since: day('2015-12-22'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-org-2015-12-22-iraq',
        excerpt:
          'Iraqi Prime Minister Haider al-Abadi in Beijing, capital of China, Dec. 22, 2015. [Xinhua]…China and Iraq agreed Tuesday to establish a strategic partnership',
      },
      SUN_ZHANG_SP,
    ],
  },
  {
    id: 'cz-3-5-2016',
    country: 'CZ',
    level: '3.5',
    label: SP,
    since: day('2016-03-29'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'hktdc-2016-china-czech-joint-statement',
        excerpt: 'On 29 March 2016…issued a joint statement on the establishment of a strategic partnership',
      },
      {
        source: 'sklib-czechia',
        excerpt:
          '2016年3月,中国国家主席习近平对捷克共和国进行国事访问,两国政府签署了《中华人民共和国和捷克共和国关于建立战略伙伴关系的联合声明》',
      },
    ],
  },
  {
    id: 'ma-3-5-2016',
    country: 'MA',
    level: '3.5',
    label: {
      zh: '以相互尊重、平等互利原则为基础的战略伙伴关系',
      en: 'strategic partnership based on mutual respect, equality and mutual benefit',
    },
    since: day('2016-05-11'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'caymanmama-2016-05-12-morocco',
        excerpt:
          'Mohammed VI and Chinese President Xi Jinping signed on Wednesday, May 11, 2016…a joint statement establishing a strategic partnership',
      },
      {
        source: 'zjol-2016-05-12-morocco',
        excerpt: '两国元首决定建立以相互尊重、平等互利原则为基础的中摩战略伙伴关系,开启双边关系新篇章。',
      },
      {
        source: 'thearabweekly-2016-05-15-morocco',
        excerpt: 'signing documents during a ceremony at the Great Hall of the People in Beijing, on May 11th',
      },
      {
        source: 'jizihe-2018-sun-zhang-china-arab-partnerships',
        excerpt: 'strategic partnerships with Qatar (in 2014)…Morocco (in 2016), Sudan (in 2016)',
      },
    ],
  },
  {
    id: 'uy-3-5-2016',
    country: 'UY',
    level: '3.5',
    label: { en: 'strategic partnership based on respect, equality and mutual benefit' },
    since: day('2016-10-18', {
      derived: 'From "on Tuesday" in the Xinhua report dated 18 October 2016, which was a Tuesday.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinagate-2016-10-18-uruguay',
        excerpt:
          'Xinhua, October 18, 2016 … Xi Jinping and his Uruguayan counterpart Tabare Vazquez on Tuesday agreed to establish a strategic partnership',
      },
      {
        source: 'ecns-2018-02-03-uruguay',
        excerpt: 'especially since the establishment of a strategic partnership in October 2016',
      },
      {
        source: 'xinhuanet-jp-2016-10-19-uruguay',
        excerpt:
          '会談後、双方は『中華人民共和国とウルグアイ東方共和国が戦略的パートナーシップの構築に関する共同声明』を発表した。',
      },
      { source: 'chinagate-2016-10-18-uruguay', excerpt: 'China, Uruguay establish strategic partnership' },
    ],
    note: 'No Chinese text of the name was found; the placement rests on the English and the Japanese (戦略的パートナーシップ) renderings of 战略伙伴关系.',
  },
  {
    id: 'dj-3-5-2017',
    country: 'DJ',
    level: '3.5',
    label: SP,
    since: day('2017-11-23', {
      derived:
        "Day from 'on Thursday' in an Indian Express report published 2017-11-23 (a Thursday) and 'yesterday' in Shanghai Daily of 2017-11-24; the month and year are stated by Xinhua ('2017年11月').",
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'macaumonthly-2019-01-09-djibouti',
        excerpt: '2017年11月,你来华进行国事访问,我们共同宣布中吉建立战略伙伴关系。',
      },
      {
        source: 'indianexpress-2017-11-23-djibouti',
        excerpt:
          'on Thursday agreed to establish strategic partnership to strengthen all-round cooperation with Beijing',
      },
      {
        source: 'shine-2017-11-24-djibouti',
        excerpt:
          'CHINA and Djibouti yesterday agreed to establish a strategic partnership to strengthen all-round cooperation.',
      },
      {
        source: 'jizihe-2018-sun-zhang-china-arab-partnerships',
        excerpt: 'strategic partnerships with Qatar (in 2014)…Djibouti (in 2017) and Oman (in 2018)',
      },
    ],
  },
  {
    id: 'om-3-5-2018',
    country: 'OM',
    level: '3.5',
    label: SP,
    since: day('2018-05-25'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'hebei-2018-05-25-oman',
        excerpt: '中华人民共和国和阿曼苏丹国关于建立战略伙伴关系的联合声明…(2018年5月25日)',
      },
      {
        source: 'jnsw-2018-05-26-oman',
        excerpt: '国家主席习近平5月25日同阿曼苏丹国苏丹卡布斯互致贺电,共同宣布建立中阿战略伙伴关系',
      },
      {
        source: 'jizihe-2018-sun-zhang-china-arab-partnerships',
        excerpt: 'strategic partnerships with Qatar (in 2014)…Djibouti (in 2017) and Oman (in 2018)',
      },
    ],
  },
  {
    id: 'bo-3-5-2018',
    country: 'BO',
    level: '3.5',
    label: SP,
    since: day('2018-06-19'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peopledaily-2018-06-19-bolivia',
        excerpt:
          'durante una ceremonia de bienvenida en el Gran Palacio del Pueblo, en Beijing, capital de China, el 19 de junio de 2018.',
      },
      {
        source: 'peopledaily-2018-06-19-bolivia',
        excerpt:
          'acordaron hoy martes que sus dos países establezcan una asociación estratégica para promover un mayor desarrollo de las relaciones bilaterales.',
      },
      {
        source: 'ynjjjc-2018-06-20-bolivia',
        excerpt: '两国元首一致决定建立中玻战略伙伴关系,推动中玻关系在新的历史起点上实现更大发展。',
      },
      {
        source: 'shine-2018-bolivia',
        excerpt: 'agreed to establish a strategic partnership to promote greater development of bilateral relations',
      },
    ],
  },
  {
    id: 'kw-3-5-2018',
    country: 'KW',
    level: '3.5',
    label: SP,
    since: day('2018-07-09'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'gaozhaiedu-kuwait',
        excerpt:
          '2018年7月的北京,应中国国家主席习近平邀请,科威特埃米尔萨巴赫对中国进行国事访问…两国元首一致决定建立中科战略伙伴关系',
      },
      {
        source: 'cri-filipino-2018-07-10-kuwait',
        excerpt:
          'Sa kanilang pagtatagpo noong ika-9 ng Hulyo, 2018, sa Beijing…itatatag ang estratehikong partnership ng Tsina at Kuwait.',
      },
      {
        source: 'timeskuwait-2018-kuwait',
        excerpt: 'visit last week to China…established a strategic partnership between the two countries',
      },
    ],
    note: "Agreed at the talks of Xi Jinping and the Emir of Kuwait in Beijing during the Emir's state visit.",
  },
  {
    id: 'bg-3-5-2019',
    country: 'BG',
    level: '3.5',
    label: SP,
    since: day('2019-07-03', {
      derived:
        'The day is "Mercoledì 3 luglio" in a CRI report published 2019-07-03 (CGTN\'s report carries the same date); no excerpt found states the year with the day.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'cgtn-2019-07-03-bulgaria',
        excerpt: 'China and Bulgaria have agreed to lift their ties to a strategic partnership',
      },
      {
        source: 'cri-italian-2019-07-03-bulgaria',
        excerpt:
          'Mercoledì 3 luglio, a Beijing…I due capi di Stato hanno deciso di innalzare il livello delle relazioni bilaterali a quello di partenariato strategico',
      },
      {
        source: 'customkitchencountertop-2019-07-03-bulgaria',
        excerpt: '這次,習(xí)近平主席同總統(tǒng)先生一致同意將兩國(guó)關(guān)系提升為戰(zhàn)略伙伴關(guān)系',
      },
    ],
    note: 'Raised from the comprehensive friendly cooperative partnership of 2014 (bg-4-2-2014).',
  },
  {
    id: 'jm-3-5-2019',
    country: 'JM',
    level: '3.5',
    label: SP,
    since: day('2019-11-04', {
      derived:
        'China Radio International\'s Japanese service, in a report dated 4 November 2019 (per its address), says Xi Jinping met Prime Minister Holness in Shanghai "on the 4th" and agreed the upgrade; the month and year are stated by the Chinese foreign-ministry profile text.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'cri-japanese-2019-11-04-jamaica',
        excerpt:
          '習近平国家主席は4日、上海でジャマイカのホルネス首相と会談し、共同に発展する友好的パートナーシップを戦略パートナーシップへ格上げすることで合意しました。',
      },
      {
        source: 'aidushuwu-jamaica',
        excerpt:
          '2019年11月,牙总理霍尔尼斯正式访华并出席第二届中国国际进口博览会。访问期间,两国领导人共同将中牙关系提升为战略伙伴关系。',
      },
      {
        source: 'cnganbu-2019-11-09-jamaica',
        excerpt: '总理先生访华期间,习近平主席同你举行会见,两国关系提升为战略伙伴关系。',
      },
      {
        source: 'chinacourt-2021-12-21-jamaica',
        excerpt: '2019年,习近平主席同来华访问的霍尔尼斯总理会晤,共同将两国关系提升为战略伙伴关系。',
      },
    ],
    note: "Raised from the friendly partnership of 2005 during Prime Minister Holness's visit to China for the import expo.",
  },
  {
    id: 'ch-3-6-2016',
    country: 'CH',
    level: '3.6',
    label: { zh: '创新战略伙伴关系', en: 'innovative strategic partnership' },
    since: day('2016-04-08'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      { source: 'cri-big5-2016-04-11-switzerland', excerpt: '4月8日…兩國元首一致決定建立中瑞創新戰略夥伴關係' },
      {
        source: 'thepaper-2016-04-10-switzerland',
        excerpt: '2016年4月8日,习近平主席同施奈德-阿曼会谈时,双方一致决定建立中瑞创新战略伙伴关系',
      },
    ],
  },
  // ---------------------------------------------------------------- Tier 4
  {
    id: 'sg-4-1-2015',
    country: 'SG',
    level: '4.1',
    label: { zh: '与时俱进的全方位合作伙伴关系', en: 'all-round cooperative partnership progressing with the times' },
    since: day('2015-11-07'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'xinhuanet-2015-11-07-singapore',
        excerpt: '关于建立与时俱进的全方位合作伙伴关系的联合声明(2015年11月7日,新加坡)',
      },
    ],
  },
  {
    id: 'ro-4-2-2004',
    country: 'RO',
    level: '4.2',
    label: { zh: '全面友好合作伙伴关系', en: 'comprehensive friendly cooperative partnership' },
    since: month('2004-06', {
      derived:
        'The month is "今年6月" (June this year) in a People\'s Daily report published 2004-11-24; the twwiki survey states the year.',
    }),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'sina-2004-11-24-romania',
        excerpt: '今年6月胡锦涛主席访问罗马尼亚…胡主席访问期间,双方宣布建立全面友好合作伙伴关系',
      },
      { source: 'fraudsandswindlers-2006-03-29-romania', excerpt: '中羅自二00四年確立全面友好合作伙伴關(guān)系以來' },
      {
        source: 'twwiki-first-financial-daily-2014-survey',
        excerpt: '全面友好合作夥伴關係(羅馬尼亞(2004)、保加利亞(2014))',
      },
    ],
    note: "Announced during Hu Jintao's state visit to Romania in June 2004.",
  },
  {
    id: 'bg-4-2-2014',
    country: 'BG',
    level: '4.2',
    label: { zh: '全面友好合作伙伴关系', en: 'comprehensive friendly cooperative partnership' },
    since: month('2014-01'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'qq-bulgaria',
        excerpt: '2014年1月,保加利亚总统普列夫内利埃夫对中国进行国事访问,两国元首宣布中保建立全面友好合作伙伴关系',
      },
      {
        source: 'twwiki-first-financial-daily-2014-survey',
        excerpt: '全面友好合作夥伴關係(羅馬尼亞(2004)、保加利亞(2014))',
      },
    ],
    note: "Announced during President Plevneliev's state visit to China in January 2014. Superseded in 2019 by the strategic partnership (bg-3-5-2019).",
  },
  {
    id: 'mv-4-2-2014',
    country: 'MV',
    level: '4.2',
    label: {
      zh: '面向未来的全面友好合作伙伴关系',
      en: 'future-oriented comprehensive friendly cooperative partnership',
    },
    since: month('2014-09'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      { source: 'wiki-x-io-china-maldives-relations', excerpt: '2014年9月,兩國關係提升為全面友好合作伙伴关系' },
      {
        source: 'enjoyage-maldives',
        excerpt: '2014年9月,习近平主席对马尔代夫进行历史性国事访问,双方一致同意建立中马面向未来的全面友好合作伙伴关系',
      },
      {
        source: 'peopledaily-2014-09-16-maldives',
        excerpt: '国家主席习近平同马尔代夫总统亚明在马累举行会谈…一致同意建立中马面向未来的全面友好合作伙伴关系',
      },
    ],
  },
  {
    id: 'ca-4-3-1997',
    country: 'CA',
    level: '4.3',
    label: { zh: '面向21世纪的全面合作伙伴关系', en: 'comprehensive cooperative partnership for the 21st century' },
    since: month('1997-11'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'aoweibang-2016-09-23-canada',
        excerpt: '1997年11月,时任中国国家主席江泽民应邀访问加拿大,双方一致同意建立中加面向21世纪的全面合作伙伴关系。',
      },
      {
        source: 'rmrb-1999-04-20-canada',
        excerpt: '特别是1997年江泽民主席访加,两国领导人高瞻远瞩,建立了“面向21世纪的全面合作伙伴关系”',
      },
      {
        source: 'china-org-2005-09-10-canada',
        excerpt:
          'raising China-Canada relationship from a partnership of all-round cooperation mapped out in 1997 to a strategic partnership',
      },
    ],
    note: "Declared during Jiang Zemin's state visit to Canada in November 1997. Placement: with 面向21世纪的 set aside the Chinese name is 全面合作伙伴关系 (4.3); English sources render it as a partnership of all-round cooperation, which would suggest 4.1, but the Chinese name decides.",
  },
  {
    id: 'ar-4-3-2001',
    country: 'AR',
    level: '4.3',
    label: {
      zh: '中阿21世纪全面合作伙伴关系',
      en: 'China–Argentina comprehensive cooperative partnership for the 21st century',
    },
    since: year('2001'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'gmw-2018-12-03-argentina',
        excerpt:
          '继2001年建立21世纪全面合作伙伴关系之后,两国关系又于2004年和2014年进一步升级为战略伙伴关系和全面战略伙伴关系',
      },
      {
        source: 'neamco-2001-11-10-argentina',
        excerpt: '双方同意按照两国元首关于“建立中阿21世纪全面合作伙伴关系”的倡议,把中阿关系推向新的水平。',
      },
    ],
    note: 'Placement: with the leading 中阿 set aside the name is 21世纪全面合作伙伴关系; the time attribute 21世纪 names no partnership type and is set aside as a phrase ending in 的 would be, leaving 全面合作伙伴关系 (4.3). A stricter reading (it has no 的) would place it on no level. No source gives the month.',
  },
  {
    id: 'et-4-3-2003',
    country: 'ET',
    level: '4.3',
    label: CCP,
    since: year('2003'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'people-en-2012-01-29-ethiopia',
        excerpt: 'particularly since the forging of an all-round cooperative partnership in 2003',
      },
      {
        source: 'china168-2014-05-03-ethiopia',
        excerpt: '建立在合作共赢基础上的两国全面合作伙伴关系给埃塞和中国带来了实实在在的利益。',
      },
    ],
    note: "Only the year is sourced. Chinese sources call it 全面合作伙伴关系 (4.3); the English all-round cooperative partnership of People's Daily translates it and is not the 4.1 name.",
  },
  {
    id: 'kr-4-3-undated',
    country: 'KR',
    level: '4.3',
    label: { zh: '中韩全面合作伙伴关系', en: 'comprehensive cooperative partnership' },
    since: month('2003-07'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'sina-2006-10-05-south-korea',
        excerpt: '2003年7月,胡锦涛与卢武铉在北京会晤时,双方同意将中韩关系提升为全面合作伙伴关系。',
      },
      { source: 'fmprc-2023-12-south-korea', excerpt: '2003年韩国总统卢武铉访华,双方宣布建立中韩全面合作伙伴关系。' },
      {
        source: 'xinhuanet-2006-12-19-south-korea',
        excerpt: '2003年韩国总统卢武铉 访华时,双方宣布建立中韩全面合作伙伴关系。',
      },
      { source: 'secretchina-2003-07-10-south-korea', excerpt: '兩國領導人宣布,建立中韓全面合作夥伴關係。' },
    ],
    note: "The tracker names South Korea on this level, which the sources date to President Roh Moo-hyun's state visit of July 2003 and show superseded by the strategic cooperative partnership of May 2008 (kr-2-3-2008); the dated history follows the sources, and the tracker's placement stays its own view: see conflict partnership-kr-level. Its id was given before the date was known.",
  },
  {
    id: 'cl-4-3-2004',
    country: 'CL',
    level: '4.3',
    label: CCP,
    since: month('2004-11'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2016-11-24-chile',
        excerpt: '2004年11月,两国建立全面合作伙伴关系;2012年6月,两国建立战略伙伴关系。',
      },
      {
        source: 'people-en-2012-06-27-chile',
        excerpt:
          'The two sides decided to upgrade their comprehensive cooperative partnership established in 2004 to strategic partnership',
      },
    ],
    note: "Established during Hu Jintao's visit to Chile for the APEC meetings in Santiago.",
  },
  {
    id: 'lk-4-3-2005',
    country: 'LK',
    level: '4.3',
    label: {
      zh: '真诚互助、世代友好的全面合作伙伴关系',
      en: 'all-round cooperative partnership featuring sincere mutual support and everlasting friendship',
    },
    since: month('2005-04'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-office-lt-2006-07-16-sri-lanka',
        excerpt:
          'In April 2005, Chinese Premier Wen Jiabao visited Sri Lanka. The two countries proclaimed the establishment of an All-round Cooperative Partnership',
      },
      {
        source: 'gov-cn-2005-09-01-sri-lanka',
        excerpt: '今年4月中斯建立的“真誠互助、世代友好的全面合作夥伴關係”把兩國關係推向了一個新階段',
      },
      {
        source: 'china-org-sri-lanka',
        excerpt:
          'China and Sri Lanka will establish and develop an all-round cooperative partnership featuring sincere mutual support and everlasting friendship, said the communique.',
      },
    ],
    note: "Set out in the joint communiqué of Wen Jiabao's visit to Colombo (8–9 April 2005). Placement: the English name (all-round cooperative partnership) would suggest 4.1, but the Chinese name, with its qualifier ending in 的 set aside, is 全面合作伙伴关系 (4.3), and the Chinese name decides.",
  },
  {
    id: 'bd-4-3-2005',
    country: 'BD',
    level: '4.3',
    label: {
      zh: '全面合作伙伴关系',
      en: 'Comprehensive Partnership of Cooperation featuring long-term friendship, equality, and mutual benefit',
    },
    since: day('2005-04-08'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'mfa-2005-04-08-bangladesh',
        excerpt:
          'emitieron el día 8 del mes corriente un comunicado conjunto…del 7 al 8 de abril…declararon el 2005 como el ¨Año de la Amistad',
      },
      {
        source: 'china-org-bangladesh',
        excerpt:
          'The two sides agreed to establish a Comprehensive Partnership of Cooperation featuring long-term friendship, equality, and mutual benefit.',
      },
      { source: 'wikisource-bangladesh', excerpt: '经贸合作是中孟全面合作伙伴关系的重要组成部分' },
    ],
    note: "Set out in the joint communiqué issued in Dhaka at the end of Wen Jiabao's visit. Its Chinese text was not found; the Chinese name is the one later official texts use, 全面合作伙伴关系 (4.3), which the English Comprehensive Partnership of Cooperation renders. Placed by the Chinese name, as Sri Lanka's of the same week.",
  },
  {
    id: 'hr-4-3-2005',
    country: 'HR',
    level: '4.3',
    label: CCP,
    since: month('2005-05'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'chinanews-mfa-profile-croatia', excerpt: '2005年,中克建立全面合作伙伴关系' },
      {
        source: 'xinhuanet-croatia',
        excerpt: '2005年5月,克罗地亚总理萨纳德来华正式访问,两国签署建立全面合作伙伴关系的联合声明',
      },
      { source: 'gmw-2012-05-18-croatia', excerpt: '2005年双方建立全面合作伙伴关系' },
    ],
    note: "The joint statement was signed during Prime Minister Sanader's official visit to China in May 2005.",
  },
  {
    id: 'kh-4-3-2006',
    country: 'KH',
    level: '4.3',
    label: CCP,
    since: month('2006-04'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'rmzxb-2016-10-13-cambodia',
        excerpt: '2006年4月,时任国务院总理温家宝对柬进行正式访问。双方发表《联合公报》,宣布建立全面合作伙伴关系。',
      },
    ],
    note: "Declared in the joint communiqué of Premier Wen Jiabao's official visit to Cambodia.",
  },
  {
    id: 'af-4-3-2006',
    country: 'AF',
    level: '4.3',
    label: CCP,
    since: month('2006-06'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'xinhuanet-afghanistan',
        excerpt:
          '2006年6月18日至21日,卡尔扎伊总统对中国进行国事访问,两国元首共同签署了《中阿睦邻友好合作条约》,宣布建立全面合作伙伴关系',
      },
      {
        source: 'mfa-af-afghanistan',
        excerpt: 'Treaty of Good-neighborliness and Friendly Cooperation…signed on 19 June 2006',
      },
    ],
    note: "Declared during President Karzai's state visit of 18–21 June 2006, when the Treaty of Good-Neighbourliness and Friendly Cooperation was signed; no source gives the day of the declaration itself.",
  },
  {
    id: 'np-4-3-2009',
    country: 'NP',
    level: '4.3',
    label: {
      zh: '世代友好的全面合作伙伴关系',
      en: 'comprehensive partnership of cooperation featuring ever-lasting friendship',
    },
    since: month('2009-12'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-org-2009-12-31-nepal',
        excerpt:
          '両国関係の包括的協力パートナーシップへの格上げの決定は、両国関係が新たな発展の段階に入ったことを意味する…「人民網日本語版」2009年12月31日',
      },
      { source: 'jssljx-2019-10-14-nepal', excerpt: '最重要的成果是把10年前建立的“中尼世代友好的全面合作伙伴' },
    ],
    note: "Decided during Prime Minister Madhav Kumar Nepal's official visit of 26–31 December 2009; no source gives the day.",
  },
  {
    id: 'bd-4-3-2010',
    country: 'BD',
    level: '4.3',
    label: { zh: '更加紧密的全面合作伙伴关系', en: 'Closer Comprehensive Partnership of Cooperation' },
    since: day('2010-03-21'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'wikisource-bangladesh',
        excerpt:
          '2010年3月21日…双方决定,从战略高度出发,本着长期友好、平等互利的原则,建立和发展中孟更加紧密的全面合作伙伴关系。',
      },
      {
        source: 'chineseembassy-bd-bangladesh',
        excerpt:
          'paid an official visit to China from 17 to 21 March, 2010…The two sides decided to establish a "Closer Comprehensive Partnership of Cooperation"',
      },
    ],
    note: "The 2005 partnership restated at the same level as a closer one (更加紧密的), in the joint statement at the end of Sheikh Hasina's visit of 17–21 March 2010.",
  },
  {
    id: 'tz-4-3-2013',
    country: 'TZ',
    level: '4.3',
    label: {
      zh: '互利共赢的全面合作伙伴关系',
      en: 'comprehensive partnership based on mutual benefit and win-win cooperation',
    },
    since: day('2013-03-25'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'mfatanzania-2013-03-china-communique',
        excerpt:
          'Joint Communiqué…issued at the Conclusion of the State Visit to Tanzania by…H.E. Xi Jinping, 24th - 25th March, 2013.',
      },
      {
        source: 'mfatanzania-2013-03-china-communique',
        excerpt:
          'agreed to build and develop a comprehensive partnership based on mutual benefit and win-win cooperation',
      },
      {
        source: 'chinadaily-2013-03-25-tanzania',
        excerpt:
          'China and Tanzania issued in Dar Es Salaam Monday a joint communique on strengthening friendly cooperation between the two countries.',
      },
      {
        source: 'nbd-2013-03-25-tanzania',
        excerpt: '两国元首决定,传承中坦传统友谊,构建和发展互利共赢的全面合作伙伴关系,把中坦关系提升到更高水平。',
      },
    ],
  },
  {
    id: 'cg-4-3-2013',
    country: 'CG',
    level: '4.3',
    label: {
      zh: '团结互助的全面合作伙伴关系',
      en: 'comprehensive partnership of solidarity, cooperation and mutual assistance',
    },
    since: day('2013-03-29'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'exbulletin-2021-04-03-congo',
        excerpt:
          'March 29, 2013 Xi arrived in Brazzaville…build and develop a comprehensive partnership of solidarity cooperation and mutual assistance',
      },
      {
        source: 'baogaosu-2014-06-13-congo',
        excerpt: '去年3月我访问刚果共和国时…我同萨苏总统就建立和发展中刚团结互助的全面合作伙伴关系达成重要共识',
      },
    ],
    note: "Agreed when Xi Jinping arrived in Brazzaville for his state visit of 29–30 March 2013; the Chinese name is from Xi Jinping's own words, reported in 2014.",
  },
  {
    id: 'ke-4-3-2013',
    country: 'KE',
    level: '4.3',
    label: {
      zh: '平等互信、互利共赢的全面合作伙伴关系',
      en: 'comprehensive cooperative partnership of equality, mutual trust, mutual benefit and win-win outcome',
    },
    since: day('2013-08-19'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-embassy-ke-kenya',
        excerpt:
          'On Aug. 19, 2013, President Xi Jinping held talks with President Uhuru Kenyatta…to establish China-Kenya comprehensive cooperative partnership',
      },
      {
        source: 'cnhubei-2014-05-10-kenya',
        excerpt: '总统先生去年成功访华,习近平主席同你将中肯关系提升为平等互信、互利共赢的全面合作伙伴关系。',
      },
    ],
    note: "Set up during President Kenyatta's state visit to China.",
  },
  {
    id: 'nl-4-3-2014',
    country: 'NL',
    level: '4.3',
    label: { zh: '开放务实的全面合作伙伴关系', en: 'open and pragmatic comprehensive cooperative partnership' },
    since: month('2014-03'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'fmprc-china-netherlands-relations',
        excerpt: '2014年3月,习近平主席对荷兰进行国事访问,双方一致决定将双边关系提升为“开放务实的全面合作伙伴关系”',
      },
    ],
  },
  {
    id: 'tl-4-3-2014',
    country: 'TL',
    level: '4.3',
    label: {
      zh: '全面合作伙伴关系',
      en: 'comprehensive partnership of good-neighbourly friendship, mutual trust and mutual benefit',
    },
    since: month('2014-04'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'yidaiyilu-2017-04-27-timor-leste',
        excerpt:
          'Joint Statement … on Establishing Comprehensive Partnership of Good-neighbourly Friendship, Mutual Trust and Mutual Benefit',
      },
      {
        source: 'yidaiyilu-2017-04-27-timor-leste',
        excerpt:
          "paid an official visit to China and attended the annual conference of Bo'ao Forum for Asia (BFA) from 6 to 14 April 2014",
      },
      {
        source: 'ce-2014-04-14-timor-leste',
        excerpt:
          'Last Updated: 2014-04-14 12:41 … China and Timor-Leste have pledged to establish a partnership of good-neighborly friendship and mutual trust and benefit',
      },
      { source: 'forumchinaplp-2015-04-08-timor-leste', excerpt: '两国于去年建立互信互利的“全面合作伙伴关系”' },
    ],
    note: 'Agreed during Prime Minister Xanana Gusmão\'s official visit to China of 6–14 April 2014. The Chinese core of the name, as a Xinhua-based report quotes it, is 全面合作伙伴关系 (4.3); the official English title says "Comprehensive Partnership", but the Chinese name decides.',
  },
  {
    id: 'gq-4-3-2015',
    country: 'GQ',
    level: '4.3',
    label: {
      zh: '平等互信、合作共赢的全面合作伙伴关系',
      en: 'comprehensive cooperative partnership of equality, mutual trust and win-win cooperation',
    },
    since: day('2015-04-28', {
      derived:
        "Day and month from '4月28日' in the Xinhua report printed in Economic Daily of 29 April 2015 (the paper's issue date, 2015年4月29日, gives the year).",
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'ce-2015-04-29-equatorial-guinea',
        excerpt:
          '国家主席习近平4月28日在人民大会堂同赤道几内亚总统奥比昂举行会谈。两国元首一致决定,将中赤几关系提升为平等互信、合作共赢的全面合作伙伴关系。',
      },
    ],
  },
  {
    id: 'ga-4-3-2016',
    country: 'GA',
    level: '4.3',
    label: CCP,
    since: month('2016-12'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'danfetv-2023-04-gabon',
        excerpt:
          'In December 2016, President Xi held talks with the Gabonese leader in Beijing when they decided to upgrade China-Gabon relations to a comprehensive cooperative partnership.',
      },
      { source: 'hebei-2018-02-24-gabon', excerpt: '习近平主席与总统阁下共同将两国关系提升为全面合作伙伴关系' },
      {
        source: 'sina-2018-01-16-gabon',
        excerpt:
          'raised the bilateral relations to the comprehensive cooperative partnership in 2016 when Ali Bongo visited China',
      },
    ],
    note: "Agreed during President Ali Bongo Ondimba's state visit to China; no source gives the day.",
  },
  {
    id: 'mg-4-3-2017',
    country: 'MG',
    level: '4.3',
    label: { zh: '全面合作伙伴关系', en: 'comprehensive cooperation partnership' },
    since: month('2017-03'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'artikeldigital-madagascar',
        excerpt: 'In March 2017, China and Madagascar established a comprehensive cooperation partnership',
      },
      { source: 'xinhuanet-2019-11-06-madagascar', excerpt: '推动中马全面合作伙伴关系迈上新台阶' },
    ],
    note: "Set up during President Rajaonarimampianina's visit to Beijing. The month rests on a copy of an encyclopaedia article, the Chinese name on a Xinhua report of 2019.",
  },
  {
    id: 'ug-4-3-2019',
    country: 'UG',
    level: '4.3',
    label: CCP,
    since: day('2019-06-25'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-embassy-bn-2019-06-uganda',
        excerpt:
          'On June 25, 2019, President Xi Jinping held talks with President Yoweri Museveni…agreed to lift China-Uganda relations to a comprehensive cooperative partnership.',
      },
      { source: 'crntt-mirror-2019-06-26-uganda', excerpt: '兩國元首一致同意,將中烏關係提升為全面合作夥伴關係。' },
    ],
    note: "Agreed during President Museveni's working visit to China.",
  },
  {
    id: 'jp-4-4-1998',
    country: 'JP',
    level: '4.4',
    label: {
      zh: '致力于和平与发展的友好合作伙伴关系',
      en: 'friendly cooperative partnership for peace and development',
    },
    since: day('1998-11-26'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'doc-49-213-0-198-japan-1998-declaration',
        excerpt: '宣布面向21世紀,建立致力于和平與發展的友好合作夥伴關系',
      },
      {
        source: 'peopleschina-2012-04-20-japan',
        excerpt:
          '1998年11月25日から30日まで、江沢民中華人民共和国主席は日本国を公式訪問した。…11月26日、中日両国政府は「平和と発展のための友好協力パートナーシップの構築に関する中日共同宣言」を発表した。',
      },
      { source: 'newslist-japan', excerpt: '1998年11月26日发表的《中日联合宣言》' },
      {
        source: 'emb-japan-1998-11-26-japan',
        excerpt: '1998/11/26 … 积极推进两国致力于和平与发展的友好合作伙伴关系达成共识',
      },
    ],
    note: "Set out in the Joint Declaration of 26 November 1998, during Jiang Zemin's visit to Japan.",
  },
  {
    id: 'pl-4-4-2004',
    country: 'PL',
    level: '4.4',
    label: { zh: '友好合作伙伴关系', en: 'friendly cooperative partnership' },
    since: year('2004'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'gov-cn-2011-12-21-poland', excerpt: '特別是2004年中波建立友好合作夥伴關係以來,兩國高層交往增多' },
      { source: 'gov-cn-2008-10-23-poland', excerpt: '特別是2004年雙邊關係提升為友好合作夥伴關係以來' },
    ],
    note: "Set out during Hu Jintao's state visit to Poland in 2004; no source found gives the month.",
  },
  {
    id: 'hu-4-4-2004',
    country: 'HU',
    level: '4.4',
    label: { zh: '友好合作伙伴关系', en: 'friendly cooperative partnership' },
    since: month('2004-06'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'hkwb-2017-11-28-hungary',
        excerpt: '2004年6月,两国签署《中华人民共和国和匈牙利共和国联合声明》,一致同意将双边关系提升为友好合作伙伴关系',
      },
      {
        source: 'huanqiu-2017-11-hungary',
        excerpt:
          '国家主席胡锦涛(2004年6月,两国元首签署了《中华人民共和国与匈牙利共和国联合声明》,一致同意将双边关系提升为友好合作伙伴关系)',
      },
    ],
    note: 'Set out in the joint statement of June 2004 signed by the two heads of state.',
  },
  {
    id: 'uz-4-4-2004',
    country: 'UZ',
    level: '4.4',
    label: { zh: '友好合作伙伴关系', en: 'partnership of friendly cooperation' },
    since: day('2004-06-15', {
      derived:
        'Tuesday 15 June 2004: the Xinhua report published on 16 June 2004 (china.org.cn archive address) says the statement was signed "Tuesday"; the China News Service dateline reads 六月十五日.',
    }),
    placement: 'label',
    basis: 'external',
    priorHistory: 'unknown',
    sources: [
      {
        source: 'china-org-2004-06-16-uzbekistan',
        excerpt:
          'signed a joint statement in Tashkent Tuesday on further developing a partnership of friendly cooperation',
      },
      {
        source: 'sina-2010-06-09-uzbekistan',
        excerpt: 'the two countries announced the establishment of friendly and cooperative partnership in 2004',
      },
      {
        source: 'lomlog-2004-06-15-uzbekistan',
        excerpt:
          '胡锦涛和卡里莫夫签署《中华人民共和国和乌兹别克斯坦共和国关于进一步发展与加深两国友好合作伙伴关系的联合声明》',
      },
    ],
    note: "The joint statement of Hu Jintao's state visit to Tashkent speaks of further developing this partnership, so an earlier, undated use cannot be ruled out; the Treaty of Friendly and Cooperative Partnership of May 2005 gave it treaty form (see conflict partnership-uz-since).",
  },
  {
    id: 'fi-4-5-2017',
    country: 'FI',
    level: '4.5',
    label: { zh: '面向未来的新型合作伙伴关系', en: 'future-oriented new-type cooperative partnership' },
    since: { value: '2017-04-04', precision: 'day', end: '2017-04-06' },
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      { source: 'huanbohainews-2017-04-06-finland', excerpt: '4月4日至6日…共同宣布建立中芬面向未来的新型合作伙伴关系' },
      { source: 'tushygear-2017-04-03-finland', excerpt: '2017年04月03日…國家主席習近平4月4日至6日對芬蘭進行國事訪問' },
      {
        source: 'folksfolks-2017-04-07-finland',
        excerpt: '习主席此行最具标志意义的成果,是同尼尼斯托总统共同宣布建立中芬面向未来的新型合作伙伴关系',
      },
    ],
    note: 'Announced during a state visit of 4–6 April 2017; the span is that visit. The two heads of state had agreed to build this partnership at their meeting in Sanya on 6 April 2013 (see conflict partnership-fi-since).',
  },
  // ---------------------------------------------------------------- Tier 5
  {
    id: 'il-5-1-2017',
    country: 'IL',
    level: '5.1',
    label: { zh: '创新全面伙伴关系', en: 'innovative comprehensive partnership' },
    since: day('2017-03-21'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'jewishpress-2017-03-21-israel',
        excerpt:
          'today (Tuesday, 21 March 2017), at the official guest house in Beijing, met with Chinese President Xi Jinping…announce a comprehensive innovation partnership',
      },
      {
        source: 'bjreview-2017-03-22-israel',
        excerpt:
          'Chinese President Xi Jinping and visiting Israeli Prime Minister Benjamin Netanyahu announced in Beijing on March 21 an innovative comprehensive partnership',
      },
      { source: 'chinanews-mfa-profile-israel', excerpt: '2017年3月,中以宣布建立创新全面伙伴关系' },
    ],
  },
  // ---------------------------------------------------------------- Outside the sixteen levels
  {
    id: 'ru-off-1994',
    country: 'RU',
    level: null,
    label: { zh: '建设性伙伴关系', en: 'constructive partnership' },
    since: day('1994-09-03'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'cctv-russia',
        excerpt: '中華人民共和國主席江澤民和俄羅斯總統葉利欽于1994年9月3日上午在克裏姆林宮簽署了…《中俄聯合聲明》',
      },
      { source: 'cctv-russia', excerpt: '並認為兩國已具有新型的建設性夥伴關係' },
      {
        source: 'librarydata-russia',
        excerpt:
          '1994年9月,江泽民主席对俄罗斯进行正式访间,两国领导人发表第二个联合声明,宣布中俄建立和发展面向21世纪的建设性伙伴关系',
      },
    ],
    note: "China's first partnership with Russia, set out in the joint statement of 3 September 1994 (also called a constructive partnership for the 21st century). 建设性伙伴关系 (constructive partnership) is none of the sixteen level names.",
  },
  {
    id: 'np-off-1996',
    country: 'NP',
    level: null,
    label: {
      zh: '面向二十一世纪的世代友好的睦邻伙伴关系',
      en: 'good-neighbourly partnership of generation-to-generation friendship oriented towards the 21st century',
    },
    since: year('1996'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'ppfocus-nepal',
        excerpt:
          '1996年底,國家主席江澤民對尼進行了國事訪問,兩國領導人共同確立建立面向二十一世紀的世代友好的睦鄰夥伴關係',
      },
    ],
    note: "Agreed during Jiang Zemin's state visit at the end of 1996. With its qualifiers set aside the name is 睦邻伙伴关系 (good-neighbourly partnership), none of the sixteen level names.",
  },
  {
    id: 'ru-off-1996',
    country: 'RU',
    level: null,
    label: {
      zh: '平等信任的、面向二十一世纪的战略协作伙伴关系',
      en: 'strategic partnership of coordination for the 21st century, based on equality and trust',
    },
    since: day('1996-04-25'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'law-lib-russia',
        excerpt: '签订日期1996年4月25日…宣布决心发展平等信任的、面向二十一世纪的战略协作伙伴关系',
      },
      { source: 'zztongyun-china-russia-new-era', excerpt: '面向21世纪的战略协作伙伴关系(1996年建立)' },
    ],
    note: 'Declared in the joint statement of 25 April 1996. With the qualifiers ending in 的 set aside the name is 战略协作伙伴关系, which the exhibit has only in its new-era comprehensive form (1.1).',
  },
  {
    id: 'in-off-1996',
    country: 'IN',
    level: null,
    label: {
      zh: '面向21世纪的建设性合作伙伴关系',
      en: 'constructive cooperative partnership oriented towards the 21st century',
    },
    since: month('1996-11'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'sina-2006-07-04-india',
        excerpt:
          '1996年11月,江泽民主席对印度进行国事访问…共同确立在和平共处五项原则基础上建立面向21世纪的建设性合作伙伴关系',
      },
    ],
    note: "Agreed during Jiang Zemin's state visit to India, the first by a Chinese head of state. With 面向21世纪的 set aside the name is 建设性合作伙伴关系 (constructive cooperative partnership), none of the sixteen level names.",
  },
  {
    id: 'fr-off-1997',
    country: 'FR',
    level: null,
    label: { zh: '面向21世纪的全面伙伴关系', en: 'comprehensive partnership for the 21st century' },
    since: month('1997-05'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'china-com-cn-2014-01-26-france',
        excerpt: '1997年5月,法国总统希拉克对中国进行国事访问…两国签署了面向21世纪全面伙伴关系的《中法联合声明》',
      },
    ],
    note: "Set out in the joint statement of President Chirac's state visit of May 1997. 全面伙伴关系 (comprehensive partnership) lacks 合作, so it is not the 4.3 name; it matches no level.",
  },
  {
    id: 'kr-off-1998',
    country: 'KR',
    level: null,
    label: { zh: '面向21世纪的中韩合作伙伴关系', en: 'cooperative partnership for the 21st century' },
    since: year('1998'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'fmprc-2023-12-south-korea',
        excerpt: '1998年韩国总统金大中访华,双方宣布建立面向21世纪的中韩合作伙伴关系。',
      },
      { source: 'sina-2006-10-05-south-korea', excerpt: '1998年,中韩最高领导人同意两国建立面向21世纪的合作伙伴关系。' },
      {
        source: 'hankyung-1998-11-13-south-korea',
        excerpt:
          '1998년 11월11일부터 15일까지 중국을 국빈 방문하여 … 21세기의 한.중 협력동반자관계를 구축키로 합의하였다',
      },
    ],
    note: "Declared in the joint statement of President Kim Dae-jung's state visit to China, 11–15 November 1998 (the dates are given in Korean, which the evidence check does not read, so the year is kept). With 面向21世纪的 and the leading 中韩 set aside the name is plain 合作伙伴关系, which is no level.",
  },
  {
    id: 'gb-off-1998',
    country: 'GB',
    level: null,
    label: { zh: '全面伙伴关系', en: 'comprehensive partnership' },
    since: day('1998-10-06'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'bbc-1998-10-06-uk',
        excerpt:
          'Tuesday, October 6, 1998…say they have opened a new chapter in Anglo-Chinese relations and built a "comprehensive partnership"',
      },
      {
        source: 'fmprc-uk',
        excerpt:
          "In Prime Minister Blair's visit to Chinain October 1998, the two countries issued a joint statement, officially announcing the establishment of a comprehensive China/UK partnership",
      },
      { source: 'parliament-uk', excerpt: 'held talks in Beijing on 6 October 1998' },
      {
        source: 'hotsrq-2015-10-23-uk',
        excerpt: '2004年,中英兩國從“全面伙伴關(guān)系”邁入“全面戰(zhàn)略伙伴關(guān)系”',
      },
    ],
    note: "Announced in the joint statement of Tony Blair's visit to China (talks in Beijing on 6 October 1998). 全面伙伴关系 (comprehensive partnership) lacks 合作, so it is not the 4.3 name; it matches no level.",
  },
  {
    id: 'eg-off-1999',
    country: 'EG',
    level: null,
    label: { en: '21st Century-Oriented Strategic Cooperative Relationship' },
    since: month('1999-04'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'fmprc-2000-11-17-egypt-1999',
        excerpt:
          'paid a state visit to China in April 1999 … They signed a Joint Communique on the Establishment of a 21st Century-Oriented Strategic Cooperative Relationship.',
      },
      {
        source: 'people-2000-11-20-egypt',
        excerpt:
          'signed a joint communique on the establishment of the Sino-Egyptian strategic cooperative relations in the 21st century',
      },
      {
        source: 'cntv-2016-01-22-egypt',
        excerpt: '1999年4月,中埃建立战略合作关系。',
      },
    ],
    note: "Set out in the joint communiqué of President Mubarak's state visit to China; the day is not found. A strategic cooperative relationship (战略合作关系) has no 伙伴 in its name: it is none of the sixteen level names, so by the label rule it is placed on no level, as every relationship of that name is (Egypt 1999, Algeria 2004, Turkey 2010). The Chinese title of the communiqué (面向21世纪的战略合作关系) was found only on a copy, so only the English name is kept.",
  },
  {
    id: 'za-off-2000',
    country: 'ZA',
    level: null,
    label: { zh: '伙伴关系', en: 'partnership' },
    since: day('2000-04-25'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'people-en-2001-12-11-south-africa',
        excerpt:
          'Jiang Zemin and South African President Thabo Mbeki signed Pretoria Declaration on the Partnership Between China and South Africa on April 25, 2000',
      },
      { source: 'enorth-2015-12-03-south-africa', excerpt: '2000年,兩國建立了夥伴關係,設立了高級別國家雙邊委員會。' },
    ],
    note: 'Set out in the Pretoria Declaration on the Partnership between China and South Africa, signed by Jiang Zemin and Thabo Mbeki. Plain 伙伴关系 (partnership) is none of the sixteen level names.',
  },
  {
    id: 'in-off-2003',
    country: 'IN',
    level: null,
    label: { zh: '长期建设性合作伙伴关系', en: 'long-term constructive cooperative partnership' },
    since: month('2003-06'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'kfd-india',
        excerpt:
          '2003年6月,阿塔爾·比哈里·瓦傑帕伊總理對中國進行正式訪問,雙方簽署《中印關係原則和全面合作宣言》,確認發展長期建設性合作夥伴關係',
      },
    ],
    note: "Restated the 1996 partnership in the Declaration on Principles for Relations and Comprehensive Cooperation, signed during Prime Minister Vajpayee's visit to China; the wording rests on a copy of an encyclopaedia article.",
  },
  {
    id: 'mn-off-2003',
    country: 'MN',
    level: null,
    label: { zh: '睦邻互信伙伴关系', en: 'good-neighbour partnership of mutual trust' },
    since: month('2003-06'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: '78911-2018-10-28-mongolia',
        excerpt: '2003年6月,国家主席胡锦涛对蒙古国进行国事访问,两国并发表联合声明,中蒙两国宣布建立睦邻互信伙伴关系。',
      },
      {
        source: 'china-org-2014-08-20-mongolia',
        excerpt:
          'In 2003, then Chinese President Hu Jintao visited Mongolia and both sides decided to establish a good-neighbor partnership of mutual trust.',
      },
    ],
    note: "Declared in the joint statement of Hu Jintao's state visit to Mongolia. 睦邻互信伙伴关系 (good-neighbour partnership of mutual trust) is none of the sixteen level names. The month rests on a low-quality page; Xinhua's chronology gives the year.",
  },
  {
    id: 'de-off-2004',
    country: 'DE',
    level: null,
    label: {
      zh: '在中欧全面战略伙伴关系框架内具有全球责任的伙伴关系',
      en: 'partnership with global responsibility within the framework of the China–EU comprehensive strategic partnership',
    },
    since: year('2004'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'workercn-2014-10-09-germany',
        excerpt: '2004年双方宣布在中欧全面战略伙伴关系框架内建立具有全球责任的伙伴关系',
      },
      {
        source: 'epochtimes-2006-09-12-germany',
        excerpt: '两国发表联合声明,宣布在中国与欧盟全面战略伙伴关系框架内建立具有全球责任的伙伴关系',
      },
    ],
    note: "Announced in the joint statement of Wen Jiabao's visit to Germany in May 2004 (the source gives the visit's dates only in Chinese numerals, so the year is kept). With the phrase ending in 的 set aside the name is plain 伙伴关系 (partnership), which is no level.",
  },
  {
    id: 'dz-off-2004',
    country: 'DZ',
    level: null,
    label: { en: 'strategic cooperative relations' },
    since: day('2004-02-04'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'algeria-embassy-cn-2014-02-24',
        excerpt:
          "Les deux pays ont annoncé le 4 février 2004 l'établissement des Relations de Coopération Stratégique Sino-Algérienne [the two countries announced on 4 February 2004 the establishment of Sino-Algerian strategic cooperative relations]",
      },
      {
        source: 'chinaorg-2004-02-04-algeria-communique',
        excerpt: 'It said the two countries will consolidate their strategic cooperative relations',
        note: "Xinhua's summary of the communiqué speaks of consolidating the relations (see conflict partnership-dz-2004-established).",
      },
    ],
    note: "Announced in the press communiqué of Hu Jintao's state visit to Algeria. A strategic cooperative relationship (战略合作关系) has no 伙伴 in its name: it is none of the sixteen level names, so by the label rule it is placed on no level, as every relationship of that name is (Egypt 1999, Algeria 2004, Turkey 2010).",
  },
  {
    id: 'jm-off-2005',
    country: 'JM',
    level: null,
    label: { zh: '共同发展的友好伙伴关系', en: 'friendly partnership for common development' },
    since: month('2005-02'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'aidushuwu-jamaica',
        excerpt: '1972年11月21日中国同牙买加建立外交关系。2005年2月,两国建立“共同发展的友好伙伴关系”。',
      },
      { source: 'fraudsandswindlers-2005-02-02-jamaica', excerpt: '2005年02月02日 11:39 … 中新社金斯敦二月一日電' },
      {
        source: 'yidaiyilu-2019-04-12-jamaica',
        excerpt:
          "the friendly partnership for common development between the People's Republic of China and Jamaica continued to expand and deepen",
      },
    ],
    note: "Announced in Kingston during Vice-President Zeng Qinghong's visit. With 共同发展的 set aside the name is 友好伙伴关系 (friendly partnership), none of the sixteen level names.",
  },
  {
    id: 'tr-off-2010',
    country: 'TR',
    level: null,
    label: { zh: '战略合作关系', en: 'strategic cooperative relationship' },
    since: day('2010-10-08', {
      derived:
        '8 October 2010: the China News Service report published on 9 October 2010 is datelined 10月8日 and puts the joint statement on the 8th (8日); China Radio International dates it 8 października.',
    }),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'chinanews-2010-10-09-turkey',
        excerpt:
          '中新社安卡拉10月8日电 中国总理温家宝访问土耳其期间,中土双方8日发表联合声明,决定将两国关系提升为战略合作关系。',
      },
      {
        source: 'cri-polish-2010-10-08-turkey',
        excerpt:
          '8 października Chiny i Turcja nawiązały stosunki strategiczne współpracy między oba krajami. [on 8 October China and Turkey established strategic cooperative relations between the two countries]',
      },
      {
        source: 'embassy-lr-2021-08-04-turkey',
        excerpt: 'Since the establishment of the China-Turkey strategic cooperative relationship in 2010',
      },
      {
        source: 'turkcindostlukvakfi-turkey',
        excerpt:
          'In October 2010, Prime minister Wen Jiabao…announced the establishment and development of the bilateral strategic and cooperative relations',
      },
    ],
    note: "Set out in the joint statement of Wen Jiabao's visit to Turkey; every Chinese official text since keeps the name (Xi Jinping's message of August 2021: strategic cooperative relationship). A strategic cooperative relationship (战略合作关系) has no 伙伴 in its name: it is none of the sixteen level names, so by the label rule it is placed on no level, as every relationship of that name is (Egypt 1999, Algeria 2004, Turkey 2010). Two sources file it as a 战略合作伙伴关系 (2.3), a 2014 survey and a 2015 commentary read only on copies: see conflict partnership-tr-level.",
  },
  {
    id: 'ru-off-2011',
    country: 'RU',
    level: null,
    label: {
      zh: '平等信任、相互支持、共同繁荣、世代友好的全面战略协作伙伴关系',
      en: 'comprehensive strategic partnership of coordination',
    },
    since: day('2011-06-16'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'people-en-2011-06-17-russia',
        excerpt:
          'in Moscow, capital of Russia, June 16, 2011…the two countries established a comprehensive strategic cooperative partnership based on equality, mutual trust',
      },
      { source: 'zztongyun-china-russia-new-era', excerpt: '全面战略协作伙伴关系(2011年建立)' },
    ],
    note: "Announced during Hu Jintao's state visit to Moscow. 全面战略协作伙伴关系 is not a level name (only its new-era form is, 1.1), and it is not 全面战略合作伙伴关系 (2.2), although Xinhua's English calls it a comprehensive strategic cooperative partnership.",
  },
  {
    id: 'sn-off-2014',
    country: 'SN',
    level: null,
    label: { en: 'long-term friendly and cooperative partnership' },
    since: day('2014-02-20'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'china-embassy-lt-2014-02-senegal',
        excerpt:
          'On February 20, 2014, Chinese President Xi Jinping held talks with Senegalese President Macky Sall…decided to jointly build China-Senegal long-term friendly and cooperative partnership',
      },
    ],
    note: "Agreed during President Sall's state visit to China. Only the English name was found; without the Chinese name, which decides, it is placed on no level.",
  },
  {
    id: 'be-off-2014',
    country: 'BE',
    level: null,
    label: { zh: '全方位友好合作伙伴关系', en: 'all-round friendly cooperative partnership' },
    since: month('2014-03'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'iscstaffing-2017-belgium-xinhua',
        excerpt: '2014年3月…双方发表联合声明,决定建立中比全方位友好合作伙伴关系',
      },
      {
        source: 'iscstaffing-2017-06-01-belgium',
        excerpt: '2014年3月习近平主席对比利时进行国事访问时,双方发表联合声明,决定建立中比全方位友好合作伙伴关系',
      },
    ],
    note: 'This label matches none of the exhibit\'s sixteen levels: it joins the "all-round" of 4.1 to the "friendly cooperative" wording of 4.2. It is kept as the source gives it rather than assigned to either level; the tracker does not mention Belgium. The English form is a translation of the Chinese name.',
  },
];
