/**
 * A short tour of the helpers on the data: `npm run example`.
 * (In your own project, import from 'china-security-risk-data' instead of '../src/index.js'.)
 */
import {
  baseLevelOf,
  compareTiers,
  conflicts,
  dataset,
  eventsBetween,
  membersOf,
  standingOf,
  tierOf,
  treatiesSuspendedAfter,
  treatyStatus,
} from '../src/index.js';

console.log(
  `${dataset.edition.title} (${dataset.edition.date}) and the years since, data ${dataset.dataVersion}, covered to ${dataset.coverageEnd}`,
);
console.log(dataset.counts);

console.log('\n1. Rank a list of countries by closeness to Beijing');
const names = ['Japan', 'Germany', 'Pakistan', 'Israel', 'Russia', 'United Kingdom', 'North Korea', 'France'];
const ranked = names
  .map((name) => ({ name, level: tierOf(name) }))
  .sort((a, b) => (a.level && b.level ? compareTiers(a.level, b.level) : a.level ? -1 : b.level ? 1 : 0));
for (const { name, level } of ranked) {
  console.log(`  ${name.padEnd(15)} ${level ? `${level.code.padEnd(4)} ${level.nameEn}` : '(not on the ladder)'}`);
}

console.log('\n2. Hong Kong agreements suspended after the National Security Law (2020-06-30), by whom and when');
for (const treaty of treatiesSuspendedAfter('2020-06-30')) {
  const steps = treaty.steps.filter((s) => s.action === 'suspended');
  console.log(`  ${treaty.counterparty}: ${steps.map((s) => `${s.date.value} ${s.by?.body ?? ''}`).join('; then ')}`);
}
console.log(
  `  Canada on 2020-07-01: ${treatyStatus('Canada', { side: 'HK', asOf: '2020-07-01' })}; on 2020-07-04: ${treatyStatus('Canada', { side: 'HK', asOf: '2020-07-04' })}`,
);

console.log('\n3. Events around the 2021 NATO summit (2021-06-11 to 2021-06-28)');
for (const event of eventsBetween('2021-06-11', '2021-06-28')) {
  const date = event.date ?? event.trackerDate;
  console.log(`  ${date?.value}${date?.end ? `..${date.end}` : ''}  ${event.title}`);
}

const members = (asOf?: string) =>
  membersOf('4.2', { asOf })
    .map((m) => m.country)
    .join(', ');
console.log(`\n4. Members of level 4.2 in the tracker's month: ${members('2021-08-31')}; today: ${members()}`);
const hungary = standingOf('Hungary');
console.log(
  `   Hungary today: ${hungary?.status} (${hungary?.membership?.label?.en}); its base level, a reading: ${baseLevelOf('Hungary')?.code}`,
);
console.log(`5. Where the tracker and other sources disagree: ${conflicts.length} entries, e.g. ${conflicts[0]?.id}`);
