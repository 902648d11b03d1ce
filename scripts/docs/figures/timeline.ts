/**
 * The timeline (`timeline.svg`): the events and the watch-items, each drawn as precisely as its date is
 * known, on an axis that compresses the years before the edition's.
 */
import { EDITION, type EditionSection, SECTION_IDS } from '../../../src/edition.js';
import { daysInMonth, periodEnd, periodStart } from '../../../src/lib/calendar.js';
import { type Data, INK, MUTED, svgOpen, xml } from './svg.js';

type DateLike = { value: string; end?: string | undefined };

/** Colour of each section of the tracker; its heading is the edition's (`EDITION.sections`). */
const SECTION_COLOURS: Record<EditionSection, string> = {
  'focus-topic': '#0072b2',
  'exhibit-1': '#999999',
  'graphic-of-the-quarter': '#cc79a7',
  'domestic-stability': '#d55e00',
  'security-and-defense': '#009e73',
  'geopolitical-competition': '#e69f00',
  'economic-and-tech-security': '#56b4e9',
  'looking-forward': '#444444',
};
/** A section's heading and colour; an event with no section gets a grey mark and no label. */
const sectionStyle = (id: EditionSection | undefined) =>
  id ? { label: EDITION.sections[id], colour: SECTION_COLOURS[id] } : { label: '', colour: '#999999' };

const VERDICT_STYLE: Record<string, { label: string; colour: string }> = {
  'as-expected': { label: 'as expected', colour: '#009e73' },
  partly: { label: 'partly', colour: '#e69f00' },
  'later-than-expected': { label: 'later than expected', colour: '#56b4e9' },
  'not-as-expected': { label: 'not as expected', colour: '#d55e00' },
};

const DAY_MS = 86_400_000;
/** The time value of the first instant (UTC) of a calendar day `YYYY-MM-DD`. */
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
/** The first instant of a dated period. */
const startMs = (d: DateLike) => dayMs(periodStart(d));
/** The first instant after a dated period (its exclusive end), from its `end` if it is a span. */
const endMs = (d: DateLike) => dayMs(periodEnd(d)) + DAY_MS;
/** Whether two dated periods share no day. */
export const disjoint = (a: DateLike, b: DateLike) => periodEnd(a) < periodStart(b) || periodEnd(b) < periodStart(a);
/** Whether a date is one day (drawn as a dot), not a month, a year or a span (drawn as a bar). */
const isPoint = (d: DateLike) => periodStart(d) === periodEnd(d);

/** The months of the axis, from January of `year` to the month after that of `lastDay`, as time spans. */
function axisMonths(year: number, lastDay: string): { from: number; to: number }[] {
  const [lastYear, lastMonth] = lastDay.split('-').map(Number) as [number, number];
  const months: { from: number; to: number }[] = [];
  // Months counted from year 0: 12 * year + month - 1; the month after the last date's is 12 * lastYear + lastMonth.
  for (let i = 12 * year; i <= 12 * lastYear + lastMonth; i++) {
    const y = Math.floor(i / 12);
    const m = (i % 12) + 1;
    const from = dayMs(`${y}-${String(m).padStart(2, '0')}-01`);
    months.push({ from, to: from + daysInMonth(y, m) * DAY_MS });
  }
  return months;
}
/** A date or span, compactly but unambiguously: `2021-05-29–31`, `2021-06-30 – 07-02`, `2021-03 – 2021-07`. */
function dateText(d: DateLike): string {
  if (!d.end || d.end === d.value) return d.value;
  const [y0, m0] = d.value.split('-');
  const [y1, m1, d1] = d.end.split('-');
  if (d.value.length === 10 && d.end.length === 10 && y0 === y1)
    return m0 === m1 ? `${d.value}–${d1}` : `${d.value} – ${m1}-${d1}`;
  return `${d.value} – ${d.end}`;
}
const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function timelineSvg(data: Data): string {
  const W = 900;
  const ROW = 17;
  const DATE_X = 10;
  const TITLE_X = 132;
  const AXIS_X = 436;
  const AXIS_END = W - 12;
  const dated = data.events.flatMap((e) => {
    const date = e.date ?? e.trackerDate;
    return date ? [{ event: e, date }] : [];
  });
  // Two linear segments: the years before the edition's year, compressed, then the edition's year.
  const editionYear = Number(data.dataset.asOf.slice(0, 4));
  const allDates: DateLike[] = [
    ...dated.map((d) => d.date),
    ...data.watchItems.flatMap((w) => [w.window, ...(w.outcome.date ? [w.outcome.date] : [])]),
  ];
  const firstYear = Math.min(...allDates.map((d) => Number(periodStart(d).slice(0, 4))));
  // The edition's year month by month, with one month of room after the last date.
  const months = axisMonths(editionYear, allDates.map(periodEnd).sort().at(-1)!);
  const splitMs = months[0]!.from;
  const endAxisMs = months.at(-1)!.to;
  const A = { from: dayMs(`${firstYear}-01-01`), to: splitMs, x0: AXIS_X, x1: AXIS_X + 80 };
  const B = { from: splitMs, to: endAxisMs, x0: AXIS_X + 96, x1: AXIS_END };
  const x = (ms: number) => {
    const seg = ms < splitMs ? A : B;
    return seg.x0 + ((Math.min(Math.max(ms, seg.from), seg.to) - seg.from) / (seg.to - seg.from)) * (seg.x1 - seg.x0);
  };

  // Legend, flowing onto as many rows as it needs.
  const legend: string[] = [];
  let lx = 12;
  let ly = 76;
  const place = (width: number) => {
    if (lx + width > W - 8) {
      lx = 12;
      ly += 20;
    }
    const at = lx;
    lx += width;
    return at;
  };
  const usedSections = new Set(dated.map((d) => d.event.sections[0]));
  for (const id of SECTION_IDS.filter((s) => usedSections.has(s))) {
    const { label, colour } = sectionStyle(id);
    const at = place(30 + label.length * 7);
    legend.push(
      `<circle cx="${at + 5}" cy="${ly - 4}" r="5" fill="${colour}"/><text x="${at + 15}" y="${ly}" font-size="12.5" fill="${INK}">${xml(label)}</text>`,
    );
  }
  lx = 12;
  ly += 22;
  const symbols: [string, (at: number) => string][] = [
    ['a day', (at) => `<circle cx="${at + 5}" cy="${ly - 4}" r="4.5" fill="${MUTED}"/>`],
    [
      'a month, a year or a span, as precise as the sources',
      (at) =>
        `<rect x="${at - 4}" y="${ly - 8}" width="18" height="8" rx="2" fill="${MUTED}" fill-opacity="0.55" stroke="${MUTED}"/>`,
    ],
    [
      "the tracker's date, where it disagrees with the sources'",
      (at) =>
        `<path d="M${at + 5},${ly - 10} l5.5,5.5 l-5.5,5.5 l-5.5,-5.5 z" fill="#fff" stroke="${INK}" stroke-width="1.3"/>`,
    ],
    [
      'the window the tracker said to watch',
      (at) => `<rect x="${at - 4}" y="${ly - 10}" width="18" height="11" fill="url(#hatch-window)" stroke="${INK}"/>`,
    ],
  ];
  for (const [label, symbol] of symbols) {
    const at = place(34 + label.length * 6.9);
    legend.push(`${symbol(at)}<text x="${at + 19}" y="${ly}" font-size="12.5" fill="${INK}">${xml(label)}</text>`);
  }

  const TOP = ly + 48;
  const eventsTop = TOP + 20;
  const watchTop = eventsTop + dated.length * ROW + 44;
  const bottom = watchTop + data.watchItems.length * ROW;
  const grid: string[] = [];
  const ticks: string[] = [];
  for (let year = firstYear + ((5 - (firstYear % 5)) % 5); year < editionYear; year += 5) {
    const tx = x(dayMs(`${year}-01-01`));
    grid.push(`<line x1="${tx.toFixed(1)}" x2="${tx.toFixed(1)}" y1="${TOP}" y2="${bottom}" stroke="#edf0f4"/>`);
    if (year % 10 === 0)
      ticks.push(
        `<text x="${tx.toFixed(1)}" y="${TOP - 6}" font-size="11" text-anchor="middle" fill="${MUTED}">${year}</text>`,
      );
  }
  for (const { from, to } of months) {
    const tx = x(from);
    grid.push(`<line x1="${tx.toFixed(1)}" x2="${tx.toFixed(1)}" y1="${TOP}" y2="${bottom}" stroke="#e3e8ee"/>`);
    const label = new Date(from).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }).slice(0, 3);
    ticks.push(
      `<text x="${((tx + x(to)) / 2).toFixed(1)}" y="${TOP - 6}" font-size="11" text-anchor="middle" fill="${MUTED}">${label}</text>`,
    );
  }
  ticks.push(
    `<text x="${((A.x0 + A.x1) / 2).toFixed(1)}" y="${TOP - 24}" font-size="11.5" font-weight="700" text-anchor="middle" fill="${INK}">${firstYear}–${editionYear - 1}</text>`,
    `<text x="${((B.x0 + B.x1) / 2).toFixed(1)}" y="${TOP - 24}" font-size="11.5" font-weight="700" text-anchor="middle" fill="${INK}">${editionYear}</text>`,
    `<path d="M${A.x1 + 4},${TOP - 4} l4,8 M${A.x1 + 9},${TOP - 4} l4,8" stroke="${MUTED}" stroke-width="1.2"/>`,
    `<line x1="${A.x0}" x2="${A.x1}" y1="${TOP}" y2="${TOP}" stroke="${MUTED}"/><line x1="${B.x0}" x2="${B.x1}" y1="${TOP}" y2="${TOP}" stroke="${MUTED}"/>`,
  );
  const asOfX = x(startMs({ value: data.dataset.asOf }));
  grid.push(
    `<line x1="${asOfX.toFixed(1)}" x2="${asOfX.toFixed(1)}" y1="${TOP}" y2="${bottom}" stroke="#7a1f1f" stroke-dasharray="3 3"/>`,
    `<text x="${(asOfX + 3).toFixed(1)}" y="${bottom + 14}" font-size="11" fill="#7a1f1f">edition, ${xml(data.dataset.asOf)}</text>`,
  );

  const markFor = (d: DateLike, colour: string, attrs: string, tip: string, cy: number) => {
    if (isPoint(d)) {
      return `<circle ${attrs} cx="${x(startMs(d)).toFixed(1)}" cy="${cy}" r="4.5" fill="${colour}" stroke="${colour}" stroke-width="1"><title>${xml(tip)}</title></circle>`;
    }
    const x0 = x(startMs(d));
    const w = Math.max(3, x(endMs(d)) - x0);
    return `<rect ${attrs} x="${x0.toFixed(1)}" y="${cy - 4}" width="${w.toFixed(1)}" height="8" rx="2" fill="${colour}" fill-opacity="0.55" stroke="${colour}" stroke-width="1.2"><title>${xml(tip)}</title></rect>`;
  };

  const rows: string[] = [];
  dated.forEach(({ event, date }, i) => {
    const cy = eventsTop + i * ROW;
    const section = sectionStyle(event.sections[0]);
    const from = event.date ? 'sources' : 'tracker';
    if (i % 2 === 0) rows.push(`<rect x="6" y="${cy - ROW / 2}" width="${W - 12}" height="${ROW}" fill="#f5f7fa"/>`);
    rows.push(
      `<text x="${DATE_X}" y="${cy + 4}" font-size="11.5" fill="${MUTED}">${xml(dateText(date))}</text>`,
      `<text x="${TITLE_X}" y="${cy + 4}" font-size="12" fill="${INK}">${xml(truncate(event.title, 45))}<title>${xml(`${event.title} (${event.id})`)}</title></text>`,
      markFor(
        date,
        section.colour,
        `data-mark="event" data-id="${event.id}"`,
        `${dateText(date)} (${from}): ${event.title} [${section.label}]`,
        cy,
      ),
    );
    const tracker = event.trackerDate;
    if (event.date && tracker && disjoint(tracker, event.date)) {
      const tx = x(startMs(tracker)) + (isPoint(tracker) ? 0 : (x(endMs(tracker)) - x(startMs(tracker))) / 2);
      rows.push(
        `<path data-mark="tracker-date" data-id="${event.id}" d="M${tx.toFixed(1)},${cy - 5.5} l5.5,5.5 l-5.5,5.5 l-5.5,-5.5 z" fill="#ffffff" stroke="${INK}" stroke-width="1.3"><title>${xml(`The tracker dates it ${dateText(tracker)}; the sources ${dateText(event.date)}`)}</title></path>`,
      );
    }
  });
  rows.push(
    `<text x="${DATE_X}" y="${watchTop - 18}" font-size="14" font-weight="700" fill="${INK}">What to watch (the tracker, ${xml(data.dataset.asOf)}) and what happened</text>`,
  );
  data.watchItems.forEach((w, i) => {
    const cy = watchTop + i * ROW;
    const verdict = VERDICT_STYLE[w.outcome.verdict] ?? { label: w.outcome.verdict, colour: '#999999' };
    if (i % 2 === 0) rows.push(`<rect x="6" y="${cy - ROW / 2}" width="${W - 12}" height="${ROW}" fill="#f5f7fa"/>`);
    const title = truncate(`${w.order}. ${w.title}`, 42 - verdict.label.length);
    rows.push(
      `<text x="${DATE_X}" y="${cy + 4}" font-size="11.5" fill="${MUTED}">${xml(w.windowText)}</text>`,
      `<text x="${TITLE_X}" y="${cy + 4}" font-size="12" fill="${INK}">${xml(title)} <tspan fill="${verdict.colour}" font-weight="700">${xml(verdict.label)}</tspan><title>${xml(w.title)}</title></text>`,
    );
    const x0 = x(startMs(w.window));
    rows.push(
      `<rect data-mark="watch-window" data-id="${w.id}" x="${x0.toFixed(1)}" y="${cy - 5.5}" width="${Math.max(4, x(endMs(w.window)) - x0).toFixed(1)}" height="11" fill="url(#hatch-window)" stroke="${INK}" stroke-width="1"><title>${xml(`Window the tracker gave: ${w.windowText} (${dateText(w.window)})`)}</title></rect>`,
    );
    if (w.outcome.date) {
      rows.push(
        markFor(
          w.outcome.date,
          verdict.colour,
          `data-mark="watch-outcome" data-id="${w.id}"`,
          `Outcome ${dateText(w.outcome.date)} (${verdict.label}): ${w.outcome.summary}`,
          cy,
        ),
      );
    }
  });

  const H = bottom + 24;
  return `${[
    svgOpen(
      W,
      H,
      'Timeline of events and watch-items',
      `${dated.length} dated events the tracker reports and its ${data.watchItems.length} watch-items with their outcomes, each drawn as precisely as its date is known.`,
      'timeline',
    ),
    '<defs><pattern id="hatch-window" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)"><rect width="4" height="4" fill="#ffffff"/><rect width="1.3" height="4" fill="#8a96a3"/></pattern></defs>',
    `<text x="12" y="30" font-size="20" font-weight="700" fill="${INK}">Events the tracker reports, and what it said to watch</text>`,
    `<text x="12" y="52" font-size="13" fill="${MUTED}">${dated.length} events by the sources' date (the tracker's where the sources give none), by the tracker section that reports them.</text>`,
    ...legend,
    ...grid,
    ...rows,
    ...ticks,
    '</svg>',
  ].join('\n')}\n`;
}
