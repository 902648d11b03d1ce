/**
 * What people paste into the look-ups (continued from what-people-type.test.ts, split to keep each file
 * under 300 lines): names in traditional characters as Hong Kong and Taiwan write them, official names,
 * `&`, and text carrying invisible characters or ligatures. The expected names were written down by hand
 * from government usage (sources beside each list), not from the conversion library's output.
 */
import { describe, expect, it } from 'vitest';
import { countryOf, resolveCountry } from '../../src/index.js';

describe('traditional Chinese, as Hong Kong and Taiwan write it', () => {
  // Hong Kong government usage: press releases on info.gov.hk (e.g. 保安局局長訪問新西蘭及澳洲, 15 June 2014),
  // the Immigration Department's and the Security Bureau's country lists.
  const HONG_KONG: [string, string][] = [
    ['中國', 'CN'],
    ['澳門', 'MO'],
    ['台灣', 'TW'],
    ['泰國', 'TH'],
    ['緬甸', 'MM'],
    ['荷蘭', 'NL'],
    ['愛爾蘭', 'IE'],
    ['芬蘭', 'FI'],
    ['法國', 'FR'],
    ['新西蘭', 'NZ'],
    ['澳洲', 'AU'],
    ['沙地阿拉伯', 'SA'],
    ['肯尼亞', 'KE'],
    ['坦桑尼亞', 'TZ'],
    ['老撾', 'LA'],
    ['印尼', 'ID'],
    ['汶萊', 'BN'],
    ['意大利', 'IT'],
    ['尼日利亞', 'NG'],
    ['埃塞俄比亞', 'ET'],
    ['毛里裘斯', 'MU'],
    ['加納', 'GH'],
    ['津巴布韋', 'ZW'],
    ['贊比亞', 'ZM'],
    ['莫桑比克', 'MZ'],
    ['格魯吉亞', 'GE'],
    ['阿聯酋', 'AE'],
    ['卡塔爾', 'QA'],
    ['也門', 'YE'],
    ['危地馬拉', 'GT'],
    ['哥斯達黎加', 'CR'],
    ['厄瓜多爾', 'EC'],
    ['巴布亞新畿內亞', 'PG'],
    ['湯加', 'TO'],
    ['瓦努阿圖', 'VU'],
    ['所羅門群島', 'SB'],
    ['塞浦路斯', 'CY'],
    ['克羅地亞', 'HR'],
    ['斯洛文尼亞', 'SI'],
    ['南韓', 'KR'],
    ['韓國', 'KR'],
    ['北韓', 'KP'],
    ['朝鮮', 'KP'],
    ['哈薩克斯坦', 'KZ'],
    ['烏茲別克斯坦', 'UZ'],
    ['馬爾代夫', 'MV'],
    ['孟加拉', 'BD'],
    ['斯里蘭卡', 'LK'],
    ['塞爾維亞', 'RS'],
    ['白俄羅斯', 'BY'],
    ['匈牙利', 'HU'],
    ['波斯尼亞和黑塞哥維那', 'BA'],
    ['剛果民主共和國', 'CD'],
    ['剛果共和國', 'CG'],
    ['英國', 'GB'],
    ['德國', 'DE'],
    ['美國', 'US'],
    ['俄羅斯', 'RU'],
    ['巴基斯坦', 'PK'],
    ['菲律賓', 'PH'],
    ['馬來西亞', 'MY'],
    ['越南', 'VN'],
    ['柬埔寨', 'KH'],
    ['新加坡', 'SG'],
  ];
  // Taiwan government usage: the Ministry of Foreign Affairs (mofa.gov.tw: e.g. its briefings of 23 April 2019,
  // 宏都拉斯 and 瓜地馬拉, of 1 September 2016, 聖多美普林西比, of 3 October 2017, 布吉納法索 and 卡達).
  const TAIWAN: [string, string][] = [
    ['紐西蘭', 'NZ'],
    ['義大利', 'IT'],
    ['沙烏地阿拉伯', 'SA'],
    ['肯亞', 'KE'],
    ['坦尚尼亞', 'TZ'],
    ['寮國', 'LA'],
    ['辛巴威', 'ZW'],
    ['尚比亞', 'ZM'],
    ['莫三比克', 'MZ'],
    ['奈及利亞', 'NG'],
    ['衣索比亞', 'ET'],
    ['模里西斯', 'MU'],
    ['迦納', 'GH'],
    ['喬治亞', 'GE'],
    ['阿拉伯聯合大公國', 'AE'],
    ['卡達', 'QA'],
    ['葉門', 'YE'],
    ['瓜地馬拉', 'GT'],
    ['宏都拉斯', 'HN'],
    ['哥斯大黎加', 'CR'],
    ['厄瓜多', 'EC'],
    ['巴布亞紐幾內亞', 'PG'],
    ['東加', 'TO'],
    ['萬那杜', 'VU'],
    ['索羅門群島', 'SB'],
    ['賽普勒斯', 'CY'],
    ['克羅埃西亞', 'HR'],
    ['斯洛維尼亞', 'SI'],
    ['蒙特內哥羅', 'ME'],
    ['波士尼亞與赫塞哥維納', 'BA'],
    ['亞塞拜然', 'AZ'],
    ['馬爾地夫', 'MV'],
    ['史瓦帝尼', 'SZ'],
    ['聖多美普林西比', 'ST'],
    ['布吉納法索', 'BF'],
    ['蓋亞那', 'GY'],
    ['海地', 'HT'],
    ['貝里斯', 'BZ'],
    ['巴拉圭', 'PY'],
    ['聖克里斯多福及尼維斯', 'KN'],
    ['聖露西亞', 'LC'],
    ['聖文森及格瑞那丁', 'VC'],
    ['吐瓦魯', 'TV'],
    ['帛琉', 'PW'],
    ['馬紹爾群島', 'MH'],
    ['索馬利亞', 'SO'],
    ['獅子山', 'SL'],
    ['賴比瑞亞', 'LR'],
    ['象牙海岸', 'CI'],
    ['甘比亞', 'GM'],
    ['貝南', 'BJ'],
    ['查德', 'TD'],
    ['加彭', 'GA'],
    ['葛摩', 'KM'],
    ['塞席爾', 'SC'],
    ['賴索托', 'LS'],
    ['波札那', 'BW'],
    ['馬拉威', 'MW'],
    ['盧安達', 'RW'],
    ['蒲隆地', 'BI'],
    ['吉布地', 'DJ'],
    ['厄利垂亞', 'ER'],
    ['茅利塔尼亞', 'MR'],
    ['突尼西亞', 'TN'],
    ['哈薩克', 'KZ'],
    ['烏茲別克', 'UZ'],
    ['吉爾吉斯', 'KG'],
    ['塔吉克', 'TJ'],
    ['土庫曼', 'TM'],
    ['印尼', 'ID'],
    ['汶萊', 'BN'],
  ];
  it('Hong Kong usage', () => {
    for (const [name, code] of HONG_KONG) expect(resolveCountry(name), name).toBe(code);
  });
  it('Taiwan usage', () => {
    for (const [name, code] of TAIWAN) expect(resolveCountry(name), name).toBe(code);
  });
  it('the Hong Kong and Taiwan names are data: nameZhHk and nameZhTw', () => {
    expect(countryOf('SA')).toMatchObject({ nameZh: '沙特阿拉伯', nameZhHk: '沙地阿拉伯', nameZhTw: '沙烏地阿拉伯' });
    expect(countryOf('NZ')).toMatchObject({ nameZhHk: '新西蘭', nameZhTw: '紐西蘭' });
    expect(countryOf('IT')).toMatchObject({ nameZhHk: '意大利', nameZhTw: '義大利' });
    expect(countryOf('CN')).toMatchObject({ nameZhHk: '中國', nameZhTw: '中國' });
  });
  it('no name is converted wrongly: Mali is 馬里 or 馬利, never 馬裏', () => {
    expect(resolveCountry('馬里')).toBe('ML');
    expect(resolveCountry('馬利')).toBe('ML');
    expect(resolveCountry('馬裏')).toBeUndefined();
    expect(resolveCountry('約旦雜湊姆王國')).toBeUndefined();
  });
});

describe('official names, & and the Congos', () => {
  it('official names in English (ISO 3166-1, UN terminology)', () => {
    const cases: [string, string][] = [
      ['United Kingdom of Great Britain and Northern Ireland', 'GB'],
      ['Federal Republic of Germany', 'DE'],
      ['French Republic', 'FR'],
      ['United States of America', 'US'],
      ['Russian Federation', 'RU'],
      ["People's Republic of China", 'CN'],
      ['Republic of Korea', 'KR'],
      ["Democratic People's Republic of Korea", 'KP'],
      ['Islamic Republic of Iran', 'IR'],
      ['Bolivarian Republic of Venezuela', 'VE'],
      ['Plurinational State of Bolivia', 'BO'],
      ['United Republic of Tanzania', 'TZ'],
      ['Hellenic Republic', 'GR'],
      ['Swiss Confederation', 'CH'],
      ['Kingdom of Saudi Arabia', 'SA'],
      ['Eastern Republic of Uruguay', 'UY'],
      ['Oriental Republic of Uruguay', 'UY'],
      ['Republic of Türkiye', 'TR'],
      ['Republic of Turkey', 'TR'],
      ['Socialist Republic of Viet Nam', 'VN'],
      ["Lao People's Democratic Republic", 'LA'],
      ['Republic of the Union of Myanmar', 'MM'],
      ['Kingdom of the Netherlands', 'NL'],
      ['Commonwealth of Australia', 'AU'],
      ['Arab Republic of Egypt', 'EG'],
      ['Hashemite Kingdom of Jordan', 'JO'],
      ['Grand Duchy of Luxembourg', 'LU'],
      ['the French Republic', undefined as never],
    ];
    for (const [name, code] of cases) expect(resolveCountry(name), name).toBe(code);
  });
  it('official names in Chinese (the PRC foreign ministry), also in traditional characters', () => {
    const cases: [string, string][] = [
      ['美利坚合众国', 'US'],
      ['德意志联邦共和国', 'DE'],
      ['大不列颠及北爱尔兰联合王国', 'GB'],
      ['法兰西共和国', 'FR'],
      ['俄罗斯联邦', 'RU'],
      ['大韩民国', 'KR'],
      ['朝鲜民主主义人民共和国', 'KP'],
      ['日本国', 'JP'],
      ['意大利共和国', 'IT'],
      ['阿拉伯埃及共和国', 'EG'],
      ['沙特阿拉伯王国', 'SA'],
      ['越南社会主义共和国', 'VN'],
      ['老挝人民民主共和国', 'LA'],
      ['巴基斯坦伊斯兰共和国', 'PK'],
      ['斯里兰卡民主社会主义共和国', 'LK'],
      ['坦桑尼亚联合共和国', 'TZ'],
      ['委内瑞拉玻利瓦尔共和国', 'VE'],
      ['乌拉圭东岸共和国', 'UY'],
      ['墨西哥合众国', 'MX'],
      ['中华人民共和国', 'CN'],
      ['德意志聯邦共和國', 'DE'],
      ['美利堅合眾國', 'US'],
      ['大不列顛及北愛爾蘭聯合王國', 'GB'],
    ];
    for (const [name, code] of cases) expect(resolveCountry(name), name).toBe(code);
    expect(countryOf('DE')).toMatchObject({
      officialName: 'Federal Republic of Germany',
      officialNameZh: '德意志联邦共和国',
    });
    expect(countryOf('TW')).toMatchObject({ officialName: null, officialNameZh: null });
  });
  it('& reads as "and"', () => {
    for (const [name, code] of [
      ['Bosnia & Herzegovina', 'BA'],
      ['Trinidad & Tobago', 'TT'],
      ['Antigua & Barbuda', 'AG'],
      ['São Tomé & Príncipe', 'ST'],
    ] as const) {
      expect(resolveCountry(name), name).toBe(code);
    }
  });
  it('Congo-Kinshasa resolves as Congo-Brazzaville does; Congo alone stays ambiguous', () => {
    expect(resolveCountry('Congo-Kinshasa')).toBe('CD');
    expect(resolveCountry('Congo Kinshasa')).toBe('CD');
    expect(resolveCountry('Congo-Brazzaville')).toBe('CG');
    expect(resolveCountry('刚果金')).toBe('CD');
    expect(resolveCountry('剛果（布）')).toBe('CG');
    expect(resolveCountry('Congo')).toBeUndefined();
  });
});

describe('pasted text: invisible characters and ligatures', () => {
  it('zero-width characters, soft hyphens and bidirectional marks are ignored', () => {
    expect(resolveCountry('\u200bGermany')).toBe('DE');
    expect(resolveCountry('Ger\u00admany')).toBe('DE');
    expect(resolveCountry('\ufeffGB')).toBe('GB');
    expect(resolveCountry('\u202bFrance\u202c')).toBe('FR');
    expect(resolveCountry('\u200f英国\u200e')).toBe('GB');
    // Ignoring them never makes a placeholder a country: N\u200b/A is still N/A.
    expect(resolveCountry('N\u200b/A')).toBeUndefined();
  });
  it('Latin ligatures are spelt out', () => {
    expect(resolveCountry('ﬁji')).toBe('FJ');
    expect(resolveCountry('Aﬀghanistan')).toBeUndefined();
    expect(resolveCountry('Paciﬁc')).toBeUndefined();
    expect(resolveCountry('Philippines')).toBe('PH');
  });
});
