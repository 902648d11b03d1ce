import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/index.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const RESEARCH =
  "Everything dated after August 2021, and the members, dates and treaty steps the tracker does not give, is the package's own research (records with basis 'external'), each record citing its sources.";

const TEXT =
  `china-security-risk-data contributors. china-security-risk-data: China's partnership hierarchy, communities with a shared future, extradition treaties, events and watch-items from the MERICS China Security and Risk Tracker No. 3 and the years since, to 2026-01-31 [Data set], version ${version}. npm package, https://www.npmjs.com/package/china-security-risk-data/v/${version}. Licensed under CC BY 4.0.\n` +
  "The tracker's statements originate from: MERICS (Mercator Institute for China Studies). MERICS China Security and Risk Tracker No. 3. August 2021.\n" +
  `${RESEARCH}\n`;

const BIBTEX = `@misc{china-security-risk-data-${version},
  author = {{china-security-risk-data contributors}},
  title = {china-security-risk-data: China's Partnership Hierarchy, Communities with a Shared Future, Extradition Treaties, Events and Watch-Items from the {MERICS} China Security and Risk Tracker No.~3 and the Years Since},
  version = {${version}},
  howpublished = {npm package},
  url = {https://www.npmjs.com/package/china-security-risk-data/v/${version}},
  note = {Data set, licensed under CC BY 4.0. The tracker's statements originate from {MERICS}: see merics-csrt-3. ${RESEARCH}},
}

@techreport{merics-csrt-3,
  author = {{MERICS (Mercator Institute for China Studies)}},
  institution = {{MERICS (Mercator Institute for China Studies)}},
  title = {{MERICS} China Security and Risk Tracker No.~3},
  number = {3},
  year = {2021},
  month = aug,
}
`;

describe('cite', () => {
  it("plain text by default, naming the version, MERICS and what the package's research adds", () => {
    expect(cite()).toBe(TEXT);
    expect(cite({})).toBe(TEXT);
    expect(cite({ format: 'text' })).toBe(TEXT);
  });

  it('BibTeX: the package at its version and the tracker', () => {
    expect(cite({ format: 'bibtex' })).toBe(BIBTEX);
  });

  it('rejects an unknown format (RangeError) and options that are not an object (TypeError)', () => {
    expect(() => cite({ format: 'apa' as never })).toThrow(RangeError);
    expect(() => cite({ format: 'apa' as never })).toThrow(/format: expected 'text' or 'bibtex', got "apa"/);
    expect(() => cite(null as never)).toThrow(TypeError);
    expect(() => cite('bibtex' as never)).toThrow(
      /cite: options: expected an options object with `format`, got the string "bibtex"/,
    );
  });

  it('CITATION.cff: a dataset at the package version, referencing the MERICS tracker', () => {
    const cff = readFileSync(new URL('../../CITATION.cff', import.meta.url), 'utf8');
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toMatch(/^type: dataset$/m);
    expect(cff).toContain(`version: "${version}"`);
    expect(cff).toMatch(/^license: CC-BY-4\.0$/m);
    expect(cff).toMatch(
      /^references:\n {2}- type: report\n {4}title: "MERICS China Security and Risk Tracker No\. 3"$/m,
    );
  });
});

it('the edition record agrees with itself: the month in words, the as-of month and its first day, the citation', async () => {
  const { EDITION, AS_OF, AS_OF_START, EDITION_CITATION } = await import('../../src/edition.js');
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  expect(EDITION.month).toBe(`${months[Number(EDITION.date.slice(5, 7)) - 1]} ${EDITION.date.slice(0, 4)}`);
  expect(AS_OF).toBe(EDITION.date);
  expect(AS_OF_START).toBe(`${EDITION.date}-01`);
  expect(EDITION_CITATION).toBe(`${EDITION.title} (${EDITION.month})`);
  expect(EDITION.title).toBe(`${EDITION.series} No. ${EDITION.number}`);
});

it('one tracker record in sources per edition, the current edition last, and No. 3 cited by its id', async () => {
  const { EDITION, EDITIONS, TRACKER_SOURCE_IDS } = await import('../../src/edition.js');
  const { sources } = await import('../../src/index.js');
  expect(EDITIONS.at(-1)).toBe(EDITION);
  expect(sources.filter((s) => s.kind === 'tracker').map((s) => s.id)).toEqual(['merics-csrt-3']);
  expect([...TRACKER_SOURCE_IDS]).toEqual(['merics-csrt-3']);
  const tracker = sources.find((s) => s.id === 'merics-csrt-3')!;
  expect(tracker.published).toBe('2021-08');
  expect(tracker.sections).toEqual([
    'focus-topic',
    'exhibit-1',
    'graphic-of-the-quarter',
    'domestic-stability',
    'security-and-defense',
    'geopolitical-competition',
    'economic-and-tech-security',
    'looking-forward',
  ]);
});
