/**
 * The tracker edition this dataset follows, No. 3, as one record (the list of editions and the current one
 * are below). Everything else that names the edition (the
 * tracker's source record, the section enum, `dataset.edition`, `cite()`, CITATION.cff, the CLI's help,
 * the schemas' and columns' descriptions, the docs) reads it from here. See docs/guides/editions.md for
 * how a later edition would be added.
 *
 * @internal
 */
const NO_3 = {
  /** Id of the edition's record in `sources`; every citation of this edition names it. */
  sourceId: 'merics-csrt-3',
  /** The edition's number in the series. */
  number: 3,
  /** The series, without the number. */
  series: 'MERICS China Security and Risk Tracker',
  /** The full title. */
  title: 'MERICS China Security and Risk Tracker No. 3',
  /** The publisher, in full. */
  publisher: 'MERICS (Mercator Institute for China Studies)',
  /** The publisher's short name, as citations use it. */
  publisherShort: 'MERICS',
  /** Publication month: the month the statuses describe (`dataset.asOf`). */
  date: '2021-08',
  /** The same month in words, as titles and citations write it. */
  month: 'August 2021',
  /** How the edition was read, for its record in `sources`. */
  accessNote:
    "Read in full from an OCR text of the August 2021 edition; its two figures (Exhibit 1, the partnership hierarchy, and the Graphic of the quarter, the extradition-treaty map) were restored as facts because OCR garbled them. The map's country colours did not survive, so per-country treaty data comes from the external sources the graphic names.",
  /** The sections of the tracker, as it is laid out, with their headings. */
  sections: {
    'focus-topic': 'Focus topic',
    'exhibit-1': 'Exhibit 1',
    'graphic-of-the-quarter': 'Graphic of the quarter',
    'domestic-stability': 'Domestic stability',
    'security-and-defense': 'Security and defense',
    'geopolitical-competition': 'Geopolitical competition',
    'economic-and-tech-security': 'Economic and tech security',
    'looking-forward': 'Looking forward',
  },
} as const;

/**
 * Every edition of the tracker the data cites, oldest first. Each is a record of `sources` (built from it
 * in src/data/sources/tracker.ts), and a record read from an edition cites that edition's id, so that the
 * records read from an earlier edition keep citing it when a later one is added.
 */
export const EDITIONS = [NO_3] as const;

/** The current edition: the one the statuses and `dataset.asOf` follow (the last of {@link EDITIONS}). */
export const EDITION = NO_3;

/** Ids of the tracker's records in `sources`, one per edition: citations of these name a section and quote nothing. */
export const TRACKER_SOURCE_IDS: ReadonlySet<string> = /* @__PURE__ */ trackerSourceIds();

// Computed in functions called with no arguments, so that a bundler can drop the call, and the editions'
// records with it, from a bundle that does not use the result (an annotated call's arguments are kept).
function trackerSourceIds(): ReadonlySet<string> {
  return new Set(EDITIONS.map((e) => e.sourceId));
}

/** A section of the tracker, by its id, in any edition. */
export type EditionSection = keyof (typeof EDITIONS)[number]['sections'];

/** The section ids of every edition, in the tracker's order (an edition's new sections after the older ones). */
export const SECTION_IDS = /* @__PURE__ */ sectionIds();

function sectionIds() {
  return [...new Set(EDITIONS.flatMap((e) => Object.keys(e.sections)))] as [EditionSection, ...EditionSection[]];
}

/** The edition's month in words, e.g. "August 2021" (a test holds it to `EDITION.date`). */
export const EDITION_MONTH = EDITION.month;

// The constants below repeat the record as literals, so that a bundler can drop what a bundle does not use
// (a value read off the record at the top level would be kept); tests/unit/cite.test.ts holds them to it.

/** The month the statuses (treaty status, current level) describe: the edition's month. */
export const AS_OF = '2021-08';

/** First day of the as-of month: helpers answer "as of the edition" from this day on. */
export const AS_OF_START = '2021-08-01';

/** The edition's title with its month, e.g. "MERICS China Security and Risk Tracker No. 3 (August 2021)". */
export const EDITION_CITATION = 'MERICS China Security and Risk Tracker No. 3 (August 2021)';
