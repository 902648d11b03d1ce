import type { FuzzyDate } from '../schemas/common.js';
import type { Membership } from '../schemas/partnerships.js';
import { TRACKER_SOURCE_ID } from './sources/tracker.js';

const EXHIBIT = { source: TRACKER_SOURCE_ID, section: 'exhibit-1' } as const;

type DateExtra = Pick<FuzzyDate, 'derived' | 'uncertain'>;

const year = (value: string, extra: DateExtra = {}): FuzzyDate => ({ value, precision: 'year', ...extra });
const month = (value: string, extra: DateExtra = {}): FuzzyDate => ({ value, precision: 'month', ...extra });
const day = (value: string, extra: DateExtra = {}): FuzzyDate => ({ value, precision: 'day', ...extra });

// Shared excerpts of sources that cover several countries.
const TWWIKI = 'twwiki-first-financial-daily-2014-survey';
const TWWIKI_SCP = '戰略合作夥伴關係(印度(2005)、韓國(2008)、土耳其(2010)、阿富汗(2012)、斯里蘭卡(2013))';
const LI_2012 = 'uni-hamburg-jcsaa-2012-li-chenyang-myanmar';
const LI_2012_EXCERPT =
  "'comprehensive strategic cooperative partnership' with three other ASEAN states (Vietnam in 2008, Laos in 2009, and Cambodia in 2010)";
const SUN_ZHANG = 'jizihe-2018-sun-zhang-china-arab-partnerships';
const SUN_ZHANG_CSP =
  'comprehensive strategic partnerships with Algeria (in 2014), Egypt (in 2014), Saudi Arabia (in 2016) and the UAE (in 2018)';
const PACIFIC = 'hsw-2018-11-17-pacific-islands';
const PACIFIC_EXCERPT = '一致同意将双方关系提升为相互尊重、共同发展的全面战略伙伴关系';
const PACIFIC_LABEL = { zh: '相互尊重、共同发展的全面战略伙伴关系' };
const PACIFIC_NOTE_GROUP =
  'One of eight Pacific island countries whose ties were raised together at a meeting with Xi Jinping (Papua New Guinea, Micronesia, Samoa, Vanuatu, Cook Islands, Tonga, Niue and Fiji).';

/**
 * Countries on the levels of China's partnership hierarchy, with the date each reached its level.
 * The latest record of a country dated on or before a day is its level on that day.
 */
export const partnerships: Membership[] = [
  // ---------------------------------------------------------------- Tier 1
  {
    id: 'ru-1-1-2019',
    country: 'RU',
    level: '1.1',
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
    since: day('2015-04-20'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'wenweipo-2015-04-22-pakistan-all-weather',
        excerpt: '中國和巴基斯坦兩國20日發表的聯合聲明指出…提升為全天候戰略合作夥伴關係',
        note: 'The upgrade was set out in a joint statement of 20 April 2015.',
      },
    ],
  },
  {
    id: 'vn-2-2-2008',
    country: 'VN',
    level: '2.2',
    since: year('2008'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: LI_2012, excerpt: LI_2012_EXCERPT }],
  },
  {
    id: 'la-2-2-2009',
    country: 'LA',
    level: '2.2',
    since: year('2009'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: LI_2012, excerpt: LI_2012_EXCERPT }],
  },
  {
    id: 'kh-2-2-2010',
    country: 'KH',
    level: '2.2',
    since: year('2010'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: LI_2012, excerpt: LI_2012_EXCERPT }],
  },
  {
    id: 'mm-2-2-2011',
    country: 'MM',
    level: '2.2',
    since: month('2011-05'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: LI_2012, excerpt: 'before it did so with Myanmar in May 2011' }],
  },
  {
    id: 'th-2-2-2012',
    country: 'TH',
    level: '2.2',
    since: day('2012-04-17'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'creativeottawanerds-2012-thailand',
        excerpt: '溫家寶4月17日會見到訪的泰國總理英拉,雙方決定建立全面戰略合作伙伴關係',
      },
    ],
  },
  {
    id: 'mz-2-2-2016',
    country: 'MZ',
    level: '2.2',
    since: year('2016'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: '8i8i8i-2017-02-22-mozambique', excerpt: '2016年,兩國建立了全面戰略合作伙伴關係' }],
  },
  {
    id: 'sn-2-2-2016',
    country: 'SN',
    level: '2.2',
    since: year('2016'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'africanews-2018-07-22-senegal',
        excerpt:
          "agreed to elevate the two countries' ties to a comprehensive strategic cooperative partnership in 2016",
      },
    ],
  },
  {
    id: 'cg-2-2-2016',
    country: 'CG',
    level: '2.2',
    since: day('2016-07-05'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chineseembassy-bb-2016-congo-partnership',
        excerpt:
          'On July 5, 2016…decided to uplift bilateral relations to a comprehensive strategic partnership of cooperation',
      },
    ],
  },
  {
    id: 'gn-2-2-2016',
    country: 'GN',
    level: '2.2',
    since: day('2016-11-02'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: 'caixin-2016-11-02-guinea', excerpt: '两国元首决定建立中几全面战略合作伙伴关系' }],
  },
  {
    id: 'sl-2-2-2016',
    country: 'SL',
    level: '2.2',
    since: day('2016-12-01'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'modernghana-2016-sierra-leone',
        excerpt:
          'On December 1, 2016…decided to upgrade China-Sierra Leone relations to a comprehensive strategic cooperative partnership',
      },
    ],
  },
  {
    id: 'et-2-2-2017',
    country: 'ET',
    level: '2.2',
    since: month('2017-05', {
      derived:
        'Inferred: a CGTN report of 12 May 2017 has China calling for the upgrade, and a 2018 report describes the partnership as established.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'thesafiablog-2017-05-14-ethiopia',
        excerpt: 'called to enhance the relationship…to a comprehensive strategic cooperation partnership',
      },
      {
        source: 'hegsqy-2018-ethiopia',
        excerpt: 'the two countries have established a comprehensive strategic and cooperative partnership',
      },
    ],
  },
  {
    id: 'ke-2-2-2017',
    country: 'KE',
    level: '2.2',
    since: day('2017-05-15'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'kbctv-2017-05-15-kenya',
        excerpt: 'elevation of the two countries relationship to that of comprehensive strategic cooperation',
      },
    ],
  },
  {
    id: 'zw-2-2-2018',
    country: 'ZW',
    level: '2.2',
    since: month('2018-04', { derived: 'From "今年4月" (April of this year) in a Xinhua report of September 2018.' }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'customkitchencountertop-2018-09-zimbabwe',
        excerpt: '在他今年4月訪華期間,津中兩國關系提升為全面戰略合作伙伴關系',
      },
    ],
  },
  {
    id: 'in-2-3-2005',
    country: 'IN',
    level: '2.3',
    since: year('2005'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [EXHIBIT, { source: TWWIKI, excerpt: TWWIKI_SCP }],
  },
  {
    id: 'tr-2-3-2010',
    country: 'TR',
    level: '2.3',
    since: year('2010'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: TWWIKI, excerpt: TWWIKI_SCP }],
  },
  {
    id: 'af-2-3-2012',
    country: 'AF',
    level: '2.3',
    since: year('2012'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: TWWIKI, excerpt: TWWIKI_SCP }],
  },
  {
    id: 'lk-2-3-2013',
    country: 'LK',
    level: '2.3',
    since: year('2013'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: TWWIKI, excerpt: TWWIKI_SCP }],
  },
  {
    id: 'bd-2-3-2016',
    country: 'BD',
    level: '2.3',
    since: day('2016-10-14'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chineseembassy-bd-2016-bangladesh-partnership',
        excerpt: 'On October 14, 2016…agreed to establish China-Bangladesh strategic partnership of cooperation',
      },
    ],
  },
  {
    id: 'bn-2-3-2018',
    country: 'BN',
    level: '2.3',
    since: day('2018-11-19', { derived: 'From "on Monday" in a Global Times report of November 2018.' }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'globaltimes-2018-11-brunei',
        excerpt: 'China and Brunei upgraded their bilateral ties to a strategic cooperative partnership on Monday',
      },
    ],
  },
  {
    id: 'np-2-3-2019',
    country: 'NP',
    level: '2.3',
    label: { en: 'strategic cooperative partnership featuring ever-lasting friendship for development and prosperity' },
    since: day('2019-10-12'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'kckyqg-mfa-mirror-2019-nepal',
        excerpt:
          'On October 12, 2019…announce to establish China-Nepal strategic cooperative partnership featuring ever-lasting friendship',
      },
    ],
  },
  // ---------------------------------------------------------------- Tier 3
  {
    id: 'de-3-1-2014',
    country: 'DE',
    level: '3.1',
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
    since: month('2004-01'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinaculture-china-france-50-years',
        excerpt:
          'Hu Jintao pays a three-day visit to France, during which the two countries forge a comprehensive strategic partnership',
      },
    ],
  },
  {
    id: 'gb-3-3-2004',
    country: 'GB',
    level: '3.3',
    since: year('2004', {
      derived: 'From "ten years ago" in the China–UK statement of June 2014.',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'blindbatnews-2014-06-17-china-uk-statement',
        excerpt: 'since the establishment of the China-UK comprehensive strategic partnership ten years ago',
      },
    ],
    note: 'The first UK comprehensive strategic partnership; relaunched in 2015 under a longer name (see gb-3-3-2015). The tracker speaks only of the current level, so this earlier record rests on the external source.',
  },
  {
    id: 'it-3-3-2004',
    country: 'IT',
    level: '3.3',
    since: month('2004-05'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2004-05-09-italy',
        excerpt: 'establishing stable, friendly, long-term and sustainable strategic partnership',
      },
    ],
    note: 'Placed on the comprehensive strategic level as the research does, but the source found speaks only of a "strategic partnership"; the word "comprehensive" is not attested in it.',
  },
  {
    id: 'es-3-3-2005',
    country: 'ES',
    level: '3.3',
    since: day('2005-11-14'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'cri-polish-2005-11-15-spain',
        excerpt: 'Chiny i Hiszpania nawiązały wszechstronne partnerstwo strategiczne',
      },
    ],
  },
  {
    id: 'pt-3-3-2005',
    country: 'PT',
    level: '3.3',
    since: month('2005-12'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2005-12-10-portugal',
        excerpt: 'The elevation of Portugal to the level of strategic partner',
      },
    ],
    note: 'Placed on the comprehensive strategic level as the research does, but the source found speaks only of a "strategic partner"; the word "comprehensive" is not attested in it.',
  },
  {
    id: 'gr-3-3-2006',
    country: 'GR',
    level: '3.3',
    since: day('2006-01-19'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'usc-china-greece-2006-communique',
        excerpt: 'Both sides decided to establish China-Greece comprehensive strategic partnership.',
      },
    ],
  },
  {
    id: 'dk-3-3-2008',
    country: 'DK',
    level: '3.3',
    since: month('2008-10'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'wikisource-china-denmark-2008-statement',
        excerpt: 'the two sides agreed to launch a Comprehensive Strategic Partnership',
      },
    ],
  },
  {
    id: 'za-3-3-2010',
    country: 'ZA',
    level: '3.3',
    since: day('2010-08-24'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chineseconsulate-capetown-2010-south-africa',
        excerpt: "China, South Africa upgrade relations to 'comprehensive strategic partnership'",
      },
    ],
  },
  {
    id: 'br-3-3-2012',
    country: 'BR',
    level: '3.3',
    since: day('2012-06-21'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'mfa-es-2012-06-brazil',
        excerpt: 'anunciaron elevar las relaciones sino-brasileñas hasta una asociación estratégica integral',
      },
    ],
  },
  {
    id: 'pe-3-3-2013',
    country: 'PE',
    level: '3.3',
    since: year('2013', {
      derived:
        'Inferred from Xi Jinping telling President Humala in November 2014 that ties were raised during his visit "last year" (去年).',
    }),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'lunwentd-2014-xi-humala-peru', excerpt: '去年你訪華期間,我們將兩國關系提升為全面戰略伙伴關系' },
    ],
  },
  {
    id: 'mx-3-3-2013',
    country: 'MX',
    level: '3.3',
    since: month('2013-06'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'huzhao1-china-mexico-embassy-info', excerpt: '2013年6月,习近平主席访墨,两国建立全面战略伙伴关系' },
    ],
  },
  {
    id: 'id-3-3-2013',
    country: 'ID',
    level: '3.3',
    since: day('2013-10-02'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: 'hrhdw-2013-indonesia', excerpt: '双方共同决定把中印尼关系提升为全面战略伙伴关系' }],
  },
  {
    id: 'my-3-3-2013',
    country: 'MY',
    level: '3.3',
    since: day('2013-10-04'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: 'nanyangpost-2013-10-malaysia', excerpt: '中国马来西亚关系提升为全面战略伙伴关系' }],
  },
  {
    id: 'dz-3-3-2014',
    country: 'DZ',
    level: '3.3',
    since: year('2014'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: SUN_ZHANG, excerpt: SUN_ZHANG_CSP }],
  },
  {
    id: 'eg-3-3-2014',
    country: 'EG',
    level: '3.3',
    since: year('2014'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: SUN_ZHANG, excerpt: SUN_ZHANG_CSP }],
  },
  {
    id: 'ar-3-3-2014',
    country: 'AR',
    level: '3.3',
    since: month('2014-07'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'sohu-2014-07-25-argentina-venezuela',
        excerpt: "把双边关系从原来的'战略伙伴关系'提升为'全面战略伙伴关系'",
      },
    ],
    note: 'Raised from an earlier strategic partnership; that earlier level is left out because no source found dates it.',
  },
  {
    id: 've-3-3-2014',
    country: 'VE',
    level: '3.3',
    since: day('2014-07-20'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: 'crntt-2014-venezuela', excerpt: '一致決定將中委關係提升為全面戰略夥伴關係' }],
  },
  {
    id: 'mn-3-3-2014',
    country: 'MN',
    level: '3.3',
    since: month('2014-08'),
    placement: 'label',
    basis: 'external',
    sources: [
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
    since: month('2014-11'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: TWWIKI, excerpt: '澳大利亞(2014)、紐西蘭(2014)' },
      {
        source: 'caijingsc-first-financial-daily-2014-survey',
        excerpt: "澳大利亚和新西兰相继与中国建立了'全面战略伙伴关系'",
      },
    ],
    note: "The month is the research's reading of its sources; the excerpts quoted here give only the year.",
  },
  {
    id: 'nz-3-3-2014',
    country: 'NZ',
    level: '3.3',
    since: month('2014-11'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: TWWIKI, excerpt: '澳大利亞(2014)、紐西蘭(2014)' },
      {
        source: 'caijingsc-first-financial-daily-2014-survey',
        excerpt: "澳大利亚和新西兰相继与中国建立了'全面战略伙伴关系'",
      },
    ],
    note: "The month is the research's reading of its sources; the excerpts quoted here give only the year.",
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
    ],
    note: 'Same level as the 2004 partnership (gb-3-3-2004), relaunched under a longer official name.',
  },
  {
    id: 'sa-3-3-2016',
    country: 'SA',
    level: '3.3',
    since: month('2016-01'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: 'kunming-2022-12-08-saudi-arabia', excerpt: '2016年1月,中沙两国宣布建立全面战略伙伴关系' }],
  },
  {
    id: 'ir-3-3-2016',
    country: 'IR',
    level: '3.3',
    since: day('2016-01-23'),
    placement: 'label',
    basis: 'external',
    sources: [
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
    since: month('2016-06'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: '881903-poland-2016', excerpt: '習近平到訪波蘭,兩國同意建立全面戰略伙伴關係' }],
  },
  {
    id: 'rs-3-3-2016',
    country: 'RS',
    level: '3.3',
    since: month('2016-06'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'gordon-maytravelgetaways-serbia',
        excerpt: '2016年习近平主席访塞期间,两国元首一致决定,将中塞关系提升为全面战略伙伴关系',
      },
    ],
  },
  {
    id: 'uz-3-3-2016',
    country: 'UZ',
    level: '3.3',
    since: day('2016-06-22'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'gmw-2022-01-25-uzbekistan',
        excerpt: '2012年,双方建立战略伙伴关系。2016年,中乌关系提升为全面战略伙伴关系',
      },
    ],
    note: "Raised from the strategic partnership of 2012 (uz-3-5-2012). The day is the research's reading of its source; the excerpt quoted here gives only the year.",
  },
  {
    id: 'by-3-3-2016',
    country: 'BY',
    level: '3.3',
    since: day('2016-09-29'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2016-09-30-belarus',
        excerpt:
          'signed a joint declaration to enhance mutual trust and establish a win-win comprehensive strategic partnership',
      },
    ],
  },
  {
    id: 'cl-3-3-2016',
    country: 'CL',
    level: '3.3',
    since: month('2016-11'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'people-j-2017-01-09-chile', excerpt: '中国とチリは包括的・戦略的パートナーシップの構築を宣言し' },
    ],
  },
  {
    id: 'ec-3-3-2016',
    country: 'EC',
    level: '3.3',
    since: day('2016-11-17'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: 'takungpao-2016-11-19-ecuador', excerpt: '雙方決定將兩國關係提升為全面戰略夥伴關係' }],
  },
  {
    id: 'hu-3-3-2017',
    country: 'HU',
    level: '3.3',
    since: day('2017-05-13'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'xinhuanet-2017-05-13-hungary',
        excerpt: 'China, Hungary establish comprehensive strategic partnership',
      },
    ],
  },
  {
    id: 'tj-3-3-2017',
    country: 'TJ',
    level: '3.3',
    since: day('2017-08-31'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'mfa-en-2017-09-04-tajikistan',
        excerpt: 'The two heads of state agreed to establish China-Tajikistan comprehensive strategic partnership',
      },
    ],
  },
  {
    id: 'ae-3-3-2018',
    country: 'AE',
    level: '3.3',
    since: year('2018'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: SUN_ZHANG, excerpt: SUN_ZHANG_CSP }],
  },
  {
    id: 'kg-3-3-2018',
    country: 'KG',
    level: '3.3',
    since: day('2018-06-06', { derived: 'From "yesterday" in the Shanghai Daily report.' }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'shine-2018-kyrgyzstan',
        excerpt: 'CHINA and Kyrgyzstan yesterday agreed to establish a comprehensive strategic partnership',
      },
    ],
  },
  {
    id: 'ck-3-3-2018',
    country: 'CK',
    level: '3.3',
    label: PACIFIC_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: PACIFIC, excerpt: PACIFIC_EXCERPT }],
    note: `${PACIFIC_NOTE_GROUP} The Cook Islands are not a UN member state.`,
  },
  {
    id: 'fj-3-3-2018',
    country: 'FJ',
    level: '3.3',
    label: PACIFIC_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: PACIFIC, excerpt: PACIFIC_EXCERPT },
      {
        source: PACIFIC,
        excerpt: '斐济政府代表、国防部长昆布安博拉',
        note: 'Fiji took part through its defence minister, not its head of government.',
      },
    ],
    note: PACIFIC_NOTE_GROUP,
  },
  {
    id: 'fm-3-3-2018',
    country: 'FM',
    level: '3.3',
    label: PACIFIC_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: PACIFIC, excerpt: PACIFIC_EXCERPT }],
    note: PACIFIC_NOTE_GROUP,
  },
  {
    id: 'nu-3-3-2018',
    country: 'NU',
    level: '3.3',
    label: PACIFIC_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: PACIFIC, excerpt: PACIFIC_EXCERPT }],
    note: `${PACIFIC_NOTE_GROUP} Niue is not a UN member state.`,
  },
  {
    id: 'pg-3-3-2018',
    country: 'PG',
    level: '3.3',
    label: PACIFIC_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: PACIFIC, excerpt: PACIFIC_EXCERPT }],
    note: PACIFIC_NOTE_GROUP,
  },
  {
    id: 'to-3-3-2018',
    country: 'TO',
    level: '3.3',
    label: PACIFIC_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: PACIFIC, excerpt: PACIFIC_EXCERPT }],
    note: PACIFIC_NOTE_GROUP,
  },
  {
    id: 'vu-3-3-2018',
    country: 'VU',
    level: '3.3',
    label: PACIFIC_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: PACIFIC, excerpt: PACIFIC_EXCERPT }],
    note: PACIFIC_NOTE_GROUP,
  },
  {
    id: 'ws-3-3-2018',
    country: 'WS',
    level: '3.3',
    label: PACIFIC_LABEL,
    since: day('2018-11-16'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: PACIFIC, excerpt: PACIFIC_EXCERPT }],
    note: PACIFIC_NOTE_GROUP,
  },
  {
    id: 'at-3-4-2018',
    country: 'AT',
    level: '3.4',
    since: month('2018-04', { derived: 'From "去年4月" (April of last year) in a Xinhua interview of 2019.' }),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      { source: 'fashion-shanghaidx-2019-austria-interview', excerpt: '去年4月中奥确立友好战略伙伴关系以来' },
    ],
  },
  {
    id: 'ng-3-5-2005',
    country: 'NG',
    level: '3.5',
    since: month('2005-04'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'china-org-2005-nigeria',
        excerpt:
          "Hu met with Obasanjo for several hours, agreeing to build a 'strategic partnership' between the two countries",
      },
    ],
  },
  {
    id: 'ca-3-5-2005',
    country: 'CA',
    level: '3.5',
    since: day('2005-09-09', { derived: 'From "Friday" in a report dated 10 September 2005.' }),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'china-org-2005-09-10-canada',
        excerpt: 'China and Canada agreed in Ottawa Friday morning on building a strategic partnership',
      },
    ],
  },
  {
    id: 'ao-3-5-2010',
    country: 'AO',
    level: '3.5',
    since: day('2010-11-20'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'iias-china-angola-strategic-partnership',
        excerpt:
          "on 20 November 2010…Joint Communiqué on the Strategic Partnership between the People's Republic of China and the Republic of Angola",
      },
    ],
  },
  {
    id: 'ua-3-5-2011',
    country: 'UA',
    level: '3.5',
    since: day('2011-06-20', { derived: 'From "on Monday" in a report dated 20 June 2011.' }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'chinadaily-2011-06-20-ukraine',
        excerpt:
          "signed a joint statement on Monday upgrading the countries' friendly and cooperative relations to a strategic partnership",
      },
    ],
  },
  {
    id: 'ie-3-5-2012',
    country: 'IE',
    level: '3.5',
    label: { zh: '互惠战略伙伴关系', en: 'mutually beneficial strategic partnership' },
    since: year('2012'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: TWWIKI, excerpt: '互惠戰略夥伴關係(愛爾蘭(2012))' }],
    note: 'The English form of the label is a translation of the Chinese name; the source gives only the Chinese.',
  },
  {
    id: 'uz-3-5-2012',
    country: 'UZ',
    level: '3.5',
    since: year('2012'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'gmw-2022-01-25-uzbekistan',
        excerpt: '2012年,双方建立战略伙伴关系。2016年,中乌关系提升为全面战略伙伴关系',
      },
    ],
    note: 'Superseded in 2016 by the comprehensive strategic partnership (uz-3-3-2016).',
  },
  {
    id: 'tm-3-5-2013',
    country: 'TM',
    level: '3.5',
    since: day('2013-09-03', { derived: 'From "Tuesday" in the Global Times report.' }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'globaltimes-2013-09-turkmenistan',
        excerpt: 'signed a joint declaration here Tuesday to lift bilateral ties to a strategic partnership',
      },
    ],
  },
  {
    id: 'qa-3-5-2014',
    country: 'QA',
    level: '3.5',
    since: year('2014'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: SUN_ZHANG, excerpt: 'strategic partnerships with Qatar (in 2014), Jordan (in 2015), Iraq (in 2015)' },
    ],
  },
  {
    id: 'iq-3-5-2015',
    country: 'IQ',
    level: '3.5',
    since: year('2015'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: SUN_ZHANG, excerpt: 'strategic partnerships with Qatar (in 2014), Jordan (in 2015), Iraq (in 2015)' },
    ],
  },
  {
    id: 'jo-3-5-2015',
    country: 'JO',
    level: '3.5',
    since: year('2015'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: SUN_ZHANG, excerpt: 'strategic partnerships with Qatar (in 2014), Jordan (in 2015), Iraq (in 2015)' },
    ],
  },
  {
    id: 'cr-3-5-2015',
    country: 'CR',
    level: '3.5',
    label: { zh: '平等互信、合作共赢的战略伙伴关系' },
    since: day('2015-01-06'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'ecns-2015-01-07-costa-rica', excerpt: '两国元首共同宣布中哥建立平等互信、合作共赢的战略伙伴关系' },
    ],
  },
  {
    id: 'ma-3-5-2016',
    country: 'MA',
    level: '3.5',
    since: year('2016'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: SUN_ZHANG, excerpt: 'strategic partnerships with Qatar (in 2014)…Morocco (in 2016), Sudan (in 2016)' },
    ],
  },
  {
    id: 'sd-3-5-2016',
    country: 'SD',
    level: '3.5',
    since: year('2016'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: SUN_ZHANG, excerpt: 'strategic partnerships with Qatar (in 2014)…Morocco (in 2016), Sudan (in 2016)' },
    ],
    note: 'Year as the cited paper gives it; the researcher had recalled 2015 but found no source for it.',
  },
  {
    id: 'cz-3-5-2016',
    country: 'CZ',
    level: '3.5',
    since: day('2016-03-29'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'hktdc-2016-china-czech-joint-statement',
        excerpt: 'On 29 March 2016…issued a joint statement on the establishment of a strategic partnership',
      },
    ],
  },
  {
    id: 'uy-3-5-2016',
    country: 'UY',
    level: '3.5',
    since: day('2016-10-18'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: 'chinagate-2016-10-18-uruguay', excerpt: 'China, Uruguay establish strategic partnership' }],
  },
  {
    id: 'dj-3-5-2017',
    country: 'DJ',
    level: '3.5',
    since: year('2017'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: SUN_ZHANG,
        excerpt: 'strategic partnerships with Qatar (in 2014)…Djibouti (in 2017) and Oman (in 2018)',
      },
    ],
  },
  {
    id: 'om-3-5-2018',
    country: 'OM',
    level: '3.5',
    since: year('2018'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: SUN_ZHANG,
        excerpt: 'strategic partnerships with Qatar (in 2014)…Djibouti (in 2017) and Oman (in 2018)',
      },
    ],
  },
  {
    id: 'bo-3-5-2018',
    country: 'BO',
    level: '3.5',
    since: day('2018-06-19'),
    placement: 'label',
    basis: 'external',
    sources: [
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
    since: day('2018-07-09', { derived: 'From "last week" in the Times Kuwait report.' }),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'timeskuwait-2018-kuwait',
        excerpt: 'visit last week to China…established a strategic partnership between the two countries',
      },
    ],
  },
  {
    id: 'bg-3-5-2019',
    country: 'BG',
    level: '3.5',
    since: day('2019-07-03'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'cgtn-2019-07-03-bulgaria',
        excerpt: 'China and Bulgaria have agreed to lift their ties to a strategic partnership',
      },
    ],
    note: 'Raised from the comprehensive friendly cooperative partnership of 2014 (bg-4-2-2014).',
  },
  {
    id: 'ch-3-6-2016',
    country: 'CH',
    level: '3.6',
    since: day('2016-04-08'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      { source: 'cri-big5-2016-04-11-switzerland', excerpt: '4月8日…兩國元首一致決定建立中瑞創新戰略夥伴關係' },
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
    since: year('2004'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [EXHIBIT, { source: TWWIKI, excerpt: '全面友好合作夥伴關係(羅馬尼亞(2004)、保加利亞(2014))' }],
  },
  {
    id: 'bg-4-2-2014',
    country: 'BG',
    level: '4.2',
    since: year('2014'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: TWWIKI, excerpt: '全面友好合作夥伴關係(羅馬尼亞(2004)、保加利亞(2014))' }],
    note: 'Superseded in 2019 by the strategic partnership (bg-3-5-2019).',
  },
  {
    id: 'mv-4-2-2014',
    country: 'MV',
    level: '4.2',
    since: month('2014-09'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      { source: 'wiki-x-io-china-maldives-relations', excerpt: '2014年9月,兩國關係提升為全面友好合作伙伴关系' },
    ],
  },
  {
    id: 'kr-4-3-undated',
    country: 'KR',
    level: '4.3',
    since: null,
    placement: 'tracker',
    basis: 'tracker',
    sources: [EXHIBIT],
    note: 'The tracker names South Korea on this level; no source found dates its arrival here or confirms it as of 2021. Other sources give a strategic cooperative partnership (2.3) from 2008: see conflict partnership-kr-level.',
  },
  {
    id: 'hr-4-3-2005',
    country: 'HR',
    level: '4.3',
    since: month('2005-05'),
    placement: 'label',
    basis: 'external',
    sources: [{ source: 'chinanews-mfa-profile-croatia', excerpt: '2005年,中克建立全面合作伙伴关系' }],
    note: "The month is the research's reading of its source; the excerpt quoted here gives only the year.",
  },
  {
    id: 'tz-4-3-2013',
    country: 'TZ',
    level: '4.3',
    label: { en: 'comprehensive partnership based on mutual benefit and win-win cooperation' },
    since: day('2013-03-25'),
    placement: 'label',
    basis: 'external',
    sources: [
      {
        source: 'mfatanzania-2013-03-china-communique',
        excerpt:
          'agreed to build and develop a comprehensive partnership based on mutual benefit and win-win cooperation',
      },
    ],
  },
  {
    id: 'nl-4-3-2014',
    country: 'NL',
    level: '4.3',
    label: { zh: '开放务实的全面合作伙伴关系' },
    since: month('2014-03'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [
      EXHIBIT,
      {
        source: 'fmprc-china-netherlands-relations',
        excerpt: "2014年3月…双方一致决定将双边关系提升为'开放务实的全面合作伙伴关系'",
      },
    ],
  },
  {
    id: 'gq-4-3-2015',
    country: 'GQ',
    level: '4.3',
    label: { zh: '平等互信、合作共赢的全面合作伙伴关系' },
    since: day('2015-04-28'),
    placement: 'label',
    basis: 'external',
    sources: [
      { source: 'ce-2015-04-29-equatorial-guinea', excerpt: '将中赤几关系提升为平等互信、合作共赢的全面合作伙伴关系' },
    ],
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
    ],
    note: "The day is the research's date for the joint declaration; the excerpt quoted here gives none.",
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
    ],
    note: 'Announced during a state visit of 4–6 April 2017; the span is that visit.',
  },
  // ---------------------------------------------------------------- Tier 5
  {
    id: 'il-5-1-2017',
    country: 'IL',
    level: '5.1',
    since: month('2017-03'),
    placement: 'tracker',
    basis: 'tracker',
    sources: [EXHIBIT, { source: 'chinanews-mfa-profile-israel', excerpt: '2017年3月,中以宣布建立创新全面伙伴关系' }],
  },
  // ---------------------------------------------------------------- Partnership types on none of the 16 levels
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
    ],
    note: 'This label matches none of the exhibit\'s sixteen levels: it joins the "all-round" of 4.1 to the "friendly cooperative" wording of 4.2. It is kept as the source gives it rather than assigned to either level; the tracker does not mention Belgium. The English form is a translation of the Chinese name.',
  },
];
