/**
 * The events around the NATO summit of 14 June 2021, where NATO called China a "systemic challenge":
 * everything the tracker reports in the two weeks before and after, with the day relative to the summit.
 *
 *   npx tsx examples/nato-summit-2021.ts
 *
 * (In your own project, import from 'china-security-risk-data' instead of '../src/index.js'.)
 */
import { events, eventsBetween } from '../src/index.js';

const summit = events.find((e) => e.id === 'nato-brussels-summit-2021');
if (!summit?.date) throw new Error('the NATO summit is not in the data');
const day = Date.parse(summit.date.value);
const shift = (days: number) => new Date(day + days * 86_400_000).toISOString().slice(0, 10);
const [from, to] = [shift(-14), shift(14)];

console.log(`${summit.title} (${summit.date.value}); events from ${from} to ${to}:`);
/** Days from the summit to the first (or last) day of a date given as YYYY, YYYY-MM or YYYY-MM-DD. */
function daysFromSummit(value: string, last = false): number {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  const ms =
    d !== undefined
      ? Date.UTC(y, m! - 1, d)
      : m !== undefined
        ? Date.UTC(y, last ? m : m - 1, last ? 0 : 1)
        : Date.UTC(last ? y + 1 : y, 0, last ? 0 : 1);
  return Math.round((ms - day) / 86_400_000);
}
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

for (const event of eventsBetween(from, to)) {
  const date = event.date ?? event.trackerDate!;
  const [first, last] = [daysFromSummit(date.value), daysFromSummit(date.end ?? date.value, true)];
  const offset = first === last ? signed(first) : `${signed(first)}..${signed(last)}`;
  const when = date.end ? `${date.value}..${date.end}` : date.value;
  const marker = event.id === summit.id ? '>>' : '  ';
  const tracker =
    event.trackerDate && event.date && event.trackerDate.value !== event.date.value
      ? ` (tracker: ${event.trackerDate.value})`
      : '';
  console.log(`${marker} ${offset.padStart(9)} d  ${when.padEnd(22)} ${event.title}${tracker}`);
}
