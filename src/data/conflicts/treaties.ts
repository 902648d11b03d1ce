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
    field: 'steps.1.date',
    country: 'FI',
    answer: {
      basis: 'external',
      value: 'In force in August 2013; the record keeps the month, on which every source agrees.',
      sources: [
        {
          source: 'ecns-2020-10-24-hk-suspends-finland-sfo',
          excerpt:
            'The HKSAR signed the SFO agreement with Finland in May 2005. The agreement entered into force in August 2013.',
        },
      ],
    },
    other: {
      value:
        "On a given day: 15 August 2013 (the Cantonese Wikipedia list, which gives the day Hong Kong's implementing order commenced) or 30 August 2013 (Finland's Treaty Series).",
      sources: [
        { ...LIST_FI, note: 'Its in-force column for Finland gives the commencement of the Hong Kong order.' },
        {
          source: 'lawhero-cap-503w-finland-order',
          excerpt: 'Fugitive Offenders (Finland) Order … [15 August 2013] L.N. 140 of 2013',
          note: "Commencement of Hong Kong's implementing order.",
        },
        {
          source: 'docplayer-fi-sopimussarja-646-2013-hk-agreement',
          excerpt:
            'Hongkongissa 20 päivänä toukokuuta 2005 tehty sopimus tulee voimaan 30 päivänä elokuuta 2013 niin kuin siitä on sovittu. [The agreement done at Hong Kong on 20 May 2005 enters into force on 30 August 2013, as agreed.]',
          note: "Finland's decree 646/2013 bringing the agreement into force.",
        },
      ],
    },
    note: "Finland's decree, its official promulgation of the agreement, is the better evidence for the agreement's own entry into force (30 August); 15 August is when Hong Kong's order took effect, which the Wikipedia list gives as the entry into force. The record keeps August 2013 until an official Hong Kong text or a treaty series settles the day.",
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
          source: 'kildarestreet-2025-03-04-ireland-hk-agreement',
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
    field: 'steps.1.date',
    country: 'KR',
    answer: {
      basis: 'external',
      value: '12 April 2002, the ratifications to be exchanged in Beijing on 13 March 2002.',
      sources: [
        {
          source: 'hankyung-2002-03-12-korea-china-extradition',
          excerpt:
            '한국과 중국간 범죄인 인도조약이 내달 12일부터 공식 발효된다. 이를위해 양국은 13일 베이징에서 … 조약 비준서교환식을 가질 예정이라고 외교통상부가 12일 밝혔다. [The Korea–China extradition treaty formally takes effect from the 12th of next month; the two countries will exchange ratifications in Beijing on the 13th, the foreign ministry said on the 12th.]',
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
    note: "The two reports differ on the day the ratifications were exchanged (the 12th or the 13th of March 2002), which under the treaty's 30-day rule moves the entry into force between 11 and 12 April. Neither is an official text; the Korean or the PRC treaty database would settle it. The record keeps the Korea Economic Daily's day.",
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
];
