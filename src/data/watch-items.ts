import type { WatchItem } from '../schemas/watch-items.js';
import { TRACKER_SOURCE_ID } from './sources/tracker.js';

const T = TRACKER_SOURCE_ID;

/** The tracker's "What to watch in the months ahead" (Looking forward), with their outcomes. */
export const watchItems: WatchItem[] = [
  {
    id: 'npc-standing-committee-30th-session',
    order: 1,
    title: 'NPC Standing Committee session and the Anti-Foreign Sanctions Law in Hong Kong',
    window: { value: '2021-08-17', end: '2021-08-20', precision: 'day' },
    windowText: 'August 17-20',
    description:
      "The 30th session of the NPC Standing Committee was expected to take up extending the new Anti-Foreign Sanctions Law to Hong Kong through the Basic Law (its Annex III), widening the law's reach over people and firms tied to the city.",
    actors: {
      countries: ['CN', 'HK'],
      organisations: ["Standing Committee of the National People's Congress"],
      people: [],
    },
    relatedEvents: ['anti-foreign-sanctions-law-adopted', 'personal-information-protection-law-adopted'],
    outcome: {
      verdict: 'partly',
      summary:
        "Partly as expected: the session met on the announced dates, adopted the Personal Information Protection Law and had the Annex III draft before it, but the vote on adding the Anti-Foreign Sanctions Law to Hong Kong's Basic Law was unexpectedly postponed for further study, so the extension the tracker warned of did not happen. As of 23 September 2021 the timing for Hong Kong was still open. Beijing had first applied the law on 23 July 2021, with counter-sanctions on US persons.",
      date: { value: '2021-08-20', precision: 'day' },
      moments: [
        {
          label: 'First counter-sanctions under the Anti-Foreign Sanctions Law (US persons)',
          date: { value: '2021-07-23', precision: 'day' },
        },
        { label: 'Session dates announced', date: { value: '2021-07-27', precision: 'day' } },
        { label: '30th session held', date: { value: '2021-08-17', end: '2021-08-20', precision: 'day' } },
        {
          label: 'Session adjourns: PIPL adopted, Annex III vote on the Anti-Foreign Sanctions Law not taken',
          date: { value: '2021-08-20', precision: 'day' },
        },
        {
          label: 'Timing of implementation in Hong Kong still open',
          date: {
            value: '2021-09-23',
            precision: 'day',
            derived:
              'The timing is "currently" unclear in a note published on 23 September 2021 (the date its address gives); the memo it reposts may be a little older.',
          },
        },
      ],
      unverified: 'What became of the Annex III listing after 23 September 2021 was not verified.',
      sources: [
        {
          source: 'peoplecn-npcsc-30th-session-scheduled',
          excerpt: '10:07, July 28, 2021 … will convene its 30th session from Aug. 17 to 20 in Beijing.',
        },
        {
          source: 'scmp-3145727-afsl-vote-postponed',
          excerpt: 'Beijing unexpectedly postpones vote on adding anti-sanctions legislation to Hong Kong’s Basic Law',
        },
        {
          source: 'clsbluesky-2021-09-23-afsl-hong-kong',
          excerpt:
            'The precise scope and ambit of the contemplated law is currently unclear, as is the proposed timing for its implementation.',
          note: 'Status as of 23 September 2021, the date of the post.',
        },
        {
          source: 'kpmg-pipl-protection-management-system',
          note: 'PIPL adopted at the 30th session on 20 August 2021.',
        },
        {
          source: 'clsbluesky-2021-09-23-afsl-hong-kong',
          excerpt:
            'On 23 July 2021 … the PRC Ministry of Foreign Affairs announced its first use of the AFSL to impose counter-sanctions',
        },
        {
          source: 'chinajusticeobserver-2021-09-03-afsl-first-use',
          excerpt:
            'On 23 July 2021, China’s Ministry of Foreign Affairs announced that sanctions would be imposed on seven United States individuals and entities',
        },
        {
          source: 'peoplecn-npcsc-30th-session-scheduled',
          excerpt:
            'presides over a meeting of the Council of Chairpersons of the NPC Standing Committee in Beijing, capital of China, July 27, 2021.',
        },
        {
          source: 'peoplecn-2021-08-20-npcsc-30th-session-concludes',
          excerpt:
            "15:22, August 20, 2021 … The Standing Committee of the 13th National People's Congress (NPC) concluded its 30th session Friday in Beijing.",
        },
      ],
    },
    sources: [{ source: T, section: 'looking-forward' }],
  },
  {
    id: 'eu-china-strategy-review',
    order: 2,
    title: 'EU review of its China strategy',
    window: { value: '2021-09', end: '2021-10', precision: 'month' },
    windowText: 'September-October',
    description:
      'The EU was to start weighing whether its China strategy needs revising: Josep Borrell was to send the European Council a report on relations with China, probably in the last days of August; foreign ministers were to discuss it informally in Slovenia on 2-3 September, and EU leaders were to take it up in early October.',
    actors: {
      countries: ['CN', 'SI'],
      organisations: ['European Council', 'European Commission', 'Council of the European Union'],
      people: ['Josep Borrell', 'Charles Michel'],
    },
    relatedEvents: [],
    outcome: {
      verdict: 'partly',
      summary:
        'The meetings took place as planned: EU-China relations were a main item of the informal foreign ministers\' meeting at Brdo near Kranj on 2-3 September, and leaders discussed China, together with Afghanistan and AUKUS, over an informal dinner at Brdo on 5 October, after which Charles Michel repeated the "competitor, partner and systemic rival" formula. Borrell had announced his report in an interview with El País in the summer, but no source shows that it was submitted, and the invitation letter for the European Council of 21-22 October lists no China item.',
      date: { value: '2021-10-05', precision: 'day' },
      moments: [
        {
          label: 'Informal meeting of foreign ministers (Gymnich) in Slovenia',
          date: { value: '2021-09-02', end: '2021-09-03', precision: 'day' },
        },
        {
          label: "Leaders' strategic discussion over an informal dinner at Brdo",
          date: { value: '2021-10-05', precision: 'day' },
        },
        {
          label: 'European Council meets (invitation letter: energy prices, COVID, rule of law, trade; no China item)',
          date: {
            value: '2021-10-21',
            end: '2021-10-22',
            precision: 'day',
            derived:
              "Charles Michel's invitation letter, dated Brussels 20 October 2021, is for the European Council meeting of the next two days.",
          },
        },
      ],
      unverified:
        "Whether Borrell's report on relations with China was actually submitted or published was not verified.",
      sources: [
        {
          source: 'politico-eu-china-policy-review',
          excerpt:
            'After the summer, I will present a report, together with the [European] Commission, to the European Council',
        },
        {
          source: 'mfa-lv-gymnich-slovenia',
          excerpt: 'The main items on the agenda were Afghanistan and the EU-China relations.',
        },
        {
          source: 'urdupoint-1368994-eu-leaders-strategic-discussion',
          excerpt: "held a strategic discussion on Tuesday on the bloc's role on the international stage",
        },
        {
          source: 'ftdk-euco-october-2021-invitation',
          excerpt: 'Over our working dinner we will have a strategic discussion on trade.',
        },
        {
          source: 'scmp-3143116-borrell-china-strategy-review',
          excerpt: 'according to the article published on Thursday.',
        },
        {
          source: 'mfa-lv-gymnich-slovenia',
          excerpt:
            'On 2 and 3 September 2021, the European Union’s Foreign Affairs Ministers gathered for their informal meeting – Gymnich – in Brdo, Slovenia.',
        },
        {
          source: 'ahram-2021-10-05-eu-leaders-china-us',
          excerpt:
            "AFP , Tuesday 5 Oct 2021 … EU leaders will have a hard discussion on Europe's place in the world at a summit on Tuesday",
        },
        {
          source: 'ftdk-euco-october-2021-invitation',
          excerpt: 'Brussels, 20 October 2021',
          note: 'The invitation letter for the meeting of 21 and 22 October 2021.',
        },
      ],
    },
    sources: [{ source: T, section: 'looking-forward' }],
  },
  {
    id: 'eu-indo-pacific-strategy',
    order: 3,
    title: 'EU Indo-Pacific strategy',
    window: { value: '2021-09-14', precision: 'day' },
    windowText: 'September 14',
    description: "The EU was due to publish its Indo-Pacific strategy, building on the Council's April conclusions.",
    actors: {
      countries: [],
      organisations: [
        'European Commission',
        'High Representative of the Union for Foreign Affairs and Security Policy',
      ],
      people: ['Josep Borrell'],
    },
    relatedEvents: ['eu-council-indo-pacific-conclusions'],
    outcome: {
      verdict: 'later-than-expected',
      summary:
        'The strategy came out two days after the date the tracker gave, as the Joint Communication JOIN(2021) 24 of 16 September 2021; presenting it, Borrell stressed that the EU was after cooperation rather than confrontation.',
      date: { value: '2021-09-16', precision: 'day' },
      moments: [
        {
          label: 'Borrell presents the strategy at a press conference',
          date: { value: '2021-09-16', precision: 'day', derived: '"on Thursday" in the press report' },
        },
      ],
      sources: [{ source: 'eurlex-2021-09-16-join-2021-24', excerpt: 'Brussels, 16.9.2021 JOIN(2021) 24 final' }],
    },
    sources: [{ source: T, section: 'looking-forward' }],
  },
  {
    id: 'golden-week-2021-spending',
    order: 4,
    title: 'Golden Week spending as a recovery gauge',
    window: { value: '2021-10-01', end: '2021-10-07', precision: 'day' },
    windowText: 'October 1-7',
    description:
      "Travel bookings and consumer spending over China's National Day holiday week were to be read as a gauge of the post-pandemic recovery, as vaccination coverage widened.",
    actors: { countries: ['CN'], organisations: ['Ministry of Culture and Tourism'], people: [] },
    relatedEvents: [],
    outcome: {
      verdict: 'partly',
      summary:
        'The recovery was only partial: the tourism ministry counted 515 million domestic trips (70.1% of the pre-pandemic level) and 389.06 billion yuan in tourism revenue (59.9%), fewer trips than the 637 million of the 2020 holiday, which however lasted eight days.',
      date: { value: '2021-10-07', precision: 'day' },
      moments: [],
      unverified: 'No Ministry of Commerce figure for retail and catering sales over the 2021 holiday was found.',
      sources: [
        {
          source: 'peoplecn-golden-week-2021-tourism',
          excerpt:
            'October 08, 2021 … BEIJING, Oct. 7 (Xinhua) -- China saw a total of 515 million domestic tourist trips',
        },
        {
          source: 'peoplecn-golden-week-2021-tourism',
          excerpt:
            'China saw a total of 515 million domestic tourist trips made during the seven-day National Day holiday',
        },
        { source: 'peoplecn-golden-week-2021-tourism', excerpt: 'a recovery of 59.9 percent of the revenue' },
        {
          source: 'ifeng-2020-10-08-golden-week-2020',
          excerpt:
            '八天长假期间,全国共接待国内游客6.37亿人次,按可比口径同比恢复79.0% [637 million domestic trips in the eight-day holiday, 79.0% of the comparable level]',
          note: 'Comparison with the 2020 holiday.',
        },
      ],
    },
    sources: [{ source: T, section: 'looking-forward' }],
  },
  {
    id: 'g20-rome-biden-xi-meeting',
    order: 5,
    title: 'G20 Rome summit and a first Biden-Xi meeting',
    window: { value: '2021-10-30', end: '2021-10-31', precision: 'day' },
    windowText: 'October 30-31',
    description:
      "The G20 leaders' summit in Rome was seen as a possible setting for the first face-to-face meeting between Joe Biden and Xi Jinping.",
    actors: {
      countries: ['US', 'CN', 'IT'],
      organisations: ['G20'],
      people: ['Joe Biden', 'Xi Jinping'],
    },
    relatedEvents: [],
    outcome: {
      verdict: 'not-as-expected',
      summary:
        'Xi took part in the Rome summit only by video link, so no Biden-Xi meeting happened there; Biden called the absence of the Chinese and Russian leaders disappointing. The two first met in a virtual summit in mid-November 2021 and in person only in Bali in November 2022.',
      date: { value: '2021-10-30', end: '2021-10-31', precision: 'day' },
      moments: [
        {
          label: "China's foreign ministry announces Xi will join by video link",
          date: {
            value: '2021-10-29',
            precision: 'day',
            derived:
              "The Foreign Ministry's transcript of its press conference of 29 October 2021 (dated by its address).",
          },
        },
        {
          label: 'First Biden-Xi virtual summit',
          date: {
            value: '2021-11-15',
            precision: 'day',
            derived:
              "Axios, on 12 November 2021, reports the White House's announcement of a virtual summit 'on Nov. 15'.",
          },
        },
        { label: 'First in-person Biden-Xi meeting, in Bali', date: { value: '2022-11-14', precision: 'day' } },
      ],
      sources: [
        {
          source: 'nationalpost-xi-g20-video-link',
          excerpt: 'will participate in the Group of 20 (G20) leaders’ summit in Rome on Oct. 30-31 via video link',
        },
        {
          source: 'cbsnews-2021-10-31-biden-g20-climate',
          excerpt: "There's a reason why people should be disappointed in that. I found it disappointing myself.",
          note: 'Biden on the absence of the Chinese and Russian leaders, at the close of the summit.',
        },
        {
          source: 'axios-biden-xi-virtual-summit-date',
          excerpt: 'White House says Biden and Xi will hold virtual summit on Nov. 15',
        },
        {
          source: 'scmp-3199190-biden-xi-bali',
          excerpt: 'would be the first in-person meeting between the two since Joe Biden became US president',
        },
        {
          source: 'italy-geneva-2021-11-g20-rome-summit',
          excerpt: 'On October 30th and 31st 2021 Rome hosted the G20 Heads of State and Government Summit',
        },
        {
          source: 'xinhua-2021-11-01-g20-rome-declaration',
          excerpt:
            "Source: Xinhua| 2021-11-01 03:51:52 … ROME, Oct. 31 (Xinhua) -- The 16th Group of 20 (G20) Leaders' Summit … on Saturday and Sunday",
        },
        {
          source: 'cn-consulate-alexandria-2021-10-29-press-conference',
          excerpt: "President Xi Jinping will attend the 16th G20 Leaders' Summit through video link.",
        },
        {
          source: 'gulfnews-biden-xi-bali',
          excerpt:
            "Biden with Xi Jinping on the sidelines of the G20 leaders' summit in Bali, Indonesia, on November 14, 2022.",
        },
        {
          source: 'gulfnews-biden-xi-bali',
          excerpt: 'on Monday before their first in-person meeting since Biden took office',
        },
      ],
    },
    sources: [{ source: T, section: 'looking-forward' }],
  },
];
