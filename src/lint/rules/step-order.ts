import { type Rule, rows } from '../rule.js';

type Step = { action: string; date: { value: string } };

/** Whether date `a` can come before or on date `b`, compared at the precision both have. */
const notAfter = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
};

/**
 * A treaty's steps are recorded in the order they happened, and their dates agree with that order: no
 * step is dated before the one recorded ahead of it (compared at the precision both have); signature
 * comes before entry into force, which comes before suspension.
 */
export const stepOrder = {
  name: 'step-order',
  description:
    "A treaty's steps are recorded in the order they happened: each step's date is not before the date of the step recorded ahead of it (at the precision both have), and signature, entry into force and suspension come in that order. A country's memberships follow each other in time: no two of them have dates whose order the precision leaves open (2013 and 2013-07), and only the earliest says that the history before it is unknown (`priorHistory`).",
  check(tables, report) {
    for (const t of rows(tables, 'treaties')) {
      const steps = t.steps as Step[];
      steps.forEach((s, j) => {
        const before = steps[j - 1];
        if (before && !notAfter(before.date.value, s.date.value)) {
          report(
            'treaties',
            t.id as string,
            `steps.${j}.date`,
            `${s.date.value} is recorded after a step of ${before.date.value}`,
          );
        }
      });
      const at = (action: string) => steps.findIndex((s) => s.action === action);
      const sequence = ['signed', 'entered-into-force', 'suspended'].map(at).filter((i) => i >= 0);
      for (let k = 1; k < sequence.length; k++) {
        if (sequence[k - 1]! > sequence[k]!)
          report(
            'treaties',
            t.id as string,
            'steps',
            'signed, entered into force and suspended are recorded out of order',
          );
      }
    }
    const dated = rows(tables, 'partnerships').filter((m) => m.since !== null);
    for (const [i, a] of dated.entries()) {
      for (const b of dated.slice(i + 1)) {
        const x = (a.since as Step['date']).value;
        const y = (b.since as Step['date']).value;
        if (a.country !== b.country || x === y || x.length === y.length) continue;
        const [short, long] = x.length < y.length ? [x, y] : [y, x];
        if (long.startsWith(short)) {
          report('partnerships', b.id as string, 'since', `its order with ${a.id} is left open: ${y} and ${x}`);
        }
      }
    }
    for (const m of rows(tables, 'partnerships')) {
      if (m.priorHistory === undefined) continue;
      const since = (r: typeof m) => (r.since === null ? '9999' : (r.since as Step['date']).value);
      const earlier = rows(tables, 'partnerships').find((o) => o.country === m.country && since(o) < since(m));
      if (earlier) {
        report(
          'partnerships',
          m.id as string,
          'priorHistory',
          `not the earliest record of ${m.country}: ${earlier.id} is`,
        );
      }
    }
  },
} as const satisfies Rule;
