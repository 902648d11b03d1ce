import type { Conflict } from '../../schemas/conflicts.js';
import { TRACKER_SOURCE_ID } from '../sources/tracker.js';

const T = TRACKER_SOURCE_ID;

/** Where the tracker's dating of an event or watch-item differs from other sources. */
export const eventConflicts: Conflict[] = [
  {
    id: 'nato-embassy-bombing-day',
    table: 'events',
    record: 'nato-bombing-chinese-embassy-belgrade',
    field: 'date',
    answer: {
      basis: 'external',
      value: '7 May 1999.',
      sources: [
        {
          source: 'metroradio-2025-05-08-belgrade-embassy-anniversary',
          excerpt:
            'She described the May 7, 1999, bombing on the Chinese Embassy as a crime committed against China and its people',
        },
      ],
    },
    other: {
      value: '8 May 1999: the contemporary AP report has NATO pound Belgrade "early Saturday", which was 8 May.',
      sources: [
        {
          source: 'apnews-1999-05-08-nato-hits-china-embassy',
          excerpt: 'The Chinese Embassy was set ablaze after NATO warplanes pounded Belgrade early Saturday',
        },
      ],
    },
    note: "The strike came around midnight in Belgrade, late on 7 May local time, when it was already the morning of 8 May in Beijing; Chinese accounts often give 8 May. The record keeps 7 May, the day most reports give in Belgrade's time.",
  },
  {
    id: 'didi-review-timing',
    table: 'events',
    record: 'didi-cybersecurity-review',
    field: 'trackerDateText',
    answer: {
      basis: 'tracker',
      value: "The review came three days after Didi's US IPO.",
      sources: [{ source: T, section: 'economic-and-tech-security' }],
    },
    other: {
      value: 'Didi listed on 30 June 2021 and the review was announced on 2 July 2021, two days later.',
      sources: [
        {
          source: 'washingtonpost-2021-07-06-didi-quicktake',
          excerpt:
            'Two days after the IPO, the Cyberspace Administration of China said it was starting a cybersecurity review',
        },
        {
          source: 'reuters-2021-07-02-cac-didi-investigation',
          excerpt:
            "BEIJING, July 2 (Reuters) - China's cyberspace administration said on Friday it has launched a new investigation into ride-hailing giant Didi",
        },
        {
          source: 'foxbusiness-2021-06-30-didi-ipo',
          excerpt:
            'Wednesday’s U.S. IPO raised $4.4 billion and valued the company at $73 billion on a fully diluted basis.',
          note: 'Published on Wednesday 30 June 2021.',
        },
      ],
    },
    note: "A one-day gap: counting both the listing day and the announcement day would give three days, so the tracker may simply count inclusively. The record keeps the tracker's wording and gives 2 July 2021 as the date.",
  },
  {
    id: 'tutoring-rules-date',
    table: 'events',
    record: 'double-reduction-tutoring-rules',
    field: 'trackerDate',
    answer: {
      basis: 'tracker',
      value: 'The document was published on July 20 (2021).',
      sources: [{ source: T, section: 'economic-and-tech-security' }],
    },
    other: {
      value: 'Made public on 2021-07-24.',
      sources: [
        {
          source: 'huacheng-2021-07-26-chinadaily-double-reduction',
          excerpt: 'The guideline, jointly issued by the general offices … was released on July 24.',
        },
        {
          source: 'chuzhou-daily-2022-08-08-double-reduction-anniversary',
          excerpt:
            '去年7月24日,中共中央办公厅、国务院办公厅发布 [On 24 July last year the general offices of the CPC Central Committee and the State Council released it]',
        },
      ],
    },
    note: 'No source found confirms July 20. That is the day the birth-policy decision (reported in the same tracker) was released, which may explain a mix-up. An issuance on 19 July, given until December 2026 from a single page on a site that is not citable, has been dropped: no citable source supports it.',
  },
  {
    id: 'eu-indo-pacific-strategy-date',
    table: 'watchItems',
    record: 'eu-indo-pacific-strategy',
    field: 'window',
    answer: {
      basis: 'tracker',
      value: 'Release of the EU Indo-Pacific strategy expected on September 14 (2021).',
      sources: [{ source: T, section: 'looking-forward' }],
    },
    other: {
      value: 'The strategy was published as JOIN(2021) 24 on 16 September 2021.',
      sources: [{ source: 'eurlex-2021-09-16-join-2021-24', excerpt: 'Brussels, 16.9.2021 JOIN(2021) 24 final' }],
    },
    note: "The tracker gave a planned date; the strategy appeared two days later. Both dates are kept: the window is the tracker's, the outcome date is the publication.",
  },
  {
    id: 'arc21-end-date',
    table: 'events',
    record: 'arc21-multinational-naval-exercise',
    field: 'date.end',
    answer: {
      basis: 'external',
      value:
        "The exercise ran from 11 to 17 May 2021, as Japan's Ministry of Defense gives it (the record keeps May 2021: no excerpt gives the last day with its year).",
      sources: [
        {
          source: 'modjp-arc21-exercise',
          excerpt:
            'From May 11 to 17, JMSDF conducted “ARC21”, multilateral exercise with French, U.S. and Australian Navy',
        },
        {
          source: 'jmsdf-sf-arc21-completed',
          excerpt:
            'From May 11-17, units of the Japan Ground, Maritime, Air Self-Defense Forces conducted the multi-lateral training event, “ARC 21”',
        },
      ],
    },
    other: {
      value: "The exercise, which US forces call Jeanne d'Arc 21, ran in Japan from 11 to 16 May 2021.",
      sources: [
        {
          source: 'dvids-arc21-jeanne-darc-21',
          excerpt: 'will execute multilateral exercise Jeanne D’Arc 21 in Japan, May 11-16, 2021.',
        },
      ],
    },
    note: 'Perhaps two framings of one exercise: the US schedule may cover only the part its forces took part in, while the Japanese releases, one of them issued after the exercise ended, count the maritime part to 17 May. The record follows Japan, the host, and keeps both end dates here.',
  },
  {
    id: 'german-consulate-weibo-account',
    table: 'events',
    record: 'online-campaigns-close-feminist-lgbt-accounts',
    field: 'summary',
    answer: {
      basis: 'external',
      value:
        'The banned Weibo account was named "German Consulate in Guangzhou", but the German mission said it was not an official account.',
      sources: [
        {
          source: 'alturi-nationalists-attack-lgbtq-film-festival',
          excerpt: 'although the German diplomatic mission clarified that it was not an official account.',
        },
      ],
    },
    other: {
      value: "Weibo banned the official account of Germany's consulate in Guangzhou.",
      sources: [
        {
          source: 'variety-2021-china-bans-german-consulate-weibo',
          excerpt:
            'Top Chinese social media platform Weibo has banned the official account of the German consulate in Guangzhou',
          note: 'The first version of the report, read on a copy.',
        },
        {
          source: 'quotenmeter-2021-weibo-sperrt-konsulat',
          excerpt:
            'Wie das amerikanische Fachblatt ‚Variety‘ berichtet, wurde das deutsche Konsulat in Guangzhou … beim führenden chinesischen Social-Media-Dienst Weibo gesperrt. [As Variety reports, the German consulate in Guangzhou was blocked on Weibo.]',
        },
      ],
    },
    note: "Variety's report, whose first version survives on a copy, calls the account the consulate's official one, and Quotenmeter repeated it; the news digest of 29 July 2021 adds the German mission's statement that it was not. Both readings seem to trace to Variety, whose text appears to have been corrected. The record follows the mission and names the account only by the name it bore.",
  },
];
