import type { Source } from '../../schemas/sources.js';
import { EDITION } from '../../edition.js';

/** Id of the tracker in `sources`. */
export const TRACKER_SOURCE_ID = 'merics-csrt-3';

/** The MERICS tracker itself: origin of every statement marked `basis: 'tracker'`. */
export const trackerSources: Source[] = [
  {
    id: TRACKER_SOURCE_ID,
    kind: 'tracker',
    title: EDITION.title,
    publisher: EDITION.publisher,
    date: EDITION.date,
    language: 'en',
    sections: [
      'focus-topic',
      'exhibit-1',
      'graphic-of-the-quarter',
      'domestic-stability',
      'security-and-defense',
      'geopolitical-competition',
      'economic-and-tech-security',
      'looking-forward',
    ],
    accessNote:
      "Read in full from an OCR text of the August 2021 edition; its two figures (Exhibit 1, the partnership hierarchy, and the Graphic of the quarter, the extradition-treaty map) were restored as facts because OCR garbled them. The map's country colours did not survive, so per-country treaty data comes from the external sources the graphic names.",
  },
];
