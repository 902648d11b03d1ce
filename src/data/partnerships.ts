import type { FuzzyDate } from '../schemas/common.js';
import type { MembershipInput } from '../schemas/partnerships.js';
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
const PACIFIC_2014 = [
  {
    source: 'rmzxw-2014-11-23-pacific-islands',
    excerpt: '11月22日,习近平在楠迪与太平洋岛国领导人举行集体会晤。',
  },
  {
    source: 'xinhua-2014-11-22-pacific-islands',
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
export const partnerships: MembershipInput[] = [
  // ---------------------------------------------------------------- Tier 1
  {
    id: 'ru-1-1-2019',
    country: 'RU',
    level: '1.1',
    label: {
      zh: '新时代全面战略协作伙伴关系',
      en: 'comprehensive strategic partnership of coordination for a new era',
    },
    since: day('2019-06-05', {
      derived:
        'Day and month from "Mercoledì 5 giugno" in a CRI report published 6 June 2019 (5 June 2019 was a Wednesday); the year from its date and from China Daily ("2019年提升为…").',
    }),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      { source: TRACKER_SOURCE_ID, section: 'focus-topic', note: 'Says the upgrade to this level came in 2019.' },
      {
        source: 'cri-it-2019-06-06-russia',
        excerpt:
          'Mercoledì 5 giugno il capo di Stato cinese Xi Jinping ha avuto un colloquio con il presidente russo Vladimir Putin al Cremlino di Mosca [Wednesday 5 June, talks in the Kremlin]',
      },
      {
        source: 'cri-it-2019-06-06-russia',
        excerpt:
          '"Oggi ho firmato con il presidente Putin due importanti dichiarazioni" … "Con la prima annunciamo di sviluppare la partnership strategica sino-russa nella nuova era" [today I signed two statements; the first announces developing the partnership in the new era]',
      },
      { source: 'chinadaily-cn-2025-05-12-russia-keyword', excerpt: '2019年提升为中俄新时代全面战略协作伙伴关系' },
      {
        source: 'cgtn-2019-06-06-russia',
        excerpt:
          'China and Russia have agreed to upgrade their relationship to a comprehensive strategic partnership of coordination for a new era.',
      },
    ],
  },
  // ---------------------------------------------------------------- Tier 2
  {
    id: 'pk-2-1-2015',
    country: 'PK',
    level: '2.1',
    label: { zh: '全天候战略合作伙伴关系', en: 'all-weather strategic cooperative partnership' },
    since: day('2015-04-20', {
      derived:
        'Monday 20 April 2015: Beijing Review, published 21 April 2015, puts the upgrade on "Monday"; Xinhua\'s Japanese service (22 April) dates the signing of the joint statement "20日".',
    }),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'wenweipo-2015-04-22-pakistan-all-weather',
        excerpt: '中國和巴基斯坦兩國20日發表的聯合聲明指出…提升為全天候戰略合作夥伴關係',
        note: 'The upgrade was set out in a joint statement of 20 April 2015.',
      },
      {
        source: 'mofa-pk-2015-04-20-joint-statement',
        excerpt:
          'The two sides agreed to elevate the Pakistan-China relationship to the All-Weather Strategic Cooperative Partnership',
      },
      {
        source: 'bjreview-2015-04-21-pakistan',
        excerpt:
          'China and Pakistan … upgraded their relations to all-weather strategic partnership of cooperation Monday',
      },
      {
        source: 'xinhua-jp-2015-04-22-pakistan',
        excerpt:
          '両國は20日、イスラマバードで『中華人民共和國とパキスタンイスラム共和國の全天候型戦略的パートナーシップの確立に関する共同聲明』に調印し',
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
      LI_2012,
      {
        source: 'shine-2023-12-13-vietnam',
        excerpt:
          'in May 2008 when China became the first country to forge a comprehensive strategic cooperative partnership with Vietnam',
      },
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
    sources: [LI_2012],
    note: "Usually tied to President Choummaly Sayasone's visit to China in September 2009, but no source found gives the month.",
  },
  {
    id: 'kh-2-2-2010',
    country: 'KH',
    level: '2.2',
    label: { zh: '全面战略合作伙伴关系', en: 'comprehensive strategic partnership of cooperation' },
    since: month('2010-12'),
    placement: 'label',
    basis: 'external',
    sources: [
      LI_2012,
      {
        source: 'people-en-2012-03-31-cambodia',
        excerpt:
          'In December 2010, Cambodian Prime Minister Hun Sen held talks with Wen in Beijing and the two sides agreed to upgrade',
      },
    ],
    note: "Agreed at the talks of Wen Jiabao and Hun Sen in Beijing in December 2010 (on 13 December by a Xinhua text found only on copies; no publisher's page found gives the day).",
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
      {
        source: 'mm-embassy-2011-05-28-myanmar',
        excerpt:
          'Joint Statement … on Establishing a Comprehensive Strategic Cooperative Partnership 2011-05-28 09:43 … state visit … from 26 to 28 May 2011',
      },
    ],
    note: "Set out in the joint statement of President Thein Sein's state visit of 26–28 May 2011, which the Chinese embassy posted on 28 May; a Xinhua report dating the talks to 27 May was found only on copies, so the month is kept.",
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
    ],
    note: "Taken when Xi Jinping met President Sall at the G20 summit in Hangzhou on 2 September 2016, but the report of that meeting words it as China's wish to upgrade, so only the year is kept.",
  },
  {
    id: 'mz-2-2-2016',
    country: 'MZ',
    level: '2.2',
    label: CSCP,
    since: month('2016-05'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'peopledaily-de-2023-10-20-mozambique',
        excerpt:
          'Im Mai 2016 habe er gemeinsam mit Präsident Filipe Jacinto Nyusi beschlossen, die Beziehungen zwischen China und Mosambik zu einer umfassenden strategischen Kooperationspartnerschaft aufzuwerten',
      },
      {
        source: 'peoplecn-en-2024-09-04-mozambique',
        excerpt: 'add new substance into the China-Mozambique comprehensive strategic partnership of cooperation',
      },
    ],
    note: "Decided at Xi Jinping's talks with President Nyusi during his state visit in May 2016 (on Wednesday 18 May by reports found only on copies). The month rests on Xi Jinping's words in People's Daily's German edition, read on a copy; no publisher's page found dates the step more closely.",
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
    since: year('2017', {
      derived:
        'The Chinese consulate\'s text of June 2017 says relations "have been raised"; Xi Jinping had proposed the upgrade on 12 May 2017.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-consulate-surabaya-2017-06-ethiopia',
        excerpt:
          'Now, relations between the two countries have been raised to the comprehensive strategic cooperative partnership',
      },
      { source: 'china-embassy-et-2018-03-19-ethiopia', excerpt: '双方已建立全面战略合作伙伴关系' },
      {
        source: 'tigraionline-2017-05-12-ethiopia',
        excerpt:
          'Chinese President Xi Jinping today Friday 12, 2017 urged Ethiopia and China to advance their bilateral relationship to the highest level.',
      },
    ],
    note: "Proposed by Xi Jinping at his meeting with Prime Minister Hailemariam on 12 May 2017, during the Belt and Road Forum; by June 2017 the Chinese side said relations had been raised. No source on a publisher's site dates the establishment more closely (a trade magazine read only on a copy says May 2017), so only the year is kept.",
  },
  {
    id: 'ke-2-2-2017',
    country: 'KE',
    level: '2.2',
    label: CSCP,
    since: day('2017-05-15', {
      derived:
        'Day from "15日" in a CRI report, published 16 May 2017, of the talks at which the upgrade was agreed; KBC reported the elevation on 15 May 2017.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'kbctv-2017-05-15-kenya',
        excerpt: 'elevation of the two countries relationship to that of comprehensive strategic cooperation',
      },
      {
        source: 'cri-ja-2017-05-16-kenya',
        excerpt: '習近平国家主席は15日、北京の人民大会堂で…ケニアのケニヤッタ大統領と会談しました。',
        note: 'At these talks Xi proposed raising ties to a comprehensive strategic cooperative partnership.',
      },
      { source: 'chinaorg-2024-09-04-kenya', excerpt: '习近平建议双方朝着“三个伙伴”方向深化中肯全面战略合作伙伴关系' },
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
        'Day from "on Tuesday" in a TODAY report of 4 April 2018: the talks of Tuesday 3 April 2018, during President Mnangagwa\'s state visit.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'today-2018-04-04-zimbabwe',
        excerpt:
          'on Tuesday agreed to establish a comprehensive strategic partnership of cooperation between the two countries.',
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
    placement: 'reading',
    basis: 'external',
    priorHistory: 'unknown',
    sources: [
      {
        source: 'chinadaily-2005-04-06-pakistan',
        excerpt:
          "talks at the prime minister's house in Islamabad April 5, 2005…develop a closer strategic partnership in line with the stipulations of the treaty",
      },
      {
        source: 'chinaorg-jp-2005-04-06-pakistan',
        excerpt:
          '温家宝総理は5日、同国のアジズ首相とイスラマバードの総理府で会談した。 … より緊密な戦略的パートナーシップを発展させるべきだ',
      },
      {
        source: 'xinhua-2013-05-22-pakistan-background',
        excerpt: '2005年4月,两国宣布建立更加紧密的战略合作伙伴关系。',
      },
    ],
    note: 'Declared during Premier Wen Jiabao\'s visit to Islamabad (talks of 5 April 2005), when the Treaty of Friendship, Cooperation and Good-Neighbourly Relations was signed; no source found gives the day with the year. With 更加紧密的 set aside the name is 战略合作伙伴关系 (2.3). The Chinese name is Xinhua\'s, read only on a copy; the English and Japanese reports of 2005 say "closer strategic partnership", without "cooperative", which would be 3.5 if it were the name. Sources hint at an earlier, looser label that none dates.',
  },
  {
    id: 'in-2-3-2005',
    country: 'IN',
    level: '2.3',
    label: {
      zh: '面向和平与繁荣的战略合作伙伴关系',
      en: 'strategic and cooperative partnership for peace and prosperity',
    },
    since: day('2005-04-11', {
      derived:
        'Day and month from "4月11日" in the China.org.cn Japanese report published 12 April 2005; the foreign ministry\'s English text gives the name.',
    }),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'mfa-india',
        excerpt:
          'China and India have agreed to establish a "strategic and cooperative partnership for peace and prosperity" between them',
      },
      {
        source: 'chinaorg-jp-2005-04-12-india',
        excerpt:
          '4月11日午前中にインドのシン首相と … 「中国・インド共同声明」は、双方は「平和・繁栄を目指す戦略パートナーシップを構築する」',
      },
    ],
    note: "The joint statement was signed in New Delhi during Wen Jiabao's visit. The English name is the foreign ministry's; its Chinese form was not found on a publisher's page. In September 2014 the two sides added a closer developmental partnership alongside it, which is not recorded as a step.",
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
    placement: 'reading',
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
      { source: 'rfi-2014-09-16-sri-lanka', excerpt: '去年,两国建立了真诚互助、世代友好的战略合作伙伴关系' },
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
    since: day('2018-11-19', {
      derived:
        'Monday 19 November 2018: Global Times reports the upgrade "on Monday", during Xi Jinping\'s first visit to Brunei; The Scoop, published that Monday, says the talks with the Sultan were that day.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
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
        source: 'thescoop-2018-11-19-brunei',
        excerpt: 'the Chinese leader will hold talks with His Majesty Sultan Haji Hassanal Bolkiah on Monday',
      },
      {
        source: 'people-en-2023-11-18-brunei',
        excerpt:
          'this year marks the 5th anniversary of the establishment of China-Brunei strategic cooperative partnership',
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
    placement: 'reading',
    basis: 'external',
    sources: [
      {
        source: 'ecns-2019-10-14-nepal',
        excerpt:
          'China and Nepal agreed on Saturday to upgrade their relations to a strategic partnership of cooperation featuring everlasting friendship for development and prosperity.',
      },
      {
        source: 'cri-filipino-2019-10-13-nepal',
        excerpt:
          'Nagtagpo kahapon, Sabado, ika-12 ng Oktubre 2019, sa Kathmandu … Ipinatalastas nila ang pagkakatatag ng dalawang bansa ng estratehiko at kooperatibong partnership',
      },
      {
        source: 'peoplechina-2019-10-14-nepal',
        excerpt:
          '私とバンダリ大統領は昨日、両国の発展と繁栄に向けた世々代々の友好の戦略的協力パートナーシップを構築することを共同で宣言した',
      },
      {
        source: 'taiwancn-2019-10-14-china-nepal-commentary',
        excerpt: '建立中尼面向发展与繁荣的世代友好的战略合作伙伴关系',
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
        source: 'ecns-2019-11-28-suriname',
        excerpt:
          "Chinese President Xi Jinping holds a welcome ceremony for Suriname's President Desire Bouterse before their talks … Nov. 27, 2019.",
      },
      {
        source: 'ecns-2019-11-28-suriname',
        excerpt:
          'China and Suriname on Wednesday decided to upgrade their relationship to a strategic partnership of cooperation.',
      },
      {
        source: 'yidaiyilu-2019-11-28-suriname',
        excerpt: 'The two sides decided to upgrade their relationship to a strategic partnership of cooperation',
      },
      { source: 'hkej-2024-04-12-suriname', excerpt: '對推動中蘇戰略合作夥伴關係深入發展具有重要意義' },
    ],
    note: "Declared during President Bouterse's state visit of 27–30 November 2019.",
  },
  // ---------------------------------------------------------------- Tier 3
  {
    id: 'de-3-1-2014',
    country: 'DE',
    level: '3.1',
    label: { zh: '全方位战略伙伴关系', en: 'all-round strategic partnership' },
    since: day('2014-03-28', {
      derived:
        'Day and month from "On March 28 local time" in the PRC mission to the UN\'s report published 29 March 2014; the year from its date and from China Keywords ("March 2014").',
    }),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'chinaorgcn-2020-01-19-germany-keywords',
        excerpt:
          'Xi Jinping made his first state visit to Germany in March 2014. … to elevate their strategic partnership … to all-round strategic partnership',
      },
      {
        source: 'un-china-mission-2014-03-29-germany',
        excerpt:
          'On March 28 local time, President Xi Jinping held talks with … Merkel in Berlin. … an all-round strategic partnership',
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
        source: 'ukparl-2006-annex3-china-uk-2004-statement',
        excerpt:
          'held talks in London on 10 May 2004 … today welcome the comprehensive strategic partnership between China and the UK',
      },
      {
        source: 'chinadaily-2004-05-11-uk',
        excerpt:
          'China and Britain yesterday achieved new high-level ties by upgrading their relations to a comprehensive strategic partnership',
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
    since: month('2005-12', {
      derived:
        "The month of Wen Jiabao's visit to Lisbon, from China Daily's report of it published 10 December 2005; Xi Jinping's words and Global Times give the year.",
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2005-12-10-portugal',
        excerpt: 'The elevation of Portugal to the level of strategic partner',
      },
      {
        source: 'globaltimes-2019-02-08-portugal',
        excerpt:
          'Since a comprehensive strategic partnership was established in 2005, China and Portugal have witnessed frequent high-level exchanges',
      },
      {
        source: 'macaupostdaily-2018-12-05-portugal',
        excerpt:
          'In 2005, China and Portugal established a comprehensive strategic partnership, which enabled their mutually beneficial cooperation to embark on a fast lane',
      },
      {
        source: 'sapo24-2018-12-portugal-xi-article',
        excerpt:
          '“Com o estabelecimento em 2005 da Parceria Estratégica Global, os dois países mantêm contactos frequentes de alto nível” [with the establishment in 2005 of the comprehensive (“global”) strategic partnership]',
      },
    ],
    note: "Set out during Wen Jiabao's visit to Lisbon (9–10 December 2005); the month rests on China Daily's report of the visit, which speaks of a \"strategic partner\" (see conflict partnership-pt-label). Xi Jinping's words of 2018 and Global Times call the partnership of 2005 comprehensive, and the Portuguese Parceria Estratégica Global renders 全面战略伙伴关系; the Chinese text of the 2005 statement was found only on a copy.",
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
        source: 'gov-cn-2008-10-25-denmark',
        excerpt:
          '丹麥王國首相安諾斯·福格·拉斯穆森閣下于2008年10月20至25日來華…雙方同意建立涵蓋雙邊關係所有領域的全面戰略夥伴關係',
      },
      {
        source: 'um-dk-china-strategic-partnership',
        excerpt: 'In 2008, Denmark entered into the Comprehensive Strategic Partnership with China.',
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
      {
        source: 'elcomercio-2014-07-peru',
        excerpt:
          'el nivel de asociación estratégica integral con China es una calificación que solo han alcanzado Brasil, México y Perú (desde abril de 2013)',
      },
      {
        source: 'xinhua-es-2015-05-21-peru',
        excerpt: 'consolidará aún más la Asociación Estratégica Integral entre ambas naciones',
      },
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
        "The People's Daily Japanese excerpt gives the talks as 2 October (2日) without a year; People's Daily of 30 September 2013 puts the start of the state visit on the following Wednesday, 2 October 2013.",
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'people-j-indonesia',
        excerpt:
          '習近平国家主席は2日午後(現地時間)、インドネシア・ジャカルタで同国のユドヨノ大統領と会談した。双方は中国・インドネシア関係を全面的な戦略パートナーシップ関係に引き上げることを決定した。',
      },
      {
        source: 'people-en-2013-09-30-indonesia',
        excerpt: 'JAKARTA, Sept. 30 -- … Xi will start a state visit to Indonesia on Wednesday',
      },
    ],
    note: 'Decided at the talks of Xi Jinping and President Yudhoyono in Jakarta.',
  },
  {
    id: 'my-3-3-2013',
    country: 'MY',
    level: '3.3',
    label: CSP,
    since: day('2013-10-04', {
      derived:
        'Friday 4 October 2013: China Daily, published that day, reports the agreement "on Friday"; Xinhua\'s Japanese service gives October 2013.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
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
    since: day('2014-02-24'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'algeria-embassy-cn-2014-02-24',
        excerpt:
          "ont annoncé le 24 février 2014 l'établissement du Partenariat Stratégique Global Sino-Algérien, rendant public un communiqué commun.",
      },
      {
        source: 'xinhua-fr-2015-02-09-algeria',
        excerpt:
          "à un niveau de partenariat stratégique global, à l'occasion de la célébration en 2014 du 55e anniversaire de l'établissement des relations diplomatiques",
      },
      {
        source: 'people-en-2023-07-14-algeria',
        excerpt:
          '"In 2014, Algeria established a comprehensive strategic partnership with China, becoming the first Arab country to do so," Wang said',
      },
      {
        source: 'algeria-embassy-cn-2014-02-24',
        excerpt:
          "Les deux pays ont annoncé le 4 février 2004 l'établissement des Relations de Coopération Stratégique Sino-Algérienne",
        note: 'The earlier strategic cooperative relationship (dz-off-2004).',
      },
    ],
    note: 'Established by the joint communiqué of 24 February 2014; the heads of state signed a joint declaration on it in May 2014. It raised the strategic cooperative relations of February 2004 (dz-off-2004). The Chinese name is the one later official texts use for this level.',
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
        source: 'fmprc-2024-06-17-australia',
        excerpt:
          'this year marks the 10th anniversary of President Xi Jinping’s state visit to Australia and the establishment of China-Australia comprehensive strategic partnership',
      },
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
        source: 'chinaconsulate-new-zealand',
        excerpt:
          'On November 20 local time … the two sides decided to upgrade the China-New Zealand relations to a comprehensive strategic partnership',
      },
      {
        source: 'xinhua-en-2024-06-13-new-zealand',
        excerpt:
          '10 years since the signing of the 2014 Joint Statement on the Establishment of a Comprehensive Strategic Partnership between China and New Zealand',
      },
    ],
  },
  {
    id: 'eg-3-3-2014',
    country: 'EG',
    level: '3.3',
    label: CSP,
    since: day('2014-12-23', {
      derived:
        'Akhbar El Yom of Monday 22 December 2014 reports President Sisi\'s arrival in Beijing and a summit "tomorrow", followed by the signing of the comprehensive strategic partnership document: 23 December 2014. CCTV and Kankanews give December 2014.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'cntv-2016-01-22-egypt',
        excerpt: '2014年12月,两国签署《中埃关于建立全面战略伙伴关系的联合声明》,开启两国关系新征程。',
      },
      {
        source: 'cntv-2016-01-22-egypt',
        excerpt: '1999年4月,中埃建立战略合作关系。2006年6月,中埃签署两国深化战略合作关系的实施纲要。',
        note: 'The earlier strategic cooperative relationship (eg-off-1999).',
      },
      {
        source: 'akhbarelyom-2014-12-22-egypt',
        excerpt:
          'وصل إلى بكين، الاثنين 22 ديسمبر، الرئيس عبد الفتاح السيسي … وسيعقد قمة غدا مع نظيره الصيني … ثم مراسم التوقيع على وثيقة الشراكة الإستراتيجية الشاملة [Sisi arrived Monday 22 Dec; summit tomorrow, then signing of the comprehensive strategic partnership document]',
      },
      {
        source: 'kankanews-2016-01-21-egypt',
        excerpt: '塞西总统2014年12月访华期间,双方将两国关系提升为全面战略伙伴关系',
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
    since: month('2015-10', {
      derived:
        'October 2015: the CASS Institute of European Studies (29 October 2015) dates the joint declaration "10月22日", and China Daily reported the commitment on 22 October 2015.',
    }),
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
        source: 'cass-ies-2015-10-29-uk',
        excerpt: '10月22日,中英两国在伦敦发表《中英关于构建面向21世纪全球全面战略伙伴关系的联合宣言》',
      },
      { source: 'rmzxw-2015-10-22-uk', excerpt: '中英将双边关系升级时机已经成熟,更上一层楼的全球全面战略伙伴关系' },
    ],
    note: "Same level as the 2004 partnership (gb-3-3-2004), relaunched under a longer official name during Xi Jinping's state visit of 19–23 October 2015: decided at the talks of 21 October and set out in the joint declaration issued in London on 22 October. The month is kept, since the two days name different steps and no excerpt gives the day with the year.",
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
    id: 'rs-3-3-2016',
    country: 'RS',
    level: '3.3',
    label: CSP,
    since: day('2016-06-18'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinataiwan-2016-06-18-serbia',
        excerpt: '2016年06月18日…6月17日,中國國家主席習近平抵達花香四溢的貝爾格萊德,開始對塞爾維亞進行國事訪問',
      },
      {
        source: 'cctv-en-2016-06-19-serbia',
        excerpt:
          'a joint statement to lift bilateral relationship of China and Serbia to comprehensive strategic partnership after they held talks in Belgrade, Serbia, June 18, 2016',
      },
      {
        source: 'chinagate-2016-06-19-serbia',
        excerpt: 'China and Serbia agreed Saturday to upgrade their relations to a comprehensive strategic partnership',
      },
    ],
    note: "Raised during Xi Jinping's state visit to Belgrade: the joint statement followed the talks of 18 June 2016.",
  },
  {
    id: 'pl-3-3-2016',
    country: 'PL',
    level: '3.3',
    label: CSP,
    since: day('2016-06-20', {
      derived:
        'Day and month from the dateline 华沙6月20日电 of the Xinhua report of the talks, published 20 June 2016; the year from its date.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: '881903-poland-2016', excerpt: '習近平到訪波蘭,兩國同意建立全面戰略伙伴關係' },
      {
        source: 'xinhuanet-2016-06-20-poland',
        excerpt: '新华社华沙6月20日电…一致决定将中波关系提升为全面战略伙伴关系',
      },
    ],
    note: "Decided at the talks of Xi Jinping and President Duda in Warsaw on 20 June 2016, during Xi Jinping's state visit.",
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
    placement: 'reading',
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
    since: day('2017-05-13'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'xinhuanet-2017-05-13-hungary',
        excerpt: 'China, Hungary establish comprehensive strategic partnership',
      },
      {
        source: 'xinhuanet-2017-05-13-hungary',
        excerpt:
          'Chinese President Xi Jinping (R) meets with Hungarian Prime Minister Viktor Orban in Beijing, capital of China, May 13, 2017.',
      },
      {
        source: 'xinhuanet-2017-05-13-hungary',
        excerpt:
          'Chinese President Xi Jinping met with Hungarian Prime Minister Viktor Orban on Saturday, announcing the establishment of a comprehensive strategic partnership',
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
    ],
  },
  {
    id: 'ck-3-3-2018',
    country: 'CK',
    level: '3.3',
    label: PACIFIC_2018_LABEL,
    since: day('2018-11-16'),
    placement: 'reading',
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
    placement: 'reading',
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
    placement: 'reading',
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
    placement: 'reading',
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
    placement: 'reading',
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
    placement: 'reading',
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
    placement: 'reading',
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
    placement: 'reading',
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
      { source: 'peopledaily-2019-05-21-austria-column', excerpt: '中奥建立友好战略伙伴关系' },
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
    ],
    note: "Announced during Jiang Zemin's state visit to Brazil; Brazil is described as the first country with which China declared a strategic partnership.",
  },
  {
    id: 've-3-5-2001',
    country: 'VE',
    level: '3.5',
    label: { zh: '共同发展的战略伙伴关系', en: 'strategic partnership for common development' },
    since: year('2001'),
    placement: 'reading',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2014-07-20-venezuela',
        excerpt:
          'especially after they established a strategic partnership in 2001 under the late president Hugo Chavez',
      },
      {
        source: 'china-org-2014-07-21-venezuela',
        excerpt:
          'elevar los lazos de ambos países desde el nivel de una asociación estratégica para el desarrollo común al nivel de una asociación estratégica integral',
      },
      { source: 'sohu-2013-03-07-venezuela', excerpt: '查韦斯总统是中委共同发展的战略伙伴关系的开拓者和推动者' },
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
      {
        source: 'chinaorg-2003-12-mexico',
        excerpt:
          'Leaders of China and Mexico announced the establishment of strategic partnership relations over the weekend',
      },
      {
        source: 'chinadaily-2003-12-14-mexico',
        excerpt: 'a press conference at the Palacio Nacional in Mexico City on Friday, December 12, 2003.',
      },
      { source: 'cri-ja-2006-05-18-mexico', excerpt: '両国は2003年に戦略パートナー関係を確立し' },
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
    placement: 'reading',
    basis: 'external',
    sources: [
      { source: 'chinanews-2008-01-07-south-africa', excerpt: '两国于2004年确立了平等互利、共同发展的战略伙伴关系。' },
    ],
    note: 'Only the year is sourced (China News Service, 2008); a South African government text read only on a mirror also dates the strategic partnership to 2004, and no source found gives the month or the occasion.',
  },
  {
    id: 'ar-3-5-2004',
    country: 'AR',
    level: '3.5',
    label: SP,
    since: month('2004-11', {
      derived:
        "November 2004: Hu Jintao's state visit to Argentina, which Eastday (Xinhua) reports began on Tuesday 16 November 2004 in a report of that day.",
    }),
    placement: 'label',
    basis: 'external',
    sources: [
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
      {
        source: 'chinaorg-es-2004-11-20-argentina',
        excerpt:
          '"Hemos decidido establecer y desarrollar una asociación estratégica …", dijo Hu a la prensa el martes',
      },
      {
        source: 'eastday-2004-11-16-argentina',
        excerpt: 'Hu Jintao arrived here Tuesday for a two-day state visit to Argentina.',
      },
      {
        source: 'chinadaily-2004-11-18-argentina',
        excerpt: 'Argentina and China Wednesday pledged to forge a "strategic partnership."',
      },
    ],
    note: "Pledged during Hu Jintao's state visit to Buenos Aires of 16–17 November 2004: on the Tuesday (16 November) by Xinhua's Spanish report, on the Wednesday by China Daily's, so only the month is kept (see conflict partnership-ar-2004-since).",
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
    placement: 'reading',
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
    ],
    note: "Announced in a joint press communiqué during Hu Jintao's state visit to Peru.",
  },
  {
    id: 'rs-3-5-2009',
    country: 'RS',
    level: '3.5',
    label: SP,
    since: month('2009-08', {
      derived: 'The month is "去年8月" (August of last year) in a China News Service report published 2010-07-15.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinanews-2010-07-15-serbia',
        excerpt: '去年8月,总统阁下成功访华,同胡锦涛主席共同规划中塞关系发展蓝图,决定建立中塞战略伙伴关系',
      },
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
        source: 'chinaorgcn-2020-01-19-germany-keywords',
        excerpt: 'to elevate their strategic partnership established in 2010 to all-round strategic partnership',
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
    level: null,
    label: { zh: '互惠战略伙伴关系', en: 'mutually beneficial strategic partnership' },
    since: year('2012'),
    placement: 'none',
    basis: 'external',
    sources: [
      { source: 'crntt-2026-01-05-ireland', excerpt: '2012年兩國建立互惠戰略伙伴關係以來,雙邊貿易額翻了兩番' },
      { source: 'stheadline-2026-01-05-ireland', excerpt: '2012年两国建立互惠战略伙伴关系以来,双边贸易额翻了两番' },
    ],
    note: 'Set out in a joint statement of 2012; no source found gives the month (the Taoiseach visited China from 25 March 2012). Placement (2.0.0): 互惠 (mutually beneficial) is written onto the name, not a phrase ending in 的, so the name is none of the 16 levels: level null, with the qualifier recorded and the base level 3.5 (战略伙伴关系) as the explicit reading. 1.x placed it on 3.5, setting 互惠 aside; a 2014 First Financial Daily survey of partnership names, read only on copies, lists 互惠战略伙伴关系 as a type of its own (see level-3-5-count). The English form translates the Chinese name.',
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
        'Monday 20 May 2013: China Daily of 21 May 2013 says the partnership was established "on Monday", during President Rahmon\'s state visit.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2013-05-21-tajikistan',
        excerpt: 'China and Tajikistan established a strategic partnership on Monday',
      },
    ],
    note: "Set out in the joint declaration signed in Beijing during President Rahmon's state visit of May 2013.",
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
      { source: 'fmprc-tm-bilateral-2023-11', excerpt: '两国之间没有任何政治问题,2013年建立战略伙伴关系。' },
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
      {
        source: 'chinaculture-2014-11-06-qatar',
        excerpt:
          'The two leaders held a talk at the Great Hall of People on Nov 3 and announced plans to build a strategic partnership',
      },
    ],
  },
  {
    id: 'ck-3-5-2014',
    country: 'CK',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22', {
      derived:
        'The collective meeting in Nadi at which the partnership was agreed was on "11月22日" by 人民政协网 of 23 November 2014 (Xinhua: "22日"); ECNS gives November 2014.',
    }),
    placement: 'reading',
    basis: 'external',
    sources: PACIFIC_2014,
    note: PACIFIC_NOTE_2014,
  },
  {
    id: 'fj-3-5-2014',
    country: 'FJ',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22', {
      derived:
        'The collective meeting in Nadi at which the partnership was agreed was on "11月22日" by 人民政协网 of 23 November 2014 (Xinhua: "22日"); ECNS gives November 2014.',
    }),
    placement: 'reading',
    basis: 'external',
    sources: PACIFIC_2014,
    note: PACIFIC_NOTE_2014,
  },
  {
    id: 'fm-3-5-2014',
    country: 'FM',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22', {
      derived:
        'The collective meeting in Nadi at which the partnership was agreed was on "11月22日" by 人民政协网 of 23 November 2014 (Xinhua: "22日"); ECNS gives November 2014.',
    }),
    placement: 'reading',
    basis: 'external',
    sources: PACIFIC_2014,
    note: PACIFIC_NOTE_2014,
  },
  {
    id: 'nu-3-5-2014',
    country: 'NU',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22', {
      derived:
        'The collective meeting in Nadi at which the partnership was agreed was on "11月22日" by 人民政协网 of 23 November 2014 (Xinhua: "22日"); ECNS gives November 2014.',
    }),
    placement: 'reading',
    basis: 'external',
    sources: [
      ...PACIFIC_2014,
      {
        source: 'xinhua-en-2017-12-12-niue',
        excerpt: 'push forward their strategic partnership based on mutual-respect and joint development',
        note: 'A later restatement of the name.',
      },
    ],
    note: PACIFIC_NOTE_2014,
  },
  {
    id: 'pg-3-5-2014',
    country: 'PG',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22', {
      derived:
        'The collective meeting in Nadi at which the partnership was agreed was on "11月22日" by 人民政协网 of 23 November 2014 (Xinhua: "22日"); ECNS gives November 2014.',
    }),
    placement: 'reading',
    basis: 'external',
    sources: PACIFIC_2014,
    note: PACIFIC_NOTE_2014,
  },
  {
    id: 'to-3-5-2014',
    country: 'TO',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22', {
      derived:
        'The collective meeting in Nadi at which the partnership was agreed was on "11月22日" by 人民政协网 of 23 November 2014 (Xinhua: "22日"); ECNS gives November 2014.',
    }),
    placement: 'reading',
    basis: 'external',
    sources: [
      ...PACIFIC_2014,
      {
        source: 'hr-embassy-2018-03-01-tonga',
        excerpt:
          'The two heads of state agreed to push China-Tonga strategic partnership for new and greater development',
        note: 'A later restatement of the name.',
      },
    ],
    note: PACIFIC_NOTE_2014,
  },
  {
    id: 'vu-3-5-2014',
    country: 'VU',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22', {
      derived:
        'The collective meeting in Nadi at which the partnership was agreed was on "11月22日" by 人民政协网 of 23 November 2014 (Xinhua: "22日"); ECNS gives November 2014.',
    }),
    placement: 'reading',
    basis: 'external',
    sources: PACIFIC_2014,
    note: PACIFIC_NOTE_2014,
  },
  {
    id: 'ws-3-5-2014',
    country: 'WS',
    level: '3.5',
    label: PACIFIC_2014_LABEL,
    since: day('2014-11-22', {
      derived:
        'The collective meeting in Nadi at which the partnership was agreed was on "11月22日" by 人民政协网 of 23 November 2014 (Xinhua: "22日"); ECNS gives November 2014.',
    }),
    placement: 'reading',
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
    placement: 'reading',
    basis: 'external',
    sources: [
      {
        source: 'cgtn-2023-05-27-drc',
        excerpt:
          'In 2015, China and the Democratic Republic of the Congo (DRC) established a strategic partnership of win-win cooperation',
      },
      {
        source: 'xinhua-en-2023-05-26-drc',
        excerpt:
          'announced on Friday the elevation of the bilateral relationship from a strategic partnership of win-win cooperation to a comprehensive strategic cooperative partnership',
      },
      { source: 'peopledaily-2024-09-12-dr-congo', excerpt: '将两国合作共赢的战略伙伴关系提升为全面战略合作伙伴关系' },
    ],
    note: "Only the year is sourced, by a CGTN text of 2023 read on a press-release wire, and no contemporary report was found, so the date is marked uncertain; Xinhua (2023) confirms the name in English and the Chinese ambassador's essay in People's Daily (2024, read on a copy) in Chinese. It held until the upgrade of 2023.",
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
    placement: 'reading',
    basis: 'external',
    sources: [
      {
        source: 'ecns-2015-01-07-costa-rica',
        excerpt:
          'Chinese President Xi Jinping (R) shakes hands with Costa Rica President Luis Guillermo Solis after a signing ceremony in Beijing…Jan 6, 2015.',
      },
      { source: 'ecns-2015-01-07-costa-rica', excerpt: '两国元首共同宣布中哥建立平等互信、合作共赢的战略伙伴关系' },
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
    since: day('2015-09-01'),
    placement: 'label',
    basis: 'external',
    sources: [
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
      {
        source: 'jordantimes-2015-09-11-jordan',
        excerpt:
          'met with Chinese President Xi Jinping on Wednesday … The immediate result was the announcement of the desire to establish a strategic partnership',
      },
      {
        source: 'jordantimes-2022-02-23-jordan',
        excerpt:
          'In 2015, the two countries established strategic partnership, opening "a new chapter" in China-Jordan relations, Chen said.',
      },
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
      {
        source: 'xinhua-kr-2015-12-22-iraq',
        excerpt:
          '쌍방은 쌍무관계수준을 한층 제고하고 양국 전략동반자관계를 구축하기로 결정했다. [the two sides decided to raise ties and build a strategic partnership]',
      },
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
        source: 'chinadaily-2016-03-29-czech',
        excerpt:
          "PRAGUE - China and the Czech Republic on Tuesday decided to establish strategic partnership during Chinese President Xi Jinping's first state visit",
      },
      {
        source: 'chinadaily-2016-03-30-czech',
        excerpt:
          'after their talks in Prague, the Czech Republic, March 29, 2016 … issued a joint statement on lifting their ties to a strategic partnership',
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
    since: day('2016-05-11', {
      derived:
        'Day and month from The Arab Weekly (15 May 2016), which dates the signing in Beijing "on May 11th"; the year from its date and from CCTV\'s report of 11 May 2016.',
    }),
    placement: 'reading',
    basis: 'external',
    sources: [
      {
        source: 'zjol-2016-05-12-morocco',
        excerpt: '两国元首决定建立以相互尊重、平等互利原则为基础的中摩战略伙伴关系,开启双边关系新篇章。',
      },
      {
        source: 'thearabweekly-2016-05-15-morocco',
        excerpt: 'signing documents during a ceremony at the Great Hall of the People in Beijing, on May 11th',
      },
      {
        source: 'cctv-en-2016-05-11-morocco',
        excerpt:
          'They decieded to establish a strategic partnership based on mutual respect, equality and mutual interests.',
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
    placement: 'reading',
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
        source: 'chinaorg-2018-05-25-oman',
        excerpt:
          "Chinese President Xi Jinping and Oman's Sultan Qaboos Bin Said exchanged congratulatory messages on Friday, announcing the establishment of strategic partnership",
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
        source: 'shine-2018-bolivia',
        excerpt: 'agreed to establish a strategic partnership to promote greater development of bilateral relations',
      },
      {
        source: 'peopledaily-ko-2018-06-20-bolivia',
        excerpt: '량국 정상은 중국과 볼리비아 전략적 동반자 관계를 구축하여',
      },
      {
        source: 'consulate-sydney-2020-10-26-bolivia',
        excerpt: '特别是2018年两国建立战略伙伴关系以来,各领域交流合作日益密切',
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
        source: 'cri-filipino-2018-07-10-kuwait',
        excerpt:
          'Sa kanilang pagtatagpo noong ika-9 ng Hulyo, 2018, sa Beijing…itatatag ang estratehikong partnership ng Tsina at Kuwait.',
      },
      {
        source: 'timeskuwait-2018-kuwait',
        excerpt: 'visit last week to China…established a strategic partnership between the two countries',
      },
      {
        source: 'mfa-kuwait-profile-2025-07',
        excerpt: '2018年7月,科威特埃米尔萨巴赫对中国进行国事访问,习近平主席同其会谈,两国元首宣布建立中科战略伙伴关系。',
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
        'China Radio International\'s Japanese service, in a report dated 4 November 2019 (per its address), says Xi Jinping met Prime Minister Holness in Shanghai "on the 4th" and agreed the upgrade; the month and year from its date.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'cri-japanese-2019-11-04-jamaica',
        excerpt:
          '習近平国家主席は4日、上海でジャマイカのホルネス首相と会談し、共同に発展する友好的パートナーシップを戦略パートナーシップへ格上げすることで合意しました。',
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
        'The month is "今年6月" (June this year) in a People\'s Daily report published 2004-11-24; Romania\'s foreign minister also dates the declaration to June 2004.',
    }),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'sina-2004-11-24-romania',
        excerpt: '今年6月胡锦涛主席访问罗马尼亚…胡主席访问期间,双方宣布建立全面友好合作伙伴关系',
      },
      {
        source: 'nineoclock-2019-09-19-romania',
        excerpt:
          'A significant political development was the launch, in June 2004, of the Declaration of the Ample Partnership of Friendship and Cooperation',
      },
    ],
    note: "Announced during Hu Jintao's state visit to Romania in June 2004.",
  },
  {
    id: 'bg-4-2-2014',
    country: 'BG',
    level: '4.2',
    label: { zh: '全面友好合作伙伴关系', en: 'comprehensive friendly cooperative partnership' },
    since: day('2014-01-13'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'prc-embassy-lt-2014-01-bulgaria',
        excerpt:
          'On January 13, 2014, President Xi Jinping held talks with President Rosen Plevneliev of Bulgaria … They decided to establish China-Bulgaria comprehensive friendly cooperative partnership.',
      },
      {
        source: 'president-bg-2015-10-15-china',
        excerpt:
          "a comprehensive friendly partnership and cooperation, declared when they signed a joint declaration during the Bulgarian President's state visit … in January 2014",
      },
    ],
    note: 'Announced at the talks of Xi Jinping and President Plevneliev during his state visit to China. Superseded in 2019 by the strategic partnership (bg-3-5-2019).',
  },
  {
    id: 'mv-4-2-2014',
    country: 'MV',
    level: '4.2',
    label: {
      zh: '面向未来的全面友好合作伙伴关系',
      en: 'future-oriented comprehensive friendly cooperative partnership',
    },
    since: month('2014-09', {
      derived:
        'The talks in Malé were on "15日" by the China News Service report of 16 September 2014; China Daily (July 2015) dates the announcement to "last September".',
    }),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'hebei-cns-2014-09-16-maldives',
        excerpt:
          '中国国家主席习近平15日同马尔代夫总统亚明在马累举行会谈。…一致同意建立中马面向未来的全面友好合作伙伴关系',
      },
      {
        source: 'chinadaily-eu-2015-07-26-maldives',
        excerpt:
          "jointly announced the establishment of a future-oriented all-round friendly and cooperative partnership during Xi's visit to the Maldives last September",
      },
    ],
  },
  {
    id: 'ca-4-3-1997',
    country: 'CA',
    level: '4.3',
    label: { zh: '面向21世纪的全面合作伙伴关系', en: 'comprehensive cooperative partnership for the 21st century' },
    since: year('1997'),
    placement: 'reading',
    basis: 'external',
    sources: [
      {
        source: 'china-org-2005-09-10-canada',
        excerpt:
          'raising China-Canada relationship from a partnership of all-round cooperation mapped out in 1997 to a strategic partnership',
      },
      {
        source: 'chinaorg-2001-02-canada',
        excerpt:
          'Jiang Zemin to Canada in 1997, during which the two sides reached consensus on developing a cross-century partnership of overall cooperation',
      },
      {
        source: 'peopledaily-1999-04-20-canada',
        excerpt: '特别是1997年江泽民主席访加,两国领导人高瞻远瞩,建立了“面向21世纪的全面合作伙伴关系”',
      },
    ],
    note: "Declared during Jiang Zemin's state visit to Canada (November 1997 by a Xinhua chronology found only on a copy). Placement: with 面向21世纪的 set aside the Chinese name is 全面合作伙伴关系 (4.3); English sources render it as a partnership of all-round or overall cooperation, which would suggest 4.1, but the Chinese name, from People's Daily read on a copy, decides.",
  },
  {
    id: 'ar-4-3-2001',
    country: 'AR',
    level: null,
    label: {
      zh: '中阿21世纪全面合作伙伴关系',
      en: 'China–Argentina comprehensive cooperative partnership for the 21st century',
    },
    since: year('2001'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'gmw-2018-12-03-argentina',
        excerpt:
          '继2001年建立21世纪全面合作伙伴关系之后,两国关系又于2004年和2014年进一步升级为战略伙伴关系和全面战略伙伴关系',
      },
    ],
    note: 'Placement (2.0.0): with the leading 中阿 set aside the name is 21世纪全面合作伙伴关系; 21世纪 is written onto the name (no 的), so the name is none of the 16 levels: level null, the qualifier recorded and the base level 4.3 (全面合作伙伴关系) as the explicit reading. 1.x placed it on 4.3, setting 21世纪 aside as if it ended in 的. No source gives the month, and Xinhua in 2004 named the earlier relationship differently (see conflict partnership-ar-2001-label).',
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
    placement: 'reading',
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
      {
        source: 'govcn-2010-03-19-bangladesh',
        excerpt: '吳邦國對哈西娜長期致力於對華友好,為推動兩國全面合作夥伴關係作出積極貢獻表示讚賞',
      },
      {
        source: 'chinaorg-jp-2005-04-08-bangladesh',
        excerpt: '長期友好・平等互恵の全面的協力パートナーシップを確立する',
        note: "Wen Jiabao's proposal of 7 April 2005.",
      },
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
    placement: 'reading',
    basis: 'external',
    sources: [
      {
        source: 'china-org-2009-12-31-nepal',
        excerpt:
          '両国関係の包括的協力パートナーシップへの格上げの決定は、両国関係が新たな発展の段階に入ったことを意味する…「人民網日本語版」2009年12月31日',
      },
      {
        source: 'cctv-2019-10-14-nepal-commentary',
        excerpt: '最重要的成果是把10年前建立的“中尼世代友好的全面合作伙伴',
      },
    ],
    note: "Decided during Prime Minister Madhav Kumar Nepal's official visit of 26–31 December 2009; no source gives the day. The Chinese name is from a CCTV commentary of 2019 read only on a copy.",
  },
  {
    id: 'bd-4-3-2010',
    country: 'BD',
    level: '4.3',
    label: { zh: '更加紧密的全面合作伙伴关系', en: 'Closer Comprehensive Partnership of Cooperation' },
    since: month('2010-03'),
    placement: 'reading',
    basis: 'external',
    sources: [
      {
        source: 'chineseembassy-bd-bangladesh',
        excerpt:
          'paid an official visit to China from 17 to 21 March, 2010…The two sides decided to establish a "Closer Comprehensive Partnership of Cooperation"',
      },
      {
        source: 'govcn-2010-03-19-bangladesh',
        excerpt: '中方願與孟方一道,共同推動中孟更加緊密的全面合作夥伴關係向前發展',
      },
      { source: 'govcn-2011-12-12-bangladesh', excerpt: '2010年,雙方宣佈“建立和發展更加緊密的全面合作夥伴關係”' },
    ],
    note: "The 2005 partnership restated at the same level as a closer one (更加紧密的), during Sheikh Hasina's visit of 17–21 March 2010: the name was in use by 19 March (Wu Bangguo's meeting, after the talks of 18 March) and written into the joint statement at the end of the visit, dated 21 March only by a wiki copy. The month is kept.",
  },
  {
    id: 'tz-4-3-2013',
    country: 'TZ',
    level: '4.3',
    label: {
      zh: '互利共赢的全面合作伙伴关系',
      en: 'comprehensive partnership based on mutual benefit and win-win cooperation',
    },
    since: day('2013-03-25', {
      derived:
        'Monday 25 March 2013: China Daily (Xinhua), published that day, says the joint communiqué was issued in Dar es Salaam "Monday", at the end of Xi Jinping\'s state visit of 24–25 March.',
    }),
    placement: 'reading',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2013-03-25-tanzania',
        excerpt:
          'China and Tanzania issued in Dar Es Salaam Monday a joint communique on strengthening friendly cooperation between the two countries.',
      },
      {
        source: 'nbd-2013-03-25-tanzania',
        excerpt: '两国元首决定,传承中坦传统友谊,构建和发展互利共赢的全面合作伙伴关系,把中坦关系提升到更高水平。',
      },
      {
        source: 'mfa-tz-2013-03-china-communique',
        excerpt:
          'agreed to build and develop a comprehensive partnership based on mutual benefit and win-win cooperation',
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
    since: day('2013-03-29', {
      derived:
        'Friday 29 March 2013: the joint communiqué reported by Xinhua on 31 March 2013 follows "Friday\'s meeting" of the two presidents in Brazzaville.',
    }),
    placement: 'reading',
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2013-03-31-congo',
        excerpt:
          'The two heads of state agree to build … a China-Republic of the Congo comprehensive cooperative partnership of solidarity and mutual assistance',
      },
      {
        source: 'peoplecn-en-2013-03-31-congo',
        excerpt:
          "said the communique issued after Friday's meeting between Chinese President Xi Jinping and Denis Sassou Nguesso",
      },
      {
        source: 'xinhua-2014-06-13-congo',
        excerpt: '去年3月我访问刚果共和国时…我同萨苏总统就建立和发展中刚团结互助的全面合作伙伴关系达成重要共识',
      },
    ],
    note: "Agreed at the meeting of Xi Jinping and President Sassou Nguesso in Brazzaville on 29 March 2013, during his state visit, and set out in the joint communiqué issued the next day. The Chinese name is from Xi Jinping's own words of 2014, read only on a copy; People's Daily gives the English.",
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
    placement: 'reading',
    basis: 'external',
    sources: [
      {
        source: 'china-embassy-ke-kenya',
        excerpt:
          'On Aug. 19, 2013, President Xi Jinping held talks with President Uhuru Kenyatta…to establish China-Kenya comprehensive cooperative partnership',
      },
      {
        source: 'chinanews-2014-05-10-kenya',
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
    placement: 'reading',
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
    since: year('2016'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'sina-2018-01-16-gabon',
        excerpt:
          'raised the bilateral relations to the comprehensive cooperative partnership in 2016 when Ali Bongo visited China',
      },
      {
        source: 'chineseembassy-bb-2018-01-15-gabon',
        excerpt: 'President Xi Jinping invited him to pay a state visit to China at the end of 2016',
      },
    ],
    note: "Agreed during President Ali Bongo Ondimba's state visit to China at the end of 2016 (December by texts found only on copies); no publisher's page found gives the month.",
  },
  {
    id: 'mg-4-3-2017',
    country: 'MG',
    level: '4.3',
    label: { zh: '全面合作伙伴关系', en: 'comprehensive cooperation partnership' },
    since: month('2017-03', { uncertain: true }),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'xinhuanet-2019-11-06-madagascar', excerpt: '推动中马全面合作伙伴关系迈上新台阶' },
      {
        source: 'cri-fil-2017-03-28-madagascar',
        excerpt:
          'Nag-usap kahapon, Marso 27, 2017 dito sa Beijing sina Pangulong Xi Jinping ng Tsina at Pangulong Hery Rajaonarimampianina ng Madagascar.',
      },
      {
        source: 'wikipedia-en-china-madagascar-relations',
        excerpt: 'In March 2017, China and Madagascar established a comprehensive cooperation partnership',
      },
    ],
    note: "Set up during President Rajaonarimampianina's visit to Beijing: the talks of 27 March 2017 are reported, but no publisher's page found names the partnership as established then, so the month, from an encyclopaedia, is marked uncertain. The Chinese name is from a Xinhua report of 2019.",
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
        source: 'peopleschina-2012-04-20-japan',
        excerpt:
          '1998年11月25日から30日まで、江沢民中華人民共和国主席は日本国を公式訪問した。…11月26日、中日両国政府は「平和と発展のための友好協力パートナーシップの構築に関する中日共同宣言」を発表した。',
      },
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
        'Tuesday 15 June 2004: the Xinhua report published on 16 June 2004 (china.org.cn archive address) says the statement was signed "Tuesday"; People\'s Daily (2010) gives June 2004.',
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
        source: 'chinaorg-jp-2010-06-10-uzbekistan',
        excerpt: '2004年6月に両国元首が友好協力パートナーシップの構築を決定して以来',
      },
    ],
    note: "The joint statement of Hu Jintao's state visit to Tashkent speaks of further developing this partnership, so an earlier, undated use cannot be ruled out; the Treaty of Friendly and Cooperative Partnership of May 2005 gave it treaty form (see conflict partnership-uz-since).",
  },
  {
    id: 'fi-4-5-2017',
    country: 'FI',
    level: '4.5',
    label: { zh: '面向未来的新型合作伙伴关系', en: 'future-oriented new-type cooperative partnership' },
    since: day('2017-04-05', {
      derived:
        'Day and month from "4月5日" in a China.com.cn report published 7 April 2017 (on fjsen.com): the talks in Helsinki after which the joint statement was issued; the year from its date.',
    }),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      { source: 'huanbohainews-2017-04-06-finland', excerpt: '4月4日至6日…共同宣布建立中芬面向未来的新型合作伙伴关系' },
      {
        source: 'fjsen-2017-04-07-finland',
        excerpt:
          '4月5日,国家主席习近平在赫尔辛基同芬兰总统尼尼斯托举行会谈 … 共同发表了关于建立和推进面向未来的新型合作伙伴关系的联合声明',
      },
    ],
    note: "Set out in the joint statement issued after the talks in Helsinki on 5 April 2017, during Xi Jinping's state visit of 4–6 April. The two heads of state had agreed to build this partnership at their meeting in Sanya on 6 April 2013 (see conflict partnership-fi-since).",
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
    since: year('1996', { uncertain: true }),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'prc-profile-nepal-relations',
        excerpt:
          '1996年底,國家主席江澤民對尼進行了國事訪問,兩國領導人共同確立建立面向二十一世紀的世代友好的睦鄰夥伴關係',
      },
      {
        source: 'people-en-2001-05-14-nepal',
        excerpt:
          '"In the new century we will work further to develop the good-neighborly partnership so that it will grow in strength from generation to generation," Zhu said.',
      },
    ],
    note: "Agreed during Jiang Zemin's state visit at the end of 1996. The name and the year rest on a Chinese official profile read only on a copy whose publisher could not be confirmed, so the date is marked uncertain; People's Daily confirms the good-neighbourly partnership in 2001 without dating it. With its qualifiers set aside the name is 睦邻伙伴关系 (good-neighbourly partnership), none of the sixteen level names.",
  },
  {
    id: 'ru-off-1996',
    country: 'RU',
    level: null,
    label: {
      zh: '平等信任的、面向二十一世纪的战略协作伙伴关系',
      en: 'strategic partnership of coordination for the 21st century, based on equality and trust',
    },
    since: month('1996-04'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'cctv-1996-04-russia-statement',
        excerpt: '《中俄聯合聲明》(1996年4月) … 宣佈決心發展平等信任的、面向二十一世紀的戰略協作夥伴關係',
      },
      {
        source: 'jamestown-monitor-1996-russia-china',
        excerpt:
          'The issuance of a joint communique proclaiming a "strategic partnership" between Beijing and Moscow topped a day … (Western, Russian, Chinese agencies, April 25)',
        note: 'Dates the joint statement to 25 April 1996, from agency reports.',
      },
      {
        source: 'chinadaily-cn-2025-05-12-russia-keyword',
        excerpt: '中华人民共和国和俄罗斯联邦1996年建立战略协作伙伴关系',
      },
    ],
    note: "Declared in the joint statement of Boris Yeltsin's state visit to Beijing in April 1996 (on 25 April by the agency reports a Jamestown digest cites; no publisher's page found states the day). With the qualifiers ending in 的 set aside the name is 战略协作伙伴关系, which the exhibit has only in its new-era comprehensive form (1.1).",
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
    id: 'mn-off-2003',
    country: 'MN',
    level: null,
    label: { zh: '睦邻互信伙伴关系', en: 'good-neighbour partnership of mutual trust' },
    since: year('2003'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'china-org-2014-08-20-mongolia',
        excerpt:
          'In 2003, then Chinese President Hu Jintao visited Mongolia and both sides decided to establish a good-neighbor partnership of mutual trust.',
      },
      {
        source: 'cctv-xinhua-2005-11-28-mongolia',
        excerpt: '2003年胡锦涛主席对蒙古进行了成功的国事访问,两国建立了睦邻互信伙伴关系',
      },
    ],
    note: "Declared during Hu Jintao's state visit to Mongolia (June 2003 by a chronology found only on low-quality pages; no publisher's page found gives the month). 睦邻互信伙伴关系 (good-neighbour partnership of mutual trust) is none of the sixteen level names.",
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
        source: 'people-en-2003-06-24-india',
        excerpt:
          'Last updated at: (Beijing Time) Tuesday, June 24, 2003 … for the promotion of a long-term constructive and cooperative partnership',
      },
      {
        source: 'cctv-en-2003-06-25-india',
        excerpt:
          'The document proposes four principles for the two countries to abide by and develop a long-term constructive partnership.',
      },
      {
        source: 'wikipedia-zh-china-india-relations',
        excerpt:
          '2003年6月,阿塔爾·比哈里·瓦傑帕伊總理對中國進行正式訪問,雙方簽署《中印關係原則和全面合作宣言》,確認發展長期建設性合作夥伴關係',
      },
    ],
    note: "Restated the 1996 partnership in the Declaration on Principles for Relations and Comprehensive Cooperation, signed in Beijing on 23 June 2003 during Prime Minister Vajpayee's visit; People's Daily gives the English name, an encyclopaedia the Chinese.",
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
    since: month('2005-02', {
      derived:
        'Vice-President Zeng Qinghong\'s visit to Jamaica: China.org.cn, published 3 February 2005, has him in Jamaica "on Wednesday" (2 February 2005); a China News Service report datelined Kingston 1 February 2005, read only on a copy, says the partnership was announced that day.',
      uncertain: true,
    }),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'yidaiyilu-2019-04-12-jamaica',
        excerpt:
          "the friendly partnership for common development between the People's Republic of China and Jamaica continued to expand and deepen",
      },
      {
        source: 'chinaorg-2005-02-03-jamaica',
        excerpt:
          'addressed the opening ceremony of the first Ministerial Meeting of the China-Caribbean Economic and Trade Cooperation Forum in Jamaica on Wednesday',
      },
      { source: 'chinanews-2005-02-01-jamaica', excerpt: '2005年02月02日 11:39 … 中新社金斯敦二月一日電' },
      {
        source: 'chinanews-2005-02-01-jamaica',
        excerpt:
          '雙方宣布建立共同發(fā)展的友好伙伴關(guān)系 [both sides announced a friendly partnership for common development; the copy inserts pinyin]',
      },
    ],
    note: "Announced in Kingston during Vice-President Zeng Qinghong's visit (on 1 February 2005 by a China News Service report found only on a copy; the foreign ministry's profile gives the name but no date), so the month is marked uncertain. With 共同发展的 set aside the name is 友好伙伴关系 (friendly partnership), none of the sixteen level names.",
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
      {
        source: 'chinadaily-cn-2025-05-12-russia-keyword',
        excerpt: '2011年建立平等信任、相互支持、共同繁荣、世代友好的全面战略协作伙伴关系',
      },
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
    since: day('2014-03-31'),
    placement: 'none',
    basis: 'external',
    sources: [
      {
        source: 'prc-embassy-be-2014-04-01-belgium',
        excerpt:
          'On March 31, 2014, President Xi Jinping held talks with Prime Minister Elio Di Rupo … to upgrade the bilateral relations to an all-round friendly cooperative partnership',
      },
      {
        source: 'belgium-fpsfa-2014-03-31-china-declaration',
        excerpt:
          'Joint declaration … concerning the strengthening of their global Friendship and Cooperation Partnership … date: 31 March 2014',
      },
      {
        source: 'xinhua-2017-06-01-belgium-qu-xing',
        excerpt: '2014年3月习近平主席对比利时进行国事访问时,双方发表联合声明,决定建立中比全方位友好合作伙伴关系',
      },
    ],
    note: 'This label matches none of the exhibit\'s sixteen levels: it joins the "all-round" of 4.1 to the "friendly cooperative" wording of 4.2. It is kept as the source gives it rather than assigned to either level; the tracker does not mention Belgium. The English form is a translation of the Chinese name.',
  },
];
