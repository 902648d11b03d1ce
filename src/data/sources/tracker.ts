import { EDITIONS, type EditionSection } from '../../edition.js';
import type { Source } from '../../schemas/sources.js';

/**
 * Id of the edition the records of this data were read from, No. 3, in `sources`. A record read from a
 * later edition cites that edition's id (see docs/guides/editions.md).
 */
export const TRACKER_SOURCE_ID = EDITIONS.find((e) => e.number === 3)!.sourceId;

/** The tracker, one record per edition: origin of every statement marked `basis: 'tracker'`. */
export const trackerSources: Source[] = EDITIONS.map((e) => ({
  id: e.sourceId,
  kind: 'tracker',
  publisherType: 'tracker',
  title: e.title,
  publisher: e.publisher,
  published: e.date,
  language: 'en',
  sections: Object.keys(e.sections) as EditionSection[],
  excerptsChecked: true,
  accessNote: e.accessNote,
}));
