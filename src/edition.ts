/** The tracker edition this dataset follows. */
export const EDITION = {
  title: 'MERICS China Security and Risk Tracker No. 3',
  publisher: 'MERICS (Mercator Institute for China Studies)',
  number: 3,
  date: '2021-08',
} as const;

/** The month the statuses (treaty status, current level) describe: the edition's month. */
export const AS_OF = '2021-08';

/** First day of the as-of month: helpers answer "as of the edition" from this day on. */
export const AS_OF_START = '2021-08-01';
