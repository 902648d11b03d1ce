/**
 * The names a citation of the dataset uses, shared by `cite()` and CITATION.cff. Functions rather than
 * constants, so that a bundle without `cite` keeps none of this.
 *
 * @internal
 */
import { EDITION } from '../edition.js';

/** The package's name on npm. */
export const PACKAGE_NAME = 'china-security-risk-data';

/** The dataset's title: the package name and what it holds, from the edition. */
export function datasetTitle(): string {
  return `${PACKAGE_NAME}: China's partnership hierarchy, extradition treaties, events and watch-items from the ${EDITION.title}`;
}

/** The edition's title for BibTeX: the publisher's name in braces, a tie before the number. */
export function editionTitleTex(): string {
  return EDITION.title.replace(EDITION.publisherShort, `{${EDITION.publisherShort}}`).replace(/No\. (\d+)$/, 'No.~$1');
}
