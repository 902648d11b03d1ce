import type { Conflict } from '../../schemas/conflicts.js';
import { TRACKER_SOURCE_ID } from '../sources/tracker.js';

const T = TRACKER_SOURCE_ID;

/** Where the tracker's dating of an event or watch-item differs from other sources. */
export const eventConflicts: Conflict[] = [
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
          source: 'vibrantdot-didi-ipo-and-review',
          excerpt: 'On June 30, Didi Chuxing listed on the New York Stock Exchange and raised US$4.4 billion.',
        },
        {
          source: 'vibrantdot-didi-ipo-and-review',
          excerpt:
            'On July 2, the Cyberspace Administration of China (CAC) announced a cybersecurity review of the company.',
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
      value: 'Made public on 2021-07-24; one source says it was issued on 2021-07-19.',
      sources: [
        {
          source: 'uweconsoc-double-reduction-policy',
          excerpt: 'the “double reduction” policy for short on July 24, 2021',
        },
        {
          source: 'markettactic-us-listed-chinese-shares-drop',
          excerpt: 'issued by the State Council of China … on July 19th',
        },
      ],
    },
    note: 'No source found confirms July 20. That is the day the birth-policy decision (reported in the same tracker) was released, which may explain a mix-up; the 19 July issuance date rests on a single source.',
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
      sources: [
        { source: 'eurlex-2021-09-16-join-2021-24', excerpt: 'Brussels, 16.9.2021 JOIN(2021) 24 final' },
        {
          source: 'canindia-eu-indo-pacific-strategy',
          excerpt: 'EU foreign policy chief Josep Borrell told a press conference on Thursday',
        },
      ],
    },
    note: "The tracker gave a planned date; the strategy appeared two days later. Both dates are kept: the window is the tracker's, the outcome date is the publication.",
  },
];
