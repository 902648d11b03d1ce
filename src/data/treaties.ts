import type { Treaty } from '../schemas/treaties.js';
import { TRACKER_SOURCE_ID } from './sources/tracker.js';

/** The tracker's footnote to its treaty map, cited by every Hong Kong agreement suspended in 2020. */
const TRACKER_FOOTNOTE = {
  source: TRACKER_SOURCE_ID,
  section: 'graphic-of-the-quarter',
  note: "The tracker's map notes that several countries suspended their Hong Kong treaties after the June 2020 National Security Law; its country colours did not survive, so which countries comes from the other sources cited here.",
} as const;

/** Why a day that rests only on the Cantonese Wikipedia list is not taken as the entry into force. */
const LIST_DAY =
  "The Cantonese Wikipedia list of Hong Kong's agreements gives a day, but no official source states it, and the list's in-force column gives for Finland the commencement of Hong Kong's implementing order rather than the agreement's own entry into force.";

/** China's decision of 28 July 2020, as National Business Daily reported it that day: cited by the three agreements it suspended. */
const NBD_2020_07_28 = {
  source: 'nbd-2020-07-28-hk-suspends-ca-au-gb-agreements',
  excerpt:
    '中方决定:香港特区暂停港加、港澳、港英移交逃犯协定 2020-07-28 16:19:39 [China decides: the HKSAR suspends its surrender agreements with Canada, Australia and the UK, 28 July 2020]',
} as const;

/** Why a date that rests on the header of Chinese Wikisource's copy of a treaty text is marked uncertain. */
const WIKISOURCE_DATE =
  "The date comes only from the header of the treaty's text on Chinese Wikisource, a reference work; no official page stating it was found.";

/** The People's Daily report of China's suspension of 28 July 2020, cited by the three agreements it suspended that day. */
const PEOPLE_2020_07_29 = {
  source: 'people-cn-hk-suspends-ca-au-gb-agreements',
  excerpt: 'issued notices about the suspension to consulates of those countries',
  note: 'The HKSAR Government issued the notices.',
} as const;

/** The row of the Cantonese Wikipedia list for the 2007 protocol to the Hong Kong–Australia agreement. */
const LIST_AU_PROTOCOL = {
  source: 'wikipedia-zh-yue-hk-sfo-agreements-list',
  excerpt: '2007年3月19號 2008年5月7號 Fugitive Offenders (Australia) (Amendment) Order 2007 Cap. 503C Schedule 2',
} as const;

/**
 * China's approval of 30 December 2022, cited by the four treaties it approved that day (Congo, Kenya, Uruguay,
 * Armenia). Xinhua dates the vote but does not name the treaties; only Safeguard Defenders, an NGO citing
 * 中司观察, names the four.
 */
const NPCSC_2022_12_30 = {
  action: 'approved',
  date: { value: '2022-12-30', precision: 'day' },
  by: { country: 'CN', body: 'NPC Standing Committee' },
  sources: [
    {
      source: 'people-en-2022-12-31-npcsc-38th-session-closes',
      excerpt:
        "December 31, 2022 … BEIJING, Dec. 30 (Xinhua) -- The Standing Committee of the 13th National People's Congress (NPC) concluded its 38th session Friday … Lawmakers also ratified extradition treaties",
      note: 'Dates the vote; does not name the treaties.',
    },
    {
      source: 'safeguarddefenders-2023-01-extradition-treaties',
      excerpt:
        '2022年12月30日,中国的人大常务委员会通过一项决定,即批准与四个国家的引渡条约。这些国家是刚果共和国、肯尼亚、乌拉圭和亚美尼亚 [on 30 Dec 2022 the NPC Standing Committee decided to approve extradition treaties with four countries: Rep. of Congo, Kenya, Uruguay and Armenia]',
      note: 'The only source found that names the four treaties: an NGO, citing 中司观察. The NPC decision itself was not reached.',
    },
  ],
} as const;

/** The Xinhua report of 25 December 2024 on China's approval of the treaties with Zimbabwe and Suriname. */
const PEOPLE_2024_12_25 = {
  source: 'people-en-2024-12-26-npcsc-13th-session-closes',
  excerpt:
    'closing meeting of the 13th session of the 14th NPC Standing Committee … Dec. 25, 2024 … Lawmakers ratified an extradition treaty between China and Zimbabwe and another one between China and Suriname.',
} as const;

/**
 * Hong Kong surrender-of-fugitive-offenders agreements (chinaSide `HK`) and PRC extradition treaties
 * (chinaSide `CN`), with their dated steps and status as of August 2021 (the tracker's Graphic of the quarter).
 * Ordered: Hong Kong agreements by counterparty code, then PRC treaties by counterparty code.
 * Sources: ./sources/treaties.ts.
 */
export const treaties: Treaty[] = [
  {
    id: 'hk-au',
    chinaSide: 'HK',
    counterparty: 'AU',
    title: 'Agreement between Hong Kong and Australia for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'signed',
        date: { value: '1993-11-15', precision: 'day' },
        place: 'Hong Kong',
        sources: [
          { source: 'wikipedia-zh-yue-hk-sfo-agreements-list', excerpt: '澳洲 1993年11月15號 1997年6月29號 … 暫停咗' },
          {
            source: 'legislation-gov-au-f2008l00529-hk-extradition',
            excerpt: 'done at Hong Kong on 15 November 1993',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '1997-06', precision: 'month' },
        sources: [
          {
            source: 'news-gov-hk-2007-03-19-au-protocol-signed',
            excerpt: 'The existing agreement came into force in June 1997.',
          },
        ],
        note: `The Hong Kong government gives June 1997. ${LIST_DAY} (29 June 1997 for Australia)`,
      },
      {
        action: 'protocol-signed',
        date: { value: '2007-03-19', precision: 'day' },
        place: 'Hong Kong',
        sources: [
          {
            source: 'news-gov-hk-2007-03-19-au-protocol-signed',
            excerpt:
              'March 19, 2007 … Secretary for Security Ambrose Lee and Consul-General of Australia Murray Cobban signed the protocol today.',
          },
          {
            source: 'legislation-gov-au-f2008l00529-hk-extradition',
            excerpt:
              'Schedule 2 Protocol amending the Agreement for the Surrender of Accused and Convicted Persons … done at Hong Kong on 19 March 2007',
          },
          LIST_AU_PROTOCOL,
        ],
        note: 'A protocol to the agreement.',
      },
      {
        action: 'entered-into-force',
        date: { value: '2008-05', precision: 'month', uncertain: true },
        sources: [
          LIST_AU_PROTOCOL,
          {
            source: 'legislation-gov-au-f2008l00529-hk-extradition',
            excerpt:
              'These Regulations commence on the day on which the Protocol … done at Hong Kong on 19 March 2007, enters into force.',
            note: "Australia's regulations applying the amended agreement, made on 5 March 2008, took effect with the protocol; their text does not give the day.",
          },
          {
            source: 'news-gov-hk-2007-03-19-au-protocol-signed',
            excerpt: 'The protocol will enter into force 30 days after both sides have notified each other in writing',
          },
        ],
        note: "Entry into force of the 2007 protocol, not of the agreement itself. The official texts give the rule (30 days after both sides' notifications) but not the date; the month comes only from the Cantonese Wikipedia list, which gives 7 May 2008, so it is marked uncertain.",
      },
      {
        action: 'suspended',
        date: { value: '2020-07-09', precision: 'day' },
        by: { country: 'AU', body: 'Australian Government' },
        sources: [
          {
            source: 'pm-gov-au-2020-07-09-extradition-hong-kong',
            excerpt:
              'Media release 09 Jul 2020 … As a result, we have today taken steps to suspend our Extradition Agreement.',
          },
        ],
        note: 'Announced by Prime Minister Scott Morrison.',
      },
      {
        action: 'suspended',
        date: { value: '2020-07-28', precision: 'day' },
        by: { country: 'CN', body: 'PRC Ministry of Foreign Affairs' },
        sources: [
          NBD_2020_07_28,
          {
            source: 'thenews-pk-2020-07-29-china-halts-hk-treaties',
            excerpt:
              "China announced the suspension on Tuesday of Hong Kong's extradition treaties with Canada, Australia and Britain",
          },
          PEOPLE_2020_07_29,
        ],
        note: 'Announced by the PRC Foreign Ministry for the Canada, Australia and UK agreements together. The HKSAR Government issued notices to the consulates concerned the same day.',
      },
    ],
    status: 'suspended',
    statusCertainty: 'confirmed',
    statusSources: [
      TRACKER_FOOTNOTE,
      {
        source: 'pm-gov-au-2020-07-09-extradition-hong-kong',
        excerpt: 'we have today taken steps to suspend our Extradition Agreement',
      },
      {
        source: 'thenews-pk-2020-07-29-china-halts-hk-treaties',
        excerpt:
          "China announced the suspension on Tuesday of Hong Kong's extradition treaties with Canada, Australia and Britain",
      },
      { source: 'wikipedia-zh-yue-hk-sfo-agreements-list', excerpt: '澳洲 1993年11月15號 1997年6月29號 … 暫停咗' },
    ],
  },
  {
    id: 'hk-ca',
    chinaSide: 'HK',
    counterparty: 'CA',
    title: 'Agreement between Hong Kong and Canada for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'signed',
        date: { value: '1993-09-07', precision: 'day', uncertain: true },
        sources: [
          { source: 'wikipedia-zh-yue-hk-sfo-agreements-list', excerpt: '加拿大 1993年9月7號 1997年6月13號 … 暫停咗' },
          {
            source: 'legco-1998-se0312-3-sfo-agreements',
            excerpt: 'signed 11 such agreements (with Netherlands, Canada, Australia, …)',
            note: 'Signed before 1998; the paper gives no date.',
          },
          {
            source: 'cts-1997-9-canada-hk-sfo-agreement',
            excerpt:
              'E101336 - CTS 1997 No. 9 AGREEMENT BETWEEN THE GOVERNMENT OF CANADA AND THE GOVERNMENT OF HONG KONG FOR THE SURRENDER OF FUGITIVE OFFENDERS',
            note: 'The text of the agreement; the signature line was not read.',
          },
        ],
        note: "The day comes only from the Cantonese Wikipedia list of Hong Kong's agreements. Its signing dates agree with official sources for the six other agreements checked, but none was found for Canada's; the Legislative Council and the Canada Treaty Series confirm only that the agreement was signed.",
      },
      {
        action: 'entered-into-force',
        date: { value: '1997', precision: 'year' },
        sources: [
          {
            source: 'cts-1997-9-canada-hk-sfo-agreement',
            excerpt:
              'E101336 - CTS 1997 No. 9 AGREEMENT BETWEEN THE GOVERNMENT OF CANADA AND THE GOVERNMENT OF HONG KONG FOR THE SURRENDER OF FUGITIVE OFFENDERS',
            note: 'The Canada Treaty Series numbers a treaty under the year it entered into force for Canada.',
          },
          { source: 'wikipedia-zh-yue-hk-sfo-agreements-list', excerpt: '加拿大 1993年9月7號 1997年6月13號 … 暫停咗' },
        ],
        note: `In force in 1997, the year under which the Canada Treaty Series numbers the agreement (CTS 1997 No. 9). ${LIST_DAY} (13 June 1997 for Canada)`,
      },
      {
        action: 'suspended',
        date: { value: '2020-07-03', precision: 'day' },
        by: { country: 'CA', body: 'Government of Canada' },
        sources: [
          {
            source: 'dailyhive-2020-07-03-canada-suspends-hk-treaty',
            excerpt:
              'Jul 3 2020, 5:55 pm … Philippe Champagne, said in a statement on Friday that Canada “is suspending” the Canada-Hong Kong extradition treaty.',
          },
        ],
        note: 'Announced by Foreign Minister François-Philippe Champagne; Prime Minister Justin Trudeau is also named in the reporting.',
      },
      {
        action: 'suspended',
        date: { value: '2020-07-28', precision: 'day' },
        by: { country: 'CN', body: 'PRC Ministry of Foreign Affairs' },
        sources: [
          NBD_2020_07_28,
          {
            source: 'thenews-pk-2020-07-29-china-halts-hk-treaties',
            excerpt:
              "China announced the suspension on Tuesday of Hong Kong's extradition treaties with Canada, Australia and Britain",
          },
          PEOPLE_2020_07_29,
        ],
        note: 'Announced by the PRC Foreign Ministry for the Canada, Australia and UK agreements together. The HKSAR Government issued notices to the consulates concerned the same day.',
      },
    ],
    status: 'suspended',
    statusCertainty: 'confirmed',
    statusSources: [
      TRACKER_FOOTNOTE,
      {
        source: 'dailyhive-2020-07-03-canada-suspends-hk-treaty',
        excerpt: 'Canada “is suspending” the Canada-Hong Kong extradition treaty',
      },
      {
        source: 'thenews-pk-2020-07-29-china-halts-hk-treaties',
        excerpt:
          "China announced the suspension on Tuesday of Hong Kong's extradition treaties with Canada, Australia and Britain",
      },
      { source: 'wikipedia-zh-yue-hk-sfo-agreements-list', excerpt: '加拿大 1993年9月7號 1997年6月13號 … 暫停咗' },
    ],
  },
  {
    id: 'hk-cz',
    chinaSide: 'HK',
    counterparty: 'CZ',
    title: 'Agreement between Hong Kong and the Czech Republic for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'signed',
        date: { value: '2013-03-04', precision: 'day' },
        place: 'Hong Kong',
        sources: [
          {
            source: 'senat-cz-2013-hk-surrender-agreement-bill',
            excerpt:
              'Dohody byly podepsány v Hongkongu dne 4. března 2013. [The agreements were signed in Hong Kong on 4 March 2013.]',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '2015-02-13', precision: 'day' },
        sources: [
          {
            source: 'mzv-cz-14-2015-sbms-hk-agreement',
            excerpt:
              'Dohoda vstoupila v platnost na základě svého článku 19 odst. 1 dne 13. února 2015 [The Agreement entered into force under its Article 19(1) on 13 February 2015]',
          },
          { source: 'wikipedia-zh-yue-hk-sfo-agreements-list', excerpt: '捷克 2013年3月4號 2015年2月13號 … 生效緊' },
        ],
        note: "Given by the Czech Foreign Ministry's communication in the Collection of International Treaties, read on a republication.",
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt:
          '截至今年4月20日,共19國與香港簽有移交逃犯協定,且已生效 [as of 20 April this year, 19 countries have SFO agreements with Hong Kong in force]',
        note: 'Hong Kong Department of Justice figures as of 20 April 2020; no suspension of this agreement was found in any source up to August 2021.',
      },
      {
        source: 'hongkongwatch-2020-10-23-ireland-suspends',
        excerpt: 'Portugal and the Czech Republic continue to have extradition treaties in operation with Hong Kong',
        note: 'October 2020.',
      },
      { source: 'wikipedia-zh-yue-hk-sfo-agreements-list', excerpt: '捷克 2013年3月4號 2015年2月13號 … 生效緊' },
    ],
  },
  {
    id: 'hk-de',
    chinaSide: 'HK',
    counterparty: 'DE',
    title: 'Agreement between Hong Kong and Germany for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'signed',
        date: { value: '2006-05-26', precision: 'day' },
        sources: [
          {
            source: 'news-gov-hk-2006-05-26-de-agreements-signed',
            excerpt:
              "May 26, 2006 … Secretary for Security Ambrose Lee and Germany's Acting Consul-General Helmut Rausch signed the documents today.",
          },
          { source: 'wikipedia-zh-yue-hk-sfo-agreements-list', excerpt: '德國 2006年5月26號 2009年4月11號 … 暫停咗' },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '2009-04', precision: 'month' },
        sources: [
          {
            source: 'news-gov-hk-2020-08-12-de-fr-agreements',
            excerpt: 'The agreement between Hong Kong and Germany entered into force in April 2009',
          },
        ],
        note: `The Hong Kong government gives April 2009. ${LIST_DAY} (11 April 2009 for Germany)`,
      },
      {
        action: 'suspended',
        date: { value: '2020-07-31', precision: 'day' },
        by: { country: 'DE', body: 'German Federal Foreign Office' },
        sources: [
          {
            source: 'prignitzer-2020-07-31-maas-hongkong-auslieferung',
            excerpt:
              '31. Juli 2020, 18:18 Uhr … setzt auch Deutschland das Auslieferungsabkommen mit Hongkong aus. Das teilte Bundesaußenminister Heiko Maas am Freitag in Berlin mit. [31 July 2020 … Germany too is suspending its extradition agreement with Hong Kong, Foreign Minister Heiko Maas said in Berlin on Friday.]',
          },
        ],
        note: 'Announced by Foreign Minister Heiko Maas, who pointed to the disqualification of election candidates and the postponed Legislative Council election as well as to arrests under the National Security Law.',
      },
      {
        action: 'suspended',
        date: { value: '2020-08-12', precision: 'day' },
        by: { country: 'HK', body: "HKSAR Government (on the instruction of the Central People's Government)" },
        sources: [
          {
            source: 'news-gov-hk-2020-08-12-de-fr-agreements',
            excerpt:
              'August 12, 2020 The Hong Kong Special Administrative Region Government today issued notices to the German Consulate General Hong Kong',
            note: 'Hong Kong government announcement of the suspension (and of the shelving of the France agreement).',
          },
        ],
      },
    ],
    status: 'suspended',
    statusCertainty: 'confirmed',
    statusSources: [
      TRACKER_FOOTNOTE,
      {
        source: 'prignitzer-2020-07-31-maas-hongkong-auslieferung',
        excerpt:
          'setzt auch Deutschland das Auslieferungsabkommen mit Hongkong aus [Germany too is suspending its extradition agreement with Hong Kong]',
      },
      {
        source: 'news-gov-hk-2020-08-12-de-fr-agreements',
        excerpt: 'The agreement between Hong Kong and Germany entered into force in April 2009',
      },
      { source: 'wikipedia-zh-yue-hk-sfo-agreements-list', excerpt: '德國 2006年5月26號 2009年4月11號 … 暫停咗' },
    ],
    note: "Germany's stated grounds went beyond the National Security Law itself (candidate disqualifications and the delayed Legislative Council election), whereas the tracker's footnote puts all the suspensions down to that law.",
  },
  {
    id: 'hk-fi',
    chinaSide: 'HK',
    counterparty: 'FI',
    title: 'Agreement between Hong Kong and Finland for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'signed',
        date: { value: '2005-05-20', precision: 'day' },
        sources: [
          {
            source: 'news-gov-hk-2005-05-20-fi-agreement-signed',
            excerpt:
              'May 20, 2005 … Secretary for Security Ambrose Lee and Finnish Minister of Justice Johannes Koskinen signed the document today.',
          },
          { source: 'wikipedia-zh-yue-hk-sfo-agreements-list', excerpt: '芬蘭 2005年5月20號 2013年8月15號' },
          {
            source: 'ecns-2020-10-24-hk-suspends-finland-sfo',
            excerpt:
              'signed the SFO agreement with Finland in May 2005. The agreement entered into force in August 2013',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2013-04-05', precision: 'day' },
        by: { country: 'FI', body: 'Eduskunta (Parliament of Finland)' },
        sources: [
          {
            source: 'finlex-sk-646-2013-hk-agreement-decree',
            excerpt:
              'Eduskunta on hyväksynyt sopimuksen 5 päivänä huhtikuuta 2013 ja tasavallan presidentti 17 päivänä toukokuuta [Parliament approved the agreement on 5 April 2013 and the President of the Republic on 17 May 2013]',
          },
          {
            source: 'eduskunta-lavm-5-2013-hk-agreement',
            note: "The Legal Affairs Committee's report on the government bill (HE 3/2013 vp).",
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2013-05-17', precision: 'day' },
        by: { country: 'FI', body: 'President of the Republic of Finland' },
        sources: [
          {
            source: 'finlex-sk-646-2013-hk-agreement-decree',
            excerpt:
              'Eduskunta on hyväksynyt sopimuksen 5 päivänä huhtikuuta 2013 ja tasavallan presidentti 17 päivänä toukokuuta [Parliament approved the agreement on 5 April 2013 and the President of the Republic on 17 May 2013]',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '2013-08-30', precision: 'day' },
        sources: [
          {
            source: 'finlex-sk-646-2013-hk-agreement-decree',
            excerpt:
              'Hongkongissa 20 päivänä toukokuuta 2005 tehty sopimus tulee voimaan 30 päivänä elokuuta 2013 niin kuin siitä on sovittu. [The agreement done at Hong Kong on 20 May 2005 enters into force on 30 August 2013, as agreed.]',
          },
          {
            source: 'eduskunta-lavm-5-2013-hk-agreement',
            excerpt:
              'Sopimus tulee voimaan 30 päivän kuluttua siitä päivästä, jona sopimuspuolet ovat kirjallisesti ilmoittaneet toisilleen [The agreement enters into force 30 days after the day the parties have notified each other in writing]',
          },
          {
            source: 'ecns-2020-10-24-hk-suspends-finland-sfo',
            excerpt:
              'The HKSAR signed the SFO agreement with Finland in May 2005. The agreement entered into force in August 2013.',
          },
        ],
        note: "Finland's decree bringing the agreement into force (646/2013) gives 30 August 2013, in line with the 30-day rule. The Cantonese Wikipedia list gives 15 August 2013, when Hong Kong's implementing order commenced (conflict hk-fi-entry-into-force-day).",
      },
      {
        action: 'suspension-announced',
        date: { value: '2020-07-13', precision: 'day' },
        by: { country: 'FI', body: 'Finnish Ministry for Foreign Affairs (Minister Pekka Haavisto)' },
        sources: [
          {
            source: 'chinadailyhk-147168-finland-hk-agreement-opinion',
            excerpt:
              "Haavisto, on July 13, duly announced that Finland's fugitive surrender agreement … will no longer be applied",
            note: 'A pro-Beijing opinion piece.',
          },
          {
            source: 'newsnowfinland-haavisto-hk-extradition-treaty',
            excerpt: 'Pekka Haavisto talking to reporters in Brussels, Foreign Affairs Council meeting 13th July 2020',
          },
        ],
        note: 'Foreign Minister Haavisto said Finland would stop applying the agreement; the formal decision came in October.',
      },
      {
        action: 'suspended',
        date: { value: '2020-10-16', precision: 'day' },
        by: { country: 'FI', body: 'Government of Finland' },
        sources: [
          {
            source: 'china-embassy-fi-finland-suspends-hk-agreement',
            excerpt:
              '2020-10-16 … the news release on the website of the government of Finland on 16 October, the Finnish side decides to suspend its agreement',
          },
        ],
        note: 'Formal government decision, announced on 16 Oct 2020.',
      },
      {
        action: 'suspended',
        date: { value: '2020-10-23', precision: 'day' },
        by: { country: 'HK', body: "HKSAR Government (on the instruction of the Central People's Government)" },
        sources: [
          {
            source: 'stheadline-2020-10-23-hk-suspends-finland-sfo',
            excerpt:
              '港府暂停与芬兰移交逃犯协定 2020-10-23 15:41 … 香港特区政府已于今日向芬兰驻香港总领事馆发出通知,暂停履行《中华人民共和国香港特别行政区政府与芬兰共和国政府关于移交逃犯的协定》 [Hong Kong government suspends surrender agreement with Finland … the HKSAR Government today notified the Finnish Consulate General in Hong Kong that it suspends the surrender agreement]',
          },
          { source: 'ecns-2020-10-24-hk-suspends-finland-sfo' },
        ],
      },
    ],
    status: 'suspended',
    statusCertainty: 'confirmed',
    statusSources: [
      TRACKER_FOOTNOTE,
      {
        source: 'china-embassy-fi-finland-suspends-hk-agreement',
        excerpt: 'government of Finland on 16 October … decides to suspend its agreement',
      },
      { source: 'ecns-2020-10-24-hk-suspends-finland-sfo', note: "Reports Hong Kong's counter-suspension." },
    ],
  },
  {
    id: 'hk-fr',
    chinaSide: 'HK',
    counterparty: 'FR',
    title: 'Agreement between Hong Kong and France for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'signed',
        date: { value: '2017-05-04', precision: 'day' },
        sources: [
          {
            source: 'info-gov-hk-2017-05-04-france-sfo',
            excerpt:
              'The signing of the surrender agreement today will further take forward our bilateral co-operation on criminal matters … Ends/Thursday, May 4, 2017',
          },
          {
            source: 'francetvinfo-france-renonce-ratifier-hk-accord',
            excerpt:
              "la France ne procèdera pas en l'état à la ratification de l'accord d'extradition signé le 4 mai 2017 [France will not, as things stand, proceed to ratification …]",
          },
        ],
      },
      {
        action: 'approved',
        date: {
          value: '2019-01',
          precision: 'month',
          derived:
            "The government press release of 23 January 2019 (by its address) gives the Legislative Council motion on the order as 'today (23 January)'; Stand News, on 30 April 2019, says Hong Kong completed the vetting of the order on 23 January 'this year'.",
        },
        by: { country: 'HK', body: 'Legislative Council of Hong Kong' },
        sources: [
          {
            source: 'hk-gov-2019-01-23-fugitive-offenders-france-order',
            excerpt:
              '以下是署理保安局局長區志光今日(一月二十三日)在立法會會議上就《逃犯(法國)令》動議的發言全文 [the full text of the speech by the Acting Secretary for Security, Au Chi-kwong, moving the motion on the Fugitive Offenders (France) Order in the Legislative Council today (23 January)]',
            note: 'Press release of 23 Jan 2019 on the Legislative Council motion on the order.',
          },
          {
            source: 'thestandnews-2019-04-30-france-sfo-not-in-force',
            excerpt:
              '2019/4/30 — 16:24 … 但港方在今年一月二十三日已經完成附屬法例的「先訂立後審議」程序 [but Hong Kong had completed the negative-vetting procedure for the subsidiary legislation on 23 January this year]',
          },
          {
            source: 'people-cn-hk-ratified-france-agreement',
            excerpt: 'has also ratified a similar agreement with France',
            note: 'The PRC Foreign Ministry, August 2020, on the HKSAR.',
          },
        ],
        note: 'Hong Kong put its implementing order, the Fugitive Offenders (France) Order, through the Legislative Council; France never completed its side.',
      },
      {
        action: 'ratification-abandoned',
        date: {
          value: '2020-08-03',
          precision: 'day',
          derived:
            "franceinfo's report of August 2020 says the foreign ministry declared it 'lundi 3 août' (Monday 3 August), a Monday in 2020.",
        },
        by: { country: 'FR', body: 'French Ministry for Europe and Foreign Affairs' },
        sources: [
          {
            source: 'francetvinfo-france-renonce-ratifier-hk-accord',
            excerpt:
              "la France ne procèdera pas en l'état à la ratification de l'accord d'extradition signé le 4 mai 2017 [France will not, as things stand, proceed to ratification …]",
          },
          {
            source: 'francetvinfo-france-renonce-ratifier-hk-accord',
            excerpt:
              'la France ne procédera pas en l’état à la ratification de l’accord d’extradition … a déclaré lundi 3 août [France will not, as things stand, ratify the extradition agreement, (the ministry) said on Monday 3 August]',
            note: 'The article is of August 2020.',
          },
        ],
        note: 'France said it would not, as things stood, go ahead with ratification.',
      },
      {
        action: 'shelved',
        date: { value: '2020-08-12', precision: 'day' },
        by: { country: 'HK', body: "HKSAR Government (on the instruction of the Central People's Government)" },
        sources: [
          {
            source: 'news-gov-hk-2020-08-12-de-fr-agreements',
            excerpt:
              'August 12, 2020 The Hong Kong Special Administrative Region Government today issued notices to … the Consulate General of France',
          },
          {
            source: 'news-gov-hk-2020-08-12-de-fr-agreements',
            excerpt: 'that between Hong Kong and France has not yet entered into force',
          },
        ],
      },
    ],
    status: 'not-ratified',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt:
          '法國也已經與香港簽署引渡協定,但尚未生效 [France has also signed an extradition agreement with Hong Kong, but it is not yet in force]',
      },
      {
        source: 'news-gov-hk-2020-08-12-de-fr-agreements',
        excerpt: 'that between Hong Kong and France has not yet entered into force',
      },
      {
        source: 'francetvinfo-france-renonce-ratifier-hk-accord',
        excerpt:
          "la France ne procèdera pas en l'état à la ratification de l'accord d'extradition signé le 4 mai 2017 [France will not, as things stand, proceed to ratification …]",
      },
    ],
    note: "Hong Kong's 20th surrender agreement and the only one of the 20 that never entered into force. Hong Kong shelved it after France dropped ratification.",
  },
  {
    id: 'hk-gb',
    chinaSide: 'HK',
    counterparty: 'GB',
    title: 'Agreement between Hong Kong and the United Kingdom for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'suspended',
        date: { value: '2020-07-20', precision: 'day' },
        by: { country: 'GB', body: 'UK Government' },
        sources: [
          {
            source: 'hansard-hc-2020-07-20-hong-kong',
            excerpt:
              'Dominic Raab … 3:43 pm, 20th July 2020 … that informed our approach to the suspension of extradition.',
          },
          {
            source: 'republicworld-2020-07-21-uk-suspends-hk-extradition',
            excerpt:
              'the UK has suspended the extradition treaty with Hong Kong "immediately and indefinitely" … (@DominicRaab) July 20, 2020 Today I announced two further measures',
          },
          {
            source: 'secnewgate-2020-07-20-raab-hk-extradition',
            excerpt:
              '20 July 2020 … Dominic Raab today told the House of Commons that the UK will suspend its extradition treaty with Hong Kong',
          },
        ],
        note: 'Announced by Foreign Secretary Dominic Raab in the House of Commons, with immediate effect.',
      },
      {
        action: 'suspended',
        date: { value: '2020-07-28', precision: 'day' },
        by: { country: 'CN', body: 'PRC Ministry of Foreign Affairs' },
        sources: [
          NBD_2020_07_28,
          {
            source: 'thenews-pk-2020-07-29-china-halts-hk-treaties',
            excerpt:
              "China announced the suspension on Tuesday of Hong Kong's extradition treaties with Canada, Australia and Britain",
          },
          PEOPLE_2020_07_29,
        ],
        note: 'Announced by the PRC Foreign Ministry for the Canada, Australia and UK agreements together. The HKSAR Government issued notices to the consulates concerned the same day.',
      },
    ],
    status: 'suspended',
    statusCertainty: 'confirmed',
    statusSources: [
      TRACKER_FOOTNOTE,
      {
        source: 'republicworld-2020-07-21-uk-suspends-hk-extradition',
        excerpt: 'the UK has suspended the extradition treaty with Hong Kong "immediately and indefinitely"',
      },
      {
        source: 'thenews-pk-2020-07-29-china-halts-hk-treaties',
        excerpt:
          "China announced the suspension on Tuesday of Hong Kong's extradition treaties with Canada, Australia and Britain",
      },
      {
        source: 'hk-cap-503r-fugitive-offenders-uk-order',
        excerpt: 'FUGITIVE OFFENDERS (UNITED KINGDOM) ORDER … (Originally L.N. 595 of 1997)',
        note: "Hong Kong's implementing order for this agreement dates from 1997.",
      },
    ],
    note: "No signing or entry-into-force date was found. Hong Kong's implementing order was first made in 1997 (L.N. 595 of 1997); an agreement between Hong Kong and the UK could only take effect once Hong Kong was no longer British, so it dates from the handover. Press reports in July 2020 that the treaty had stood for about 30 years confuse it with the arrangements the UK extended to Hong Kong before 1997.",
  },
  {
    id: 'hk-id',
    chinaSide: 'HK',
    counterparty: 'ID',
    title: 'Agreement between Hong Kong and Indonesia for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'signed',
        date: { value: '1997-05-05', precision: 'day' },
        place: 'Hong Kong',
        sources: [
          { source: 'wikipedia-zh-yue-hk-sfo-agreements-list', excerpt: '印尼 1997年5月5號 2001年7月13號' },
          {
            source: 'id-ln-2001-43-uu-1-2001-hk-agreement',
            excerpt: '[machine translation: on 5 May 1997 In Hong Kong, Hong Kong has signed the Agreement]',
            note: "The recital of Indonesia's approving law, quoted from an English machine translation of it.",
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2001', precision: 'year' },
        by: { country: 'ID', body: 'Republic of Indonesia (Act No. 1 of 2001)' },
        sources: [
          {
            source: 'id-ln-2001-43-uu-1-2001-hk-agreement',
            excerpt:
              'LEMBARAN NEGARA REPUBLIK INDONESIA No. 43, 2001 … UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 1 TAHUN 2001 TENTANG PENGESAHAN PERSETUJUAN … DAN PEMERINTAH HONGKONG [State Gazette No. 43, 2001 … Law No. 1 of 2001 on the approval of the agreement between the Government of Indonesia and the Government of Hong Kong]',
          },
        ],
        note: "Indonesia approved the agreement by Law No. 1 of 2001 (State Gazette No. 43 of 2001); the law's own date was not found.",
      },
      {
        action: 'entered-into-force',
        date: { value: '2001', precision: 'year', uncertain: true },
        sources: [
          { source: 'wikipedia-zh-yue-hk-sfo-agreements-list', excerpt: '印尼 1997年5月5號 2001年7月13號' },
          {
            source: 'epochtimes-hk-extradition-treaty-lists',
            excerpt: '南韓、印度、印尼、馬來西亞、菲律賓… [South Korea, India, Indonesia, Malaysia, Philippines…]',
            note: 'In force by April 2020 (Hong Kong Department of Justice list); no date.',
          },
        ],
        note: `Known only to the year, and that only from the Cantonese Wikipedia list: no official source dates the entry into force; Indonesia's approving law is of 2001. ${LIST_DAY} (13 July 2001 for Indonesia)`,
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '南韓、印度、印尼、馬來西亞、菲律賓… [South Korea, India, Indonesia, Malaysia, Philippines…]',
        note: 'Hong Kong Department of Justice list of agreements in force as of 20 April 2020; no suspension of this agreement was found in any source up to August 2021.',
      },
      {
        source: 'wikipedia-zh-yue-hk-sfo-agreements-list',
        excerpt: '印尼 1997年5月5號 2001年7月13號',
        note: 'The status cell is cut off in the excerpt found.',
      },
    ],
  },
  {
    id: 'hk-ie',
    chinaSide: 'HK',
    counterparty: 'IE',
    title: 'Agreement between Hong Kong and Ireland for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'signed',
        date: { value: '2007-10-05', precision: 'day' },
        place: 'Dublin',
        sources: [
          {
            source: 'irishstatutebook-si-395-2019-hk-extradition',
            excerpt: 'done at Dublin on 5 October 2007',
          },
          {
            source: 'justice-ie-2007-10-05-hk-extradition-signed',
            excerpt:
              'today signed the Agreement between the Government of Ireland and the Government of the Hong Kong Special Administrative Region',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2008-07-02', precision: 'day' },
        by: { country: 'HK', body: 'HKSAR Government' },
        sources: [
          {
            source: 'irishstatutebook-si-395-2019-hk-extradition',
            excerpt:
              'by a note dated 2 July 2008, the Hong Kong … notified the State that its requirements for the entry into force',
          },
        ],
        note: "Hong Kong's note stating that its requirements for entry into force had been met.",
      },
      {
        action: 'approved',
        date: { value: '2008-12-15', precision: 'day' },
        by: { country: 'IE', body: 'Government of Ireland' },
        sources: [
          {
            source: 'irishstatutebook-si-395-2019-hk-extradition',
            excerpt: 'by a note dated 15 December 2008, the State has … notified',
          },
        ],
        note: "Ireland's note stating the same.",
      },
      {
        action: 'entered-into-force',
        date: { value: '2009-01-14', precision: 'day', uncertain: true },
        sources: [
          {
            source: 'oireachtas-2025-03-04-pq-183-hong-kong-agreement',
            excerpt: 'which entered into force on 14 January 2009, was suspended by his Department on 15 October 2020',
            note: "A deputy's written question, not the Minister's answer.",
          },
          {
            source: 'irishstatutebook-si-395-2019-hk-extradition',
            excerpt: 'by a note dated 15 December 2008, the State has … notified',
            note: 'The later of the two notes; 30 days after it is 14 January 2009.',
          },
        ],
        note: "Given only in a deputy's written question of 2025 in the Dáil; it falls 30 days after Ireland's note of 15 December 2008.",
      },
      {
        action: 'suspended',
        date: { value: '2020-10-13', precision: 'day' },
        by: { country: 'IE', body: 'Government of Ireland' },
        sources: [
          {
            source: 'independent-ie-ireland-suspends-hk-treaty',
            excerpt: "the Government on 13 October agreed to suspend Ireland's Extradition Agreement with Hong Kong",
          },
          {
            source: 'oireachtas-2020-12-15-pq-297-hong-kong',
            excerpt:
              "Conclusions on Hong Kong on 28 July 2020 … the Government agreed on 13 October to suspend Ireland's Extradition Agreement",
            note: "The Minister for Foreign Affairs' written answer in the Dáil, 15 December 2020.",
          },
          {
            source: 'hongkongwatch-2020-10-23-ireland-suspends',
            excerpt: 'This month Ireland and the Netherlands joined … in suspending extradition treaties',
          },
        ],
        note: 'Government decision, made public by the Department of Foreign Affairs (Minister Simon Coveney); reported on 23 Oct 2020. A later parliamentary question dates the suspension by the Department to 15 Oct 2020 (conflict hk-ie-suspension-day).',
      },
      {
        action: 'suspended',
        date: { value: '2020-11-10', precision: 'day' },
        by: { country: 'HK', body: "HKSAR Government (on the instruction of the Central People's Government)" },
        sources: [
          {
            source: 'globaltimes-2020-11-10-hk-suspends-nl-ie',
            excerpt: 'Hong Kong suspends fugitive offender agreement with Netherlands, Ireland Published: Nov 10, 2020',
          },
          {
            source: 'people-cn-hk-suspends-nl-ie-agreements',
            excerpt: 'announced on Tuesday the suspension … with the Netherlands and Ireland',
          },
        ],
        note: 'Hong Kong suspended its surrender and mutual legal assistance agreements with Ireland and the Netherlands together.',
      },
    ],
    status: 'suspended',
    statusCertainty: 'confirmed',
    statusSources: [
      TRACKER_FOOTNOTE,
      {
        source: 'independent-ie-ireland-suspends-hk-treaty',
        excerpt: "the Government on 13 October agreed to suspend Ireland's Extradition Agreement with Hong Kong",
      },
      {
        source: 'people-cn-hk-suspends-nl-ie-agreements',
        excerpt: 'announced on Tuesday the suspension … with the Netherlands and Ireland',
      },
      {
        source: 'hongkongwatch-2020-10-23-ireland-suspends',
        excerpt: 'This month Ireland and the Netherlands joined … in suspending extradition treaties',
      },
    ],
    note: "Both sides gave notes for entry into force in 2008, and a parliamentary question dates the entry into force to 14 Jan 2009, but Ireland's domestic order applying the agreement (S.I. No. 395 of 2019) was only made in 2019.",
  },
  {
    id: 'hk-in',
    chinaSide: 'HK',
    counterparty: 'IN',
    title: 'Agreement between Hong Kong and India for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'signed',
        date: { value: '1997-06-28', precision: 'day' },
        place: 'Hong Kong',
        sources: [
          { source: 'wikipedia-zh-yue-hk-sfo-agreements-list', excerpt: '印度 1997年6月28號 1997年11月14號 … 生效緊' },
          {
            source: 'gazette-of-india-gsr-275e-1999-hk-sfo',
            excerpt: 'the Government of Hongkong was signed in Hong Kong on 28th June, 1997',
          },
          {
            source: 'chinaorg-2009-09-15-hk-india-mla',
            excerpt: 'Hong Kong and India signed the Agreement on the Surrender of Fugitive Offenders in 1997',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '1997-11-14', precision: 'day' },
        sources: [
          { source: 'wikipedia-zh-yue-hk-sfo-agreements-list', excerpt: '印度 1997年6月28號 1997年11月14號 … 生效緊' },
          {
            source: 'gazette-of-india-gsr-275e-1999-hk-sfo',
            excerpt:
              'was received on 15th October, 1997 and in terms of Article 17(1) entered into force on 14th November, 1997',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '南韓、印度、印尼、馬來西亞、菲律賓… [South Korea, India, Indonesia, Malaysia, Philippines…]',
        note: 'Hong Kong Department of Justice list of agreements in force as of 20 April 2020; no suspension of this agreement was found in any source up to August 2021.',
      },
      { source: 'wikipedia-zh-yue-hk-sfo-agreements-list', excerpt: '印度 1997年6月28號 1997年11月14號 … 生效緊' },
    ],
  },
  {
    id: 'hk-kr',
    chinaSide: 'HK',
    counterparty: 'KR',
    title: 'Agreement between Hong Kong and the Republic of Korea for the Surrender of Fugitive Offenders',
    steps: [],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '南韓、印度、印尼、馬來西亞、菲律賓… [South Korea, India, Indonesia, Malaysia, Philippines…]',
        note: 'Hong Kong Department of Justice list of agreements in force as of 20 April 2020; no suspension of this agreement was found in any source up to August 2021.',
      },
      {
        source: 'donga-2000-korea-extradition-plans',
        excerpt: 'plans to conclude similar agreements with China, Russia and Hong Kong within the year',
        note: 'September 2000: the agreement had not yet been concluded then.',
      },
    ],
    note: 'No signing or entry-into-force date was found. In September 2000 Korea was still planning to conclude it, so it dates from after that.',
  },
  {
    id: 'hk-lk',
    chinaSide: 'HK',
    counterparty: 'LK',
    title: 'Agreement between Hong Kong and Sri Lanka for the Surrender of Fugitive Offenders',
    steps: [],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt:
          '截至今年4月20日,共19國與香港簽有移交逃犯協定,且已生效 [as of 20 April this year, 19 countries have SFO agreements with Hong Kong in force]',
        note: 'Hong Kong Department of Justice figures as of 20 April 2020; no suspension of this agreement was found in any source up to August 2021.',
      },
      {
        source: 'info-gov-hk-2017-05-04-france-sfo',
        excerpt:
          'Nineteen other jurisdictions that already have similar agreements with the HKSAR are Australia, Canada, Czech, Finland … Sri Lanka',
        note: "The May 2017 release names Sri Lanka among Hong Kong's other 19 surrender agreements.",
      },
      {
        source: 'thestandard-hk-1999-sri-lanka-ruling',
        excerpt: 'ruling that an extradition agreement was no longer valid after the handover',
        note: 'April 1999 Sri Lankan court ruling.',
      },
    ],
    note: 'No dates were found. In April 1999 a Sri Lankan court held that no valid extradition arrangement with post-handover Hong Kong existed, so the present agreement appears to be later than that (an inference, not a sourced date).',
  },
  {
    id: 'hk-my',
    chinaSide: 'HK',
    counterparty: 'MY',
    title: 'Agreement between Hong Kong and Malaysia for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'signed',
        date: { value: '1995-01-11', precision: 'day' },
        place: 'Hong Kong',
        sources: [
          {
            source: 'news-gov-hk-2006-10-17-my-protocol-signed',
            excerpt:
              '1995年1月11日在香港簽訂的移交逃犯協定 [the surrender agreement signed in Hong Kong on 11 January 1995]',
          },
          {
            source: 'hk-cap-503d-fugitive-offenders-malaysia-order',
            excerpt:
              'the Agreement between the Government of Hong Kong and the Government of Malaysia for the surrender of fugitive offenders, done at Hong Kong on 11 January 1995',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '2001-06', precision: 'month' },
        sources: [
          {
            source: 'info-gov-hk-2006-10-17-my-mla-protocol-signed',
            excerpt: 'The existing SFO Agreement with Malaysia came into force in June, 2001.',
          },
        ],
      },
      {
        action: 'protocol-signed',
        date: { value: '2006-10-17', precision: 'day' },
        sources: [
          {
            source: 'news-gov-hk-2006-10-17-my-protocol-signed',
            excerpt:
              '2006年10月17日 … 香港和馬來西亞簽署刑事事宜相互法律協助的協定,並作為1995年1月11日在香港簽訂的移交逃犯協定的補充的《議定書》。 [17 October 2006 … Hong Kong and Malaysia signed an agreement on mutual legal assistance in criminal matters and a protocol supplementary to the surrender agreement signed in Hong Kong on 11 January 1995]',
          },
          {
            source: 'info-gov-hk-2006-10-17-my-mla-protocol-signed',
            excerpt:
              'today (October 17) signed … the Protocol Supplementary to the Agreement for the Surrender of Fugitive Offenders (SFO)',
          },
          {
            source: 'hk-cap-503d-fugitive-offenders-malaysia-order',
            note: "The protocol's text, in Hong Kong's implementing order.",
          },
        ],
        note: 'A protocol to the agreement.',
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '南韓、印度、印尼、馬來西亞、菲律賓… [South Korea, India, Indonesia, Malaysia, Philippines…]',
        note: 'Hong Kong Department of Justice list of agreements in force as of 20 April 2020; no suspension of this agreement was found in any source up to August 2021.',
      },
    ],
    note: 'The entry into force is known only to the month, from a Hong Kong government press release of 2006.',
  },
  {
    id: 'hk-nl',
    chinaSide: 'HK',
    counterparty: 'NL',
    title: 'Agreement between Hong Kong and the Netherlands for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'signed',
        date: { value: '1992-11-02', precision: 'day' },
        place: 'Hong Kong',
        sources: [
          {
            source: 'wetten-overheid-nl-bwbv0001084-hk-agreement',
            excerpt:
              'inzake de overlevering van voortvluchtige delinkwenten, Hong Kong, 02-11-1992 [on the surrender of fugitive offenders, Hong Kong, 02-11-1992]',
          },
          {
            source: 'legco-1998-se0312-3-sfo-agreements',
            excerpt: 'signed 11 such agreements (with Netherlands, Canada, Australia, …)',
          },
        ],
      },
      {
        action: 'suspended',
        date: {
          value: '2020-10',
          precision: 'month',
          derived:
            "Nederlands Dagblad, reporting in November 2020, says Blok made the announcement 'in the middle of last month'; Hong Kong Watch's statement of 23 October 2020 says the Netherlands joined the suspending countries 'this month'.",
        },
        by: { country: 'NL', body: 'Netherlands Ministry of Foreign Affairs (Minister Stef Blok)' },
        sources: [
          {
            source: 'nd-nl-hongkong-schort-uitleveringsverdrag-op',
            excerpt:
              'Minister Stef Blok (Buitenlandse Zaken) kondigde medio vorige maand aan het ‘opportuun’ te vinden het uitleveringsverdrag met Hongkong op te schorten. [Foreign Minister Stef Blok announced in the middle of last month that he considered suspending the Hong Kong extradition treaty opportune.]',
          },
          {
            source: 'hongkongwatch-2020-10-23-ireland-suspends',
            excerpt: 'This month Ireland and the Netherlands joined … in suspending extradition treaties',
          },
        ],
        note: "Mid-October 2020: Foreign Minister Stef Blok announced that suspending the agreement was 'opportuun' (opportune). The exact day was not found.",
      },
      {
        action: 'suspended',
        date: { value: '2020-11-10', precision: 'day' },
        by: { country: 'HK', body: "HKSAR Government (on the instruction of the Central People's Government)" },
        sources: [
          {
            source: 'globaltimes-2020-11-10-hk-suspends-nl-ie',
            excerpt: 'Hong Kong suspends fugitive offender agreement with Netherlands, Ireland Published: Nov 10, 2020',
          },
          {
            source: 'people-cn-hk-suspends-nl-ie-agreements',
            excerpt: 'announced on Tuesday the suspension … with the Netherlands and Ireland',
          },
          { source: 'nd-nl-hongkong-schort-uitleveringsverdrag-op' },
        ],
        note: 'Hong Kong suspended its surrender and mutual legal assistance agreements with the Netherlands and Ireland together.',
      },
    ],
    status: 'suspended',
    statusCertainty: 'confirmed',
    statusSources: [
      TRACKER_FOOTNOTE,
      {
        source: 'nd-nl-hongkong-schort-uitleveringsverdrag-op',
        excerpt:
          'Minister Stef Blok (Buitenlandse Zaken) kondigde medio vorige maand aan het ‘opportuun’ te vinden het uitleveringsverdrag met Hongkong op te schorten. [Foreign Minister Stef Blok announced in the middle of last month that he considered suspending the Hong Kong extradition treaty opportune.]',
      },
      {
        source: 'people-cn-hk-suspends-nl-ie-agreements',
        excerpt: 'announced on Tuesday the suspension … with the Netherlands and Ireland',
      },
      {
        source: 'hongkongwatch-2020-10-23-ireland-suspends',
        excerpt: 'This month Ireland and the Netherlands joined … in suspending extradition treaties',
      },
    ],
    note: 'One of the first 11 agreements Hong Kong had signed by 1998. Its entry-into-force date was not found.',
  },
  {
    id: 'hk-nz',
    chinaSide: 'HK',
    counterparty: 'NZ',
    title: 'Agreement between Hong Kong and New Zealand for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'approved',
        date: { value: '1998-08-24', precision: 'day' },
        by: { country: 'NZ', body: 'New Zealand Government (Order in Council)' },
        place: 'Wellington',
        sources: [
          {
            source: 'nz-sr-1998-243-extradition-hksar-order',
            excerpt: 'At Wellington this 24th day of August 1998',
          },
        ],
        note: "New Zealand's implementing order, the Extradition (Hong Kong Special Administrative Region of the People's Republic of China) Order 1998, was made on this day. The agreement's signing date was not found.",
      },
      {
        action: 'entered-into-force',
        date: { value: '1998-10-01', precision: 'day' },
        by: { country: 'NZ', body: 'New Zealand Government (Order in Council)' },
        sources: [
          {
            source: 'nz-sr-1998-243-extradition-hksar-order',
            excerpt: 'This order comes into force on 1 October 1998',
          },
        ],
        note: "The day New Zealand's implementing order came into force, i.e. the New Zealand side; no source gives the agreement's own entry-into-force date.",
      },
      {
        action: 'suspended',
        date: {
          value: '2020-07-28',
          precision: 'day',
          derived:
            "The CGTN report of 3 August 2020 (by its address) says New Zealand suspended the treaty 'on July 28'; an AAP report of 28 July 2020 has Peters speaking 'on Tuesday', which was 28 July.",
        },
        by: { country: 'NZ', body: 'New Zealand Government' },
        sources: [
          {
            source: 'cgtn-china-suspends-hk-nz-treaties',
            excerpt: 'New Zealand on July 28 suspended its extradition treaty with Hong Kong',
          },
          {
            source: 'sheppnews-2020-07-28-nz-severs-hk-treaty',
            excerpt:
              '"New Zealand can no longer trust that Hong Kong\'s criminal justice system is sufficiently independent from China," Mr Peters said on Tuesday.',
          },
        ],
        note: 'Announced by Foreign Minister Winston Peters.',
      },
      {
        action: 'suspended',
        date: { value: '2020-08-03', precision: 'day' },
        by: { country: 'CN', body: 'PRC Ministry of Foreign Affairs' },
        sources: [
          {
            source: 'cgtn-china-suspends-hk-nz-treaties',
            excerpt: 'issued a notice to the New Zealand Consulate General on Monday',
            note: 'The HKSAR Government issued the notice.',
          },
          {
            source: 'people-cn-2020-08-03-hk-suspends-nz-agreements',
            excerpt:
              '中方决定香港特区暂停港新《移交逃犯协定》 2020-08-03 20:52 … 外交部发言人汪文斌3日说 [China decides the HKSAR will suspend the Hong Kong–New Zealand surrender agreement … Foreign Ministry spokesman Wang Wenbin said on the 3rd]',
          },
        ],
        note: 'Announced by Foreign Ministry spokesman Wang Wenbin. The HKSAR Government sent a notice to the New Zealand Consulate General the same day.',
      },
    ],
    status: 'suspended',
    statusCertainty: 'confirmed',
    statusSources: [
      TRACKER_FOOTNOTE,
      {
        source: 'cgtn-china-suspends-hk-nz-treaties',
        excerpt: 'New Zealand on July 28 suspended its extradition treaty with Hong Kong',
      },
      {
        source: 'info-gov-hk-2017-05-04-france-sfo',
        excerpt:
          'Nineteen other jurisdictions that already have similar agreements with the HKSAR are Australia, Canada, Czech, Finland … New Zealand',
        note: "The May 2017 release names New Zealand among Hong Kong's other 19 surrender agreements.",
      },
    ],
  },
  {
    id: 'hk-ph',
    chinaSide: 'HK',
    counterparty: 'PH',
    title: 'Agreement between Hong Kong and the Philippines for the Surrender of Fugitive Offenders',
    steps: [],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '南韓、印度、印尼、馬來西亞、菲律賓… [South Korea, India, Indonesia, Malaysia, Philippines…]',
        note: 'Hong Kong Department of Justice list of agreements in force as of 20 April 2020; no suspension of this agreement was found in any source up to August 2021.',
      },
      {
        source: 'legco-1998-se0312-3-sfo-agreements',
        excerpt: 'signed 11 such agreements (with Netherlands, Canada, Australia, …)',
        note: 'The research reads this 1998 paper as showing the Philippines agreement signed by December 1998.',
      },
    ],
    note: 'No dates were found. It had been signed by December 1998.',
  },
  {
    id: 'hk-pt',
    chinaSide: 'HK',
    counterparty: 'PT',
    title: 'Agreement between Hong Kong and Portugal for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'signed',
        date: { value: '2001-05-24', precision: 'day' },
        place: 'Hong Kong',
        sources: [
          {
            source: 'parlamento-pt-2004-05-15-dar-proposta-resolucao-65-ix',
            excerpt:
              'RELATIVO À ENTREGA DE INFRACTORES EM FUGA, ASSINADO EM HONG-KONG, EM 24 DE MAIO DE 2001 [concerning the surrender of fugitive offenders, signed in Hong Kong on 24 May 2001]',
          },
          {
            source: 'parlamento-pt-2022-11-15-pjr-285-xv-suspend-hk-agreement',
            excerpt: 'RELATIVO À ENTREGA DE INFRATORES EM FUGA, ASSINADO EM HONG KONG, EM 24 DE MAIO DE 2001',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2004-05-27', precision: 'day' },
        by: { country: 'PT', body: 'Assembleia da República (Resolution 53/2004)' },
        sources: [
          {
            source: 'dr-pt-resolucao-ar-53-2004-hk-agreement',
            excerpt: 'Aprovada em 27 de Maio de 2004 [Approved 27 May 2004]',
          },
          {
            source: 'parlamento-pt-2022-11-15-pjr-285-xv-suspend-hk-agreement',
            excerpt:
              'APROVADO PELA RESOLUÇÃO DA ASSEMBLEIA DA REPÚBLICA N.º 53/2004, DE 21 DE JULHO [approved by Resolution of the Assembly of the Republic No. 53/2004 of 21 July]',
            note: 'The resolution, as published on 21 July 2004; the day of the vote is in its own text.',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt:
          '截至今年4月20日,共19國與香港簽有移交逃犯協定,且已生效 [as of 20 April this year, 19 countries have SFO agreements with Hong Kong in force]',
        note: 'Hong Kong Department of Justice figures as of 20 April 2020; no suspension of this agreement was found in any source up to August 2021.',
      },
      {
        source: 'hongkongwatch-2020-10-23-ireland-suspends',
        excerpt: 'Portugal and the Czech Republic continue to have extradition treaties in operation with Hong Kong',
        note: 'October 2020.',
      },
    ],
    note: 'Entry-into-force date not found.',
  },
  {
    id: 'hk-sg',
    chinaSide: 'HK',
    counterparty: 'SG',
    title: 'Agreement between Hong Kong and Singapore for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'entered-into-force',
        date: { value: '1998-06-11', precision: 'day' },
        sources: [
          {
            source: 'sg-gn-s317-1998-extradition-hksar-notification',
            excerpt: 'which entered into force between Singapore and Hong Kong on 11th June 1998',
          },
          {
            source: 'sso-sg-extradition-amendment-act-1998',
            excerpt:
              'Date of Commencement: 11th June 1998 … Territories Between Which and Singapore An Extradition Treaty Is in Force … Hong Kong Special Administrative Region',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt:
          '截至今年4月20日,共19國與香港簽有移交逃犯協定,且已生效 [as of 20 April this year, 19 countries have SFO agreements with Hong Kong in force]',
        note: 'Hong Kong Department of Justice figures as of 20 April 2020; no suspension of this agreement was found in any source up to August 2021.',
      },
      {
        source: 'info-gov-hk-2017-05-04-france-sfo',
        excerpt:
          'Nineteen other jurisdictions that already have similar agreements with the HKSAR are Australia, Canada, Czech, Finland … Singapore',
        note: "The May 2017 release names Singapore among Hong Kong's other 19 surrender agreements.",
      },
    ],
    note: 'Signing date not found. Singapore notified the agreement as G.N. No. S 317/1998.',
  },
  {
    id: 'hk-us',
    chinaSide: 'HK',
    counterparty: 'US',
    title: 'Agreement between Hong Kong and the United States for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'signed',
        date: { value: '1996-12-20', precision: 'day' },
        place: 'Hong Kong',
        sources: [
          {
            source: 'gpo-cdoc-105tdoc3-us-hk-sfo-agreement',
            excerpt: 'SIGNED AT HONG KONG ON DECEMBER 20, 1996',
          },
        ],
      },
      {
        action: 'suspension-announced',
        date: { value: '2020-07-14', precision: 'day' },
        by: { country: 'US', body: 'President of the United States (Executive Order 13936)' },
        sources: [
          {
            source: 'govinfo-hdoc-116-140-eo-13936',
            excerpt: 'The White House, Washington, July 14, 2020 … I hereby report I have issued an Executive Order',
            note: "The President's report to Congress of Executive Order 13936, which directed the suspension of the agreement.",
          },
          {
            source: 'wikipedia-en-us-hk-sfo-agreement',
            excerpt: 'suspended indefinitely by Executive Order 13936 … on 14 July 2020',
            note: 'Reads the order as the suspension itself.',
          },
        ],
        note: 'Executive Order 13936 decided the suspension; the United States notified Hong Kong of it on 19 August 2020.',
      },
      {
        action: 'suspended',
        date: {
          value: '2020-08-19',
          precision: 'day',
          derived:
            "The State Department's statement of 19 August 2020 says the United States 'notified the Hong Kong authorities on August 19'.",
        },
        by: { country: 'US', body: 'U.S. Department of State' },
        sources: [
          {
            source: 'usembassy-china-2020-08-19-suspension-three-agreements-hk',
            excerpt:
              'we notified the Hong Kong authorities on August 19 of our suspension or termination of three bilateral agreements',
          },
          {
            source: 'info-gov-hk-2020-08-20-us-agreements-suspended',
            excerpt: 'received notice from the Consulate General … on August 18 on the suspension',
            note: 'Hong Kong dates the notice it received to 18 August (conflict hk-us-suspension-notice-day).',
          },
        ],
        note: "The formal suspension: the State Department's notice to Hong Kong under Executive Order 13936.",
      },
      {
        action: 'suspended',
        date: { value: '2020-08-20', precision: 'day' },
        by: { country: 'HK', body: "HKSAR Government (on the instruction of the Central People's Government)" },
        sources: [
          {
            source: 'info-gov-hk-2020-08-20-us-agreements-suspended',
            note: 'Hong Kong government statement on suspending the surrender and mutual legal assistance agreements with the US.',
          },
          {
            source: 'passiontimes-2020-08-20-hk-suspends-us-agreements',
            excerpt:
              '香港特區政府已於今日向美國駐港總領事館發出通知,暫停履行《香港政府和美利堅合眾國政府關於移交逃犯的協定》及《香港政府與美利堅合眾國政府關於刑事司法協助的協定》 [the HKSAR Government today notified the US Consulate General that it suspends the surrender agreement and the agreement on mutual legal assistance in criminal matters]',
          },
          {
            source: 'petersandpeters-2020-08-20-us-hk-suspension',
            excerpt:
              '20th Aug 2020 … Hong Kong responded on Thursday 20 August with a reciprocal suspension of arrangements on its end',
          },
          {
            source: 'dzwww-2020-08-20-mfa-hk-suspends-us-mla',
            excerpt:
              '2020年08月20日 23:15 新华社 … 外交部发言人赵立坚20日表示,鉴于美方错误行径,中方决定香港特区暂停履行港美刑事司法互助协定 [Xinhua, 20 Aug 2020 … Foreign Ministry spokesman Zhao Lijian said on the 20th that, given the US actions, China had decided the HKSAR would suspend the Hong Kong–US mutual legal assistance agreement]',
            note: "The Foreign Ministry's announcement concerned the legal-assistance agreement.",
          },
          {
            source: 'wikipedia-en-us-hk-sfo-agreement',
            excerpt:
              'the Ministry of Foreign Affairs of China announced the suspension of the agreement on 20 August 2020',
            note: "Loosely worded: the ministry's announcement that day concerned the legal-assistance agreement.",
          },
        ],
        note: "The HKSAR Government's notice to the US Consulate General suspended both the surrender agreement and the mutual legal assistance agreement. The same day the PRC Foreign Ministry (spokesman Zhao Lijian) announced the suspension of the legal-assistance agreement only, the US having already suspended the surrender agreement; Wikipedia's wording credits the ministry with suspending the surrender agreement.",
      },
    ],
    status: 'suspended',
    statusCertainty: 'confirmed',
    statusSources: [
      TRACKER_FOOTNOTE,
      {
        source: 'usembassy-china-2020-08-19-suspension-three-agreements-hk',
        excerpt:
          'we notified the Hong Kong authorities on August 19 of our suspension or termination of three bilateral agreements',
      },
      {
        source: 'passiontimes-2020-08-20-hk-suspends-us-agreements',
        excerpt:
          '香港特區政府已於今日向美國駐港總領事館發出通知,暫停履行《香港政府和美利堅合眾國政府關於移交逃犯的協定》 [the HKSAR Government today notified the US Consulate General that it suspends the surrender agreement]',
      },
      {
        source: 'govinfo-crpt-105erpt2-us-hk-sfo-report',
        excerpt: 'August 19, 1997.--Ordered to be printed … reports favorably thereon',
        note: 'Background only: a Senate committee report, not an approval.',
      },
    ],
    note: 'Entry-into-force date not found. The US Senate Foreign Relations Committee reported favourably on the agreement on 19 Aug 1997 (Executive Report 105-2); a committee report is not itself an approval, so it is not recorded as a step.',
  },
  {
    id: 'hk-za',
    chinaSide: 'HK',
    counterparty: 'ZA',
    title: 'Agreement between Hong Kong and South Africa for the Surrender of Fugitive Offenders',
    steps: [
      {
        action: 'signed',
        date: {
          value: '2009-02-20',
          precision: 'day',
          derived:
            "The Hong Kong government press release says the agreements were signed 'today (February 20)'; its address dates it 20 February 2009.",
        },
        sources: [
          {
            source: 'hk-gov-2009-south-africa-sfo-mla-signed',
            excerpt:
              'today (February 20) signed two bilateral agreements covering surrender of fugitive offenders (SFO) and mutual legal assistance',
          },
          {
            source: 'hk-gov-2009-south-africa-sfo-mla-signed',
            excerpt: 'The SFO and MLA Agreements signed are respectively the 18th and 26th',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt:
          '截至今年4月20日,共19國與香港簽有移交逃犯協定,且已生效 [as of 20 April this year, 19 countries have SFO agreements with Hong Kong in force]',
        note: 'Hong Kong Department of Justice figures as of 20 April 2020; no suspension of this agreement was found in any source up to August 2021.',
      },
      {
        source: 'dailymaverick-sa-hk-prc-extradition',
        excerpt:
          'In 2011, South Africa entered a bilateral extradition treaty with the Hong Kong Special Administrative Region',
      },
      {
        source: 'hk-cap-503ah-fugitive-offenders-south-africa-order',
        excerpt: '[2 December 2011] L.N. 162 of 2011',
        note: "Commencement of Hong Kong's implementing order.",
      },
      {
        source: 'pmg-2009-11-10-sa-hk-extradition-briefing',
        excerpt:
          'Extradition Treaties between the Republic of South Africa and the Hong Kong Special Administrative Region',
        note: 'South African parliamentary committee briefing, 10 Nov 2009 (background).',
      },
    ],
    note: "The agreement's own entry-into-force date was not found. Hong Kong's implementing order commenced on 2 Dec 2011, and South African reporting says South Africa entered the treaty in 2011. A South African parliamentary committee was briefed on it on 10 Nov 2009.",
  },
  {
    id: 'cn-ae',
    chinaSide: 'CN',
    counterparty: 'AE',
    title: "Extradition Treaty between the People's Republic of China and the United Arab Emirates",
    steps: [],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '阿拉伯聯合酋長國、亞塞拜然 [United Arab Emirates, Azerbaijan]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
    note: 'No dated step was found in the sources.',
  },
  {
    id: 'cn-af',
    chinaSide: 'CN',
    counterparty: 'AF',
    title: "Extradition Treaty between the People's Republic of China and Afghanistan",
    steps: [
      {
        action: 'signed',
        date: { value: '2013-09-27', precision: 'day' },
        place: 'Beijing',
        sources: [
          {
            source: 'court-gov-cn-2015-08-15-iran-afghanistan',
            excerpt: 'signed the extradition treaty with Afghanistan on Sept. 27, 2013',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2014-12-28', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'court-gov-cn-2015-08-15-iran-afghanistan',
            excerpt:
              "China approved two new extradition treaties and the Shanghai Cooperation Organization (SCO) Counter-Terrorism Convention at the top legislature's bimonthly session on Dec 28, 2014.",
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '伊朗、阿富汗、阿拉伯聯合酋長國 [Iran, Afghanistan, United Arab Emirates]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
    ],
    note: 'Entry-into-force date not found.',
  },
  {
    id: 'cn-am',
    chinaSide: 'CN',
    counterparty: 'AM',
    title: "Extradition Treaty between the People's Republic of China and the Republic of Armenia",
    steps: [
      {
        action: 'signed',
        date: { value: '2019-05-26', precision: 'day' },
        place: 'Yerevan',
        sources: [
          {
            source: 'arlis-am-sdo-1500-2020-01-21-armenia-china-extradition',
            excerpt:
              '2019 ԹՎԱԿԱՆԻ ՄԱՅԻՍԻ 26-ԻՆ ՍՏՈՐԱԳՐՎԱԾ … «ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅԱՆ ԵՎ ՉԻՆԱՍՏԱՆԻ ԺՈՂՈՎՐԴԱԿԱՆ ՀԱՆՐԱՊԵՏՈՒԹՅԱՆ ՄԻՋԵՎ ՀԱՆՁՆՄԱՆ ՄԱՍԻՆ» ՊԱՅՄԱՆԱԳՐՈՒՄ [in the Treaty between Armenia and China on Extradition, signed on 26 May 2019]',
            note: "Heading of the Constitutional Court's decision SDO-1500 of 21 January 2020.",
          },
          {
            source: 'agenzianova-2019-05-26-armenia-china-foreign-ministers',
            excerpt:
              "Il ministro degli Esteri armeno, Zohrab Mnatsakanyan, ha incontrato oggi ad Erevan l'omologo cinese, Wang Yi … i due ministri hanno anche firmato un Trattato di estradizione [the two foreign ministers, meeting in Yerevan today, also signed an extradition treaty]",
            note: 'Report of 26 May 2019, citing Armenpress.',
          },
        ],
        note: "Signed by the two foreign ministers during Wang Yi's visit to Yerevan, not during Prime Minister Pashinyan's visit to Beijing earlier that month.",
      },
      NPCSC_2022_12_30,
    ],
    status: 'not-ratified',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '斯里兰卡、尼泊尔和亚美尼亚是已经与中国签署但尚未批准引渡条约的国家 [Sri Lanka, Nepal and Armenia have signed but not yet ratified extradition treaties with China]',
        note: "January 2023. China's approval came only on 30 Dec 2022, after this edition.",
      },
    ],
    note: "Armenia's Constitutional Court found the treaty's obligations compatible with the Constitution on 21 Jan 2020 (decision SDO-1500), a review that precedes ratification and is not recorded as an approval; no ratification by Armenia's National Assembly was found. China's NPC Standing Committee approved the treaty on 30 Dec 2022; Safeguard Defenders (January 2023) says it still awaited Armenia's ratification. Added in the living edition: the August 2021 table had no record of it.",
  },
  {
    id: 'cn-ao',
    chinaSide: 'CN',
    counterparty: 'AO',
    title: "Extradition Treaty between the People's Republic of China and Angola",
    steps: [
      {
        action: 'signed',
        date: { value: '2006-06-20', precision: 'day' },
        place: 'Luanda',
        sources: [
          {
            source: 'cn-ao-extradition-treaty-text',
            excerpt: '本条约于二00六年六月二十日订于罗安达 [this treaty was done at Luanda on 20 Jun 2006]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '埃塞俄比、安哥拉、賴索托 [Ethiopia, Angola, Lesotho]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'china-org-cn-2007-04-25-angola-namibia',
        excerpt: 'began deliberating on Tuesday a bill to ratify extradition treaties with Angola and Namibia',
        note: 'Background on the approval, April 2007.',
      },
    ],
    note: 'The NPC Standing Committee began debating the ratification bill on 24 Apr 2007 with a vote expected that Saturday, but no source reports the vote itself for Angola; the approval and entry-into-force dates are therefore not recorded.',
  },
  {
    id: 'cn-ar',
    chinaSide: 'CN',
    counterparty: 'AR',
    title: "Extradition Treaty between the People's Republic of China and Argentina",
    steps: [
      {
        action: 'signed',
        date: { value: '2013-05-10', precision: 'day' },
        sources: [
          {
            source: 'ecns-2017-06-28-ethiopia-argentina',
            excerpt: 'signed on May 10, 2013, and May 4, 2014, respectively',
          },
          { source: 'waltainfo-40517-ethiopia-argentina', excerpt: 'signed on May 10, 2013 and May 4, 2014' },
        ],
      },
      {
        action: 'approved',
        date: {
          value: '2017-06-27',
          precision: 'day',
          derived:
            "ECNS, in a report of 28 June 2017, says China's top legislature ratified the treaties 'on Tuesday', which was 27 June 2017.",
        },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'ecns-2017-06-28-ethiopia-argentina',
            excerpt: 'ratified extradition treaties with Argentina and Ethiopia on Tuesday',
          },
          {
            source: 'waltainfo-40517-ethiopia-argentina',
            excerpt: "China's top legislature ratified extradition treaties with Ethiopia and Argentina",
          },
        ],
      },
    ],
    status: 'not-ratified',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '阿根廷、智利、厄瓜多尔和巴拿马已经签署但尚未批准条约 [Argentina, Chile, Ecuador and Panama have signed but not yet ratified]',
        note: 'January 2023.',
      },
    ],
    note: 'China approved it in June 2017, but the treaty was still awaiting ratification in January 2023.',
  },
  {
    id: 'cn-au',
    chinaSide: 'CN',
    counterparty: 'AU',
    title: "Extradition Treaty between the People's Republic of China and Australia",
    steps: [
      {
        action: 'signed',
        date: { value: '2007-09-06', precision: 'day' },
        sources: [
          {
            source: 'aph-jsct-report-167-china-extradition',
            excerpt: 'The Treaty was signed on 6 September 2007',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2008-04-24', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'loc-gov-2008-05-02-china-france-australia-treaties',
            excerpt:
              "On April 24, 2008, the Standing Committee of the National People's Congress … ratified extradition treaties with France and Australia.",
          },
          {
            source: 'chinadaily-2008-04-24-france-australia-treaties',
            excerpt: 'Updated: 2008-04-24 23:23 … China legislature approves extradition treaty with Australia',
          },
        ],
      },
      {
        action: 'ratification-withdrawn',
        date: { value: '2017-03-28', precision: 'day' },
        by: { country: 'AU', body: 'Australian Government' },
        sources: [
          {
            source: 'smh-2017-china-extradition-joyce',
            excerpt: 'causing the government to withdraw it from Parliament',
          },
          {
            source: 'chinagate-2017-03-28-australia-treaty',
            excerpt:
              'Xinhua, March 28, 2017 … Julie Bishop said senior ministers on Tuesday decided not to proceed with the treaty',
          },
        ],
        note: 'The government withdrew the ratification motion from Parliament.',
      },
    ],
    status: 'not-ratified',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '澳大利亚很早就与中国签署了条约…批准程序已经终止 [Australia signed a treaty with China long ago … the ratification process has been terminated]',
        note: 'January 2023.',
      },
      {
        source: 'smh-2017-china-extradition-joyce',
        excerpt: 'causing the government to withdraw it from Parliament',
      },
    ],
  },
  {
    id: 'cn-az',
    chinaSide: 'CN',
    counterparty: 'AZ',
    title: "Extradition Treaty between the People's Republic of China and Azerbaijan",
    steps: [],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '阿拉伯聯合酋長國、亞塞拜然、哈薩克 [United Arab Emirates, Azerbaijan, Kazakhstan]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
    ],
    note: 'No dated step was found in the sources.',
  },
  {
    id: 'cn-ba',
    chinaSide: 'CN',
    counterparty: 'BA',
    title: "Extradition Treaty between the People's Republic of China and Bosnia and Herzegovina",
    steps: [
      {
        action: 'signed',
        date: { value: '2012-12-20', precision: 'day', uncertain: true },
        place: 'Beijing',
        sources: [
          {
            source: 'wikisource-zh-bosnia-treaty',
            excerpt:
              '2012年12月20日在北京簽署 … 2014年10月12日生效 [signed in Beijing 20 Dec 2012 … in force 12 Oct 2014]',
          },
          {
            source: 'epochtimes-hk-extradition-treaty-lists',
            excerpt: '保加利亞、波士尼亞與赫塞哥維納、立陶宛 [Bulgaria, Bosnia and Herzegovina, Lithuania]',
            note: 'In force by September 2019 (PRC Ministry of Justice list); no date.',
          },
        ],
        note: WIKISOURCE_DATE,
      },
      {
        action: 'approved',
        date: { value: '2014-06-27', precision: 'day', uncertain: true },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'wikisource-zh-bosnia-treaty',
            excerpt:
              '2014年6月27日《全國人民代表大會常務委員會關於批准〈中華人民共和國和波斯尼亞和黑塞哥維那引渡條約〉的決定》批准 [approved by the NPC Standing Committee decision of 27 June 2014 on the PRC–Bosnia and Herzegovina Extradition Treaty]',
          },
          {
            source: 'epochtimes-hk-extradition-treaty-lists',
            excerpt: '保加利亞、波士尼亞與赫塞哥維納、立陶宛 [Bulgaria, Bosnia and Herzegovina, Lithuania]',
            note: 'In force by September 2019 (PRC Ministry of Justice list); no date.',
          },
        ],
        note: `${WIKISOURCE_DATE} A treaty in force has been approved by the NPC Standing Committee.`,
      },
      {
        action: 'entered-into-force',
        date: { value: '2014-10-12', precision: 'day', uncertain: true },
        sources: [
          {
            source: 'wikisource-zh-bosnia-treaty',
            excerpt:
              '2012年12月20日在北京簽署 … 2014年10月12日生效 [signed in Beijing 20 Dec 2012 … in force 12 Oct 2014]',
          },
          {
            source: 'epochtimes-hk-extradition-treaty-lists',
            excerpt: '保加利亞、波士尼亞與赫塞哥維納、立陶宛 [Bulgaria, Bosnia and Herzegovina, Lithuania]',
            note: 'In force by September 2019 (PRC Ministry of Justice list); no date.',
          },
        ],
        note: WIKISOURCE_DATE,
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '保加利亞、波士尼亞與赫塞哥維納、立陶宛 [Bulgaria, Bosnia and Herzegovina, Lithuania]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
    ],
  },
  {
    id: 'cn-bb',
    chinaSide: 'CN',
    counterparty: 'BB',
    title: "Extradition Treaty between the People's Republic of China and Barbados",
    steps: [
      {
        action: 'signed',
        date: {
          value: '2016-03-24',
          precision: 'day',
          derived:
            "Barbados Today's report of 24 March 2016 (by its address) says the treaties were signed 'this morning'.",
        },
        place: 'Bridgetown',
        sources: [
          {
            source: 'barbadostoday-2016-03-24-china-treaties-signed',
            excerpt: 'Barbados and China this morning signed Mutual Legal Assistance and Extradition treaties',
          },
        ],
        note: "Signed by China's Vice Foreign Minister Wang Chao and Barbados's Acting Attorney General Michael Lashley, with a mutual legal assistance treaty.",
      },
    ],
    status: 'not-ratified',
    statusCertainty: 'uncertain',
    statusSources: [
      {
        source: 'barbadostoday-2016-03-24-china-treaties-signed',
        excerpt: 'The activation of these treaties will add value to the law enforcement milieu',
        note: 'March 2016: signed, not yet in force.',
      },
    ],
    note: 'Signed in March 2016; no source reports a ratification or entry into force, so its August 2021 status is not settled.',
  },
  {
    id: 'cn-be',
    chinaSide: 'CN',
    counterparty: 'BE',
    title: "Extradition Treaty between the People's Republic of China and Belgium",
    steps: [
      {
        action: 'signed',
        date: { value: '2016-10-31', precision: 'day' },
        place: 'Beijing',
        sources: [
          {
            source: 'news-belgium-be-assentiment-traites-chine-extradition',
            excerpt:
              'Il s’agit des deux traités suivants, faits à Pékin le 31 octobre 2016 : - la Convention sur l’extradition [the two treaties, done at Beijing on 31 October 2016: the extradition convention …]',
          },
          {
            source: 'moniteur-belge-2020-12-16-loi-2018-12-03-china-extradition',
            excerpt:
              'opgemaakt te Beijing op 31 oktober 2016 … Datum inwerkingtreding : 26 december 2020 [done at Beijing on 31 October 2016 … date of entry into force: 26 December 2020]',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2020-10', precision: 'month' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'pdnews-china-concludes-59-extradition-treaties',
            excerpt:
              "22nd session … adopted the decision on ratifying the … Extradition Treaty between the People's Republic of China and the Kingdom of Belgium",
          },
          {
            source: 'people-cn-2020-10-17-npcsc-chairpersons-cyprus-belgium',
            excerpt:
              'Oct. 15, 2020 … Zhang Yesui … reported on the deliberations of … extradition treaties with Cyprus and Belgium.',
            note: 'The Council of Chairpersons sent the treaty to the vote of the session under way.',
          },
        ],
        note: 'At the 22nd session of the 13th NPC Standing Committee.',
      },
      {
        action: 'entered-into-force',
        date: { value: '2020-12-26', precision: 'day' },
        sources: [
          {
            source: 'moniteur-belge-2020-12-16-loi-2018-12-03-china-extradition',
            excerpt:
              'opgemaakt te Beijing op 31 oktober 2016 … Datum inwerkingtreding : 26 december 2020 [done at Beijing on 31 October 2016 … date of entry into force: 26 December 2020]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'moniteur-belge-2020-12-16-loi-2018-12-03-china-extradition',
        excerpt:
          'opgemaakt te Beijing op 31 oktober 2016 … Datum inwerkingtreding : 26 december 2020 [done at Beijing on 31 October 2016 … date of entry into force: 26 December 2020]',
      },
      {
        source: 'lesoir-2020-07-24-belgium-china-treaty',
        excerpt:
          "Il n'a pas été ratifié par la Chine et n'est donc pas encore d'application [It has not been ratified by China and is therefore not yet in force]",
        note: 'July 2020, before entry into force.',
      },
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '最近批准与中国引渡条约的欧洲国家是比利时和塞浦路斯,双方条约随即于2020年生效 [the European countries that most recently ratified extradition treaties with China are Belgium and Cyprus; both treaties entered into force in 2020]',
      },
    ],
    note: 'Not yet in force in July 2020 (Le Soir); in force from 26 Dec 2020. Hong Kong Watch had already counted Belgium among states with PRC treaties in October 2020.',
  },
  {
    id: 'cn-bg',
    chinaSide: 'CN',
    counterparty: 'BG',
    title: "Extradition Treaty between the People's Republic of China and Bulgaria",
    steps: [
      {
        action: 'signed',
        date: { value: '1996-05-20', precision: 'day' },
        sources: [
          {
            source: 'iolaw-cssn-prc-extradition-treaties',
            excerpt:
              '(4)1996年5月20日签署的《中华人民共和国和保加利亚共和国引渡条约》(1997年7月3日生效) [(4) the PRC–Bulgaria Extradition Treaty signed 20 May 1996 (in force 3 Jul 1997)]',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '1997-07-03', precision: 'day' },
        sources: [
          {
            source: 'iolaw-cssn-prc-extradition-treaties',
            excerpt:
              '(4)1996年5月20日签署的《中华人民共和国和保加利亚共和国引渡条约》(1997年7月3日生效) [(4) the PRC–Bulgaria Extradition Treaty signed 20 May 1996 (in force 3 Jul 1997)]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '烏克蘭、保加利亞、波士尼亞與赫塞哥維納 [Ukraine, Bulgaria, Bosnia and Herzegovina]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
  },
  {
    id: 'cn-br',
    chinaSide: 'CN',
    counterparty: 'BR',
    title: "Extradition Treaty between the People's Republic of China and Brazil",
    steps: [
      {
        action: 'signed',
        date: { value: '2004-11-12', precision: 'day' },
        sources: [
          {
            source: 'exame-camara-aprova-tratado-china',
            excerpt:
              'tratado entre o Brasil e a China, celebrado em 12 de novembro de 2004 [treaty between Brazil and China, concluded 12 Nov 2004]',
          },
        ],
      },
      {
        action: 'approved',
        date: {
          value: '2006-04-29',
          precision: 'day',
          derived:
            "China Daily (1 May 2006, by its address) says the NPC Standing Committee 'on Saturday' ratified the Spain treaty and also the Brazil treaty; the Library of Congress dates the Spain ratification to 29 April 2006, a Saturday.",
        },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'china-org-cn-2006-brazil-extradition',
            excerpt: 'also ratified an extradition treaty with Brazil',
          },
          {
            source: 'chinadaily-2006-05-01-spain-brazil-treaties',
            excerpt: 'The NPC Standing Committee on Saturday also ratified an extradition treaty with Brazil',
          },
          {
            source: 'loc-gov-2008-05-02-china-france-australia-treaties',
            excerpt: 'The treaty was ratified on April 29, 2006.',
            note: 'Of the Spain treaty, ratified at the same session.',
          },
        ],
        note: 'Same session that approved the Spain treaty.',
      },
      {
        action: 'approved',
        date: { value: '2014-06-05', precision: 'day' },
        by: { country: 'BR', body: 'Chamber of Deputies of Brazil' },
        sources: [
          {
            source: 'exame-camara-aprova-tratado-china',
            excerpt:
              'Publicado em 5 de junho de 2014 … A Câmara dos Deputados aprovou nesta quinta-feira, 05, o tratado internacional de extradição com a China [Published 5 June 2014 … the Chamber of Deputies approved on Thursday the 5th the international extradition treaty with China]',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2014-07-15', precision: 'day' },
        by: { country: 'BR', body: 'Federal Senate of Brazil' },
        sources: [
          {
            source: 'vermelho-senado-aprova-extradicao-china',
            excerpt:
              'O Senado aprovou nesta terça-feira (15) acordo firmado por Brasil e China, em 2004 [The Senate approved this Tuesday (15th) the agreement signed by Brazil and China in 2004]',
          },
          {
            source: 'camara-leg-br-2014-07-15-senado-aprova-extradicao-china',
            excerpt:
              '15/07/2014 - 20:35 O Senado aprovou nesta terça-feira (15) acordo firmado por Brasil e China, em 2004 [15 July 2014 … the Senate approved this Tuesday (15th) the agreement signed by Brazil and China in 2004]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '以及巴西、秘魯、墨西哥 [and Brazil, Peru, Mexico]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
    ],
    note: 'Entry-into-force date not found.',
  },
  {
    id: 'cn-by',
    chinaSide: 'CN',
    counterparty: 'BY',
    title: "Extradition Treaty between the People's Republic of China and Belarus",
    steps: [
      {
        action: 'signed',
        date: { value: '1995-06-22', precision: 'day' },
        place: 'Minsk',
        sources: [
          {
            source: 'npcsc-1996-03-01-belarus-extradition-decision',
            excerpt:
              '(1996年3月1日通过)…批准…于1995年6月22日在明斯克签署的《中华人民共和国和白俄罗斯共和国引渡条约》 [adopted 1 Mar 1996 … approves the PRC–Belarus Extradition Treaty signed in Minsk on 22 Jun 1995]',
          },
          {
            source: 'iolaw-cssn-prc-extradition-treaties',
            excerpt:
              '(2)1995年6月22日签署的《中华人民共和国和白俄罗斯共和国引渡条约》(1998年5月7日生效) [(2) the PRC–Belarus Extradition Treaty signed 22 Jun 1995 (in force 7 May 1998)]',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '1996-03-01', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'npcsc-1996-03-01-belarus-extradition-decision',
            excerpt:
              '(1996年3月1日通过)…批准…于1995年6月22日在明斯克签署的《中华人民共和国和白俄罗斯共和国引渡条约》 [adopted 1 Mar 1996 … approves the PRC–Belarus Extradition Treaty signed in Minsk on 22 Jun 1995]',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '1998-05-07', precision: 'day' },
        sources: [
          {
            source: 'iolaw-cssn-prc-extradition-treaties',
            excerpt:
              '(2)1995年6月22日签署的《中华人民共和国和白俄罗斯共和国引渡条约》(1998年5月7日生效) [(2) the PRC–Belarus Extradition Treaty signed 22 Jun 1995 (in force 7 May 1998)]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '俄羅斯、白羅斯、烏克蘭 [Russia, Belarus, Ukraine]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
  },
  {
    id: 'cn-cg',
    chinaSide: 'CN',
    counterparty: 'CG',
    title: "Extradition Treaty between the People's Republic of China and the Republic of the Congo",
    steps: [
      {
        action: 'signed',
        date: { value: '2016-07-05', precision: 'day' },
        place: 'Beijing',
        sources: [
          {
            source: 'vox-cg-2022-04-congo-china-extradition-parliament',
            excerpt: 'Ce traité, entre le Congo et la Chine, a été signé à Beijing le 5 juillet 2016.',
          },
          {
            source: 'allafrica-2022-04-05-congo-china-extradition-assembly',
            excerpt: "Signé le 5 juillet 2016 à Beijing, en Chine, le traité d'extradition entre les deux pays",
          },
        ],
      },
      {
        action: 'approved',
        date: {
          value: '2022-04-04',
          precision: 'day',
          derived:
            "Both reports give '4 avril' without the year; allAfrica's republication of Les Dépêches de Brazzaville is dated 5 April 2022.",
        },
        by: { country: 'CG', body: 'National Assembly of the Republic of the Congo (bill authorising ratification)' },
        sources: [
          {
            source: 'vox-cg-2022-04-congo-china-extradition-parliament',
            excerpt:
              "Au cours de la plénière du 4 avril à Brazzaville, les députés ont adopté à l'unanimité le projet de loi autorisant la ratification du traité d'extradition",
          },
          {
            source: 'allafrica-2022-04-05-congo-china-extradition-assembly',
            excerpt:
              "L'Assemblée nationale a approuvé, le 4 avril en plénière à Brazzaville, les projets de lois autorisant la ratification du traité d'extradition et d'entraide judiciaire",
          },
        ],
        note: "The National Assembly's vote; the Senate's vote and the promulgation of the law were not found.",
      },
      NPCSC_2022_12_30,
    ],
    status: 'not-ratified',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '2022年12月30日…批准与四个国家的引渡条约。这些国家是刚果共和国、肯尼亚、乌拉圭和亚美尼亚 [on 30 Dec 2022 … approved extradition treaties with four countries: Rep. of Congo, Kenya, Uruguay and Armenia]',
        note: "China's approval came only in December 2022, after this edition.",
      },
    ],
    note: "Signed in Beijing on 5 Jul 2016. Both approvals came after this edition: Congo's National Assembly on 4 Apr 2022 and China's NPC Standing Committee on 30 Dec 2022. Safeguard Defenders (January 2023) says that with both approvals the treaty was in force; no exchange of instruments or entry-into-force date was found, so no entry into force is recorded.",
  },
  {
    id: 'cn-cl',
    chinaSide: 'CN',
    counterparty: 'CL',
    title: "Extradition Treaty between the People's Republic of China and Chile",
    steps: [
      {
        action: 'signed',
        date: { value: '2015-05-25', precision: 'day' },
        place: 'Santiago de Chile',
        sources: [
          {
            source: 'senado-cl-chile-china-extradition',
            excerpt: 'suscrito en Santiago de Chile el 25 de mayo de 2015 [signed in Santiago de Chile on 25 May 2015]',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2018', precision: 'year' },
        by: { country: 'CL', body: 'Senate of Chile' },
        sources: [
          {
            source: 'larazon-cl-senate-china-extradition',
            excerpt:
              'Con 26 votos a favor y 1 abstención la Sala del Senado respaldó el proyecto [with 26 votes in favour and 1 abstention, the Senate floor backed the bill]',
          },
          {
            source: 'senado-cl-chile-china-extradition',
            excerpt:
              'Informe de Comisión: Relaciones Exteriores: sesión 23ª, en 12 de junio de 2018. [Committee report: Foreign Relations, session 23, 12 June 2018.]',
            note: "The Senate's record of the bill: the floor vote followed the committee report of June 2018.",
          },
        ],
      },
    ],
    status: 'not-ratified',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '阿根廷、智利、厄瓜多尔和巴拿马已经签署但尚未批准条约 [Argentina, Chile, Ecuador and Panama have signed but not yet ratified]',
        note: 'January 2023.',
      },
    ],
  },
  {
    id: 'cn-cy',
    chinaSide: 'CN',
    counterparty: 'CY',
    title: "Extradition Treaty between the People's Republic of China and Cyprus",
    steps: [
      {
        action: 'signed',
        date: { value: '2018', precision: 'year' },
        sources: [
          {
            source: 'politis-2018-07-cyprus-china-extradition-signed',
            excerpt:
              'Συμφωνία Έκδοσης Φυγοδίκων υπογράφηκε … Ιωνά Νικολάου - ο οποίος πραγματοποίησε επίσκεψη στην Κίνα, μεταξύ 28 Ιουνίου – 3 Ιουλίου 2018 [an extradition agreement was signed … (by) Ionas Nicolaou, who visited China between 28 June and 3 July 2018]',
          },
          {
            source: 'asiafinancial-2020-10-china-ratifies-cyprus-belgium',
            excerpt:
              'voted and agreed to ratify an extradition treaty between the People’s Republic and the Republic of Cyprus (agreed in June 2018)',
            note: 'The same report misdates the Belgium treaty (signed in 2016) to October 2019.',
          },
        ],
        note: "Signed by Cyprus's Justice Minister Ionas Nicolaou and Vice Foreign Minister Le Yucheng during the minister's visit to China of 28 June to 3 July 2018; no source gives the day.",
      },
      {
        action: 'approved',
        date: { value: '2020-10', precision: 'month' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'pdnews-china-concludes-59-extradition-treaties',
            excerpt:
              'decision on ratifying the "Extradition Treaty between the People\'s Republic of China and the Republic of Cyprus"',
          },
          {
            source: 'asiafinancial-2020-10-china-ratifies-cyprus-belgium',
            excerpt:
              "Cypriot officials speak about the extradition treaty with China, which was ratified by the National People's Congress in Beijing in October 2020.",
          },
          {
            source: 'people-cn-2020-10-17-npcsc-chairpersons-cyprus-belgium',
            excerpt:
              'Oct. 15, 2020 … Zhang Yesui … reported on the deliberations of … extradition treaties with Cyprus and Belgium.',
            note: 'The Council of Chairpersons sent the treaty to the vote of the session under way.',
          },
        ],
        note: 'At the 22nd session of the 13th NPC Standing Committee.',
      },
      {
        action: 'entered-into-force',
        date: { value: '2020', precision: 'year' },
        note: "Known only to the year. It is recorded after China's approval of October 2020, which it must follow (the instruments can only be exchanged once both sides have approved), so it falls between late October and the end of 2020; it takes effect no earlier than that approval.",
        sources: [
          {
            source: 'safeguarddefenders-2023-01-extradition-treaties',
            excerpt:
              '最近批准与中国引渡条约的欧洲国家是比利时和塞浦路斯,双方条约随即于2020年生效 [the European countries that most recently ratified extradition treaties with China are Belgium and Cyprus; both treaties entered into force in 2020]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '最近批准与中国引渡条约的欧洲国家是比利时和塞浦路斯,双方条约随即于2020年生效 [the European countries that most recently ratified extradition treaties with China are Belgium and Cyprus; both treaties entered into force in 2020]',
      },
      {
        source: 'pdnews-china-concludes-59-extradition-treaties',
        excerpt:
          'decision on ratifying the "Extradition Treaty between the People\'s Republic of China and the Republic of Cyprus"',
      },
    ],
    note: "Signed in mid-2018 (day not found) and approved by China in October 2020; in force in 2020, after that approval (the day was not found). Cyprus's own ratification is not recorded as a step: its law (12(III)/2019) is cited only by a site that is not its publisher's, and no official text of it was found.",
  },
  {
    id: 'cn-dz',
    chinaSide: 'CN',
    counterparty: 'DZ',
    title: "Extradition Treaty between the People's Republic of China and Algeria",
    steps: [
      {
        action: 'signed',
        date: { value: '2006-11-06', precision: 'day' },
        place: 'Beijing',
        sources: [
          {
            source: 'gov-cn-2008-06-24-algeria-treaties',
            excerpt:
              '2006年11月6日…在北京簽署了中阿刑事司法協助條約和引渡條約 [on 6 Nov 2006 … signed in Beijing the China–Algeria criminal MLA treaty and extradition treaty]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '阿爾及利亞、突尼西亞 [Algeria, Tunisia]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
    ],
    note: 'The NPC Standing Committee began reviewing the treaty on 24 Jun 2008; its approval and entry-into-force dates were not found.',
  },
  {
    id: 'cn-ec',
    chinaSide: 'CN',
    counterparty: 'EC',
    title: "Extradition Treaty between the People's Republic of China and Ecuador",
    steps: [
      {
        action: 'approved',
        date: { value: '2023-09-01', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'people-en-2023-09-02-npcsc-5th-session-closes',
            excerpt:
              'closing meeting of the fifth session of the 14th NPC Standing Committee … Sept. 1, 2023 … Lawmakers also ratified an extradition treaty with Ecuador',
          },
        ],
      },
    ],
    status: 'not-ratified',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '阿根廷、智利、厄瓜多尔和巴拿马已经签署但尚未批准条约 [Argentina, Chile, Ecuador and Panama have signed but not yet ratified]',
        note: 'January 2023.',
      },
    ],
    note: "No signing date was found. China's NPC Standing Committee approved the treaty on 1 Sep 2023, after this edition; Ecuador's approval and the entry into force were not found.",
  },
  {
    id: 'cn-es',
    chinaSide: 'CN',
    counterparty: 'ES',
    title: "Extradition Treaty between the People's Republic of China and Spain",
    steps: [
      {
        action: 'signed',
        date: { value: '2005-11-14', precision: 'day' },
        place: 'Madrid',
        sources: [
          {
            source: 'lavozdigital-2006-04-30-spain-china-extradition',
            excerpt:
              'El tratado, suscrito el 14 de noviembre de 2005 y remitido por el Gobierno a las Cortes para su ratificación el pasado 27 de enero [The treaty, signed on 14 November 2005 and sent to Parliament for ratification on 27 January]',
          },
          {
            source: 'boe-a-2007-6512-spain-china-extradition',
            excerpt:
              'Por cuanto el día 14 de noviembre de 2005, el Plenipotenciario de España firmó en Madrid [Whereas on 14 November 2005 the Plenipotentiary of Spain signed at Madrid]',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2006-04-29', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'loc-gov-2008-05-02-china-france-australia-treaties',
            excerpt:
              'Spain was the first developed, Western country with which China signed an extradition treaty. The treaty was ratified on April 29, 2006.',
          },
          {
            source: 'china-org-cn-2006-spain-extradition',
            excerpt: "China's top legislature on Saturday ratified an extradition treaty with Spain",
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '2007-04-04', precision: 'day' },
        sources: [
          {
            source: 'boe-a-2007-6512-spain-china-extradition',
            excerpt:
              'hecho en Madrid el 14 de noviembre de 2005. Fecha de Entrada en Vigor 4 de Abril de 2007 [done at Madrid 14 Nov 2005. Date of entry into force: 4 Apr 2007]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '葡萄牙、西班牙、俄羅斯 [Portugal, Spain, Russia]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
    ],
  },
  {
    id: 'cn-et',
    chinaSide: 'CN',
    counterparty: 'ET',
    title: "Extradition Treaty between the People's Republic of China and Ethiopia",
    steps: [
      {
        action: 'signed',
        date: { value: '2014-05-04', precision: 'day' },
        sources: [
          {
            source: 'ecns-2017-06-28-ethiopia-argentina',
            excerpt: 'signed on May 10, 2013, and May 4, 2014, respectively',
          },
          { source: 'waltainfo-40517-ethiopia-argentina', excerpt: 'signed on May 10, 2013 and May 4, 2014' },
        ],
      },
      {
        action: 'approved',
        date: {
          value: '2017-06-27',
          precision: 'day',
          derived:
            "ECNS, in a report of 28 June 2017, says China's top legislature ratified the treaties 'on Tuesday', which was 27 June 2017.",
        },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'ecns-2017-06-28-ethiopia-argentina',
            excerpt: 'ratified extradition treaties with Argentina and Ethiopia on Tuesday',
          },
          {
            source: 'waltainfo-40517-ethiopia-argentina',
            excerpt: "China's top legislature ratified extradition treaties with Ethiopia and Argentina",
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '突尼西亞、埃塞俄比、安哥拉 [Tunisia, Ethiopia, Angola]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
    ],
    note: 'Entry-into-force date not found.',
  },
  {
    id: 'cn-fr',
    chinaSide: 'CN',
    counterparty: 'FR',
    title: "Extradition Treaty between the People's Republic of China and France",
    steps: [
      {
        action: 'signed',
        date: { value: '2007-03-20', precision: 'day' },
        place: 'Paris',
        sources: [
          {
            source: 'assemblee-nationale-pl3954-2011-france-china-extradition',
            excerpt:
              'Le 20 mars 2007, le garde des sceaux … et le Premier vice-ministre des affaires étrangères … ont signé, à Paris [On 20 March 2007 the Minister of Justice … and the First Vice Foreign Minister … signed, in Paris]',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2008-04-24', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'loc-gov-2008-05-02-china-france-australia-treaties',
            excerpt:
              "On April 24, 2008, the Standing Committee of the National People's Congress … ratified extradition treaties with France and Australia.",
          },
          {
            source: 'wikisource-zh-france-treaty',
            excerpt:
              '2008年4月24日《全國人民代表大會常務委員會關於批准〈中華人民共和國和法蘭西共和國引渡條約〉的決定》批准 [approved by the NPC Standing Committee decision of 24 April 2008 on the PRC–France Extradition Treaty]',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '2015-07-17', precision: 'day' },
        sources: [
          {
            source: 'vietnamplus-china-france-extradition-in-force',
            excerpt: 'chính thức có hiệu lực kể từ ngày 17/7/2015 [officially in force from 17/7/2015]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '法國、意大利、葡萄牙 [France, Italy, Portugal]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
    ],
    note: "One Italian website says the treaty was signed in September 2007; the French government's ratification bill, giving 20 Mar 2007, is followed.",
  },
  {
    id: 'cn-gd',
    chinaSide: 'CN',
    counterparty: 'GD',
    title: "Extradition Treaty between the People's Republic of China and Grenada",
    steps: [
      {
        action: 'signed',
        date: { value: '2016', precision: 'year' },
        sources: [
          {
            source: 'thenewtoday-gd-2018-09-24-extradition-treaty-bill',
            excerpt: 'an Extradition Treaty signed in 2016 between the Governments of Mainland China and Grenada',
          },
        ],
        note: 'The same paper reported a signing ceremony for the extradition and legal assistance treaties in August 2014, at the end of negotiations (conflict cn-gd-signing-year).',
      },
      {
        action: 'approved',
        date: {
          value: '2018-09-21',
          precision: 'day',
          derived:
            "The New Today's report of Monday 24 September 2018 (by its address) says the bill was passed in Parliament 'last Friday'.",
        },
        by: { country: 'GD', body: 'House of Representatives of Grenada' },
        sources: [
          {
            source: 'thenewtoday-gd-2018-09-24-extradition-treaty-bill',
            excerpt:
              'The bill, Extradition Treaty (Government of Grenada and the Government of The People’s Republic China) Bill, 2018 was passed in Parliament last Friday',
          },
        ],
        note: 'The lower house passed the bill giving the treaty effect in Grenadian law.',
      },
    ],
    status: 'not-ratified',
    statusCertainty: 'uncertain',
    statusSources: [
      {
        source: 'thenewtoday-gd-2018-09-24-extradition-treaty-bill',
        excerpt:
          'the signing of the treaty alone is only a preliminary endorsement of the obligations and arrangements therein',
        note: 'September 2018: Grenada was still legislating for the treaty.',
      },
    ],
    note: "Grenada's House of Representatives passed the bill giving the treaty effect in September 2018; no source reports China's approval, an exchange of instruments or entry into force, so its August 2021 status is not settled.",
  },
  {
    id: 'cn-gr',
    chinaSide: 'CN',
    counterparty: 'GR',
    title: "Extradition Treaty between the People's Republic of China and Greece",
    steps: [
      {
        action: 'signed',
        date: {
          value: '2019-11-11',
          precision: 'day',
          derived: "The SMH report dated 11 Nov 2019 says the agreements were signed in Athens 'on Monday'.",
        },
        place: 'Athens',
        sources: [
          {
            source: 'smh-2019-11-11-xi-greece-deals',
            excerpt:
              'agreements signed on a visit by president Xi Jinping to Athens on Monday. The agreements include an extradition treaty',
          },
          {
            source: 'scmp-3037250-xi-greece-deals',
            excerpt:
              'Chinese President and Greek Prime Minister Kyriakos Mitsotakis sign 16 deals, including extradition treaty and investment agreements … Updated: 9:30pm, 11 Nov, 2019',
          },
        ],
        note: "Signed during Xi Jinping's state visit to Greece.",
      },
    ],
    status: 'not-ratified',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt: '土耳其和希腊尚未批准 [Turkey and Greece have not yet ratified]',
        note: 'January 2023.',
      },
    ],
    note: "Safeguard Defenders (January 2023) dates Greece's signature to 2020; the contemporary reports of Xi Jinping's November 2019 Athens visit are followed.",
  },
  {
    id: 'cn-hu',
    chinaSide: 'CN',
    counterparty: 'HU',
    title: "Extradition Treaty between the People's Republic of China and Hungary",
    steps: [
      {
        action: 'initialled',
        date: {
          value: '2025-07',
          precision: 'month',
          derived:
            "Global Times (July 2025) reports talks held in Budapest 'from July 14 to 16', at the end of which the text was initialled; the day of initialling is not given.",
        },
        place: 'Budapest',
        sources: [
          {
            source: 'globaltimes-2025-07-china-hungary-extradition-initialed',
            excerpt:
              'Negotiations on the extradition treaty between China and Hungary were held in Budapest from July 14 to 16 … the two sides reached consensus on all provisions of the treaty and initialed the text.',
          },
          {
            source: 'szabadeuropa-2025-hungary-china-extradition-part-1',
            excerpt:
              '2025 július közepén … Tuzson Bence miniszter alá is írta … (A felek egyelőre csak parafálták …) [in mid-July 2025 Minister Bence Tuzson put his name to it … (so far the parties have only initialled it)]',
          },
          {
            source: 'nepszava-2025-11-07-hu-cn-extradition-bill',
            excerpt:
              'Tuzson Bence igazságügyi miniszter benyújtotta az Orbán-kormány nevében az Országgyűlésnek a Kínával kötött kiadatási egyezmény kihirdetéséről szóló törvényjavaslatot [Justice Minister Bence Tuzson submitted to Parliament, on behalf of the government, the bill promulgating the extradition agreement with China]',
            note: 'Not about the initialling: reports the later bill (7 November 2025).',
          },
        ],
      },
    ],
    status: null,
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'globaltimes-2025-07-china-hungary-extradition-initialed',
        excerpt: 'Both sides agreed to expedite their respective domestic procedures to facilitate the early signing',
        note: 'July 2025: not yet signed.',
      },
      {
        source: 'szabadeuropa-2025-hungary-china-extradition-part-1',
        excerpt: '(A felek egyelőre csak parafálták …) [so far the parties have only initialled it]',
      },
    ],
    note: "Negotiated and initialled in Budapest in July 2025; both sides said they would hasten signature and ratification. In November 2025 Hungary's Justice Minister submitted to the National Assembly a bill promulgating the treaty (Népszava, 7 Nov 2025). No formal signature, vote of the Assembly or approval by China was found by 31 Jan 2026.",
  },
  {
    id: 'cn-id',
    chinaSide: 'CN',
    counterparty: 'ID',
    title: "Extradition Treaty between the People's Republic of China and Indonesia",
    steps: [],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '泰國、印尼、柬埔寨 [Thailand, Indonesia, Cambodia]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'antaranews-65955-ri-china-extradition-talks',
        excerpt: 'Agustus 2007 [August 2007]',
        note: 'Background: a second round of negotiations was set for August 2007.',
      },
    ],
    note: 'No dated step was found; the two sides were still negotiating in 2007.',
  },
  {
    id: 'cn-ir',
    chinaSide: 'CN',
    counterparty: 'IR',
    title: "Extradition Treaty between the People's Republic of China and Iran",
    steps: [
      {
        action: 'signed',
        date: { value: '2012-09-10', precision: 'day' },
        place: 'Tehran',
        sources: [
          {
            source: 'court-gov-cn-2015-08-15-iran-afghanistan',
            excerpt: 'signed the extradition treaty with Iran on Sept. 10, 2012 in Tehran',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2014-12-28', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [{ source: 'court-gov-cn-2015-08-15-iran-afghanistan', excerpt: 'on Dec 28, 2014' }],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '巴基斯坦、伊朗、阿富汗 [Pakistan, Iran, Afghanistan]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
    ],
    note: 'Entry-into-force date not found.',
  },
  {
    id: 'cn-it',
    chinaSide: 'CN',
    counterparty: 'IT',
    title: "Extradition Treaty between the People's Republic of China and Italy",
    steps: [
      {
        action: 'signed',
        date: { value: '2010-10-07', precision: 'day' },
        place: 'Rome',
        sources: [
          {
            source: 'gov-cn-2011-12-26-italy-extradition',
            excerpt:
              '2010年10月7日…在羅馬簽署了《中意引渡條約》 [on 7 Oct 2010 … signed the China–Italy Extradition Treaty in Rome]',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2015-09-24', precision: 'day' },
        by: { country: 'IT', body: 'Italian Republic (ratification Law no. 161 of 24 September 2015)' },
        sources: [
          {
            source: 'processopenaleegiustizia-2016-1-italia-cina-estradizione',
            excerpt:
              'Con l. 24 settembre 2015, n. 161 (in G.U., 9 ottobre 2015, n. 235) il Parlamento ha autorizzato la ratifica [By Law no. 161 of 24 September 2015 (Official Gazette, 9 October 2015, no. 235) Parliament authorised ratification]',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: {
          value: '2015-12-13',
          precision: 'day',
          derived:
            "The NPC channel of People's Daily Online reports the entry into force on '12月13日' (13 December) as news; its address dates the report 14 December 2015.",
        },
        sources: [
          {
            source: 'npc-people-2015-italy-extradition-in-force',
            excerpt:
              '12月13日,《中華人民共和國和意大利共和國引渡條約》正式生效 [on 13 December the PRC–Italy Extradition Treaty formally entered into force]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '法國、意大利、葡萄牙 [France, Italy, Portugal]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'npc-people-2015-italy-extradition-in-force',
        excerpt:
          '12月13日,《中華人民共和國和意大利共和國引渡條約》正式生效 [on 13 December the PRC–Italy Extradition Treaty formally entered into force]',
      },
    ],
    note: 'The NPC Standing Committee began reviewing the treaty on 26 Dec 2011; its approval date was not found.',
  },
  {
    id: 'cn-ke',
    chinaSide: 'CN',
    counterparty: 'KE',
    title: "Extradition Treaty between the People's Republic of China and Kenya",
    steps: [
      NPCSC_2022_12_30,
      {
        action: 'approved',
        date: { value: '2023-03-21', precision: 'day' },
        by: { country: 'KE', body: 'Cabinet of Kenya' },
        sources: [
          {
            source: 'nairobireview-2023-03-kenya-cabinet-extradition-china-italy',
            excerpt:
              'President William Ruto on Tuesday, March 21st 2023 chaired a Cabinet meeting … Cabinet considered and approved the Extradition Treaties between the Republic of Kenya and the two nations',
          },
          {
            source: 'kenyans-co-ke-2023-03-cabinet-approves-extradition-china',
            excerpt:
              "President William Ruto's Cabinet on Tuesday, March 21 approved a deal between Kenya, China and Italy, that will allow the extradition of lawbreakers.",
          },
          {
            source: 'monitor-ug-kenya-extradition-china-italy',
            excerpt:
              "Kenya's Cabinet on Tuesday endorsed separate bilateral treaties with China and Italy … The new arrangement now awaits the nod of the National Assembly to be formally ratified",
          },
        ],
        note: "The Cabinet's approval; the reports say the treaty still needed the National Assembly's approval, and no vote of the Assembly was found.",
      },
      {
        action: 'approved',
        date: { value: '2023-09-29', precision: 'day' },
        by: {
          country: 'KE',
          body: "Cabinet Secretary: Extradition (Contiguous and Foreign Countries) (People's Republic of China) Order, 2023 (Legal Notice 136 of 2023)",
        },
        sources: [
          {
            source: 'kenyalaw-ln-2023-136-prc-extradition-order',
            excerpt:
              'Published in Kenya Gazette Vol. CXXV—No. 127 on 29 September 2023 - Commenced on 29 September 2023',
          },
        ],
        note: "Kenya's order applying its extradition law to China, with the treaty in its schedule: a domestic measure, not the treaty's entry into force, which was not found. The scheduled text is worded as a treaty between the two governments.",
      },
    ],
    status: 'not-ratified',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '肯尼亚、塞内加尔、津巴布韦和毛里求斯与中国已经签署了条约,但仍有待批准 [Kenya, Senegal, Zimbabwe and Mauritius have signed treaties with China that still await ratification]',
        note: 'January 2023.',
      },
      {
        source: 'monitor-ug-kenya-extradition-china-italy',
        excerpt: "Kenya's Cabinet on Tuesday endorsed separate bilateral treaties with China and Italy",
        note: 'March 2023, after this edition.',
      },
      {
        source: 'kenyalaw-ln-2023-136-prc-extradition-order',
        excerpt:
          "Extradition (Contiguous and Foreign Countries) (People's Republic of China) Order, 2023 … Commenced on 29 September 2023",
        note: 'After this edition.',
      },
    ],
    note: "No signing date was found. Every later step falls after this edition: China's approval on 30 Dec 2022, the Kenyan Cabinet's approval on 21 Mar 2023 and Kenya's implementing order from 29 Sep 2023. No vote of Kenya's National Assembly, exchange of instruments or entry into force was found.",
  },
  {
    id: 'cn-kg',
    chinaSide: 'CN',
    counterparty: 'KG',
    title: "Extradition Treaty between the People's Republic of China and Kyrgyzstan",
    steps: [],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '哈薩克、吉爾吉斯、塔吉克 [Kazakhstan, Kyrgyzstan, Tajikistan]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
    note: 'No dates are recorded: the only dated source, a garbled machine translation, contradicts itself (it mentions 1998 and also says the treaty was signed and entered into force on the same day in April 2004).',
  },
  {
    id: 'cn-kh',
    chinaSide: 'CN',
    counterparty: 'KH',
    title: "Extradition Treaty between the People's Republic of China and Cambodia",
    steps: [
      {
        action: 'signed',
        date: { value: '1999-02-09', precision: 'day' },
        place: 'Beijing',
        sources: [
          {
            source: 'cn-kh-extradition-treaty-text',
            excerpt:
              '本条约于一九九九年二月九日订于北京,一式两份,每份均用中文、高棉文和英文写成 [this treaty was done at Beijing on 9 Feb 1999, in duplicate, in Chinese, Khmer and English]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '印尼、柬埔寨、老撾 [Indonesia, Cambodia, Laos]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
    note: 'Entry-into-force date not found (a garbled machine translation has a 2000 date). A content-farm page claims a China–Cambodia treaty was signed in Beijing on 23 Oct 2020 and took effect on 1 Aug 2022; nothing citable confirms it, and the 1999 treaty was already counted as in force in 2019.',
  },
  {
    id: 'cn-kr',
    chinaSide: 'CN',
    counterparty: 'KR',
    title: "Extradition Treaty between the People's Republic of China and the Republic of Korea",
    steps: [
      {
        action: 'signed',
        date: {
          value: '2000-10-18',
          precision: 'day',
          derived: 'A report dated 16 Oct 2000 says the treaty would be signed in Seoul on the 18th.',
        },
        place: 'Seoul',
        sources: [
          {
            source: 'hankyung-2000-10-16-korea-china-extradition',
            excerpt:
              '18일 서울에서 한.중 범죄인 인도조약에 서명한다 [will sign the Korea–China extradition treaty in Seoul on the 18th]',
          },
          {
            source: 'hankyung-2002-03-12-korea-china-extradition',
            excerpt:
              '양국간 범죄인 인도조약은 지난 2000년 10월 체결된 뒤 국내비준절차를 거쳐왔다. [the treaty between the two countries was concluded in October 2000 and has since gone through domestic ratification]',
          },
        ],
        note: 'An earlier research pass gave 18 Jun 2000, taken from a garbled machine translation; the contemporary Korean report is followed.',
      },
      {
        action: 'ratifications-exchanged',
        date: {
          value: '2002-03-13',
          precision: 'day',
          derived:
            "Dong-A Ilbo's report of 13 March 2002 says the instruments were exchanged in Beijing 'on the 13th'; the Korea Economic Daily of 12 March had announced the exchange for the 13th.",
        },
        place: 'Beijing',
        sources: [
          {
            source: 'donga-2002-03-13-korea-china-ratifications',
            excerpt:
              '법무부는 13일 중국 베이징(北京)에서 양국 당국자가 범죄인 인도조약 비준서를 교환했다고 밝혔다. [The Ministry of Justice said officials of the two countries exchanged the instruments of ratification in Beijing on the 13th.]',
          },
          {
            source: 'hankyung-2002-03-12-korea-china-extradition',
            excerpt:
              '이를위해 양국은 13일 베이징에서 … 조약 비준서교환식을 가질 예정 [to this end the two countries will exchange the instruments of ratification in Beijing on the 13th]',
          },
        ],
        note: 'Another Korean paper dates the exchange to 12 March 2002 (conflict cn-kr-entry-into-force-day).',
      },
      {
        action: 'entered-into-force',
        date: {
          value: '2002-04-12',
          precision: 'day',
          derived: "A report dated 12 Mar 2002 says the treaty takes effect 'from the 12th of next month'.",
        },
        sources: [
          {
            source: 'hankyung-2002-03-12-korea-china-extradition',
            excerpt:
              '한국과 중국간 범죄인 인도조약이 내달 12일부터 공식 발효된다 [the Korea–China extradition treaty formally takes effect from the 12th of next month]',
          },
          {
            source: 'donga-2002-03-13-korea-china-ratifications',
            excerpt:
              '조약은 비준서를 교환한 날로부터 30일 후 발효된다. [The treaty enters into force 30 days after the day of the exchange.]',
          },
        ],
        note: 'Thirty days after the exchange of 13 March 2002. Another Korean paper gives 11 Apr 2002 (conflict cn-kr-entry-into-force-day).',
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '南韓、蒙古、菲律賓 [South Korea, Mongolia, Philippines]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
  },
  {
    id: 'cn-kz',
    chinaSide: 'CN',
    counterparty: 'KZ',
    title: "Extradition Treaty between the People's Republic of China and Kazakhstan",
    steps: [
      {
        action: 'signed',
        date: { value: '1996-07-05', precision: 'day' },
        place: 'Almaty',
        sources: [
          {
            source: 'adilet-z970000123-kz-cn-extradition',
            excerpt:
              '1996 жылғы 5 шiлдеде Алматы қаласында қол қойылған … Ұстап беру туралы шарт бекiтiлсiн [the Treaty on extradition signed in Almaty on 5 July 1996 is approved]',
          },
          {
            source: 'iolaw-cssn-prc-extradition-treaties',
            excerpt: '(6)1996年7月5日签署的《中 [(6) the treaty signed 5 Jul 1996 …]',
            note: 'The excerpt is cut off before the partner is named.',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '1997-06-13', precision: 'day' },
        by: { country: 'KZ', body: 'Republic of Kazakhstan (Constitutional Law No. 123 of 13 June 1997)' },
        sources: [
          {
            source: 'adilet-z970000123-kz-cn-extradition',
            excerpt:
              'Қазақстан Республикасының Конституциялық Заңы 1997 жылғы 13 маусым N 123 [Constitutional Law of the Republic of Kazakhstan of 13 June 1997, No. 123]',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '1999-02-10', precision: 'day' },
        sources: [
          {
            source: 'adilet-z970000123-kz-cn-extradition',
            excerpt:
              '(1999 жылғы 10 ақпанда күшіне енді - "Дипломатия жаршысы" ж., Арнайы шығарылым N 2, 2000 жылғы қыркүйек, 83 бет) [entered into force on 10 February 1999 …]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '亞塞拜然、哈薩克、吉爾吉斯 [Azerbaijan, Kazakhstan, Kyrgyzstan]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
    note: "A garbled machine translation gives 'February 0, 1998' for entry into force; Kazakhstan's official legal database (Adilet) is followed.",
  },
  {
    id: 'cn-la',
    chinaSide: 'CN',
    counterparty: 'LA',
    title: "Extradition Treaty between the People's Republic of China and Laos",
    steps: [],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '柬埔寨、老撾、斯里蘭卡 [Cambodia, Laos, Sri Lanka]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
    note: 'No dated step was found in the sources.',
  },
  {
    id: 'cn-lk',
    chinaSide: 'CN',
    counterparty: 'LK',
    title: "Extradition Treaty between the People's Republic of China and Sri Lanka",
    steps: [
      {
        action: 'signed',
        date: { value: '2016-04-07', precision: 'day' },
        place: 'Beijing',
        sources: [
          {
            source: 'gov-cn-2019-08-26-sri-lanka-npcsc',
            excerpt:
              '十三屆全國人大常委會第十二次會議26日決定批准…2016年4月7日…在北京簽署 [the 12th session of the 13th NPCSC decided on the 26th to approve … signed in Beijing 7 Apr 2016]',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2019-08-26', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'gov-cn-2019-08-26-sri-lanka-npcsc',
            excerpt:
              '2019-08-26 17:58 來源: 新華社 … 十三屆全國人大常委會第十二次會議26日決定批准《中華人民共和國和斯裏蘭卡民主社會主義共和國引渡條約》 [26 Aug 2019, Xinhua … the 12th session of the 13th NPCSC decided on the 26th to approve the PRC–Sri Lanka Extradition Treaty]',
          },
          {
            source: 'adaderana-57330-china-ratifies-sl-treaty',
            excerpt: 'China ratified its extradition treaty with Vietnam as well as with Sri Lanka',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'disputed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '老撾、斯里蘭卡、巴基斯坦 [Laos, Sri Lanka, Pakistan]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '斯里兰卡、尼泊尔和亚美尼亚是已经与中国签署但尚未批准引渡条约的国家 [Sri Lanka, Nepal and Armenia have signed but not yet ratified extradition treaties with China]',
        note: 'January 2023; contradicts the MOJ list.',
      },
    ],
    note: "Disputed. The PRC Ministry of Justice list of September 2019 counts it as in force, but Safeguard Defenders (January 2023) lists Sri Lanka among countries that had signed without ratifying. No source gives an entry-into-force date; as with Vietnam, the MOJ list may reflect only China's approval of 26 Aug 2019.",
  },
  {
    id: 'cn-ls',
    chinaSide: 'CN',
    counterparty: 'LS',
    title: "Extradition Treaty between the People's Republic of China and Lesotho",
    steps: [],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '安哥拉、賴索托、納米比亞 [Angola, Lesotho, Namibia]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
    ],
    note: "No dated step is recorded: the only pages found that date it (signed in Beijing on 6 Nov 2003, approved by the NPC Standing Committee on 27 Oct 2004, in force on 30 Oct 2005) are copies of the treaty text on sites that are not its publisher's, and no citable source confirms the dates.",
  },
  {
    id: 'cn-lt',
    chinaSide: 'CN',
    counterparty: 'LT',
    title: "Extradition Treaty between the People's Republic of China and Lithuania",
    steps: [],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '波士尼亞與赫塞哥維納、立陶宛、羅馬尼亞 [Bosnia and Herzegovina, Lithuania, Romania]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
    note: "No dated step is recorded. The only date found, 17 June 2002, is a commercial law database's 'date promulgated' field (not a signing date), on a site that is not citable.",
  },
  {
    id: 'cn-ma',
    chinaSide: 'CN',
    counterparty: 'MA',
    title: "Extradition Treaty between the People's Republic of China and Morocco",
    steps: [
      {
        action: 'signed',
        date: { value: '2016', precision: 'year' },
        sources: [
          {
            source: 'telquel-2021-02-08-china-morocco-treaty',
            excerpt:
              'signé en 2016 et ratifié par les députés marocains en août 2017 [signed in 2016 and ratified by Moroccan MPs in Aug 2017]',
          },
        ],
        note: "Known to the year. A copy of the NPC Standing Committee's decision on a site that is not citable gives 11 May 2016 in Beijing (during King Mohammed VI's state visit); no citable source states the day.",
      },
      {
        action: 'approved',
        date: { value: '2017-08', precision: 'month' },
        by: { country: 'MA', body: 'Parliament of Morocco' },
        sources: [
          {
            source: 'telquel-2021-02-08-china-morocco-treaty',
            excerpt:
              'signé en 2016 et ratifié par les députés marocains en août 2017 [signed in 2016 and ratified by Moroccan MPs in Aug 2017]',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2021-01-22', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'telquel-2021-02-08-china-morocco-treaty',
            excerpt:
              'Le 22 janvier 2021, le Comité permanent de l’Assemblée nationale populaire … a ratifié le traité d’extradition entre le Maroc et la Chine. [On 22 January 2021 the NPC Standing Committee ratified the Morocco–China extradition treaty.]',
          },
        ],
      },
    ],
    status: 'unknown',
    statusCertainty: 'uncertain',
    statusSources: [
      {
        source: 'telquel-2021-02-08-china-morocco-treaty',
        excerpt:
          'signé en 2016 et ratifié par les députés marocains en août 2017 [signed in 2016 and ratified by Moroccan MPs in Aug 2017]',
      },
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '在非洲,除了刚批准的刚果共和国,最近批准的国家是摩洛哥,时间是2021年 [in Africa, apart from the Republic of Congo just approved, the most recent to ratify was Morocco, in 2021]',
        note: 'January 2023; gives no entry-into-force date.',
      },
    ],
    note: 'Both sides had approved the treaty by January 2021, but no source reports the exchange of instruments or entry into force, so its status in August 2021 is not settled.',
  },
  {
    id: 'cn-mn',
    chinaSide: 'CN',
    counterparty: 'MN',
    title: "Extradition Treaty between the People's Republic of China and Mongolia",
    steps: [
      {
        action: 'signed',
        date: { value: '1997-08-19', precision: 'day' },
        place: 'Ulaanbaatar',
        sources: [
          {
            source: 'legalinfo-mn-1255-mn-cn-extradition',
            excerpt:
              '1997 оны 8 дугаар сарын 19-ний өдөр Улаанбаатар хотноо ГЭМТ ЭТГЭЭДИЙГ ШИЛЖҮҮЛЭН ӨГӨХ ТУХАЙ МОНГОЛ УЛС, БҮГД НАЙРАМДАХ ХЯТАД АРД УЛС ХООРОНДЫН ГЭРЭЭ [19 August 1997, Ulaanbaatar: Treaty between Mongolia and the PRC on the extradition of offenders]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '南韓、蒙古、菲律賓 [South Korea, Mongolia, Philippines]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
    note: 'Entry-into-force date not found.',
  },
  {
    id: 'cn-mu',
    chinaSide: 'CN',
    counterparty: 'MU',
    title: "Extradition Treaty between the People's Republic of China and Mauritius",
    steps: [],
    status: 'not-ratified',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '肯尼亚、塞内加尔、津巴布韦和毛里求斯与中国已经签署了条约,但仍有待批准 [Kenya, Senegal, Zimbabwe and Mauritius have signed treaties with China that still await ratification]',
        note: 'January 2023.',
      },
    ],
    note: 'No signing date was found.',
  },
  {
    id: 'cn-mx',
    chinaSide: 'CN',
    counterparty: 'MX',
    title: "Extradition Treaty between the People's Republic of China and Mexico",
    steps: [
      {
        action: 'signed',
        date: { value: '2008-07-11', precision: 'day' },
        place: 'Beijing',
        sources: [
          {
            source: 'spanish-china-org-cn-2009-mexico-extradition',
            excerpt:
              'El acuerdo fue firmado en Beijing el 11 de julio de 2008 [the agreement was signed in Beijing on 11 Jul 2008]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '以及巴西、秘魯、墨西哥 [and Brazil, Peru, Mexico]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'spanish-china-org-cn-2009-mexico-extradition',
        excerpt: 'podrían ratificarlo en los próximos cuatro días [could ratify it within the next four days]',
        note: 'Background: February 2009, before the NPC Standing Committee vote.',
      },
    ],
    note: 'The NPC Standing Committee took the treaty up again on 25–26 Feb 2009 and was expected to ratify it within days, but the approval itself and the entry-into-force date were not found.',
  },
  {
    id: 'cn-na',
    chinaSide: 'CN',
    counterparty: 'NA',
    title: "Extradition Treaty between the People's Republic of China and Namibia",
    steps: [
      {
        action: 'signed',
        date: { value: '2005-12-19', precision: 'day', uncertain: true },
        place: 'Beijing',
        sources: [
          {
            source: 'wikisource-zh-namibia-treaty',
            excerpt:
              '2005年12月19日在北京签署 2007年4月27日…批准 2009年9月19日生效 [signed in Beijing 19 Dec 2005; approved 27 Apr 2007; in force 19 Sep 2009]',
          },
          {
            source: 'epochtimes-hk-extradition-treaty-lists',
            excerpt: '賴索托、納米比亞、南非 [Lesotho, Namibia, South Africa]',
            note: 'In force by September 2019 (PRC Ministry of Justice list); no date.',
          },
        ],
        note: WIKISOURCE_DATE,
      },
      {
        action: 'approved',
        date: { value: '2007-04-27', precision: 'day', uncertain: true },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'wikisource-zh-namibia-treaty',
            excerpt:
              '2005年12月19日在北京签署 2007年4月27日…批准 2009年9月19日生效 [signed in Beijing 19 Dec 2005; approved 27 Apr 2007; in force 19 Sep 2009]',
          },
          {
            source: 'china-org-cn-2007-04-25-angola-namibia',
            excerpt: 'began deliberating on Tuesday a bill to ratify extradition treaties with Angola and Namibia',
            note: 'The NPC Standing Committee session of late April 2007.',
          },
        ],
        note: `${WIKISOURCE_DATE} China.org.cn reports that the session of late April 2007 took up the treaty.`,
      },
      {
        action: 'entered-into-force',
        date: { value: '2009-09-19', precision: 'day', uncertain: true },
        sources: [
          {
            source: 'wikisource-zh-namibia-treaty',
            excerpt:
              '2005年12月19日在北京签署 2007年4月27日…批准 2009年9月19日生效 [signed in Beijing 19 Dec 2005; approved 27 Apr 2007; in force 19 Sep 2009]',
          },
          {
            source: 'epochtimes-hk-extradition-treaty-lists',
            excerpt: '賴索托、納米比亞、南非 [Lesotho, Namibia, South Africa]',
            note: 'In force by September 2019 (PRC Ministry of Justice list); no date.',
          },
        ],
        note: WIKISOURCE_DATE,
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '賴索托、納米比亞、南非 [Lesotho, Namibia, South Africa]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
    ],
  },
  {
    id: 'cn-pa',
    chinaSide: 'CN',
    counterparty: 'PA',
    title: "Extradition Treaty between the People's Republic of China and Panama",
    steps: [
      {
        action: 'signed',
        date: {
          value: '2018-12-03',
          precision: 'day',
          derived:
            "Panama Today (EFE), 26 February 2019, says the treaty was 'signed on December 3' during Xi Jinping's visit to Panama: the December before the report, 2018.",
        },
        sources: [
          {
            source: 'panamatoday-2019-02-26-china-extradition-treaty-parliament',
            excerpt:
              'The treaty was signed on December 3 during the historic visit to Panama of Chinese President Xi Jinping',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2024-06-28', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'people-en-2024-06-29-npcsc-10th-session-closes',
            excerpt:
              'closing meeting of the 10th session of the 14th NPC Standing Committee in Beijing, capital of China, June 28, 2024 … Lawmakers also voted to adopt … two decisions concerning the Minamata Convention on Mercury and an extradition treaty between China and Panama, respectively.',
          },
        ],
      },
    ],
    status: 'not-ratified',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '阿根廷、智利、厄瓜多尔和巴拿马已经签署但尚未批准条约 [Argentina, Chile, Ecuador and Panama have signed but not yet ratified]',
        note: 'January 2023.',
      },
      {
        source: 'people-en-2024-06-29-npcsc-10th-session-closes',
        note: "China's NPC Standing Committee approved the treaty only in June 2024.",
      },
    ],
    note: "Signed during Xi Jinping's state visit to Panama in December 2018 and sent to Panama's National Assembly in February 2019; whether and when the Assembly approved it was not found. China's NPC Standing Committee approved it on 28 Jun 2024. No exchange of instruments or entry into force was found. Added in the living edition: the August 2021 table had no record of it.",
  },
  {
    id: 'cn-pe',
    chinaSide: 'CN',
    counterparty: 'PE',
    title: "Extradition Treaty between the People's Republic of China and Peru",
    steps: [],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '以及巴西、秘魯、墨西哥 [and Brazil, Peru, Mexico]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
    note: 'No dated step was found in the sources.',
  },
  {
    id: 'cn-ph',
    chinaSide: 'CN',
    counterparty: 'PH',
    title: "Extradition Treaty between the People's Republic of China and the Philippines",
    steps: [
      {
        action: 'signed',
        date: { value: '2001-10', precision: 'month' },
        place: 'Beijing',
        sources: [
          {
            source: 'cri-japanese-china-philippines-extradition',
            excerpt:
              "2001年10月末に中国の北京で調印…2004年7月に中国全人代で承認 [signed in Beijing at the end of Oct 2001 … approved by China's NPC in Jul 2004]",
          },
        ],
        note: 'End of October 2001. A garbled source gives 30 Oct 2001.',
      },
      {
        action: 'approved',
        date: { value: '2004-07', precision: 'month', uncertain: true },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'cri-japanese-china-philippines-extradition',
            excerpt:
              "2001年10月末に中国の北京で調印…2004年7月に中国全人代で承認 [signed in Beijing at the end of Oct 2001 … approved by China's NPC in Jul 2004]",
          },
        ],
        note: "The source, of 2006, says China's NPC approved it in July 2004, but a report of 26 June 2005 says the NPC Standing Committee session opening that day would deliberate the treaty, which points to approval in mid-2005 (conflict cn-ph-npc-approval-date).",
      },
      {
        action: 'ratifications-exchanged',
        date: {
          value: '2006-02-10',
          precision: 'day',
          derived:
            "Xinhua's Manila dispatch of '2月10日' (10 February) says the ratifications were exchanged on the 10th; the Sohu copy's address dates it 11 February 2006.",
        },
        place: 'Manila',
        sources: [
          {
            source: 'sohu-2006-china-philippines-extradition',
            excerpt:
              '据新华社马尼拉2月10日电(记者范跃龙)中国驻菲律宾大使李进军10日与菲律宾外交部长罗慕洛互换了《中华人民共和国和菲律宾共和国引渡条约》批准书 [Xinhua, Manila, 10 February: Chinese Ambassador Li Jinjun and Foreign Secretary Romulo exchanged the instruments of ratification of the PRC–Philippines Extradition Treaty on the 10th]',
          },
          {
            source: 'cri-japanese-china-philippines-extradition',
            excerpt:
              '中国の李進軍フィリピン駐在大使は10日、フィリピンのロムロ外相は中国とフィリピンとの犯罪人引渡し条約の批准文書を交換しました [on the 10th Chinese Ambassador Li Jinjun and Philippine Foreign Secretary Romulo exchanged the instruments of ratification of the extradition treaty]',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: {
          value: '2006-03-12',
          precision: 'day',
          derived:
            'The 30th day after the exchange of ratifications on 10 Feb 2006, under the rule the Sohu report quotes.',
        },
        sources: [
          {
            source: 'sohu-2006-china-philippines-extradition',
            excerpt:
              '该条约自双方互换批准书之日后第30天开始生效 [the treaty enters into force on the 30th day after ratifications are exchanged]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '蒙古、菲律賓、越南 [Mongolia, Philippines, Vietnam]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
  },
  {
    id: 'cn-pk',
    chinaSide: 'CN',
    counterparty: 'PK',
    title: "Extradition Treaty between the People's Republic of China and Pakistan",
    steps: [
      {
        action: 'signed',
        date: {
          value: '2003-11-03',
          precision: 'day',
          uncertain: true,
          derived:
            "Rediff's report of 3 November 2003 says President Musharraf was in Beijing that day to sign agreements including the treaty; no report of the signing itself was found.",
        },
        sources: [
          {
            source: 'rediff-2003-11-03-musharraf-beijing',
            excerpt: 'including … a bilateral extradition treaty',
            note: 'Same-day report that President Musharraf was in Beijing to sign agreements including the treaty.',
          },
        ],
        note: 'A same-day Rediff report says the treaty was due to be signed during the Beijing visit; no source reports the signing itself.',
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '斯里蘭卡、巴基斯坦、伊朗 [Sri Lanka, Pakistan, Iran]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
    ],
    note: 'Entry-into-force date not found: January 2008 is given only by a blog that is not citable.',
  },
  {
    id: 'cn-pt',
    chinaSide: 'CN',
    counterparty: 'PT',
    title: "Extradition Treaty between the People's Republic of China and Portugal",
    steps: [
      {
        action: 'signed',
        date: { value: '2007-01-31', precision: 'day' },
        place: 'Beijing',
        sources: [
          {
            source: 'dr-pt-2009-04-30-resolucao-ar-china-extradition',
            excerpt:
              'assinado em Pequim em 31 de Janeiro de 2007 … Aprovada em 6 de Março de 2009 [signed in Beijing on 31 Jan 2007 … Approved 6 Mar 2009]',
          },
        ],
      },
      {
        action: 'approved',
        date: {
          value: '2008-10-28',
          precision: 'day',
          derived:
            "An EFE wire datelined '28 out' (28 October) says the NPC ratified the treaty 'hoje' (today) and that it was signed 'no ano passado' (last year); the treaty was signed on 31 January 2007 (Portuguese parliament's resolution), so the year is 2008.",
          uncertain: true,
        },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'dr-pt-2009-04-30-resolucao-ar-china-extradition',
            excerpt: 'assinado em Pequim em 31 de Janeiro de 2007',
            note: 'The signing date that places "last year" in 2007.',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2009-03-06', precision: 'day' },
        by: { country: 'PT', body: 'Assembleia da República' },
        sources: [
          {
            source: 'dr-pt-2009-04-30-resolucao-ar-china-extradition',
            excerpt:
              'assinado em Pequim em 31 de Janeiro de 2007 … Aprovada em 6 de Março de 2009 [signed in Beijing on 31 Jan 2007 … Approved 6 Mar 2009]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '意大利、葡萄牙、西班牙 [Italy, Portugal, Spain]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
    ],
    note: 'Entry-into-force date not found.',
  },
  {
    id: 'cn-ro',
    chinaSide: 'CN',
    counterparty: 'RO',
    title: "Extradition Treaty between the People's Republic of China and Romania",
    steps: [
      {
        action: 'signed',
        date: { value: '1996-07-01', precision: 'day' },
        sources: [
          {
            source: 'iolaw-cssn-prc-extradition-treaties',
            excerpt:
              '1996年7月1日签署的《中华人民共和国和罗马尼亚引渡条约》(1999年1月16日生效) [PRC–Romania treaty signed 1 Jul 1996 (in force 16 Jan 1999)]',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '1999-01-16', precision: 'day' },
        sources: [
          {
            source: 'iolaw-cssn-prc-extradition-treaties',
            excerpt:
              '1996年7月1日签署的《中华人民共和国和罗马尼亚引渡条约》(1999年1月16日生效) [PRC–Romania treaty signed 1 Jul 1996 (in force 16 Jan 1999)]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '立陶宛、羅馬尼亞,以及巴西 [Lithuania, Romania, plus Brazil]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
  },
  {
    id: 'cn-rs',
    chinaSide: 'CN',
    counterparty: 'RS',
    title: "Extradition Treaty between the People's Republic of China and the Republic of Serbia",
    steps: [
      {
        action: 'signed',
        date: {
          value: '2024-05-08',
          precision: 'day',
          derived:
            "RFE/RL counts the extradition agreement among the 28 agreements signed during Xi Jinping's state visit of 7–8 May; AzerNews (9 May 2024) says the 28 documents were signed on Wednesday, 8 May 2024.",
        },
        place: 'Belgrade',
        sources: [
          {
            source: 'rferl-2024-05-serbia-china-extradition-media-deals',
            excerpt:
              "an extradition agreement inked in Belgrade on Xi's May 7-8 state visit. That contract is one of 28 agreements signed between Beijing and Belgrade during the Chinese leader's trip",
          },
          {
            source: 'azernews-2024-05-09-china-serbia-28-documents',
            excerpt:
              'China and Serbia signed 28 cooperation documents on Wednesday following a meeting between visiting Chinese President Xi Jinping and his host counterpart Aleksandar Vucic',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2025-09-12', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'people-en-2025-09-13-npcsc-17th-session-closes',
            excerpt:
              'closing meeting of the 17th session of the 14th NPC Standing Committee … Sept. 12, 2025 … Lawmakers ratified an extradition treaty and a judicial assistance treaty between China and the Republic of Serbia.',
          },
        ],
      },
    ],
    status: null,
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'rferl-2024-05-serbia-china-extradition-media-deals',
        excerpt: "an extradition agreement inked in Belgrade on Xi's May 7-8 state visit",
      },
      {
        source: 'azernews-2024-05-09-china-serbia-28-documents',
        excerpt: 'China and Serbia signed 28 cooperation documents on Wednesday',
      },
    ],
    note: "Signed in Belgrade during Xi Jinping's state visit of May 2024 (RFE/RL counts 28 agreements; a later Reuters report 29). China's NPC Standing Committee approved it on 12 Sep 2025, together with a judicial assistance treaty; no ratification by Serbia's National Assembly was found by 31 Jan 2026.",
  },
  {
    id: 'cn-ru',
    chinaSide: 'CN',
    counterparty: 'RU',
    title: "Extradition Treaty between the People's Republic of China and Russia",
    steps: [
      {
        action: 'signed',
        date: { value: '1995-06-26', precision: 'day' },
        place: 'Moscow',
        sources: [
          {
            source: 'npcsc-1996-03-01-russia-extradition-decision',
            excerpt:
              '(1996年3月1日通过)…于1995年6月26日在莫斯科签署的《中华人民共和国和俄罗斯联邦引渡条约》 [adopted 1 Mar 1996 … the PRC–Russia Extradition Treaty signed in Moscow on 26 Jun 1995]',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '1996-03-01', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'npcsc-1996-03-01-russia-extradition-decision',
            excerpt:
              '(1996年3月1日通过)…于1995年6月26日在莫斯科签署的《中华人民共和国和俄罗斯联邦引渡条约》 [adopted 1 Mar 1996 … the PRC–Russia Extradition Treaty signed in Moscow on 26 Jun 1995]',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '1997-01-10', precision: 'day' },
        sources: [
          {
            source: 'iolaw-cssn-prc-extradition-treaties',
            excerpt: '(1997年1月10日生效) [(in force 10 Jan 1997)]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '西班牙、俄羅斯、白羅斯 [Spain, Russia, Belarus]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
  },
  {
    id: 'cn-sn',
    chinaSide: 'CN',
    counterparty: 'SN',
    title: "Extradition Treaty between the People's Republic of China and Senegal",
    steps: [],
    status: 'not-ratified',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '肯尼亚、塞内加尔、津巴布韦和毛里求斯与中国已经签署了条约,但仍有待批准 [Kenya, Senegal, Zimbabwe and Mauritius have signed treaties with China that still await ratification]',
        note: 'January 2023.',
      },
    ],
    note: 'No signing date was found.',
  },
  {
    id: 'cn-sr',
    chinaSide: 'CN',
    counterparty: 'SR',
    title: "Extradition Treaty between the People's Republic of China and Suriname",
    steps: [
      {
        action: 'approved',
        date: { value: '2024-12-25', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [PEOPLE_2024_12_25],
      },
    ],
    status: 'unknown',
    statusCertainty: 'uncertain',
    statusSources: [
      {
        source: 'waterkant-2019-06-12-suriname-china-draft-extradition-treaty',
        excerpt:
          'hebben in slechts twee dagen in Paramaribo gewerkt aan een concept uitleveringsverdrag voor beide landen [worked in Paramaribo, in just two days, on a draft extradition treaty for both countries]',
        note: 'June 2019: the text was still a draft.',
      },
      { ...PEOPLE_2024_12_25, note: 'December 2024: China approved the treaty.' },
    ],
    note: "No signing date was found: the two sides drafted the text in Paramaribo in June 2019, and China's NPC Standing Committee approved the treaty on 25 Dec 2024. Whether it had been signed by August 2021 is not known, so its status then is left unknown. Suriname's approval and the entry into force were not found. Added in the living edition: the August 2021 table had no record of it.",
  },
  {
    id: 'cn-th',
    chinaSide: 'CN',
    counterparty: 'TH',
    title: "Extradition Treaty between the People's Republic of China and Thailand",
    steps: [
      {
        action: 'signed',
        date: { value: '1993-08-26', precision: 'day' },
        sources: [
          {
            source: 'iolaw-cssn-prc-extradition-treaties',
            excerpt:
              '1993年8月26日签署的《中华人民共和国和泰王国引渡条约》(1999年3月7日生效) [PRC–Thailand Extradition Treaty signed 26 Aug 1993 (in force 7 Mar 1999)]',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '1999-03-07', precision: 'day' },
        sources: [
          {
            source: 'iolaw-cssn-prc-extradition-treaties',
            excerpt:
              '1993年8月26日签署的《中华人民共和国和泰王国引渡条约》(1999年3月7日生效) [PRC–Thailand Extradition Treaty signed 26 Aug 1993 (in force 7 Mar 1999)]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '越南、泰國、印尼 [Vietnam, Thailand, Indonesia]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
  },
  {
    id: 'cn-tj',
    chinaSide: 'CN',
    counterparty: 'TJ',
    title: "Extradition Treaty between the People's Republic of China and Tajikistan",
    steps: [],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '吉爾吉斯、塔吉克、烏茲別克 [Kyrgyzstan, Tajikistan, Uzbekistan]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'silkroadnews-tajikistan-ratified-extradition',
        excerpt: 'Tajikistan ratified the agreement "On extradition" with China',
        note: 'Reported 29 Jan 2015.',
      },
    ],
    note: "Tajikistan's parliament had ratified the treaty by late January 2015 (reported 29 Jan 2015); the signing, approval and entry-into-force dates were not found.",
  },
  {
    id: 'cn-tn',
    chinaSide: 'CN',
    counterparty: 'TN',
    title: "Extradition Treaty between the People's Republic of China and Tunisia",
    steps: [],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '阿爾及利亞、突尼西亞 [Algeria, Tunisia]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
    note: 'No dated step was found in the sources.',
  },
  {
    id: 'cn-tr',
    chinaSide: 'CN',
    counterparty: 'TR',
    title: "Extradition Treaty between the People's Republic of China and Turkey",
    steps: [
      {
        action: 'signed',
        date: { value: '2017-05-13', precision: 'day' },
        place: 'Beijing',
        sources: [
          {
            source: 'urap-turkish-parliament-china-extradition',
            excerpt: "signed by Bekir Bozdag … and China's Foreign Minister Wang Yi in Beijing on May 13, 2017",
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2020-12-26', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'albawaba-erdogan-china-extradition-treaty',
            excerpt:
              'The treaty was ratified by the Standing Committee of Chinese People’s Congress on 26 December 2020.',
          },
          { source: 'breitbart-china-ratifies-turkey-treaty', note: "Reports China's ratification." },
        ],
      },
    ],
    status: 'not-ratified',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'breitbart-china-ratifies-turkey-treaty',
        excerpt: 'the Turkish parliament has yet to ratify it',
        note: 'December 2020.',
      },
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt: '土耳其和希腊尚未批准 [Turkey and Greece have not yet ratified]',
        note: 'January 2023.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: 'This 2015 list names Turkey among treaty partners although the treaty was only signed in 2017; it is wrong on this point.',
      },
    ],
    note: "Turkey's parliament had not ratified the treaty. An older (2015) Supreme People's Court list names Turkey among China's treaty partners, which cannot be right for a treaty signed in 2017.",
  },
  {
    id: 'cn-ua',
    chinaSide: 'CN',
    counterparty: 'UA',
    title: "Extradition Treaty between the People's Republic of China and Ukraine",
    steps: [
      {
        action: 'signed',
        date: { value: '1998-12-10', precision: 'day' },
        place: 'Beijing',
        sources: [
          {
            source: 'npcsc-1999-06-28-ukraine-extradition-decision',
            excerpt:
              '(1999年6月28日通過)…批準1998年12月10日外交部部長唐家璇代表中華人民共和國在北京簽署的《中華人民共和國和烏克蘭引渡條約》 [adopted 28 Jun 1999 … approves the PRC–Ukraine Extradition Treaty signed in Beijing on 10 Dec 1998 by FM Tang Jiaxuan]',
          },
        ],
        note: 'Signed for China by Foreign Minister Tang Jiaxuan.',
      },
      {
        action: 'approved',
        date: { value: '1999-06-28', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'npcsc-1999-06-28-ukraine-extradition-decision',
            excerpt:
              '(1999年6月28日通過)…批準1998年12月10日外交部部長唐家璇代表中華人民共和國在北京簽署的《中華人民共和國和烏克蘭引渡條約》 [adopted 28 Jun 1999 … approves the PRC–Ukraine Extradition Treaty signed in Beijing on 10 Dec 1998 by FM Tang Jiaxuan]',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '2000-07', precision: 'month' },
        sources: [
          {
            source: 'liga-2006-07-10-ukraine-hk-extradition-talks',
            excerpt:
              'в июле 2000 года вступил в силу Договор между Украиной и КНР об экстрадиции [the Treaty between Ukraine and the PRC on extradition entered into force in July 2000]',
            note: "Ukraine's deputy justice minister, as reported by LIGA in 2006.",
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '白羅斯、烏克蘭、保加利亞 [Belarus, Ukraine, Bulgaria]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
    note: "In force from July 2000, as Ukraine's Ministry of Justice said in 2006; a garbled machine translation reads 'July 2000 13', so the day is not recorded.",
  },
  {
    id: 'cn-uy',
    chinaSide: 'CN',
    counterparty: 'UY',
    title: "Extradition Treaty between the People's Republic of China and Uruguay",
    steps: [
      {
        action: 'signed',
        date: { value: '2019-04-29', precision: 'day' },
        place: 'Beijing',
        sources: [
          {
            source: 'ladiaria-2019-11-uruguay-china-extradition',
            excerpt: 'suscrito en Pekín el 29 de abril de 2019 [signed in Beijing on 29 Apr 2019]',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2021-10-12', precision: 'day' },
        by: { country: 'UY', body: 'Parliament of Uruguay (vote of the Chamber of Representatives)' },
        sources: [
          {
            source: 'elpais-uy-china-extradition-approved',
            excerpt:
              'Es el caso del tratado de extradición entre Uruguay y China, aprobado el pasado 12 de octubre en el Parlamento. [the extradition treaty between Uruguay and China, approved last 12 October in Parliament]',
            note: 'Gives the day without the year; the other report gives 2021.',
          },
          {
            source: 'fundacionandresbello-2021-10-uruguay-approves-china-extradition',
            excerpt:
              "October 12 marked the approval in the Uruguayan House of Representatives of the treaty between the People's Republic of China and the Oriental Republic of Uruguay on Extradition … Parlamento del Uruguay. (2021). Se aprobó Tratado de Extradición entre Uruguay y China",
            note: "A think tank's summary of the Parliament's 2021 release.",
          },
        ],
        note: "The law's number and promulgation were not found.",
      },
      NPCSC_2022_12_30,
    ],
    status: 'not-ratified',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '2022年12月30日…批准与四个国家的引渡条约。这些国家是刚果共和国、肯尼亚、乌拉圭和亚美尼亚 [on 30 Dec 2022 … approved extradition treaties with four countries: Rep. of Congo, Kenya, Uruguay and Armenia]',
        note: "China's approval came only in December 2022, after this edition.",
      },
      {
        source: 'elpais-uy-china-extradition-approved',
        excerpt: 'aprobado el pasado 12 de octubre en el Parlamento [approved last 12 Oct in Parliament]',
        note: "Uruguay's parliament approved it on 12 Oct 2021, after this edition.",
      },
    ],
    note: "Both approvals came after this edition: Uruguay's parliament on 12 Oct 2021 and China's NPC Standing Committee on 30 Dec 2022. Safeguard Defenders (25 Jan 2023) says that with both approvals the treaty was in force; no exchange of instruments or entry-into-force date was found, so no entry into force is recorded.",
  },
  {
    id: 'cn-uz',
    chinaSide: 'CN',
    counterparty: 'UZ',
    title: "Extradition Treaty between the People's Republic of China and Uzbekistan",
    steps: [],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '塔吉克、烏茲別克、阿爾及利亞 [Tajikistan, Uzbekistan, Algeria]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
    note: "No dated step is recorded: the only dates found (8 Nov 1999, a law database's 'date issued', and 29 Sep 2000, from a garbled machine-translated thesis) are on sites that are not citable.",
  },
  {
    id: 'cn-vn',
    chinaSide: 'CN',
    counterparty: 'VN',
    title: "Extradition Treaty between the People's Republic of China and Vietnam",
    steps: [
      {
        action: 'signed',
        date: { value: '2015-04-07', precision: 'day' },
        place: 'Beijing',
        sources: [
          {
            source: 'voatiengviet-china-ratifies-vietnam-treaty',
            excerpt:
              'hai quốc gia cộng sản láng giềng đã ký hiệp định này vào ngày 7/4/2015 tại Bắc Kinh [the two neighbouring communist countries signed it on 7 April 2015 in Beijing]',
          },
          {
            source: 'vn-mofa-tb-03-2020-lpqt-china-extradition',
            excerpt:
              'ký tại Bắc Kinh ngày 07 tháng 4 năm 2015, có hiệu lực từ ngày 12 tháng 12 năm 2019 [signed at Beijing 7 Apr 2015, in force from 12 Dec 2019]',
          },
        ],
      },
      {
        action: 'approved',
        date: {
          value: '2019-08-26',
          precision: 'day',
          derived:
            "VOA Vietnamese (September 2019) gives the decision as 'hôm 26/8' (on 26 August) without the year; Ada Derana (27 August 2019) says the Vietnam treaty was ratified at the same session as the Sri Lanka treaty, whose approval Xinhua dates 26 August 2019.",
        },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [
          {
            source: 'voatiengviet-china-ratifies-vietnam-treaty',
            excerpt: 'quyết định hôm 26/8 [decided on 26 Aug]',
          },
          {
            source: 'adaderana-57330-china-ratifies-sl-treaty',
            excerpt: 'China ratified its extradition treaty with Vietnam as well as with Sri Lanka',
          },
          {
            source: 'gov-cn-2019-08-26-sri-lanka-npcsc',
            excerpt:
              '2019-08-26 17:58 來源: 新華社 … 十三屆全國人大常委會第十二次會議26日決定批准《中華人民共和國和斯裏蘭卡民主社會主義共和國引渡條約》 [26 Aug 2019, Xinhua … the 12th session of the 13th NPCSC decided on the 26th to approve the PRC–Sri Lanka Extradition Treaty]',
            note: 'The Sri Lanka treaty, approved at the same session.',
          },
        ],
      },
      {
        action: 'entered-into-force',
        date: { value: '2019-12-12', precision: 'day' },
        sources: [
          {
            source: 'vn-mofa-tb-03-2020-lpqt-china-extradition',
            excerpt:
              'ký tại Bắc Kinh ngày 07 tháng 4 năm 2015, có hiệu lực từ ngày 12 tháng 12 năm 2019 [signed at Beijing 7 Apr 2015, in force from 12 Dec 2019]',
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '菲律賓、越南、泰國 [Philippines, Vietnam, Thailand]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'vn-mofa-tb-03-2020-lpqt-china-extradition',
        excerpt:
          'ký tại Bắc Kinh ngày 07 tháng 4 năm 2015, có hiệu lực từ ngày 12 tháng 12 năm 2019 [signed at Beijing 7 Apr 2015, in force from 12 Dec 2019]',
      },
    ],
    note: "The Ministry of Justice list dated September 2019 already counts Vietnam as in force, three months before the entry into force of 12 Dec 2019 given by Vietnam's foreign ministry; the list seems to count China's approval of 26 Aug 2019, or was updated later.",
  },
  {
    id: 'cn-za',
    chinaSide: 'CN',
    counterparty: 'ZA',
    title: "Extradition Treaty between the People's Republic of China and South Africa",
    steps: [
      {
        action: 'entered-into-force',
        date: { value: '2004', precision: 'year' },
        sources: [
          {
            source: 'dailymaverick-sa-hk-prc-extradition',
            excerpt: "a separate extradition treaty with the People's Republic of China, which came into force in 2004",
          },
        ],
      },
    ],
    status: 'in-force',
    statusCertainty: 'confirmed',
    statusSources: [
      {
        source: 'epochtimes-hk-extradition-treaty-lists',
        excerpt: '納米比亞、南非 [Namibia, South Africa]',
        note: 'PRC Ministry of Justice list of treaties in force as of September 2019, as reported by Epoch Times Hong Kong.',
      },
      {
        source: 'chinadaily-spc-2015-extradition-list',
        note: "A 2015 Supreme People's Court list of 20 treaty partners also names it.",
      },
    ],
    note: 'Signing date not found; entry into force is known only to the year.',
  },
  {
    id: 'cn-zw',
    chinaSide: 'CN',
    counterparty: 'ZW',
    title: "Extradition Treaty between the People's Republic of China and Zimbabwe",
    steps: [
      {
        action: 'signed',
        date: { value: '2018-09-05', precision: 'day' },
        sources: [
          {
            source: 'pindula-2022-12-26-zimbabwe-china-treaty',
            excerpt: 'Zimbabwe and China first signed the treaty on 5 September 2018.',
          },
        ],
      },
      {
        action: 'approved',
        date: { value: '2022-12-23', precision: 'day' },
        by: {
          country: 'ZW',
          body: 'Minister of Home Affairs and Cultural Heritage (Statutory Instrument 214 of 2022, re-gazetting the treaty)',
        },
        sources: [
          {
            source: 'shine-2022-12-25-zimbabwe-china-renew-extradition',
            excerpt:
              'Zimbabwe and China have renewed their extradition treaty with effect from Dec. 23, 2022, Home Affairs and Cultural Heritage Minister Kazembe Kazembe has said.',
          },
          {
            source: 'pindula-2022-12-26-zimbabwe-china-treaty',
            excerpt:
              'According to Statutory Instrument 214 of 2022, Extradition Treaty with the People’s Republic of China, 2022, gazetted on 23 December, Kazembe repealed the original gazetting but replaced it with the identical renewed version.',
          },
        ],
        note: "Zimbabwe's second publication of the treaty, which under its Extradition Act gives the treaty force in Zimbabwean law; it replaced the first gazetting of July 2021 (conflict cn-zw-status). Not an entry into force between the two states.",
      },
      {
        action: 'approved',
        date: { value: '2024-12-25', precision: 'day' },
        by: { country: 'CN', body: 'NPC Standing Committee' },
        sources: [PEOPLE_2024_12_25],
      },
    ],
    status: 'not-ratified',
    statusCertainty: 'uncertain',
    statusSources: [
      {
        source: 'safeguarddefenders-2023-01-extradition-treaties',
        excerpt:
          '肯尼亚、塞内加尔、津巴布韦和毛里求斯与中国已经签署了条约,但仍有待批准 [Kenya, Senegal, Zimbabwe and Mauritius have signed treaties with China that still await ratification]',
        note: 'January 2023: no ratification by China or exchange of instruments.',
      },
      {
        source: 'herald-zw-2021-07-china-zim-extradition-treaty-in-force',
        excerpt:
          'The extradition treaty between Zimbabwe and China came into force last Friday, with the publishing and gazetting of the text',
        note: 'July 2021: Zimbabwe gazetted the treaty (conflict cn-zw-status).',
      },
      {
        source: 'shine-2022-12-25-zimbabwe-china-renew-extradition',
        excerpt: 'Zimbabwe and China have renewed their extradition treaty with effect from Dec. 23, 2022',
        note: 'After this edition.',
      },
      { ...PEOPLE_2024_12_25, note: "China's NPC Standing Committee approved the treaty only in December 2024." },
    ],
    note: "Not ratified by China as far as any source shows: Safeguard Defenders still listed it as awaiting ratification in January 2023. Zimbabwe, however, gazetted the treaty in July 2021 and its press reported it 'in force' from then, before this edition; it re-gazetted it in December 2022 as a 'renewal'. The status is therefore marked uncertain (conflict cn-zw-status). China's NPC Standing Committee approved the treaty only on 25 Dec 2024, which bears out that China had not ratified it in August 2021; no exchange of instruments or entry into force was found.",
  },
];
