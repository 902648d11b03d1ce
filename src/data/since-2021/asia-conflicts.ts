import type { MutableConflict } from '../../schemas/conflicts.js';

/** Where the sources on Central, South, East and Southeast Asia and the Pacific since September 2021 disagree. */
export const asiaConflicts: MutableConflict[] = [
  {
    id: 'partnership-tj-label',
    table: 'partnerships',
    record: 'tj-off-2024',
    field: 'label',
    country: 'TJ',
    answer: {
      basis: 'external',
      value: 'comprehensive strategic cooperative partnership in the new era',
      sources: [
        {
          source: 'people-en-2024-07-06-tajikistan-upgrade',
          excerpt:
            'DUSHANBE, July 5 (Xinhua) -- China and Tajikistan decided on Friday to elevate their ties to comprehensive strategic cooperative partnership in the new era.',
        },
        {
          source: 'yidaiyilu-2024-07-05-tajikistan',
          excerpt:
            'China stands ready to develop the comprehensive strategic cooperative partnership in the new era with Tajikistan, said Chinese President Xi Jinping here on Friday.',
        },
      ],
    },
    other: {
      value: 'comprehensive strategic partnership in the new era',
      sources: [
        {
          source: 'pakistantoday-2024-07-05-tajikistan',
          excerpt:
            'Chinese President Xi Jinping and Tajik President Emomali Rahmon also announced the upgrade of the two countries’ bilateral ties to a comprehensive strategic partnership in the new era.',
        },
      ],
    },
    note: 'Xinhua\'s English reports keep "cooperative", as does the Chinese title of the joint statement (新时代全面战略合作伙伴关系), seen only on copies; Pakistan Today\'s report, like some other English reports, drops it. The record follows Xinhua. Without "cooperative" the name would read as a new-era form of the comprehensive strategic partnership Tajikistan already had; with it, of the comprehensive strategic cooperative partnership.',
  },
];
