/**
 * Which of Hong Kong's surrender-of-fugitive-offenders agreements were suspended after the National
 * Security Law of 30 June 2020, by whom and when: each suspension has two sides, the foreign government
 * first, then Hong Kong or Beijing.
 *
 *   npx tsx examples/hong-kong-suspensions.ts
 *
 * (In your own project, import from 'china-security-risk-data' instead of '../src/index.js'.)
 */
import { countryOf, treaties, treatiesSuspendedAfter } from '../src/index.js';

const suspended = treatiesSuspendedAfter('2020-06-30').filter((t) => t.chinaSide === 'HK');
console.log(
  `${suspended.length} of Hong Kong's ${treaties.filter((t) => t.chinaSide === 'HK').length} agreements were suspended after 2020-06-30:`,
);
for (const treaty of suspended) {
  const steps = treaty.steps.filter((s) => s.action === 'suspension-announced' || s.action === 'suspended');
  const name = countryOf(treaty.counterparty)?.name ?? treaty.counterparty;
  console.log(`- ${name} (${treaty.id})`);
  for (const step of steps) {
    const what = step.action === 'suspended' ? 'suspended' : 'announced';
    console.log(
      `    ${step.date.value.padEnd(10)} ${what.padEnd(9)} by ${step.by?.body ?? 'both sides'} [${step.by?.country ?? '-'}]`,
    );
  }
}

const never = treaties.filter((t) => t.chinaSide === 'HK' && t.status === 'not-ratified');
for (const treaty of never) {
  const last = treaty.steps.at(-1);
  console.log(
    `Never in force: ${countryOf(treaty.counterparty)?.name} (${treaty.id}), last step ${last?.action} on ${last?.date.value} by ${last?.by?.body ?? 'both sides'}`,
  );
}
