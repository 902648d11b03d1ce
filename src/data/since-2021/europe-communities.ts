import type { MutableCommunity } from '../../schemas/communities.js';

/** Statements about a community with a shared future with Europe (with the Caucasus). */
export const europeCommunities: MutableCommunity[] = [
  {
    id: 'rs-community-2024',
    country: 'RS',
    label: { zh: '新时代中塞命运共同体', en: 'China-Serbia community with a shared future in the new era' },
    step: 'agreed',
    date: { value: '2024-05-08', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'peoplecn-en-2024-05-08-serbia',
        excerpt:
          'BELGRADE, May 8 (Xinhua) -- … on Wednesday signed a joint statement on the building of a China-Serbia community with a shared future',
      },
      {
        source: 'mfars-2024-05-08-serbia-statement',
        excerpt:
          '08. May 2024. … today signed a Joint Statement … building a Serbia-China community with a shared future in the new era',
      },
    ],
    note: "Signed by Xi Jinping and Aleksandar Vučić in Belgrade during Xi's state visit; Xinhua calls Serbia the first European country to build such a community with China. The partnership's name stayed the comprehensive strategic partnership of 2016, which the statement deepened without renaming.",
  },
];
