/**
 * Runs the dataset's lint (every rule of `src/lint/`) on the records in `src/data/` and prints each
 * problem with its rule; exits 1 when there is one. `npm run build:files` runs the same lint before it
 * writes anything.
 */
import { records } from '../src/data/index.js';
import { lint, RULES } from '../src/lint/index.js';

const problems = lint(records);
if (problems.length) {
  console.error(`The data fails the lint (${problems.length} problems):`);
  for (const p of problems) console.error(`  ${p.table}/${p.record}: ${p.field}: ${p.message} [${p.rule}]`);
  process.exit(1);
}
console.log(
  `Data passes the lint: ${RULES.length} rules, ${Object.values(records).reduce((n, t) => n + t.length, 0)} records.`,
);
