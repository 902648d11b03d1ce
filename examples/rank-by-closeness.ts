/**
 * Rank a list of countries by how close they stand to Beijing on China's partnership ladder.
 *
 *   npx tsx examples/rank-by-closeness.ts                      # a sample list
 *   npx tsx examples/rank-by-closeness.ts Japan 'South Korea' 德国
 *
 * (In your own project, import from 'china-security-risk-data' instead of '../src/index.js'.)
 */
import { compareTiers, countryOf, dataset, outsideFramework, tierOf } from '../src/index.js';

const input = process.argv.slice(2);
const names =
  input.length > 0
    ? input
    : ['Japan', 'Germany', 'Pakistan', 'Israel', 'Russia', 'United Kingdom', 'North Korea', 'Brazil', 'Atlantis'];

const rows = names.map((name) => ({ name, country: countryOf(name), level: tierOf(name) }));
const ranked = rows
  .filter((r) => r.level !== undefined)
  .sort((a, b) => compareTiers(a.level!, b.level!) || a.name.localeCompare(b.name));

console.log(`Closeness to Beijing as of ${dataset.asOf}, closest first (level codes 1.1 to 5.1):`);
ranked.forEach((r, i) => {
  const display = r.country ? `${r.country.name} (${r.country.code})` : r.name;
  console.log(`${String(i + 1).padStart(2)}. ${display.padEnd(22)} ${r.level!.code.padEnd(4)} ${r.level!.nameEn}`);
});

const outside = new Set(outsideFramework.map((o) => o.country));
for (const r of rows.filter((x) => x.level === undefined)) {
  const why = !r.country
    ? 'not a country name the data knows'
    : outside.has(r.country.code)
      ? 'outside the partnership framework'
      : 'no level on the ladder in the data';
  console.log(`    ${r.country ? `${r.country.name} (${r.country.code})` : r.name}: ${why}`);
}
