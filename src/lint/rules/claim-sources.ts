import { COPY_HOSTS } from '../../data/copy-hosts.js';
import type { TableName } from '../../registry.js';
import { keyOf, type Row, type Rule, rows } from '../rule.js';

type Citations = readonly { readonly source: string }[];

/**
 * Each claim of a record, by the path of its list of citations. The rule runs after the `schema` rule has
 * accepted the tables, so every list of citations is there.
 */
function* claims(table: TableName, row: Row): Generator<[string, Citations]> {
  if (table === 'treaties') {
    for (const [i, step] of (row.steps as Row[]).entries()) yield [`steps.${i}.sources`, step.sources as Citations];
    yield ['statusSources', row.statusSources as Citations];
  } else if (table === 'watchItems') {
    yield ['outcome.sources', (row.outcome as Row).sources as Citations];
  } else if (table === 'conflicts') {
    yield ['answer.sources', (row.answer as Row).sources as Citations];
    yield ['other.sources', (row.other as Row).sources as Citations];
  } else {
    yield ['sources', row.sources as Citations];
  }
}

/** The tables whose records make claims. */
const CLAIM_TABLES = [
  'tiers',
  'levels',
  'partnerships',
  'communities',
  'outsideFramework',
  'treaties',
  'events',
  'watchItems',
  'conflicts',
] as const satisfies readonly TableName[];

/** Every claim rests on at least one source from an identifiable publisher. */
export const claimSources = {
  name: 'claim-sources',
  description:
    'Every claim (a membership, a treaty step or status, an event, an outcome, each reading of a conflict, a tier or level name) cites at least one source from an identifiable publisher: the tracker, or an external source with a named publisher that is not a reference work and whose address is its own (not only a copy read elsewhere).',
  check(tables, report) {
    const sources = new Map(rows(tables, 'sources').map((s) => [s.id as string, s]));
    const identifiable = (id: string) => {
      const s = sources.get(id);
      if (!s) return false;
      if (s.publisherType === 'tracker') return true;
      if (s.publisherType === 'reference' || typeof s.publisher !== 'string') return false;
      // Its own address, not a copy's; or, read only on a copy, the official text it names.
      if (typeof s.url === 'string') return !COPY_HOSTS.has(new URL(s.url).host.toLowerCase());
      return typeof s.readAt === 'string';
    };
    for (const table of CLAIM_TABLES) {
      rows(tables, table).forEach((row, i) => {
        for (const [path, citations] of claims(table, row)) {
          if (!citations.some((c) => identifiable(c.source))) {
            report(
              table,
              keyOf(row, i),
              path,
              'no source from an identifiable publisher: every claim needs one (a reference work or an unnamed site is never enough)',
            );
          }
        }
      });
    }
  },
} as const satisfies Rule;
