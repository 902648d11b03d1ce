/**
 * The names a citation of the dataset uses, shared by `cite()` and CITATION.cff. Functions rather than
 * constants, so that a bundle without `cite` keeps none of this.
 *
 * @internal
 */
import { COVERAGE_END } from '../coverage.js';
import { EDITION } from '../edition.js';

/** The package's name on npm. */
export const PACKAGE_NAME = 'china-security-risk-data';

/** The dataset's title: the package name and what it holds, from the edition and the coverage. */
export function datasetTitle(): string {
  return `${PACKAGE_NAME}: China's partnership hierarchy, communities with a shared future, extradition treaties, events and watch-items from the ${EDITION.title} and the years since, to ${COVERAGE_END}`;
}

/** What the package's own research adds to the tracker, in one sentence (cite() and CITATION.cff). */
export function researchNote(): string {
  return `Everything dated after ${EDITION.month}, and the members, dates and treaty steps the tracker does not give, is the package's own research (records with basis 'external'), each record citing its sources.`;
}

/** The edition's title for BibTeX: the publisher's name in braces, a tie before the number. */
export function editionTitleTex(): string {
  return EDITION.title.replace(EDITION.publisherShort, `{${EDITION.publisherShort}}`).replace(/No\. (\d+)$/, 'No.~$1');
}
