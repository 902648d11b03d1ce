import { type Rule, rows } from '../rule.js';

/** The `kind` each publisher type falls under. */
const KIND_OF: Readonly<Record<string, string>> = {
  tracker: 'tracker',
  government: 'official',
  legislature: 'official',
  court: 'official',
  gazette: 'official',
  'international-organisation': 'official',
  'state-media': 'news',
  news: 'news',
  academic: 'academic',
  reference: 'reference',
  ngo: 'other',
  company: 'other',
};

/** A source's `kind` follows its `publisherType`. */
export const sourceKind = {
  name: 'source-kind',
  description:
    "A source's `kind` agrees with its `publisherType` (a government text is `official`, state media and news organisations are `news`, think tanks and companies `other`).",
  check(tables, report) {
    for (const s of rows(tables, 'sources')) {
      const expected = KIND_OF[s.publisherType as string];
      if (expected !== undefined && s.kind !== expected) {
        report(
          'sources',
          s.id as string,
          'kind',
          `a ${String(s.publisherType)} source is of kind ${expected}, not ${String(s.kind)}`,
        );
      }
    }
  },
} as const satisfies Rule;
