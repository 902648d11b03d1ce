import type { Event } from '../schemas/events.js';
import { TRACKER_SOURCE_ID } from './sources/tracker.js';

const T = TRACKER_SOURCE_ID;

/**
 * Dated events the tracker reports, ordered by `date` then id. The NATO summit, reported in two sections
 * (Focus topic, Geopolitical competition), is one event with one record.
 */
export const events: Event[] = [
  {
    id: 'nato-bombing-chinese-embassy-belgrade',
    title: "NATO strike hits China's embassy in Belgrade",
    summary:
      "During NATO's air campaign against Yugoslavia, bombs struck the Chinese embassy in Belgrade. The tracker recalls it as part of the strained climate in which China and Russia signed their 2001 treaty.",
    sections: ['focus-topic'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '1999-05-07', precision: 'day' },
    moments: [],
    actors: { countries: ['CN', 'US'], organisations: ['NATO'], people: [] },
    sources: [
      { source: T, section: 'focus-topic' },
      {
        source: 'metroradio-2025-05-08-belgrade-embassy-anniversary',
        excerpt:
          'She described the May 7, 1999, bombing on the Chinese Embassy as a crime committed against China and its people',
      },
      {
        source: 'apnews-1999-05-08-nato-hits-china-embassy',
        excerpt: 'The Chinese Embassy was set ablaze after NATO warplanes pounded Belgrade early Saturday',
        note: "The contemporary wire dates the strike by Belgrade's night of 7 to 8 May; in Beijing it was already 8 May, the date Chinese accounts often give.",
      },
    ],
  },
  {
    id: 'sino-russian-treaty-signed-2001',
    title: 'China and Russia sign their Treaty of Good-Neighborliness and Friendly Cooperation',
    summary:
      'Jiang Zemin and Vladimir Putin signed the twenty-year friendship treaty that frames relations between Beijing and Moscow; it was extended in 2021.',
    sections: ['focus-topic'],
    trackerDate: { value: '2001', precision: 'year' },
    trackerDateText: '2001',
    date: { value: '2001-07-16', precision: 'day' },
    moments: [],
    actors: { countries: ['CN', 'RU'], organisations: [], people: ['Jiang Zemin', 'Vladimir Putin'] },
    sources: [
      { source: T, section: 'focus-topic' },
      {
        source: 'chinaorgcn-2002-01-29-putin-signs-treaty-law',
        excerpt: 'Putin and Chinese President Jiang Zemin signed the landmark treaty in Moscow on July 16, 2001',
      },
      {
        source: 'chinaorgcn-2001-07-16-russia-china-sign-treaty',
        excerpt:
          'Chinese President Jiang Zemin and his Russian counterpart Vladimir Putin on Monday signed the first friendship treaty',
      },
      {
        source: 'wikipedia-2001-sino-russian-treaty',
        excerpt:
          'The treaty was signed by Chinese President Jiang Zemin and Russian President Vladimir Putin on 16 July 2001',
      },
    ],
  },
  {
    id: 'russia-annexes-crimea-china-abstains',
    title: 'Russia annexes Crimea while China withholds open support',
    summary:
      'Russia formally annexed the Ukrainian peninsula of Crimea; a few days earlier China had abstained rather than side with Moscow when Russia vetoed a UN Security Council draft on Crimea. The tracker cites this as a limit of the partnership.',
    sections: ['focus-topic'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '2014-03-18', precision: 'day' },
    moments: [
      {
        label: 'China abstains on the UN Security Council draft resolution on Crimea, which Russia vetoes',
        date: { value: '2014-03-15', precision: 'day' },
      },
    ],
    actors: { countries: ['RU', 'UA', 'CN'], organisations: ['UN Security Council'], people: [] },
    sources: [
      { source: T, section: 'focus-topic' },
      {
        source: 'rightsinrussia-18-march-2014',
        excerpt: 'On 18 March 2014 the Russian Federation formally annexed the Ukrainian territory of Crimea.',
      },
      { source: 'toledoblade-crimea-un-veto-china-abstains', excerpt: 'close ally China abstained' },
      {
        source: 'reuters-2014-03-15-russia-vetoes-crimea-resolution',
        excerpt: 'March 15, 2014 / 3:30 PM … Russia on Saturday vetoed a U.N. Security Council draft resolution',
      },
      {
        source: 'yannschreiber-2014-03-15-russia-veto-ukraine',
        excerpt:
          'On Saturday, March 15, 2014, at the Security Council, a resolution … has not been adopted … China, a main ally, abstained from the vote',
      },
    ],
  },
  {
    id: 'china-russia-partnership-upgrade-2019',
    title: 'China and Russia upgrade ties to a partnership "for a new era"',
    summary:
      'During Xi Jinping\'s state visit to Moscow the two presidents lifted relations to a "comprehensive strategic partnership of coordination for a new era", the top rung of China\'s partnership hierarchy.',
    sections: ['focus-topic'],
    trackerDate: { value: '2019', precision: 'year' },
    trackerDateText: '2019',
    date: { value: '2019-06-05', precision: 'day' },
    moments: [
      {
        label: 'Xi Jinping state visit to Russia',
        date: {
          value: '2019-06-05',
          end: '2019-06-07',
          precision: 'day',
          derived:
            "TASS, on 29 May 2019, reports the Chinese Foreign Ministry's announcement that Xi would visit Russia 'on June 5-7'; the talks in Moscow on 5 June are dated by China.com.cn.",
        },
      },
    ],
    actors: { countries: ['CN', 'RU'], organisations: [], people: ['Xi Jinping', 'Vladimir Putin'] },
    sources: [
      { source: T, section: 'focus-topic' },
      {
        source: 'chinacomcn-2019-06-06-xi-state-visit-russia',
        excerpt: '发布时间:2019-06-06 … 6月5日,国家主席习近平在莫斯科克里姆林宫同俄罗斯总统普京会谈',
      },
      {
        source: 'chinacomcn-2019-06-06-xi-putin-talks-new-era',
        excerpt:
          '新华社莫斯科6月5日电 … 一致同意秉持睦邻友好、合作共赢理念,发展中俄新时代全面战略协作伙伴关系 [Xinhua, Moscow, 5 June: agreed to develop the China-Russia comprehensive strategic partnership of coordination for a new era]',
      },
      {
        source: 'tass-2019-05-29-xi-visit-russia-spief',
        excerpt:
          'Chinese President Xi Jinping will pay a visit to Russia on June 5-7 and participate in the St. Petersburg International Economic Forum',
      },
    ],
  },
  {
    id: 'hong-kong-national-security-law-enacted',
    title: 'Beijing imposes the Hong Kong National Security Law',
    summary:
      "China's national legislature passed a national security law for Hong Kong, which took effect the same day; the tracker's extradition map takes it as the trigger for several countries' treaty suspensions.",
    sections: ['graphic-of-the-quarter'],
    trackerDate: { value: '2020-06', precision: 'month' },
    trackerDateText: 'June 2020',
    date: { value: '2020-06-30', precision: 'day' },
    moments: [],
    actors: {
      countries: ['CN', 'HK'],
      organisations: ["Standing Committee of the National People's Congress"],
      people: [],
    },
    sources: [
      { source: T, section: 'graphic-of-the-quarter' },
      {
        source: 'sl-china-embassy-2020-hk-nsl-adopted',
        excerpt:
          "On June 30, 2020, the 20th session of the Standing Committee of the 13th National People's Congress … adopted the Law",
      },
      {
        source: 'chinadaily-2021-03-08-hk-nsl-briefed-parliaments',
        excerpt: "Following the law's adoption on June 30, 2020",
      },
    ],
  },
  {
    id: 'hong-kong-extradition-treaties-suspended',
    title: 'Western states suspend extradition treaties with Hong Kong, and China hits back',
    summary:
      "After the National Security Law took effect, several states put their extradition agreements with Hong Kong on hold: Canada on 3 July 2020, Australia on 9 July, the United Kingdom on 20 July, New Zealand on 28 July and Germany on 31 July. Beijing answered on 28 July by suspending Hong Kong's agreements with Canada, Australia and the UK, and on 3 August its agreement with New Zealand.",
    sections: ['graphic-of-the-quarter'],
    trackerDate: null,
    trackerDateText: 'after China enacted the Hong Kong National Security Law in June 2020',
    date: { value: '2020-07-03', precision: 'day' },
    moments: [
      {
        label: 'Canada suspends its extradition treaty with Hong Kong',
        date: { value: '2020-07-03', precision: 'day' },
      },
      {
        label: 'Australia suspends its extradition agreement with Hong Kong',
        date: { value: '2020-07-09', precision: 'day' },
      },
      {
        label: 'The United Kingdom suspends its extradition treaty with Hong Kong',
        date: { value: '2020-07-20', precision: 'day' },
      },
      {
        label: 'New Zealand announces the suspension of its extradition treaty with Hong Kong',
        date: { value: '2020-07-28', precision: 'day' },
      },
      {
        label: "China suspends Hong Kong's extradition treaties with Canada, Australia and the UK",
        date: { value: '2020-07-28', precision: 'day' },
      },
      {
        label: 'Germany suspends its extradition agreement with Hong Kong',
        date: { value: '2020-07-31', precision: 'day' },
      },
      {
        label: "China suspends Hong Kong's extradition treaty with New Zealand",
        date: { value: '2020-08-03', precision: 'day' },
      },
    ],
    actors: {
      countries: ['CA', 'NZ', 'GB', 'AU', 'DE', 'CN', 'HK'],
      organisations: [],
      people: [],
    },
    sources: [
      { source: T, section: 'graphic-of-the-quarter' },
      {
        source: 'gac-2020-07-03-canada-hong-kong-measures',
        excerpt:
          'July 3, 2020 - Ottawa, Ontario - Global Affairs Canada … “Canada is also suspending the Canada-Hong Kong extradition treaty.',
      },
      {
        source: 'pm-gov-au-2020-07-09-extradition-hong-kong',
        excerpt: 'Media release 09 Jul 2020 … we have today taken steps to suspend our Extradition Agreement.',
      },
      {
        source: 'mia-2020-07-09-australia-suspends-hk-agreement',
        excerpt: 'Canberra, 9 July 2020 (dpa/MIA) – Australia is suspending its extradition agreement with Hong Kong',
      },
      {
        source: 'republicworld-2020-07-21-uk-suspends-hk-extradition',
        excerpt:
          'the UK has suspended the extradition treaty with Hong Kong "immediately and indefinitely" … (@DominicRaab) July 20, 2020 Today I announced two further measures',
      },
      {
        source: 'hansard-hc-2020-07-20-hong-kong',
        excerpt:
          '3:43 pm, 20th July 2020 … That is one of the factors, among others, that informed our approach to the suspension of extradition.',
      },
      {
        source: 'cna-2020-07-28-nz-suspends-hk-treaty',
        excerpt:
          'New Zealand has suspended its extradition treaty with Hong Kong … Foreign Affairs Minister Winston Peters said on Tuesday (Jul 28).',
      },
      {
        source: 'nbd-2020-07-28-hk-suspends-ca-au-gb-agreements',
        excerpt: '中方决定:香港特区暂停港加、港澳、港英移交逃犯协定 2020-07-28 16:19:39',
      },
      {
        source: 'prignitzer-2020-07-31-maas-hongkong-auslieferung',
        excerpt:
          '31. Juli 2020, 18:18 Uhr … setzt auch Deutschland das Auslieferungsabkommen mit Hongkong aus. Das teilte Bundesaußenminister Heiko Maas am Freitag in Berlin mit.',
      },
      {
        source: 'republicworld-2020-08-01-germany-suspends-hk-agreement',
        excerpt:
          'Germany has suspended its extradition agreement with Hong Kong, Foreign Minister Heiko Maas confirmed on Friday, July 31',
      },
      {
        source: 'people-cn-2020-08-03-hk-suspends-nz-agreements',
        excerpt:
          '中方决定香港特区暂停港新《移交逃犯协定》 2020-08-03 20:52 … 外交部发言人汪文斌3日说 [China decides the HKSAR will suspend the Hong Kong–New Zealand surrender agreement … Foreign Ministry spokesman Wang Wenbin said on the 3rd]',
      },
      {
        source: 'stheadline-2020-08-03-hk-suspends-nz-agreements',
        excerpt:
          '在8月3日举行的中国外交部例行记者会上,发言人汪文斌宣布,中方决定香港特区暂停港纽《移交逃犯协定》 [at the Foreign Ministry press conference of 3 August, spokesman Wang Wenbin announced that China had decided the HKSAR would suspend the surrender agreement with New Zealand]',
      },
    ],
  },
  {
    id: 'online-campaigns-close-feminist-lgbt-accounts',
    title: 'Nationalist reporting campaigns get feminist and LGBT+ accounts shut',
    summary:
      'Over spring and summer 2021, mass complaints by nationalist users led platforms such as Weibo, Douban and WeChat to close accounts of feminist activists and university LGBT+ groups; the first purge of feminist accounts began around the end of March. In late July a Weibo account called "German Consulate in Guangzhou", which had advertised an LGBTQ film festival, was banned as well: one report took it for the consulate\'s official account, but the German mission said it was not an official one.',
    sections: ['domestic-stability'],
    trackerDate: { value: '2021-04', end: '2021-07', precision: 'month' },
    trackerDateText: 'Between April and July',
    date: {
      value: '2021-03',
      end: '2021-07',
      precision: 'month',
      derived:
        "From the end of March 2021, when NBC News and CNN (19 April 2021, 'over the past two weeks') place the first purge of feminist accounts, to the WeChat deletions of 6 July 2021.",
    },
    moments: [
      {
        label: 'Purge of feminist accounts on Weibo and Douban begins (end of March)',
        date: {
          value: '2021-03',
          precision: 'month',
          derived:
            "NBC News says the campaign 'began at the end of March'; CNN, on 19 April 2021, counts the accounts wiped 'over the past two weeks'.",
        },
      },
      {
        label: 'WeChat deletes more than a dozen accounts run by university LGBT+ groups',
        date: {
          value: '2021-07-06',
          precision: 'day',
          derived:
            '"Deleted on Tuesday night" in a digest of 8 July 2021 quoting the BBC, and protests "on social media Tuesday" in a CNN report posted Wednesday 7 July 2021: Tuesday 6 July 2021.',
        },
      },
      {
        label: 'Ban of a "German Consulate in Guangzhou" Weibo account reported',
        date: { value: '2021-07-29', precision: 'day' },
      },
    ],
    actors: {
      countries: ['CN', 'DE'],
      organisations: ['Weibo', 'WeChat', 'Tencent', 'Douban', 'German Consulate in Guangzhou'],
      people: [],
    },
    sources: [
      { source: T, section: 'domestic-stability' },
      {
        source: 'cnn-2021-04-19-china-feminists-silenced',
        excerpt:
          "is among more than 20 Chinese feminists and women's rights groups whose presence has been wiped from social media over the past two weeks",
      },
      {
        source: 'nbcnews-2021-04-china-feminists-silenced',
        excerpt:
          'The current controversy began at the end of March, after a group of men physically assaulted Xiao Meili',
      },
      {
        source: 'wthitv-2021-07-07-wechat-lgbt-accounts',
        excerpt: 'WeChat has deleted more than a dozen LGBT accounts run by university students',
      },
      {
        source: 'alturi-nationalists-attack-lgbtq-film-festival',
        excerpt: '07/29/2021 … An account named “German Consulate in Guangzhou” was indeed banned',
      },
      {
        source: 'alturi-nationalists-attack-lgbtq-film-festival',
        excerpt: 'although the German diplomatic mission clarified that it was not an official account.',
      },
      {
        source: 'wthitv-2021-07-07-wechat-lgbt-accounts',
        excerpt:
          'Posted: Jul 7, 2021 8:31 AM … On social media Tuesday, LGBT rights supporters protested the abrupt closure of these accounts',
      },
      {
        source: 'bhrrc-2021-07-08-wechat-lgbtq-accounts',
        excerpt:
          '8 Jul 2021 … Dozens of such accounts, mostly run by university students, had been deleted on Tuesday night',
      },
    ],
  },
  {
    id: 'eu-human-rights-sanctions-russia-navalny',
    title: 'EU makes first listings under its global human rights sanctions regime, targeting Russian officials',
    summary:
      'The Council of the EU used its new global human rights sanctions regime for the first time, listing four Russian officials over the Navalny case, after ministers had agreed politically in February.',
    sections: ['focus-topic'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '2021-03-02', precision: 'day' },
    moments: [
      {
        label: 'Political agreement among EU foreign ministers',
        date: {
          value: '2021-02-22',
          precision: 'day',
          derived:
            "TASS, on 1 March 2021, says the political decision was agreed at the EU ministerial meeting 'on February 22'.",
        },
      },
    ],
    actors: {
      countries: ['RU'],
      organisations: ['Council of the European Union'],
      people: ['Bastrykin', 'Krasnov', 'Zolotov', 'Kalashnikov'],
    },
    sources: [
      { source: T, section: 'focus-topic' },
      {
        source: 'portolano-eu-human-rights-sanctions-russia',
        excerpt:
          'On March 2, 2021, the Council of the European Union decided for the first time to impose restrictive measures',
      },
      {
        source: 'lt-mfa-2021-03-02-eu-sanctions-russia',
        excerpt:
          'On 2 March, the Council of the European Union imposed targeted restrictive measures on four Russian officials',
      },
      {
        source: 'tass-2021-03-01-eu-ambassadors-navalny-sanctions',
        excerpt:
          'A political decision on further sanctions against Russia was agreed at a EU ministerial meeting on February 22.',
      },
    ],
  },
  {
    id: 'china-russia-lunar-station-mou',
    title: 'China and Russia sign a memorandum on a shared lunar research station',
    summary:
      'The Chinese and Russian space agencies signed a memorandum of understanding on setting up an international research station on the Moon, one of the 2021 science projects the tracker lists.',
    sections: ['focus-topic'],
    trackerDate: { value: '2021', precision: 'year' },
    trackerDateText: 'In 2021',
    date: {
      value: '2021-03-09',
      precision: 'day',
      derived:
        'The TASS report published on 9 March 2021 is datelined March 9 and has the memorandum signed that day (Tuesday).',
    },
    moments: [],
    actors: {
      countries: ['CN', 'RU'],
      organisations: ['China National Space Administration (CNSA)', 'Roscosmos'],
      people: ['Zhang Kejian', 'Rogozin'],
    },
    sources: [
      { source: T, section: 'focus-topic' },
      {
        source: 'tass-1263979-lunar-station',
        excerpt:
          'MOSCOW/BEIJING, March 9. /TASS/. … signed a memorandum of mutual understanding … on cooperation in creating an international lunar research station',
      },
    ],
  },
  {
    id: 'eu-sanctions-xinjiang-officials',
    title: 'EU sanctions Chinese officials and an entity over Xinjiang',
    summary:
      'Under its global human rights regime the EU imposed targeted sanctions on four Chinese officials and the Xinjiang Production and Construction Corps Public Security Bureau, its first such measures against China since 1989.',
    sections: ['focus-topic'],
    trackerDate: null,
    trackerDateText: null,
    date: {
      value: '2021-03-22',
      precision: 'day',
      derived: "Quartz's report of 22 March 2021 says the EU announced the sanctions 'today (March 22)'.",
    },
    moments: [],
    actors: {
      countries: ['CN'],
      organisations: ['European Union', 'Xinjiang Production and Construction Corps Public Security Bureau'],
      people: ['Zhu Hailun', 'Wang Junzheng', 'Wang Mingshan', 'Chen Mingguo'],
    },
    sources: [
      { source: T, section: 'focus-topic' },
      {
        source: 'qz-eu-sanctions-china-xinjiang',
        excerpt: 'The European Union today (March 22) announced targeted sanctions against four people and one entity',
      },
    ],
  },
  {
    id: 'wang-yi-lavrov-guilin-meeting',
    title: 'Wang Yi and Sergei Lavrov meet in Guilin',
    summary:
      'The Chinese and Russian foreign ministers held talks in Guilin shortly after a tense US-China meeting, presenting Western sanctions as a reason to draw closer and accusing the West of imposing its rules on others.',
    sections: ['focus-topic'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '2021-03-22', end: '2021-03-23', precision: 'day' },
    moments: [],
    actors: { countries: ['CN', 'RU'], organisations: [], people: ['Wang Yi', 'Sergei Lavrov'] },
    sources: [
      { source: T, section: 'focus-topic' },
      {
        source: 'memri-wang-yi-lavrov-guilin',
        excerpt:
          'On March 22-23, 2021, Chinese Foreign Minister Wang Yi met with his Russian counterpart, Foreign Minister Sergey Lavrov, in Guilin City',
      },
    ],
  },
  {
    id: 'alibaba-antitrust-fine',
    title: 'Record antitrust fine on Alibaba',
    summary:
      "China's market regulator penalised Alibaba Group for abusing its market position, the signature move of the crackdown on large platform firms that the tracker mentions.",
    sections: ['economic-and-tech-security'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '2021-04-10', precision: 'day' },
    moments: [],
    actors: {
      countries: ['CN'],
      organisations: ['State Administration for Market Regulation (SAMR)', 'Alibaba Group'],
      people: [],
    },
    sources: [
      { source: T, section: 'economic-and-tech-security' },
      {
        source: 'peoplecn-2021-04-10-alibaba-penalty',
        excerpt: 'imposed an administrative penalty on Alibaba Group Saturday for monopoly conduct',
        note: 'Dateline April 10.',
      },
      {
        source: 'zjol-2021-04-10-alibaba-penalty-xinhua',
        excerpt: '2021-04-10 09:08 来源: 新华网 作者: 新华社 … 新华社北京4月10日电',
      },
    ],
  },
  {
    id: 'eu-council-indo-pacific-conclusions',
    title: 'EU Council adopts conclusions on an Indo-Pacific strategy',
    summary:
      'EU governments set out the basis of an EU strategy for cooperation in the Indo-Pacific in Council conclusions, which the tracker names as the ground for the strategy due in September.',
    sections: ['looking-forward'],
    trackerDate: { value: '2021-04', precision: 'month' },
    trackerDateText: 'in April',
    date: { value: '2021-04-19', precision: 'day' },
    moments: [
      {
        label: 'Date the conclusions text bears (the Council adopted it on 19 April)',
        date: { value: '2021-04-16', precision: 'day' },
      },
    ],
    actors: { countries: [], organisations: ['Council of the European Union'], people: [] },
    sources: [
      { source: T, section: 'looking-forward' },
      {
        source: 'europarl-legislative-train-indo-pacific',
        excerpt:
          'On 19 April 2021, the Council adopted conclusions on a EU Strategy for cooperation in the Indo-Pacific',
      },
      {
        source: 'keia-eu-council-indo-pacific-conclusions',
        note: 'Says the conclusions were published on 16 April 2021, the date they bear; press reports place their adoption and release on 19 April.',
      },
      {
        source: 'europarl-legislative-train-indo-pacific',
        excerpt: 'EU Strategy for cooperation in the Indo-Pacific - Council conclusions (16 April 2021)',
      },
    ],
  },
  {
    id: 'arc21-multinational-naval-exercise',
    title: 'Navies of the US, Japan, Australia and France drill together (ARC21)',
    summary:
      "The Japan Maritime Self-Defense Force held the multilateral ARC21 exercise with the French, US and Australian navies, linked to France's Jeanne d'Arc 21 deployment, one of the Western naval moves in the region that the tracker notes. It began on 11 May 2021; Japan's defence ministry gives 17 May as its last day (without the year beside it) and the US military 16 May, so the record keeps the month and the two end dates are kept as a conflict.",
    sections: ['security-and-defense'],
    trackerDate: null,
    trackerDateText: 'the last three months',
    date: { value: '2021-05', precision: 'month' },
    moments: [],
    actors: {
      countries: ['US', 'JP', 'AU', 'FR'],
      organisations: ['Japan Maritime Self-Defense Force'],
      people: [],
    },
    sources: [
      { source: T, section: 'security-and-defense' },
      {
        source: 'modjp-arc21-exercise',
        excerpt:
          'From May 11 to 17, JMSDF conducted “ARC21”, multilateral exercise with French, U.S. and Australian Navy',
      },
      {
        source: 'dvids-arc21-jeanne-darc-21',
        excerpt: 'will execute multilateral exercise Jeanne D’Arc 21 in Japan, May 11-16, 2021.',
      },
      {
        source: 'jmsdf-sf-arc21-completed',
        excerpt:
          'From May 11-17, units of the Japan Ground, Maritime, Air Self-Defense Forces conducted the multi-lateral training event, “ARC 21”',
      },
    ],
  },
  {
    id: 'automobile-data-security-rules',
    title: 'China drafts, then finalises, data rules for the car industry',
    summary:
      'The Cyberspace Administration of China put out draft provisions on managing the security of data generated by cars; the final version, issued together with the NDRC, MIIT, Ministry of Public Security and Ministry of Transport, was published in August and took effect in October.',
    sections: ['economic-and-tech-security'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '2021-05-12', precision: 'day' },
    moments: [
      { label: 'Final provisions issued', date: { value: '2021-08-16', precision: 'day' } },
      { label: 'Final provisions published', date: { value: '2021-08-20', precision: 'day' } },
      { label: 'Final provisions take effect', date: { value: '2021-10-01', precision: 'day' } },
    ],
    actors: {
      countries: ['CN'],
      organisations: [
        'Cyberspace Administration of China (CAC)',
        'National Development and Reform Commission (NDRC)',
        'Ministry of Industry and Information Technology (MIIT)',
        'Ministry of Public Security (MPS)',
        'Ministry of Transport (MOT)',
      ],
      people: [],
    },
    sources: [
      { source: T, section: 'economic-and-tech-security' },
      {
        source: 'internationallawoffice-anjie-automobile-data-draft',
        excerpt:
          'On 12 May 2021 the Cyberspace Administration of China (CAC) issued Several Provisions on the Safety Management of Automobile Data (Draft)',
      },
      {
        source: 'sesec-automotive-data-rules-finalised',
        note: 'Final rules: issued 16 August, published 20 August, effective 1 October 2021; no excerpt recorded.',
      },
      { source: 'cac-2021-08-20-automobile-data-provisions', excerpt: '交通運輸部部長 李小鵬 2021年8月16日' },
      {
        source: 'cac-2021-08-20-automobile-data-provisions',
        excerpt: '汽車數據安全管理若干規定(試行) 發布時間:2021-08-20 來源:網信中國',
      },
      { source: 'cac-2021-08-20-automobile-data-provisions', excerpt: '現予公布,自2021年10月1日起施行' },
      {
        source: 'shine-2021-10-01-vehicle-data-rules-in-force',
        excerpt:
          'A trial regulation on vehicle data security, among several other new administrative and legal documents, took effect on Friday.',
        note: 'Published on 1 October 2021.',
      },
    ],
  },
  {
    id: 'china-russia-nuclear-energy-projects',
    title: 'Xi and Putin launch joint nuclear power projects',
    summary:
      'The two presidents attended the groundbreaking of joint nuclear power units at the Tianwan and Xudapu plants in China, the nuclear-energy cooperation the tracker cites for 2021.',
    sections: ['focus-topic'],
    trackerDate: { value: '2021', precision: 'year' },
    trackerDateText: 'In 2021',
    date: { value: '2021-05-19', precision: 'day' },
    moments: [],
    actors: { countries: ['CN', 'RU'], organisations: ['Rosatom'], people: ['Xi Jinping', 'Vladimir Putin'] },
    sources: [
      { source: T, section: 'focus-topic' },
      {
        source: 'chinamil-2021-05-19-xi-putin-nuclear',
        excerpt:
          'BEIJING, May 19 (Xinhua) -- Chinese President Xi Jinping and his Russian counterpart Vladimir Putin on Wednesday witnessed the ground-breaking ceremony',
      },
      {
        source: 'scio-2021-05-20-xi-putin-nuclear',
        excerpt: 'via video link in Beijing, capital of China, May 19, 2021',
      },
    ],
  },
  {
    id: 'china-crypto-mining-trading-crackdown',
    title: 'State Council committee orders a crackdown on bitcoin mining and trading',
    summary:
      "China's top financial stability body, chaired by Vice Premier Liu He, announced it would crack down on cryptocurrency mining and trading.",
    sections: ['economic-and-tech-security'],
    trackerDate: null,
    trackerDateText: null,
    date: {
      value: '2021-05-21',
      precision: 'day',
      derived:
        '"On May 21" (no year) in a Moneycontrol report published 21 May 2021, and "on Friday" in a Reuters report carried by Mint on 21 May 2021: Friday 21 May 2021.',
    },
    moments: [],
    actors: {
      countries: ['CN'],
      organisations: ['Financial Stability and Development Committee of the State Council'],
      people: ['Liu He'],
    },
    sources: [
      { source: T, section: 'economic-and-tech-security' },
      {
        source: 'moneycontrol-bitcoin-china-crackdown',
        excerpt: 'China’s Financial Stability and Development Committee, which is chaired by Liu, said on May 21',
      },
      {
        source: 'livemint-2021-05-21-bitcoin-china-crackdown',
        excerpt:
          "China's Financial Stability and Development Committee, which is chaired by Liu, said on Friday it will resolutely prevent and control financial risks",
      },
    ],
  },
  {
    id: 'lithuania-quits-17-plus-1',
    title: 'Lithuania leaves the 17+1 format',
    summary:
      "Lithuania announced it was withdrawing from China's cooperation forum with Central and Eastern European states, calling the format divisive for the EU.",
    sections: ['geopolitical-competition'],
    trackerDate: null,
    trackerDateText: null,
    date: {
      value: '2021-05-22',
      precision: 'day',
      derived: '"On Saturday" in The Hindu\'s item published Sunday 23 May 2021: Saturday 22 May 2021.',
    },
    moments: [],
    actors: {
      countries: ['LT', 'CN'],
      organisations: ['17+1 (China-Central and Eastern European Countries cooperation)'],
      people: ['Gabrielius Landsbergis'],
    },
    sources: [
      { source: T, section: 'geopolitical-competition' },
      {
        source: 'thehindu-2021-05-23-lithuania-quits-17-plus-1',
        excerpt: 'Lithuania said on Saturday it was quitting China’s 17+1 cooperation forum',
      },
      { source: 'lrt-2022-06-08-landsbergis-17-plus-1', excerpt: 'Lithuania left the 17+1 format in May 2021.' },
    ],
  },
  {
    id: 'uk-carrier-strike-group-21-departs',
    title: 'UK Carrier Strike Group 21 sails for the Indo-Pacific',
    summary:
      'HMS Queen Elizabeth left Portsmouth at the head of a carrier strike group, with US and Dutch ships, for a 28-week deployment to the Indo-Pacific, the start of the British naval mission the tracker mentions.',
    sections: ['security-and-defense'],
    trackerDate: null,
    trackerDateText: 'the last three months',
    date: {
      value: '2021-05-22',
      precision: 'day',
      derived:
        'The carrier set off "on Saturday" after the Queen\'s farewell visit (Forces News); an AP caption dates that visit Saturday 22 May 2021, and ITV Meridian (22 May 2021) says she "will depart later on Saturday".',
    },
    moments: [],
    actors: {
      countries: ['GB', 'US', 'NL'],
      organisations: ['Carrier Strike Group 21 (HMS Queen Elizabeth)'],
      people: [],
    },
    sources: [
      { source: T, section: 'security-and-defense' },
      {
        source: 'forcesnet-csg21-sets-sail',
        excerpt: 'wave off the £3.2bn ship on Saturday as she set off on the 28-week deployment to the Indo-Pacific',
        note: 'The research gives one excerpt for its two sources on this row without saying which it comes from.',
      },
      { source: 'yorkshirepost-hms-queen-elizabeth-send-off', note: 'Second source listed by the research.' },
      {
        source: 'itv-meridian-2021-05-22-queen-visits-carrier',
        excerpt:
          'The £3 billion warship, with eight RAF F35B stealth fighter jets on board, will depart later on Saturday for Asia',
      },
      {
        source: 'muscatinejournal-ap-queen-visits-carrier',
        excerpt:
          "visit to HMS Queen Elizabeth at HM Naval Base, ahead of the ship's maiden deployment, in Portsmouth, England, Saturday May 22, 2021.",
      },
    ],
  },
  {
    id: 'xi-sanchez-phone-call',
    title: 'Xi phones Spanish Prime Minister Pedro Sánchez',
    summary:
      "Xi Jinping spoke by telephone with Spain's prime minister and pressed for closer China-Europe cooperation, part of Beijing's outreach to European leaders.",
    sections: ['geopolitical-competition'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '2021-05-26', precision: 'day' },
    moments: [],
    actors: { countries: ['CN', 'ES'], organisations: [], people: ['Xi Jinping', 'Pedro Sánchez'] },
    sources: [
      { source: T, section: 'geopolitical-competition' },
      {
        source: 'peoplecn-2021-05-27-xi-sanchez-call',
        excerpt:
          'Chinese President Xi Jinping said on Wednesday. In a phone conversation with Spanish Prime Minister Pedro Sanchez',
      },
      {
        source: 'cri-filipino-2021-05-27-xi-sanchez-call',
        excerpt:
          'Nag-usap nitong Miyerkules, Mayo 26, 2021 sa telepono sina Pangulong Xi Jinping ng Tsina at Punong Ministro Pedro Sanchez ng Espanya.',
      },
    ],
  },
  {
    id: 'wang-yi-hosts-european-ministers-guiyang',
    title: 'Wang Yi hosts four European foreign ministers in Guiyang',
    summary:
      "China's foreign minister received his counterparts from Poland, Serbia, Ireland and Hungary for visits in Guiyang, courting European governments as transatlantic coordination on China grew.",
    sections: ['geopolitical-competition'],
    trackerDate: { value: '2021-05', precision: 'month' },
    trackerDateText: 'In May',
    date: { value: '2021-05-29', end: '2021-05-31', precision: 'day' },
    moments: [],
    actors: {
      countries: ['CN', 'PL', 'RS', 'IE', 'HU'],
      organisations: [],
      people: ['Wang Yi', 'Rau', 'Selaković', 'Coveney', 'Szijjártó'],
    },
    sources: [
      { source: T, section: 'geopolitical-competition' },
      {
        source: 'peoplecn-european-ministers-visit-announced',
        excerpt: 'will visit China from May 29 to 31, Foreign Ministry spokesperson Zhao Lijian announced Friday',
      },
      { source: 'mfa-cn-t1880358-guiyang-talks', note: 'Second source listed by the research; no excerpt recorded.' },
      {
        source: 'china-embassy-vn-2021-05-29-wang-yi-rau-talks',
        excerpt:
          'On May 29, 2021, State Councilor and Foreign Minister Wang Yi held talks with Polish Foreign Minister Zbigniew Rau in Guiyang.',
      },
      {
        source: 'cri-filipino-2021-06-01-wang-yi-szijjarto',
        excerpt:
          'Sa kanyang pagdalo sa preskon Mayo 31, 2021, kasama ni Peter Szijjarto, Ministro sa mga Suliraning Panlabas at Kalakalan ng Hungary',
      },
    ],
  },
  {
    id: 'anti-foreign-sanctions-law-adopted',
    title: 'China adopts the Anti-Foreign Sanctions Law',
    summary:
      "The NPC Standing Committee passed a law letting Beijing counter foreign sanctions; the tracker's watch list expected a move to apply it in Hong Kong.",
    sections: ['looking-forward'],
    trackerDate: null,
    trackerDateText: 'recently adopted',
    date: { value: '2021-06-10', precision: 'day' },
    moments: [],
    actors: {
      countries: ['CN'],
      organisations: ["Standing Committee of the National People's Congress"],
      people: [],
    },
    sources: [
      { source: T, section: 'looking-forward' },
      {
        source: 'clsbluesky-2021-09-23-afsl-hong-kong',
        excerpt: 'On 10 June 2021, the PRC government implemented the Anti-Foreign Sanctions Law (AFSL).',
      },
    ],
  },
  {
    id: 'g7-carbis-bay-summit-2021',
    title: 'G7 leaders meet in Carbis Bay with China high on the agenda',
    summary:
      "The Group of Seven met for three days in Cornwall; their closing communiqué pressed China on human rights in Xinjiang and Hong Kong and voiced concern over the Taiwan Strait, making China one of the summit's main subjects, as the tracker notes.",
    sections: ['geopolitical-competition'],
    trackerDate: { value: '2021-06', precision: 'month' },
    trackerDateText: 'in June',
    date: { value: '2021-06-11', end: '2021-06-13', precision: 'day' },
    moments: [],
    actors: { countries: [], organisations: ['G7'], people: [] },
    sources: [
      { source: T, section: 'geopolitical-competition' },
      {
        source: 'whitehouse-2021-06-13-carbis-bay-communique',
        excerpt:
          'We, the leaders of the Group of Seven, met in Cornwall on 11-13 June 2021 determined to beat COVID-19 and build back better.',
      },
      {
        source: 'fairfieldcitizen-ap-2021-06-11-g7-opening-day',
        excerpt:
          'Carbis Bay, St. Ives, Cornwall, England, Friday, June 11, 2021. Leaders of the G7 begin their first of three days of meetings on Friday',
      },
      {
        source: 'washingtonpost-2021-06-13-g7-china',
        excerpt:
          'called on Beijing to respect human rights in Xinjiang and Hong Kong … raised concern about tensions in the Taiwan strait',
      },
    ],
  },
  {
    id: 'nato-brussels-summit-2021',
    title: 'NATO summit names China a systemic challenge',
    summary:
      "NATO leaders met in Brussels and, in their communiqué, described China's ambitions and conduct as a systemic challenge to the rules-based order and flagged its military cooperation with Russia. The tracker discusses the summit both in its focus topic, as the backdrop to the Sino-Russian treaty renewal two weeks later, and among the June summits in Geopolitical competition.",
    sections: ['focus-topic', 'geopolitical-competition'],
    trackerDate: { value: '2021-06', precision: 'month' },
    trackerDateText: '"a fortnight after the NATO summit" (treaty renewal of June 28, 2021); "held in June"',
    date: { value: '2021-06-14', precision: 'day' },
    moments: [],
    actors: { countries: ['CN'], organisations: ['NATO', 'North Atlantic Council'], people: [] },
    sources: [
      { source: T, section: 'focus-topic' },
      { source: T, section: 'geopolitical-competition' },
      {
        source: 'europediplomatic-2021-06-14-nato-threats',
        excerpt: 'participating in the meeting of the North Atlantic Council in Brussels 14 June 2021',
      },
    ],
  },
  {
    id: 'eu-us-summit-2021',
    title: 'EU-US summit in Brussels',
    summary:
      'Joe Biden met the presidents of the European Council and the European Commission in Brussels to relaunch transatlantic ties, with coordination on China among the themes the tracker highlights.',
    sections: ['geopolitical-competition'],
    trackerDate: { value: '2021-06', precision: 'month' },
    trackerDateText: 'in June',
    date: { value: '2021-06-15', precision: 'day' },
    moments: [],
    actors: {
      countries: ['US'],
      organisations: ['European Union'],
      people: ['Joe Biden', 'Charles Michel', 'Ursula von der Leyen'],
    },
    sources: [
      { source: T, section: 'geopolitical-competition' },
      {
        source: 'impakter-eu-us-summit',
        excerpt: 'the EU-US Summit of 15 June, held in Brussels, marks a new phase in the US-Europe alliance',
      },
      {
        source: 'impakter-eu-us-summit',
        excerpt: 'EU-US Summit of 15 June: Relations Restarted and Expanded … June 15, 2021',
      },
      {
        source: 'whitehouse-2021-06-15-us-eu-fact-sheet',
        excerpt: 'The U.S.-EU Summit will begin the work of updating those rules',
      },
    ],
  },
  {
    id: 'eu-us-trade-technology-council-launched',
    title: 'EU and US set up the Trade and Technology Council',
    summary:
      'At their Brussels summit the EU and the United States agreed to launch a joint council on trade and technology, which the tracker sees as a channel for common answers to challenges posed by China.',
    sections: ['geopolitical-competition'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '2021-06-15', precision: 'day' },
    moments: [],
    actors: { countries: ['US'], organisations: ['European Union', 'EU-US Trade and Technology Council'], people: [] },
    sources: [
      { source: T, section: 'geopolitical-competition' },
      {
        source: 'whitehouse-2021-06-15-us-eu-fact-sheet',
        excerpt: 'The leaders will launch the U.S.-EU Trade and Technology Council',
      },
      {
        source: 'thompsonhine-2021-06-us-eu-summit-statement',
        excerpt:
          'On June 15, 2021, the United States and European Union (EU) issued a joint Summit Statement … Trade and Technology Council will be established',
      },
    ],
  },
  {
    id: 'record-pla-incursion-taiwan-adiz',
    title: "Largest PLA air incursion yet into Taiwan's air defence zone",
    summary:
      "Twenty-eight Chinese military aircraft flew into Taiwan's air defence identification zone on one day, the biggest such incursion reported up to then.",
    sections: ['security-and-defense'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '2021-06-15', precision: 'day' },
    moments: [],
    actors: {
      countries: ['CN', 'TW'],
      organisations: ["People's Liberation Army", 'Ministry of National Defense (Taiwan)'],
      people: [],
    },
    sources: [
      { source: T, section: 'security-and-defense' },
      {
        source: 'republicworld-taiwan-adiz-28-aircraft',
        excerpt:
          "China flew 28 military planes towards Taiwan's Air Defense Identified Zones … on June 15. It is the largest incursion yet",
      },
      {
        source: 'republicworld-taiwan-adiz-28-aircraft',
        excerpt:
          '28 PLA aircraft (Y-8 ASW, H-6*4, Y-8 EW, KJ-500 AEW&C*2, J-16*14 and J-11*6) entered #Taiwan’s southwest ADIZ on June. 15, 2021.',
        note: "Taiwan's Ministry of National Defense post embedded in the report.",
      },
    ],
  },
  {
    id: 'sco-20th-anniversary',
    title: 'Shanghai Cooperation Organisation turns twenty',
    summary:
      'The SCO marked twenty years since its founding in 2001, with China hosting a celebration; the tracker counts it among the partner ties Beijing reaffirmed.',
    sections: ['security-and-defense'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '2021-06-15', precision: 'day' },
    moments: [{ label: 'SCO founded', date: { value: '2001-06-15', precision: 'day' } }],
    actors: { countries: ['CN'], organisations: ['Shanghai Cooperation Organisation'], people: [] },
    sources: [
      { source: T, section: 'security-and-defense' },
      {
        source: 'sectsco-20210615-anniversary',
        excerpt:
          'On 15 June 2021, the Shanghai Cooperation Organisation celebrated the 20th anniversary since its establishment.',
      },
      { source: 'sectsco-20210614-anniversary', note: 'Second source listed by the research; no excerpt recorded.' },
      {
        source: 'chinaorgcn-fr-shanghai-cooperation-organisation',
        excerpt: "Le 15 juin 2001 … ont proclamé à Shanghai la fondation de l'Organisation de coopération de Shanghai",
      },
    ],
  },
  {
    id: 'ukraine-withdraws-from-xinjiang-statement',
    title: 'Ukraine pulls its name from a UN Human Rights Council statement on Xinjiang',
    summary:
      'Kyiv withdrew its support from a Canadian-led joint statement on Xinjiang at the UN Human Rights Council two days after it was read out, reportedly after China threatened to hold back a vaccine shipment.',
    sections: ['geopolitical-competition'],
    trackerDate: null,
    trackerDateText: null,
    date: {
      value: '2021-06-24',
      precision: 'day',
      derived:
        '"On Thursday" in an ANI item published Sunday 27 June 2021 (Thursday 24 June 2021), matching RFE/RL\'s "on June 24" without the year.',
    },
    moments: [
      {
        label: 'Joint statement on Xinjiang read at the Human Rights Council',
        date: { value: '2021-06-22', precision: 'day' },
      },
    ],
    actors: { countries: ['UA', 'CN', 'CA'], organisations: ['UN Human Rights Council'], people: [] },
    sources: [
      { source: T, section: 'geopolitical-competition' },
      {
        source: 'rferl-ukraine-china-vaccine-uyghurs',
        excerpt:
          'Kyiv seemingly withdrew its support on June 24 after Beijing warned the Ukrainians it would block a scheduled shipment',
      },
      {
        source: 'ani-2021-06-27-beijing-welcomes-ukraine-withdrawal',
        excerpt: 'Jun 27, 2021 … Ukraine pulled its name off the list of supporting states on Thursday',
      },
      {
        source: 'urap-2021-06-22-joint-statement-un',
        excerpt:
          '22 June, 2021 The Uyghur Rights Advocacy Project (URAP) welcomes the Canadian leadership in delivering the joint statement',
      },
      {
        source: 'justiceforallcanada-2021-06-22-joint-statement-hrc',
        excerpt:
          'June 22nd 2021 Human rights defenders are optimistic following a joint-statement delivered to the UN Human Rights Council',
      },
    ],
  },
  {
    id: 'china-russia-data-security-pledge',
    title: 'China and Russia pledge cooperation on data security',
    summary:
      'Beijing and Moscow pledged to work together on data security; the only source found ties the pledge to the Xi-Putin video summit of 28 June 2021, reported by the SCMP on 3 July, so the date is only partly verified.',
    sections: ['focus-topic'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '2021-06-28', precision: 'day', uncertain: true },
    moments: [
      {
        label: 'SCMP reports the pledge after the Xi-Putin video summit',
        date: { value: '2021-07-03', precision: 'day' },
      },
    ],
    actors: { countries: ['CN', 'RU'], organisations: [], people: [] },
    sources: [
      { source: T, section: 'focus-topic' },
      {
        source: 'scmp-2021-07-03-china-russia-data-security',
        excerpt: 'China and Russia pledge cooperation on data security, Arctic sea route',
        note: 'Headline; the report ties the pledge to the 28 June 2021 video summit.',
      },
      { source: 'scmp-2021-07-03-china-russia-data-security', excerpt: 'Virtual summit sends signal to Washington' },
      {
        source: 'xinhuanet-2021-06-28-treaty-extension',
        excerpt:
          'Chinese President Xi Jinping holds talks with Russian President Vladimir Putin via video link in Beijing, capital of China, June 28, 2021.',
      },
      {
        source: 'scmp-2021-07-03-china-russia-data-security',
        excerpt:
          'China and Russia pledge cooperation on data security, Arctic sea route … Updated: 11:00am, 3 Jul, 2021',
      },
    ],
  },
  {
    id: 'sino-russian-treaty-extended',
    title: 'Xi and Putin extend the 2001 friendship treaty',
    summary:
      'Meeting by video link, the Chinese and Russian presidents issued a joint statement prolonging their Treaty of Good-Neighborliness and Friendly Cooperation, twenty years after it was signed.',
    sections: ['focus-topic', 'security-and-defense'],
    trackerDate: { value: '2021-06-28', precision: 'day' },
    trackerDateText: 'June 28, 2021',
    date: { value: '2021-06-28', precision: 'day' },
    moments: [],
    actors: { countries: ['CN', 'RU'], organisations: [], people: ['Xi Jinping', 'Vladimir Putin'] },
    sources: [
      { source: T, section: 'focus-topic' },
      { source: T, section: 'security-and-defense' },
      {
        source: 'xinhuanet-2021-06-28-treaty-extension',
        excerpt:
          'issued a joint statement Monday, officially deciding to extend the China-Russia Treaty of Good-Neighborliness and Friendly Cooperation',
        note: 'Dateline BEIJING, June 28.',
      },
      {
        source: 'xinhuanet-2021-06-28-treaty-extension',
        excerpt:
          'Chinese President Xi Jinping holds talks with Russian President Vladimir Putin via video link in Beijing, capital of China, June 28, 2021.',
      },
    ],
  },
  {
    id: 'didi-nyse-ipo',
    title: 'Didi lists in New York',
    summary:
      'The ride-hailing firm Didi Chuxing began trading on the New York Stock Exchange, raising about 4.4 billion US dollars, shortly before Chinese regulators turned on it.',
    sections: ['economic-and-tech-security'],
    trackerDate: null,
    trackerDateText: null,
    date: {
      value: '2021-06-30',
      precision: 'day',
      derived: "Fox Business's report of 30 June 2021 calls it 'Wednesday's U.S. IPO'; 30 June 2021 was a Wednesday.",
    },
    moments: [],
    actors: {
      countries: ['CN', 'US'],
      organisations: ['Didi Global (Didi Chuxing)', 'New York Stock Exchange'],
      people: [],
    },
    sources: [
      { source: T, section: 'economic-and-tech-security' },
      {
        source: 'foxbusiness-2021-06-30-didi-ipo',
        excerpt:
          'Wednesday’s U.S. IPO raised $4.4 billion and valued the company at $73 billion on a fully diluted basis.',
      },
    ],
  },
  {
    id: 'chinese-tech-stocks-slump-july-2021',
    title: 'Chinese tech shares slide through July 2021',
    summary:
      'Regulatory pressure drove a heavy sell-off in US- and Hong Kong-listed Chinese technology stocks; an index of US-listed Chinese tech lost about a fifth of its value over the month, with the sharpest fall over three trading days in late July.',
    sections: ['economic-and-tech-security'],
    trackerDate: { value: '2021-07', precision: 'month' },
    trackerDateText: 'In July alone',
    date: { value: '2021-07', precision: 'month' },
    moments: [
      {
        label: 'Worst three-day fall of US-listed Chinese stocks',
        date: {
          value: '2021-07-23',
          end: '2021-07-27',
          precision: 'day',
          derived:
            'End: Tuesday 27 July 2021, the date of the Al Jazeera report; start: the "three trading days" up to that Tuesday began on Friday 23 July 2021.',
        },
      },
    ],
    actors: { countries: ['CN', 'US', 'HK'], organisations: ['Nasdaq Golden Dragon China Index'], people: [] },
    sources: [
      { source: T, section: 'economic-and-tech-security' },
      {
        source: 'aljazeera-china-stocks-record-slide',
        excerpt: '27 Jul 2021 The slump in U.S.-listed Chinese shares accelerated Tuesday',
      },
      {
        source: 'aljazeera-china-stocks-record-slide',
        excerpt:
          'In the span of three trading days, the Nasdaq Golden Dragon China Index … has plunged about 20%, its biggest such drop on record.',
      },
    ],
  },
  {
    id: 'ccp-centenary-ceremony',
    title: 'Communist Party marks its centenary in Tiananmen Square',
    summary:
      "Xi Jinping led the ceremony for the hundredth anniversary of the Chinese Communist Party's founding, a display of unity and strength at the start of a difficult quarter.",
    sections: ['domestic-stability'],
    trackerDate: { value: '2021-07', precision: 'month' },
    trackerDateText: 'in July',
    date: {
      value: '2021-07-01',
      precision: 'day',
      derived: "Shanghai Daily's report of 1 July 2021 says the ceremony began 'on Thursday morning'.",
    },
    moments: [],
    actors: { countries: ['CN'], organisations: ['Chinese Communist Party'], people: ['Xi Jinping'] },
    sources: [
      { source: T, section: 'domestic-stability' },
      {
        source: 'shine-2021-07-01-cpc-centenary-ceremony',
        excerpt:
          "A ceremony marking the centenary of the Communist Party of China begins at Tian'anmen Square in Beijing on Thursday morning.",
      },
    ],
  },
  {
    id: 'xi-rejects-sanctimonious-preaching',
    title: 'Xi rejects lectures from abroad in his centenary speech',
    summary:
      'In his speech for the party centenary, Xi declared that China would not accept "sanctimonious preaching" from those who feel they have the right to lecture it, part of Beijing\'s angry response to the June summits.',
    sections: ['geopolitical-competition'],
    trackerDate: null,
    trackerDateText: null,
    date: {
      value: '2021-07-01',
      precision: 'day',
      derived: "Shanghai Daily's report of 1 July 2021: the ceremony, at which Xi spoke, began 'on Thursday morning'.",
    },
    moments: [],
    actors: { countries: ['CN'], organisations: [], people: ['Xi Jinping'] },
    sources: [
      { source: T, section: 'geopolitical-competition' },
      {
        source: 'capitalfm-2021-07-xinhua-xi-quotable-quotes',
        excerpt:
          'We will not, however, accept sanctimonious preaching from those who feel they have the right to lecture us.',
        note: "Xinhua's official English translation of the speech.",
      },
      {
        source: 'shine-2021-07-01-cpc-centenary-ceremony',
        excerpt: 'Xi started to deliver an important speech at the event.',
      },
    ],
  },
  {
    id: 'didi-cybersecurity-review',
    title: 'Regulators open a cybersecurity review of Didi',
    summary:
      "Days after Didi's US listing, the Cyberspace Administration of China put the company under a cybersecurity review on national security grounds, then ordered its app off Chinese app stores; later an on-site review team from several agencies, the Ministry of State Security among them, moved in.",
    sections: ['economic-and-tech-security'],
    trackerDate: null,
    trackerDateText: 'three days after its US IPO',
    date: { value: '2021-07-02', precision: 'day' },
    moments: [
      { label: "Removal of Didi's app from app stores ordered", date: { value: '2021-07-04', precision: 'day' } },
      {
        label: 'On-site cybersecurity review team, including the Ministry of State Security, starts work',
        date: { value: '2021-07-16', precision: 'day' },
      },
    ],
    actors: {
      countries: ['CN'],
      organisations: [
        'Cyberspace Administration of China (CAC)',
        'Ministry of State Security',
        'Didi Global (Didi Chuxing)',
      ],
      people: [],
    },
    discrepancy:
      'The tracker places the review three days after the US IPO; the sources date the IPO to 30 June and the announcement of the review to 2 July 2021, two days later.',
    sources: [
      { source: T, section: 'economic-and-tech-security' },
      {
        source: 'reuters-2021-07-02-cac-didi-investigation',
        excerpt:
          "BEIJING, July 2 (Reuters) - China's cyberspace administration said on Friday it has launched a new investigation into ride-hailing giant Didi",
      },
      {
        source: 'washingtonpost-2021-07-06-didi-quicktake',
        excerpt:
          'Two days after the IPO, the Cyberspace Administration of China said it was starting a cybersecurity review',
      },
      { source: 'peoplecn-didi-app-removal', note: 'App removal ordered on 4 July 2021; no excerpt recorded.' },
      {
        source: 'globaltimes-1228838-didi-onsite-review',
        note: 'On-site review by several departments including the Ministry of State Security from 16 July 2021; no excerpt recorded.',
      },
      {
        source: 'newshainan-2023-01-16-didi-review',
        excerpt: '2021年7月2日,网信中国发布《网络安全审查办公室关于对“滴滴出行”启动网络安全审查的公告》',
      },
      {
        source: 'cac-2021-07-04-didi-app-removal-notice',
        excerpt: '通知应用商店下架“滴滴出行”App … 特此通报。 国家互联网信息办公室 2021年7月4日',
      },
      {
        source: 'sputniknews-2021-07-16-didi-onsite-review',
        excerpt:
          '俄羅斯衛星通訊社, 1920, 16.07.2021 … 7月16日,中國國家網信辦會同公安部、中國國家安全部、自然資源部、交通運輸部、稅務總局、市場監管總局等部門聯合進駐滴滴出行科技有限公司',
        note: 'The date 16.07.2021 is the dateline of the page.',
      },
    ],
  },
  {
    id: 'taro-aso-taiwan-defense-remarks',
    title: 'Taro Aso says Japan would help defend Taiwan',
    summary:
      "Japan's deputy prime minister told a gathering in Tokyo that Japan would have to join in defending Taiwan if China invaded it.",
    sections: ['security-and-defense'],
    trackerDate: { value: '2021-07', precision: 'month' },
    trackerDateText: 'in July',
    date: {
      value: '2021-07-05',
      precision: 'day',
      derived: '"On Monday" in a Taipei Times report published Wednesday 7 July 2021: Monday 5 July 2021.',
    },
    moments: [],
    actors: { countries: ['JP', 'TW', 'CN'], organisations: [], people: ['Taro Aso'] },
    sources: [
      { source: T, section: 'security-and-defense' },
      {
        source: 'taipeitimes-aso-taiwan-defense',
        excerpt:
          'In comments at a political fundraising party in Tokyo on Monday, Aso said an invasion of Taiwan by China',
      },
    ],
  },
  {
    id: 'xi-merkel-macron-video-summit',
    title: 'Xi holds a video summit with Merkel and Macron',
    summary:
      "Xi Jinping held a three-way virtual meeting with Germany's chancellor and France's president, one of his direct appeals to European leaders for closer China-Europe cooperation.",
    sections: ['geopolitical-competition'],
    trackerDate: null,
    trackerDateText: null,
    date: {
      value: '2021-07-05',
      precision: 'day',
      derived: "teleSUR's report published on Monday 5 July 2021 has the summit held that Monday.",
    },
    moments: [],
    actors: {
      countries: ['CN', 'DE', 'FR'],
      organisations: [],
      people: ['Xi Jinping', 'Angela Merkel', 'Emmanuel Macron'],
    },
    sources: [
      { source: T, section: 'geopolitical-competition' },
      {
        source: 'telesur-2021-07-05-xi-merkel-macron',
        excerpt:
          'German Federal Chancellor Angela Merkel, French President Emmanuel Macron, and Chinese President Xi Jinping held on Monday a virtual summit',
      },
    ],
  },
  {
    id: 'taliban-delegation-visits-moscow',
    title: 'Taliban delegation visits Moscow',
    summary:
      "A delegation from the Taliban's political office spent two days in Moscow; with Beijing's own reception of the Taliban later in July, it shows Russia and China courting the group separately.",
    sections: ['focus-topic'],
    trackerDate: null,
    trackerDateText: null,
    date: {
      value: '2021-07-08',
      end: '2021-07-09',
      precision: 'day',
      derived:
        'Start stated by the report of 8 July 2021 (arrival "today"); end worked out from the announced stay of "two days".',
    },
    moments: [
      {
        label: 'Taliban delegation received in Tianjin by Wang Yi (separate record)',
        date: { value: '2021-07-28', precision: 'day' },
      },
    ],
    actors: { countries: ['RU', 'CN'], organisations: ['Taliban'], people: [] },
    sources: [
      { source: T, section: 'focus-topic' },
      {
        source: 'urdupoint-2021-07-08-taliban-delegation-moscow',
        excerpt:
          'DOHA (UrduPoint News / Sputnik - 08th July, 2021) … "Yes, the delegation arrived Moscow today morning. It will stay for two days,"',
      },
      {
        source: 'nationalpost-2021-07-08-taliban-delegation-moscow',
        excerpt:
          'Jul 08, 2021 MOSCOW — A delegation of the Afghan Taliban’s political office was in Moscow on Thursday',
      },
      {
        source: 'urdupoint-2021-07-28-wang-yi-baradar',
        excerpt: 'met with Abdul Ghani Bardar, the head of the Taliban political office, on July 28 in Tianjin',
        note: 'Date of the Tianjin visit.',
      },
      {
        source: 'caixin-2021-07-28-wang-yi-meets-taliban',
        excerpt:
          '据外交部官网消息,2021年7月28日,国务委员兼外长王毅在天津会见来华访问的阿富汗塔利班政治委员会负责人巴拉达尔一行',
      },
    ],
  },
  {
    id: 'cybersecurity-review-draft-overseas-listings',
    title: 'Draft rule requires a security review before large data holders list abroad',
    summary:
      'China opened consultation on revised cybersecurity review measures under which companies holding personal data of more than a million users must pass a review before listing on a foreign exchange.',
    sections: ['economic-and-tech-security'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '2021-07-10', precision: 'day' },
    moments: [{ label: 'Comment period closes', date: { value: '2021-07-25', precision: 'day' } }],
    actors: { countries: ['CN'], organisations: ['Cyberspace Administration of China (CAC)'], people: [] },
    sources: [
      { source: T, section: 'economic-and-tech-security' },
      {
        source: 'peoplecn-2021-07-10-cybersecurity-review-draft',
        excerpt:
          "China started to solicit public opinion on Saturday for a draft revision to the country's cybersecurity review regulations.",
        note: 'Dateline July 10.',
      },
      {
        source: 'solidot-2021-07-10-cybersecurity-review-draft',
        excerpt: '发表于 2021年07月10日 17时26分 星期六 … 网信办发布了《网络安全审查办法(修订草案征求意见稿)》',
      },
      { source: 'solidot-2021-07-10-cybersecurity-review-draft', excerpt: '意见反馈截止日期为 2021 年 7 月 25 日' },
    ],
  },
  {
    id: 'blinken-philippines-treaty-south-china-sea',
    title: 'Blinken: an attack on Philippine forces in the South China Sea would trigger the alliance treaty',
    summary:
      'In a statement on the fifth anniversary of the South China Sea arbitration ruling, the US Secretary of State said an armed attack on Philippine forces there would bring the 1951 US-Philippines mutual defense treaty into play.',
    sections: ['security-and-defense'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '2021-07-11', precision: 'day' },
    moments: [],
    actors: { countries: ['US', 'PH', 'CN'], organisations: [], people: ['Antony Blinken'] },
    sources: [
      { source: T, section: 'security-and-defense' },
      {
        source: 'mb-2021-07-12-us-reaffirms-ph-commitment',
        excerpt:
          'would invoke U.S. mutual defense commitments under Article IV of the 1951 U.S.-Philippines Mutual Defense Treaty',
      },
      {
        source: 'statedept-2021-07-11-arbitral-ruling-anniversary',
        excerpt:
          'Fifth Anniversary of the Arbitral Tribunal Ruling on the South China Sea PRESS STATEMENT ANTONY J. BLINKEN, SECRETARY OF STATE JULY 11, 2021',
      },
    ],
  },
  {
    id: 'china-dprk-treaty-60th-anniversary',
    title: 'Xi and Kim mark 60 years of the China-North Korea alliance treaty',
    summary:
      "Xi Jinping and Kim Jong-un exchanged messages on the sixtieth anniversary of the 1961 Treaty of Friendship, Cooperation and Mutual Assistance, China's only alliance treaty.",
    sections: ['security-and-defense'],
    trackerDate: null,
    trackerDateText: null,
    date: {
      value: '2021-07-11',
      precision: 'day',
      derived:
        "The Global Times report of 11 July 2021 says the messages were exchanged 'on Sunday', which was 11 July 2021.",
    },
    moments: [{ label: 'Treaty signed', date: { value: '1961-07-11', precision: 'day' } }],
    actors: { countries: ['CN', 'KP'], organisations: [], people: ['Xi Jinping', 'Kim Jong-un'] },
    sources: [
      { source: T, section: 'security-and-defense' },
      {
        source: 'globaltimes-2021-07-11-china-dprk-treaty',
        excerpt:
          'exchanged congratulatory messages on Sunday with Kim Jong-un … on the 60th anniversary of the signing',
      },
      { source: 'qjwb-2006-07-11-china-dprk-treaty-45th', excerpt: '1961年7月11日,两国签署了中朝友好合作互助条约。' },
    ],
  },
  {
    id: 'birth-policy-decision-released',
    title: 'Party and State Council publish a birth-policy package',
    summary:
      'A joint decision of the CPC Central Committee and the State Council allowing a third child and adding support measures was made public, with targets for a more balanced population by 2025; the decision itself is dated 26 June.',
    sections: ['domestic-stability'],
    trackerDate: { value: '2021-07-20', precision: 'day' },
    trackerDateText: 'On July 20',
    date: { value: '2021-07-20', precision: 'day' },
    moments: [{ label: 'Date of the decision', date: { value: '2021-06-26', precision: 'day' } }],
    actors: { countries: ['CN'], organisations: ['CPC Central Committee', 'State Council'], people: [] },
    sources: [
      { source: T, section: 'domestic-stability' },
      {
        source: 'govcn-birth-policy-decision',
        excerpt: 'Updated: July 20, 2021 20:35 Xinhua … according to a decision released on July 20.',
      },
      { source: 'govcn-birth-policy-decision', excerpt: 'The decision, dated June 26, 2021' },
    ],
  },
  {
    id: 'henan-floods-2021',
    title: 'Deadly floods in Henan',
    summary:
      'Extreme rainfall flooded Henan province, peaking in Zhengzhou; local officials drew criticism for a slow response and poor warnings. The reported toll passed 70 in late July and reached 99 two days later.',
    sections: ['domestic-stability'],
    trackerDate: { value: '2021-07-30', precision: 'day' },
    trackerDateText: 'by July 30',
    date: { value: '2021-07-20', precision: 'day' },
    moments: [
      { label: 'Reported death toll reaches 71', date: { value: '2021-07-27', precision: 'day' } },
      {
        label: 'Reported death toll rises to 99',
        date: { value: '2021-07-29', precision: 'day' },
      },
    ],
    actors: {
      countries: ['CN'],
      organisations: ['Henan provincial authorities', 'Zhengzhou city authorities', 'Meteorological Bureau'],
      people: [],
    },
    sources: [
      { source: T, section: 'domestic-stability' },
      {
        source: 'globaltimes-1229204-henan-floods',
        excerpt: 'A car is inundated by rainwater in Zhengzhou … July 20, 2021.',
      },
      {
        source: 'aninews-henan-floods-toll-71',
        excerpt:
          "Updated: Jul 27, 2021 17:34 IST … The death toll in Henan's downpours and subsequent floods has reached 71",
      },
      {
        source: 'cgtn-henan-floods-toll-99',
        excerpt:
          "Updated 21:43, 29-Jul-2021 CGTN The death toll from heavy rain and floods that pummeled central China's Henan Province has risen to 99",
      },
    ],
  },
  {
    id: 'double-reduction-tutoring-rules',
    title: '"Double reduction" rules bar for-profit tutoring in core subjects',
    summary:
      "Guidelines from the general offices of the Party Central Committee and the State Council banned profit-making tutoring in core school subjects, upending the private education industry. They were made public on 24 July; the tracker's 20 July date is not confirmed by any source found.",
    sections: ['economic-and-tech-security'],
    trackerDate: { value: '2021-07-20', precision: 'day' },
    trackerDateText: 'July 20',
    date: {
      value: '2021-07-24',
      precision: 'day',
      derived:
        "China Daily (26 July 2021) says the guideline 'was released on July 24'; Chuzhou Daily (8 August 2022) dates its release to 24 July 'last year'.",
    },
    moments: [],
    actors: {
      countries: ['CN'],
      organisations: ['General Office of the CPC Central Committee', 'General Office of the State Council'],
      people: [],
    },
    discrepancy:
      'The tracker dates the document to July 20; the sources found give its release on 2021-07-24. No source confirms July 20, which is the release date of the birth-policy decision.',
    sources: [
      { source: T, section: 'economic-and-tech-security' },
      {
        source: 'huacheng-2021-07-26-chinadaily-double-reduction',
        excerpt: 'The guideline, jointly issued by the general offices … was released on July 24.',
      },
      {
        source: 'chuzhou-daily-2022-08-08-double-reduction-anniversary',
        excerpt:
          '去年7月24日,中共中央办公厅、国务院办公厅发布《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》 [On 24 July last year the general offices of the CPC Central Committee and the State Council released the guideline]',
      },
      {
        source: 'chinaorgcn-2021-07-25-double-reduction-guidelines',
        excerpt:
          'Chinese authorities have introduced a set of guidelines to ease the burden of excessive homework and off-campus tutoring',
      },
    ],
  },
  {
    id: 'sherman-tianjin-two-lists',
    title: 'China hands Wendy Sherman two lists of demands in Tianjin',
    summary:
      "During the US deputy secretary of state's visit to Tianjin, Vice Foreign Minister Xie Feng gave her two lists setting out Beijing's main concerns and the steps it wants Washington to take.",
    sections: ['geopolitical-competition'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '2021-07-26', precision: 'day' },
    moments: [
      {
        label: 'Sherman visit to Tianjin',
        date: {
          value: '2021-07-25',
          end: '2021-07-26',
          precision: 'day',
          derived:
            'Start: arrival "on the 25th" in an NTD item datelined 26 July 2021; end: Sherman\'s own post of 26 July 2021 on her talks in Tianjin.',
        },
      },
    ],
    actors: { countries: ['US', 'CN'], organisations: [], people: ['Wendy Sherman', 'Xie Feng', 'Wang Yi'] },
    sources: [
      { source: T, section: 'geopolitical-competition' },
      {
        source: 'globaltimes-1229645-sherman-two-lists',
        excerpt:
          "delivered two lists of major concerns to the US during Vice Foreign Minister Xie Feng's meeting with … Sherman on Monday",
      },
      { source: 'cncnews-81799-sherman-visit', note: 'Announcement of the visit; no excerpt recorded.' },
      {
        source: 'hk01-2021-07-26-sherman-visit',
        excerpt:
          'I discussed issues important to the U.S. with PRC Vice FM Xie … — Wendy R. Sherman (@DeputySecState) July 26, 2021',
      },
      {
        source: 'ntdtv-2021-07-26-tianjin-talks',
        excerpt: '【新唐人北京時間2021年07月26日訊】美國副國務卿謝爾曼,25日抵達中國',
      },
    ],
  },
  {
    id: 'sun-dawu-sentenced',
    title: 'Farming tycoon Sun Dawu jailed for 18 years',
    summary:
      'A court in Hebei sentenced the agribusiness entrepreneur and long-time party critic Sun Dawu to 18 years in prison on charges including provoking trouble.',
    sections: ['domestic-stability'],
    trackerDate: { value: '2021-07', precision: 'month' },
    trackerDateText: 'in July',
    date: { value: '2021-07-28', precision: 'day' },
    moments: [],
    actors: { countries: ['CN'], organisations: ["Gaobeidian People's Court"], people: ['Sun Dawu'] },
    sources: [
      { source: T, section: 'domestic-stability' },
      {
        source: 'ntdtv-2021-07-28-sun-dawu-sentenced',
        excerpt: '【新唐人北京時間2021年07月28日訊】7月28日下午,河北大午農牧集團董事長孫大午被中共法院判刑18年。',
      },
      {
        source: 'orientaldaily-2021-07-28-sun-dawu-sentenced',
        excerpt:
          '(石家庄28日讯)以敢言著称的中国企业家、河北大午农牧集团创办人孙大午,周三被河北省高碑店市人民法院…一审判处坐牢18年',
      },
    ],
  },
  {
    id: 'wang-yi-receives-taliban-tianjin',
    title: 'Wang Yi receives Taliban envoys in Tianjin',
    summary:
      "China's foreign minister met a Taliban delegation led by Mullah Abdul Ghani Baradar, offering a role in Afghanistan's reconstruction while asking the group to break with the East Turkestan Islamic Movement.",
    sections: ['security-and-defense'],
    trackerDate: { value: '2021-07', precision: 'month' },
    trackerDateText: 'in late July',
    date: { value: '2021-07-28', precision: 'day' },
    moments: [],
    actors: { countries: ['CN'], organisations: ['Taliban'], people: ['Wang Yi', 'Mullah Abdul Ghani Baradar'] },
    sources: [
      { source: T, section: 'security-and-defense' },
      {
        source: 'urdupoint-2021-07-28-wang-yi-baradar',
        excerpt: 'met with Abdul Ghani Bardar, the head of the Taliban political office, on July 28 in Tianjin',
      },
      {
        source: 'scmp-3142826-taliban-wang-yi-tianjin',
        excerpt: 'The delegation from the Afghanistan group met Wang in Tianjin on Wednesday',
      },
      {
        source: 'caixin-2021-07-28-wang-yi-meets-taliban',
        excerpt:
          '据外交部官网消息,2021年7月28日,国务委员兼外长王毅在天津会见来华访问的阿富汗塔利班政治委员会负责人巴拉达尔一行',
      },
    ],
  },
  {
    id: 'tong-ying-kit-nsl-sentence',
    title: 'First National Security Law trial ends with nine years for Tong Ying-kit',
    summary:
      'In the first National Security Law trial in Hong Kong, three judges designated by the Chief Executive sat without a jury, convicted Tong Ying-kit of terrorism and inciting secession, and three days later jailed him for nine years.',
    sections: ['domestic-stability'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '2021-07-30', precision: 'day' },
    moments: [{ label: 'Conviction', date: { value: '2021-07-27', precision: 'day' } }],
    actors: {
      countries: ['HK'],
      organisations: ['High Court of Hong Kong'],
      people: ['Tong Ying-kit', 'Carrie Lam'],
    },
    sources: [
      { source: T, section: 'domestic-stability' },
      {
        source: 'channelnewsasia-tong-ying-kit-jailed',
        excerpt:
          'will face nine years in prison for terrorist activities and inciting secession, judges said on Friday (Jul 30)',
      },
      {
        source: 'peoplecn-2021-07-30-tong-ying-kit-sentenced',
        excerpt: 'HONG KONG, July 30 (Xinhua) -- A man was sentenced to nine years in prison on Friday in Hong Kong',
      },
      {
        source: 'hkcfi-2021-2239-hksar-v-tong-ying-kit-sentence',
        excerpt: '[2021] HKCFI 2239 … Date of Verdict: 27 July 2021 Date of Sentence: 30 July 2021',
      },
      {
        source: 'hkcfi-2021-2239-hksar-v-tong-ying-kit-sentence',
        excerpt:
          'We convicted the Defendant of both offences on 27 July 2021 at the end of the trial and gave our Reasons for Verdict',
      },
    ],
  },
  {
    id: 'xi-calls-for-stronger-defense',
    title: 'Xi calls for more weight on national defence and the armed forces',
    summary:
      'At a Politburo study session Xi Jinping said strengthening national defence and the military deserved greater importance; he had already urged military modernisation in his centenary speech on 1 July.',
    sections: ['security-and-defense'],
    trackerDate: null,
    trackerDateText: null,
    date: { value: '2021-07-30', precision: 'day' },
    moments: [
      { label: 'Centenary speech calls for military modernisation', date: { value: '2021-07-01', precision: 'day' } },
    ],
    actors: {
      countries: ['CN'],
      organisations: ['Political Bureau of the CPC Central Committee', "People's Liberation Army"],
      people: ['Xi Jinping'],
    },
    sources: [
      { source: T, section: 'security-and-defense' },
      {
        source: 'peoplecn-2021-07-31-xi-national-defense',
        excerpt: 'greater importance should be attached to strengthening national defense and armed forces, Xi said',
        note: 'Remarks made "on Friday"; dateline July 31.',
      },
      {
        source: 'paper-people-2021-08-02-politburo-defense-study',
        excerpt:
          '2021年08月02日 … 新华社北京7月31日电 八一建军节来临之际,中共中央政治局7月30日下午就坚持党对人民军队绝对领导、奋力实现建军一百年奋斗目标举行第三十二次集体学习',
      },
      {
        source: 'paper-people-2021-08-02-politburo-defense-study',
        excerpt: '必须把国防和军队建设摆在更加重要的位置,加快建设巩固国防和强大军队',
      },
      {
        source: 'peoplecn-2021-07-01-xi-world-class-military',
        excerpt: '09:14, July 01, 2021 … said on Thursday China will elevate its armed forces to world-class standards',
      },
      {
        source: 'peoplecn-2021-07-01-xi-world-class-military',
        excerpt: '"We must accelerate the modernization of national defense and the armed forces," said Xi',
      },
    ],
  },
  {
    id: 'german-frigate-bayern-deploys',
    title: 'German frigate Bayern leaves for the Indo-Pacific',
    summary:
      "The frigate Bayern sailed from Wilhelmshaven on a seven-month deployment, Germany's first to the Indo-Pacific in about two decades.",
    sections: ['security-and-defense'],
    trackerDate: null,
    trackerDateText: 'the last three months',
    date: { value: '2021-08-02', precision: 'day' },
    moments: [],
    actors: { countries: ['DE'], organisations: ['German Navy (frigate Bayern)'], people: [] },
    sources: [
      { source: T, section: 'security-and-defense' },
      {
        source: 'navaltoday-bayern-south-china-sea',
        excerpt: 'The German warship left the port city of Wilhelmshaven on 2 August for a seven-month deployment',
      },
      {
        source: 'deutschlandfunk-2021-08-02-frigate-bayern',
        excerpt:
          'In Wilhelmshaven sticht die Fregatte "Bayern" zu einer halbjährigen Reise … in See. … Diese Nachricht wurde am 02.08.2021 im Programm Deutschlandfunk gesendet.',
      },
      {
        source: 'diplo-seoul-frigate-bayern-indo-pacific',
        excerpt:
          'Die Fregatte „Bayern“ hat … ihren Heimathafen Wilhelmshaven in Deutschland am 2. August 2021 verlassen',
      },
    ],
  },
  {
    id: 'personal-information-protection-law-adopted',
    title: 'China adopts the Personal Information Protection Law',
    summary:
      'The NPC Standing Committee passed the Personal Information Protection Law at its 30th session, as the tracker expected for later in the year; it entered into force on 1 November 2021.',
    sections: ['economic-and-tech-security'],
    trackerDate: { value: '2021', precision: 'year' },
    trackerDateText: 'expected to be adopted later in 2021',
    date: { value: '2021-08-20', precision: 'day' },
    moments: [{ label: 'Law enters into force', date: { value: '2021-11-01', precision: 'day' } }],
    actors: {
      countries: ['CN'],
      organisations: ["Standing Committee of the National People's Congress"],
      people: [],
    },
    sources: [
      { source: T, section: 'economic-and-tech-security' },
      {
        source: 'kpmg-pipl-protection-management-system',
        excerpt:
          'approved at the 30th meeting of the Standing Committee … on August 20, 2021, and would come into effect on November 1, 2021',
      },
    ],
  },
  {
    id: 'data-security-law-in-force',
    title: 'Data Security Law takes effect',
    summary:
      "China's Data Security Law, adopted in June, entered into force, a core piece of the data regime the tracker describes, with key terms still left undefined.",
    sections: ['economic-and-tech-security'],
    trackerDate: { value: '2021-09', precision: 'month' },
    trackerDateText: 'in September',
    date: { value: '2021-09-01', precision: 'day' },
    moments: [{ label: 'Law adopted', date: { value: '2021-06-10', precision: 'day' } }],
    actors: {
      countries: ['CN'],
      organisations: ["Standing Committee of the National People's Congress"],
      people: [],
    },
    sources: [
      { source: T, section: 'economic-and-tech-security' },
      {
        source: 'sesec-data-security-law-september-2021',
        excerpt:
          'On 10 June 2021, the Data Security Law (DSL) was passed … It will be effective as of 1 September 2021',
      },
    ],
  },
];
