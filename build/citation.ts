/** `CITATION.cff`, from the edition record and package.json. */
import { EDITION } from '../src/edition.js';
import { datasetTitle, researchNote } from '../src/lib/citation.js';
import { GENERATED, pkg } from './package.js';

/**
 * `CITATION.cff`: how to cite the dataset, and the tracker as its reference. `release` is the newest release
 * recorded: its date is `date-released` when it is the version of package.json.
 */
export function citationCff(release?: { readonly version: string; readonly date: string }): string {
  const q = (s: string) => JSON.stringify(s);
  return [
    `# ${GENERATED}`,
    'cff-version: 1.2.0',
    'message: >-',
    `  If you use this dataset, please cite it as below, and cite ${EDITION.publisherShort} as the origin`,
    `  of the tracker's statements (see references). ${researchNote()}`,
    'type: dataset',
    `title: ${q(datasetTitle())}`,
    `version: ${q(pkg.version)}`,
    ...(release?.version === pkg.version ? [`date-released: ${q(release.date)}`] : []),
    'license: CC-BY-4.0',
    'authors:',
    `  - name: ${q(`${pkg.name} contributors`)}`,
    `url: ${q(`https://www.npmjs.com/package/${pkg.name}`)}`,
    'keywords:',
    ...(pkg.keywords ?? []).map((k) => `  - ${q(k)}`),
    'references:',
    '  - type: report',
    `    title: ${q(EDITION.title)}`,
    '    authors:',
    `      - name: ${q(EDITION.publisher)}`,
    '    publisher:',
    `      name: ${q(EDITION.publisher)}`,
    `    year: ${Number(EDITION.date.slice(0, 4))}`,
    `    month: ${Number(EDITION.date.slice(5, 7))}`,
    `    issue: ${q(String(EDITION.number))}`,
    '',
  ].join('\n');
}
