import { EDITION, EDITION_MONTH } from '../edition.js';
import { datasetTitle, editionTitleTex, PACKAGE_NAME, researchNote } from '../lib/citation.js';
import { VERSION } from '../version.js';
import { formatValue } from '../lib/format.js';
import { readOptions } from '../lib/options.js';

/** A citation format accepted by {@link cite}. */
export type CitationFormat = 'text' | 'bibtex';

/** Options for {@link cite}. */
export interface CiteOptions {
  /** `'text'` (default): a plain-text reference; `'bibtex'`: two BibTeX entries. */
  format?: CitationFormat | undefined;
}

const NAME = PACKAGE_NAME;
const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

// Functions rather than module-level constants, so that a bundle without `cite` keeps none of this.
const url = () => `https://www.npmjs.com/package/${NAME}/v/${VERSION}`;

function text(): string {
  return (
    `${NAME} contributors. ${datasetTitle()} [Data set], version ${VERSION}. npm package, ${url()}. Licensed under CC BY 4.0.\n` +
    `The tracker's statements originate from: ${EDITION.publisher}. ${EDITION.title}. ${EDITION_MONTH}.\n` +
    `${researchNote()}\n`
  );
}

function bibtex(): string {
  const publisher = `{${EDITION.publisher}}`;
  return [
    `@misc{${NAME}-${VERSION},`,
    `  author = {{${NAME} contributors}},`,
    `  title = {${NAME}: China's Partnership Hierarchy, Communities with a Shared Future, Extradition Treaties, Events and Watch-Items from the ${editionTitleTex()} and the Years Since},`,
    `  version = {${VERSION}},`,
    '  howpublished = {npm package},',
    `  url = {${url()}},`,
    `  note = {Data set, licensed under CC BY 4.0. The tracker's statements originate from {${EDITION.publisherShort}}: see ${EDITION.sourceId}. ${researchNote()}},`,
    '}',
    '',
    `@techreport{${EDITION.sourceId},`,
    `  author = {${publisher}},`,
    `  institution = {${publisher}},`,
    `  title = {${editionTitleTex()}},`,
    `  number = {${EDITION.number}},`,
    `  year = {${EDITION.date.slice(0, 4)}},`,
    `  month = ${MONTH_KEYS[Number(EDITION.date.slice(5, 7)) - 1]},`,
    '}',
    '',
  ].join('\n');
}

/**
 * How to cite this dataset: the package at its exact version (the compilation, and its own research for
 * the years since the tracker and the facts the tracker does not give), and MERICS as the origin of the
 * tracker's statements (every record with `basis: 'tracker'` and every citation of `merics-csrt-3`). The
 * same reference is in `CITATION.cff`.
 *
 * @param options - `format`: `'text'` (default) or `'bibtex'`.
 * @returns The reference, ending with a newline: three lines of text (the package, the tracker, what the
 *   package's research adds), or two BibTeX entries (`@misc` for the package, `@techreport{merics-csrt-3,...}`
 *   for the tracker).
 * @throws TypeError when `options` is not an options object, holds an unknown option, or `format` is not a
 *   string; RangeError for an unknown `format`.
 *
 * @example
 * ```ts
 * import { cite } from 'china-security-risk-data';
 * cite();                      // 'china-security-risk-data contributors. china-security-risk-data: ... version 1.2.3 ...'
 * cite({ format: 'bibtex' });  // '@misc{china-security-risk-data-1.2.3, ...'
 * ```
 */
export function cite(options?: CiteOptions): string {
  const format = readOptions(options, ['format'], 'cite').format ?? 'text';
  if (format === 'text') return text();
  if (format === 'bibtex') return bibtex();
  const message = `format: expected 'text' or 'bibtex', got ${formatValue(format)}`;
  throw typeof format === 'string' ? new RangeError(message) : new TypeError(message);
}
