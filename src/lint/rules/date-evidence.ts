import { TRACKER_SOURCE_IDS } from '../../edition.js';
import { statesDate, statesSpanEnd } from '../evidence.js';
import { type Row, type Rule, rows } from '../rule.js';
import type { TableName } from '../../registry.js';

interface DateValue {
  readonly value: string;
  readonly end?: string;
  readonly derived?: string;
}
interface Citation {
  readonly source: string;
  readonly excerpt?: string;
}

/**
 * Every date is carried by its evidence: an excerpt of a source cited for it states the date at its
 * precision (and the last day of a span), or the date is `derived` and a source cited for it records
 * when it was published.
 */
export const dateEvidence = {
  name: 'date-evidence',
  description:
    'Every date of a membership, a treaty step, an event (the sources’ date and its moments) and a watch-item outcome is stated at its precision by an excerpt of a source cited for it, or is `derived` from a cited source whose publication date is recorded.',
  check(tables, report) {
    const published = new Set(
      rows(tables, 'sources')
        .filter((s) => typeof s.published === 'string')
        .map((s) => s.id),
    );
    const check = (table: TableName, id: string, field: string, date: unknown, citations: unknown) => {
      if (!date) return;
      const d = date as DateValue;
      const cited = (citations as Citation[]).filter((c) => !TRACKER_SOURCE_IDS.has(c.source));
      if (d.derived !== undefined) {
        if (!cited.some((c) => published.has(c.source))) {
          report(table, id, field, `derived (${d.value}), but no source cited for it records when it was published`);
        }
        return;
      }
      const excerpts = cited.flatMap((c) => (c.excerpt ? [c.excerpt] : []));
      if (!excerpts.some((e) => statesDate(e, d.value))) {
        report(table, id, field, `no excerpt of a source cited for it states ${d.value}`);
      } else if (d.end !== undefined && !excerpts.some((e) => statesSpanEnd(e, d.value, d.end!))) {
        report(table, id, `${field}.end`, `no excerpt of a source cited for it states the end ${d.end}`);
      }
    };
    for (const m of rows(tables, 'partnerships')) check('partnerships', m.id as string, 'since', m.since, m.sources);
    for (const c of rows(tables, 'communities')) check('communities', c.id as string, 'date', c.date, c.sources);
    for (const t of rows(tables, 'treaties')) {
      (t.steps as Row[]).forEach((s, i) => {
        check('treaties', t.id as string, `steps.${i}.date`, s.date, s.sources);
      });
    }
    for (const e of rows(tables, 'events')) {
      check('events', e.id as string, 'date', e.date, e.sources);
      (e.moments as Row[]).forEach((m, i) => {
        check('events', e.id as string, `moments.${i}.date`, m.date, e.sources);
      });
    }
    for (const w of rows(tables, 'watchItems')) {
      const outcome = w.outcome as Row;
      check('watchItems', w.id as string, 'outcome.date', outcome.date, outcome.sources);
      (outcome.moments as Row[]).forEach((m, i) => {
        check('watchItems', w.id as string, `outcome.moments.${i}.date`, m.date, outcome.sources);
      });
    }
  },
} as const satisfies Rule;
