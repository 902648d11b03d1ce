import { EDITION } from '../edition.js';
import { VERSION } from '../version.js';
import { describe } from './dates.js';

/** A citation format accepted by {@link cite}. */
export type CitationFormat = 'text' | 'bibtex';

/** Options for {@link cite}. */
export interface CiteOptions {
  /** `'text'` (default): a plain-text reference; `'bibtex'`: two BibTeX entries. */
  format?: CitationFormat;
}

const NAME = 'china-security-risk-data';

// Functions rather than module-level constants, so that a bundle without `cite` keeps none of this.
const url = () => `https://www.npmjs.com/package/${NAME}/v/${VERSION}`;

function text(): string {
  const title = `China's partnership hierarchy, extradition treaties, events and watch-items from the ${EDITION.title}`;
  return (
    `${NAME} contributors. ${NAME}: ${title} [Data set], version ${VERSION}. npm package, ${url()}. Licensed under CC BY 4.0.\n` +
    `The tracker's statements originate from: ${EDITION.publisher}. ${EDITION.title}. August 2021.\n`
  );
}

function bibtex(): string {
  return [
    `@misc{${NAME}-${VERSION},`,
    `  author = {{${NAME} contributors}},`,
    `  title = {${NAME}: China's Partnership Hierarchy, Extradition Treaties, Events and Watch-Items from the {MERICS} China Security and Risk Tracker No.~3},`,
    `  version = {${VERSION}},`,
    '  howpublished = {npm package},',
    `  url = {${url()}},`,
    "  note = {Data set, licensed under CC BY 4.0. The tracker's statements originate from {MERICS}: see merics-csrt-3},",
    '}',
    '',
    '@techreport{merics-csrt-3,',
    '  author = {{MERICS (Mercator Institute for China Studies)}},',
    '  institution = {{MERICS (Mercator Institute for China Studies)}},',
    '  title = {{MERICS} China Security and Risk Tracker No.~3},',
    '  number = {3},',
    '  year = {2021},',
    '  month = aug,',
    '}',
    '',
  ].join('\n');
}

/**
 * How to cite this dataset: the package at its exact version, and MERICS as the origin of the tracker's
 * statements (every record with `basis: 'tracker'` and every citation of `merics-csrt-3`). The same
 * reference is in `CITATION.cff`.
 *
 * @param options - `format`: `'text'` (default) or `'bibtex'`.
 * @returns The reference, ending with a newline: two lines of text, or two BibTeX entries (`@misc` for
 *   the package, `@techreport{merics-csrt-3,...}` for the tracker).
 * @throws TypeError when `options` is not an object; RangeError for an unknown `format`.
 *
 * @example
 * ```ts
 * import { cite } from 'china-security-risk-data';
 * cite();                      // 'china-security-risk-data contributors. china-security-risk-data: ... version 1.2.3 ...'
 * cite({ format: 'bibtex' });  // '@misc{china-security-risk-data-1.2.3, ...'
 * ```
 */
export function cite(options: CiteOptions = {}): string {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`options: expected an object, got ${describe(options)}`);
  }
  const format = options.format ?? 'text';
  if (format === 'text') return text();
  if (format === 'bibtex') return bibtex();
  throw new RangeError(`format: expected 'text' or 'bibtex', got ${describe(format)}`);
}
