import { EDITION, EDITION_MONTH, SECTION_IDS } from '../../edition.js';
import type { Source } from '../../schemas/sources.js';

/** Id of the tracker in `sources`. */
export const TRACKER_SOURCE_ID = EDITION.sourceId;

/** The MERICS tracker itself: origin of every statement marked `basis: 'tracker'`. */
export const trackerSources: Source[] = [
  {
    id: TRACKER_SOURCE_ID,
    kind: 'tracker',
    title: EDITION.title,
    publisher: EDITION.publisher,
    published: EDITION.date,
    language: 'en',
    sections: [...SECTION_IDS],
    excerptsChecked: true,
    accessNote: `Read in full from an OCR text of the ${EDITION_MONTH} edition; its two figures (Exhibit 1, the partnership hierarchy, and the Graphic of the quarter, the extradition-treaty map) were restored as facts because OCR garbled them. The map's country colours did not survive, so per-country treaty data comes from the external sources the graphic names.`,
  },
];
