import type { Conflict } from '../../schemas/conflicts.js';

/** The Cantonese Wikipedia list of Hong Kong's surrender agreements: its row for Finland. */
const LIST_FI = {
  source: 'wikipedia-zh-yue-hk-sfo-agreements-list',
  excerpt: '芬蘭 2005年5月20號 2013年8月15號',
} as const;

/**
 * Where sources disagree on a date of a treaty step. The treaty record keeps the answer (taken from sources
 * other than the tracker, whose map gives no dates); the other reading is kept here.
 */
export const treatyConflicts: Conflict[] = [
  {
    id: 'hk-fi-entry-into-force-day',
    table: 'treaties',
    record: 'hk-fi',
    field: 'steps.3.date',
    country: 'FI',
    answer: {
      basis: 'external',
      value: "30 August 2013, the day Finland's decree bringing the agreement into force gives.",
      sources: [
        {
          source: 'finlex-sk-646-2013-hk-agreement-decree',
          excerpt:
            'Hongkongissa 20 päivänä toukokuuta 2005 tehty sopimus tulee voimaan 30 päivänä elokuuta 2013 niin kuin siitä on sovittu. [The agreement done at Hong Kong on 20 May 2005 enters into force on 30 August 2013, as agreed.]',
          note: "Finland's decree 646/2013 in its Treaty Series.",
        },
        {
          source: 'eduskunta-lavm-5-2013-hk-agreement',
          excerpt:
            'Sopimus tulee voimaan 30 päivän kuluttua siitä päivästä, jona sopimuspuolet ovat kirjallisesti ilmoittaneet toisilleen [The agreement enters into force 30 days after the day the parties have notified each other in writing]',
        },
      ],
    },
    other: {
      value:
        "15 August 2013 (the Cantonese Wikipedia list), the day Hong Kong's implementing order, the Fugitive Offenders (Finland) Order, commenced.",
      sources: [
        { ...LIST_FI, note: 'Its in-force column for Finland gives the commencement of the Hong Kong order.' },
        {
          source: 'hk-cap-503w-fugitive-offenders-finland-order',
          excerpt: 'Fugitive Offenders (Finland) Order … [15 August 2013] L.N. 140 of 2013',
          note: "Commencement of Hong Kong's implementing order.",
        },
      ],
    },
    note: "Probably no true disagreement: 15 August is when Hong Kong's order took effect, which the Wikipedia list gives as the entry into force, and 30 August the agreement's own entry into force under its 30-day rule, which Finland's decree states. The record follows the decree; until December 2026 it kept only the month (August 2013).",
  },
  {
    id: 'hk-ie-suspension-day',
    table: 'treaties',
    record: 'hk-ie',
    field: 'steps.4.date',
    country: 'IE',
    answer: {
      basis: 'external',
      value: '13 October 2020: the Government agreed to suspend the agreement.',
      sources: [
        {
          source: 'oireachtas-2020-12-15-pq-297-hong-kong',
          excerpt:
            "Conclusions on Hong Kong on 28 July 2020 … the Government agreed on 13 October to suspend Ireland's Extradition Agreement",
        },
        {
          source: 'independent-ie-ireland-suspends-hk-treaty',
          excerpt: "the Government on 13 October agreed to suspend Ireland's Extradition Agreement with Hong Kong",
        },
      ],
    },
    other: {
      value: '15 October 2020: the Department of Foreign Affairs suspended the agreement.',
      sources: [
        {
          source: 'oireachtas-2025-03-04-pq-183-hong-kong-agreement',
          excerpt: 'which entered into force on 14 January 2009, was suspended by his Department on 15 October 2020',
          note: "A deputy's written question of 2025, not the Minister's answer.",
        },
      ],
    },
    note: "Probably two stages rather than a true disagreement: the Government's decision on the 13th and its implementation by the Department on the 15th. The 15th is stated only in a deputy's question; the Minister's own answers give the decision of the 13th, which the record keeps.",
  },
  {
    id: 'cn-kr-entry-into-force-day',
    table: 'treaties',
    record: 'cn-kr',
    field: 'steps.2.date',
    country: 'KR',
    answer: {
      basis: 'external',
      value: '12 April 2002, the ratifications having been exchanged in Beijing on 13 March 2002.',
      sources: [
        {
          source: 'hankyung-2002-03-12-korea-china-extradition',
          excerpt:
            '한국과 중국간 범죄인 인도조약이 내달 12일부터 공식 발효된다. 이를위해 양국은 13일 베이징에서 … 조약 비준서교환식을 가질 예정이라고 외교통상부가 12일 밝혔다. [The Korea–China extradition treaty formally takes effect from the 12th of next month; the two countries will exchange ratifications in Beijing on the 13th, the foreign ministry said on the 12th.]',
        },
        {
          source: 'donga-2002-03-13-korea-china-ratifications',
          excerpt:
            '법무부는 13일 중국 베이징(北京)에서 양국 당국자가 범죄인 인도조약 비준서를 교환했다고 밝혔다. 조약은 비준서를 교환한 날로부터 30일 후 발효된다. [Exchanged in Beijing on the 13th; in force 30 days after the exchange.]',
        },
      ],
    },
    other: {
      value: '11 April 2002, the ratifications having been exchanged in Beijing on 12 March 2002.',
      sources: [
        {
          source: 'sedaily-2002-03-korea-china-extradition',
          excerpt:
            '한ㆍ중 양국간 범죄인 인도조약이 다음달 11일부터 공식 발효된다. … 외교부는 12일 베이징에서 … 비준서 교환식을 가졌다고 이날 밝혔다. [The Korea–China extradition treaty formally takes effect from the 11th of next month … the foreign ministry said the ratifications were exchanged in Beijing on the 12th.]',
        },
      ],
    },
    note: "The reports differ on the day the ratifications were exchanged (the 12th or the 13th of March 2002), which under the treaty's 30-day rule moves the entry into force between 11 and 12 April. Two of the three, including the foreign ministry's own announcement of 12 March that the exchange would take place on the 13th, point to 13 March and 12 April; the Seoul Economic Daily's reading looks like a one-day slip. None is an official text; the Korean or the PRC treaty database would settle it.",
  },
  {
    id: 'cn-ph-npc-approval-date',
    table: 'treaties',
    record: 'cn-ph',
    field: 'steps.1.date',
    country: 'PH',
    answer: {
      basis: 'external',
      value: "China's NPC approved the treaty in July 2004.",
      sources: [
        {
          source: 'cri-japanese-china-philippines-extradition',
          excerpt:
            "2001年10月末に中国の北京で調印…2004年7月に中国全人代で承認 [signed in Beijing at the end of Oct 2001 … approved by China's NPC in Jul 2004]",
          note: 'A report of February 2006.',
        },
      ],
    },
    other: {
      value:
        'The NPC Standing Committee session that opened on 26 June 2005 was to deliberate the treaty, which points to approval in mid-2005.',
      sources: [
        {
          source: 'cri-japanese-2005-06-26-china-philippines-extradition',
          excerpt:
            '26日開かれた中国全国人民代表大会常務委員会会議は、「中国フィリピンの犯罪者引渡し条約」を審議することになります。 [The NPC Standing Committee meeting opened on the 26th will deliberate the China–Philippines extradition treaty.]',
        },
      ],
    },
    note: 'A treaty approved in July 2004 would not have been put before the Standing Committee again in June 2005, so one of the two reports of the same broadcaster is wrong. The NPC Standing Committee decision approving the treaty would settle it; until then the record keeps July 2004, marked uncertain.',
  },
  {
    id: 'hk-us-suspension-notice-day',
    table: 'treaties',
    record: 'hk-us',
    field: 'steps.2.date',
    country: 'US',
    answer: {
      basis: 'external',
      value: '19 August 2020: the United States notified the Hong Kong authorities of the suspension.',
      sources: [
        {
          source: 'usembassy-china-2020-08-19-suspension-three-agreements-hk',
          excerpt:
            'we notified the Hong Kong authorities on August 19 of our suspension or termination of three bilateral agreements',
        },
      ],
    },
    other: {
      value: "18 August 2020: the day the HKSAR Government says it received the US Consulate General's notice.",
      sources: [
        {
          source: 'info-gov-hk-2020-08-20-us-agreements-suspended',
          excerpt: 'received notice from the Consulate General … on August 18 on the suspension',
          note: 'Hong Kong government statement of 20 August 2020, read on a republication.',
        },
      ],
    },
    note: "A notice delivered in Hong Kong on the 18th cannot be explained by the time difference with Washington, which runs the other way. The record keeps the State Department's own statement; the Hong Kong statement was read only on a site that republishes it.",
  },
  {
    id: 'cn-zw-status',
    table: 'treaties',
    record: 'cn-zw',
    field: 'status',
    country: 'ZW',
    answer: {
      basis: 'external',
      value: 'Not ratified in August 2021: no ratification by China or exchange of instruments is reported.',
      sources: [
        {
          source: 'safeguarddefenders-2023-01-extradition-treaties',
          excerpt:
            '肯尼亚、塞内加尔、津巴布韦和毛里求斯与中国已经签署了条约,但仍有待批准 [Kenya, Senegal, Zimbabwe and Mauritius have signed treaties with China that still await ratification]',
          note: 'January 2023.',
        },
        {
          source: 'people-en-2024-12-26-npcsc-13th-session-closes',
          excerpt: 'Lawmakers ratified an extradition treaty between China and Zimbabwe',
          note: "25 December 2024: China's own approval came only then.",
        },
      ],
    },
    other: {
      value:
        "In force for Zimbabwe from its gazetting in July 2021, before this edition; re-gazetted as a 'renewal' in December 2022.",
      sources: [
        {
          source: 'herald-zw-2021-07-china-zim-extradition-treaty-in-force',
          excerpt:
            'The extradition treaty between Zimbabwe and China came into force last Friday, with the publishing and gazetting of the text',
          note: 'The Herald, July 2021 (read on reposts; the exact day was not found).',
        },
        {
          source: 'shine-2022-12-25-zimbabwe-china-renew-extradition',
          excerpt: 'Zimbabwe and China have renewed their extradition treaty with effect from Dec. 23, 2022',
        },
      ],
    },
    note: "Zimbabwe treated the treaty as in force once it had published and gazetted it, but a treaty that China had not ratified could not be in force between the two states; Safeguard Defenders still counted it as awaiting ratification in January 2023. The record keeps 'not ratified' and marks it uncertain. Until December 2026 the record dated the Herald's 'came into force last Friday' report to December 2022; a repost dated July 2021 shows it is the earlier gazetting. China's NPC Standing Committee approved the treaty only on 25 December 2024, which bears out the record's reading for China's side.",
  },
  {
    id: 'cn-gr-signing-year',
    table: 'treaties',
    record: 'cn-gr',
    field: 'steps.0.date',
    country: 'GR',
    answer: {
      basis: 'external',
      value: "11 November 2019, during Xi Jinping's state visit to Athens.",
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
    },
    other: {
      value: 'Signed in 2020.',
      sources: [
        {
          source: 'safeguarddefenders-2023-01-extradition-treaties',
          excerpt:
            '希腊是欧洲最近(2020年)签署引渡条约的国家 [Greece, in 2020, is the latest European country to sign an extradition treaty]',
          note: 'January 2023.',
        },
      ],
    },
    note: 'Two contemporary reports of the Athens visit name the extradition treaty among the agreements signed there on 11 November 2019; Safeguard Defenders, writing three years later, gives 2020, perhaps by mistake or for a later step. The record follows the contemporary reports.',
  },
  {
    id: 'cn-gd-signing-year',
    table: 'treaties',
    record: 'cn-gd',
    field: 'steps.0.date',
    country: 'GD',
    answer: {
      basis: 'external',
      value: "2016, the year Grenada's Parliament gave for the signature when it passed the bill in 2018.",
      sources: [
        {
          source: 'thenewtoday-gd-2018-09-24-extradition-treaty-bill',
          excerpt: 'an Extradition Treaty signed in 2016 between the Governments of Mainland China and Grenada',
        },
      ],
    },
    other: {
      value:
        'August 2014: a signing ceremony for the extradition and legal assistance treaties at the end of negotiations.',
      sources: [
        {
          source: 'thenewtoday-gd-2014-08-14-grenada-china-treaties',
          excerpt:
            'the countries have signed two treaties aimed at the enhancement of their Criminal Justice Systems … which cover Extradition and Mutual Legal Assistance',
        },
      ],
    },
    note: 'The 2014 ceremony closed a day and a half of negotiations and was probably the initialling of the agreed texts rather than the signature; the 2018 report, on the bill giving the treaty effect, gives 2016. No official text dates the signature.',
  },
];
