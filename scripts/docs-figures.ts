/**
 * Draws the documentation's figures from the data, as SVG, into `docs/figures/` (run by `npm run docs`
 * before TypeDoc, which copies the figures the guides link to into `docs/api/media/`):
 *
 * - `ladder.svg`: the partnership ladder, its 5 tiers and 16 levels and the members of each level;
 * - `treaty-map-cn.svg` and `treaty-map-hk.svg`: a world map of the treaty statuses of the PRC and of
 *   Hong Kong, in the tracker's legend (world-atlas countries-110m, Natural Earth, equal-earth projection);
 * - `timeline.svg`: the events and the watch-items, each drawn as precisely as its date is known.
 *
 * Every mark carries `data-mark` (and an id attribute such as `data-country` or `data-id`), so that
 * `npm run docs:check` can count the marks in a browser against the data.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { FIGURES_DIR, loadData, writeOut, xml } from './docs-shared.js';

type Data = Awaited<ReturnType<typeof loadData>>;
type DateLike = { value: string; end?: string | undefined };

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as typeof import('i18n-iso-countries');

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', sans-serif";
const INK = '#1d2733';
const MUTED = '#5b6673';

function svgOpen(width: number, height: number, title: string, desc: string, id: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" data-figure="${id}" font-family="${xml(FONT)}">`,
    `<title id="${id}-title">${xml(title)}</title>`,
    `<desc id="${id}-desc">${xml(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ].join('\n');
}

const countryName = (data: Data, code: string) => data.countryOf(code)?.name ?? code;

/** Splits text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

// ---------------------------------------------------------------------------------------------------
// The ladder

/** Colours of the five tiers, closest (darkest) first. */
const TIER_COLOURS = ['#08306b', '#0b4f94', '#1f69b0', '#2f7bbf', '#4a8ac6'];

export function ladderSvg(data: Data): string {
  const W = 820;
  const CHIP_W = 32;
  const CHIP_H = 18;
  const CHIP_GAP = 4;
  const CHIPS_X = 372;
  const CHIPS_W = W - CHIPS_X - 14;
  const perLine = Math.floor((CHIPS_W + CHIP_GAP) / (CHIP_W + CHIP_GAP));
  const body: string[] = [];
  let y = 104;
  let memberCount = 0;
  for (const [t, tier] of data.tiers.entries()) {
    const levels = data.levels.filter((l) => l.tier === tier.code);
    const rows = levels.map((level) => {
      const members = data.membersOf(level.code);
      const names = wrap(level.nameEn, 40);
      const chipLines = Math.max(1, Math.ceil(members.length / perLine));
      const height = Math.max(12 + names.length * 16 + 16, 10 + chipLines * (CHIP_H + CHIP_GAP) + 4);
      return { level, members, names, height };
    });
    const tierHeight = 28 + rows.reduce((sum, r) => sum + r.height, 0);
    const colour = TIER_COLOURS[t] ?? TIER_COLOURS.at(-1)!;
    body.push(
      `<g data-mark="tier" data-tier="${tier.code}">`,
      `<rect x="10" y="${y}" width="${W - 20}" height="${tierHeight}" rx="6" fill="#f5f8fb" stroke="#d5dde6"/>`,
      `<rect x="10" y="${y}" width="8" height="${tierHeight}" rx="3" fill="${colour}"/>`,
      `<text x="28" y="${y + 19}" font-size="14" font-weight="700" fill="${colour}">Tier ${xml(tier.code)} · ${xml(tier.nameEn)} <tspan font-weight="400" fill="${MUTED}">${xml(tier.nameZh)}</tspan></text>`,
      `</g>`,
    );
    let ry = y + 28;
    for (const { level, members, names, height } of rows) {
      const said = level.tracker.countStated
        ? `tracker: ${level.tracker.count}`
        : `tracker names ${level.tracker.count}`;
      body.push(
        `<g data-mark="level" data-level="${level.code}">`,
        `<line x1="28" x2="${W - 14}" y1="${ry}" y2="${ry}" stroke="#e1e7ee"/>`,
        `<text x="28" y="${ry + 17}" font-size="13" font-weight="700" fill="${INK}">${xml(level.code)}</text>`,
        ...names.map(
          (line, i) => `<text x="58" y="${ry + 17 + i * 16}" font-size="13" fill="${INK}">${xml(line)}</text>`,
        ),
        `<text x="58" y="${ry + 17 + names.length * 16}" font-size="12" fill="${MUTED}">${xml(level.nameZh)} · ${xml(said)} · in the data: ${members.length}</text>`,
        `</g>`,
      );
      members.forEach((m, i) => {
        const cx = CHIPS_X + (i % perLine) * (CHIP_W + CHIP_GAP);
        const cy = ry + 6 + Math.floor(i / perLine) * (CHIP_H + CHIP_GAP);
        const tracker = m.basis === 'tracker';
        const since = m.since ? `, since ${m.since.value}` : '';
        const tip = `${countryName(data, m.country)} (${m.country}): ${level.code} ${level.nameEn}${since}; ${tracker ? 'named by the tracker' : 'placed by other sources'}`;
        body.push(
          `<g data-mark="member" data-country="${m.country}" data-level="${level.code}" data-basis="${m.basis}"><title>${xml(tip)}</title>`,
          `<rect x="${cx}" y="${cy}" width="${CHIP_W}" height="${CHIP_H}" rx="3" fill="${tracker ? colour : '#ffffff'}" stroke="${colour}" stroke-width="1.3"/>`,
          `<text x="${cx + CHIP_W / 2}" y="${cy + 13}" font-size="11.5" font-weight="600" text-anchor="middle" fill="${tracker ? '#ffffff' : INK}">${m.country}</text>`,
          `</g>`,
        );
        memberCount++;
      });
      ry += height;
    }
    y += tierHeight + 10;
  }
  const outside = data.outsideFramework.map((o) => `${countryName(data, o.country)} (${o.country})`).join(', ');
  const off = data.partnerships.filter((m) => m.level === null);
  const offText = off
    .map((m) => `${countryName(data, m.country)} (${m.country}${m.label?.en ? `: ${m.label.en}` : ''})`)
    .join('; ');
  const notes = [
    `Outside the framework: ${outside}.`,
    ...(off.length ? [`Off the 16 levels: ${offText}.`] : []),
    `Each country is drawn on the level it holds as of the edition (${data.dataset.asOf}), as membersOf() gives it. Source: MERICS China Security and Risk Tracker No. 3, Exhibit 1; the other members from the sources cited in the data.`,
  ];
  const lines = notes.flatMap((n) => wrap(n, 118));
  lines.forEach((n, i) => {
    body.push(`<text x="12" y="${y + 12 + i * 17}" font-size="12" fill="${MUTED}">${xml(n)}</text>`);
  });
  const H = y + 14 + lines.length * 17;
  const head = [
    svgOpen(
      W,
      H,
      "China's partnership ladder",
      `The 5 tiers and 16 levels of China's diplomatic partnerships, closest first, with the ${memberCount} countries the data places on them as of ${data.dataset.asOf}.`,
      'ladder',
    ),
    `<text x="12" y="30" font-size="20" font-weight="700" fill="${INK}">China's partnership ladder, closest first</text>`,
    `<text x="12" y="52" font-size="13" fill="${MUTED}">${data.tiers.length} tiers, ${data.levels.length} levels, ${memberCount} countries as of ${xml(data.dataset.asOf)}; per level, what the tracker says and the members in the data.</text>`,
    `<rect x="12" y="68" width="${CHIP_W}" height="${CHIP_H}" rx="3" fill="${TIER_COLOURS[2]}" stroke="${TIER_COLOURS[2]}"/><text x="${12 + CHIP_W / 2}" y="81" font-size="11.5" font-weight="600" text-anchor="middle" fill="#fff">XX</text>`,
    `<text x="52" y="82" font-size="13" fill="${INK}">named on the level by the tracker</text>`,
    `<rect x="282" y="68" width="${CHIP_W}" height="${CHIP_H}" rx="3" fill="#fff" stroke="${TIER_COLOURS[2]}" stroke-width="1.3"/><text x="${282 + CHIP_W / 2}" y="81" font-size="11.5" font-weight="600" text-anchor="middle" fill="${INK}">XX</text>`,
    `<text x="322" y="82" font-size="13" fill="${INK}">placed there by other sources (hover: country, date)</text>`,
  ];
  return `${[...head, ...body, '</svg>'].join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------
// The treaty maps

/** The tracker's legend, in its order, plus the dataset's `unknown`. */
const STATUS_STYLE: Record<string, { label: string; fill: string }> = {
  'in-force': { label: 'Ratified and in force', fill: '#0072b2' },
  suspended: { label: 'Suspended', fill: 'url(#hatch-suspended)' },
  'not-ratified': { label: 'Not ratified', fill: '#e69f00' },
  unknown: { label: 'Status unknown', fill: 'url(#hatch-unknown)' },
};

/**
 * Places too small for the 1:110m map (absent from world-atlas countries-110m), drawn as dots at a
 * hand-written longitude and latitude (approximate centre or capital).
 */
const SMALL_PLACES: Record<string, [number, number]> = {
  AD: [1.52, 42.55],
  AG: [-61.8, 17.08],
  BB: [-59.55, 13.17],
  BH: [50.56, 26.07],
  CK: [-159.78, -21.23],
  CV: [-23.6, 15.1],
  DM: [-61.37, 15.42],
  FM: [158.2, 6.9],
  GD: [-61.68, 12.12],
  HK: [114.17, 22.32],
  KI: [173.0, 1.4],
  KM: [43.33, -11.65],
  KN: [-62.75, 17.3],
  LC: [-60.98, 13.9],
  LI: [9.55, 47.16],
  MC: [7.42, 43.74],
  MH: [171.2, 7.1],
  MO: [113.55, 22.19],
  MT: [14.44, 35.9],
  MU: [57.55, -20.25],
  MV: [73.5, 4.18],
  NR: [166.93, -0.53],
  NU: [-169.87, -19.05],
  PW: [134.56, 7.5],
  SC: [55.45, -4.68],
  SG: [103.82, 1.35],
  SM: [12.46, 43.94],
  ST: [6.61, 0.19],
  TO: [-175.2, -21.15],
  TV: [179.2, -8.52],
  VA: [12.45, 41.9],
  VC: [-61.2, 13.25],
  WS: [-171.75, -13.76],
};

interface World {
  features: Feature<Geometry, { name: string }>[];
  /** alpha-2 code of each feature, where it has one. */
  codes: (string | undefined)[];
}

let world: World | undefined;
function loadWorld(): World {
  if (world) return world;
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features = collection.features;
  // world-atlas keys features by ISO 3166-1 numeric code; Kosovo has none there and is matched by name.
  const codes = features.map((f) =>
    f.id !== undefined ? iso.numericToAlpha2(String(f.id)) : f.properties.name === 'Kosovo' ? 'XK' : undefined,
  );
  world = { features, codes };
  return world;
}

export function treatyMapSvg(data: Data, side: 'CN' | 'HK'): string {
  const W = 800;
  const MAP_H = 392;
  const TOP = 76;
  const { features, codes } = loadWorld();
  const projection = geoEqualEarth().fitExtent(
    [
      [8, TOP],
      [W - 8, TOP + MAP_H],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath(projection).digits(1);
  const treaties = data.treaties.filter((t) => t.chinaSide === side);
  const byCountry = new Map(treaties.map((t) => [t.counterparty, t]));
  const drawn = new Set<string>();
  const land: string[] = [];
  const marks: string[] = [];
  /** Stroke of a mark: white hairline when the status is confirmed, dashed ink when uncertain or disputed. */
  const stroke = (certainty: string, width: number) =>
    certainty === 'confirmed'
      ? `stroke="#ffffff" stroke-width="${width}"`
      : `stroke="${INK}" stroke-width="${width + 0.9}" stroke-dasharray="2.5 1.5"`;
  const tip = (t: (typeof treaties)[number]) =>
    `${countryName(data, t.counterparty)} (${t.counterparty}): ${STATUS_STYLE[t.status]?.label ?? t.status}${t.statusCertainty === 'confirmed' ? '' : ` (${t.statusCertainty})`}; ${t.title}`;
  features.forEach((f, i) => {
    const code = codes[i];
    const d = path(f);
    if (!d) return;
    const treaty = code ? byCountry.get(code) : undefined;
    if (treaty) {
      drawn.add(treaty.counterparty);
      marks.push(
        `<path data-mark="treaty" data-id="${treaty.id}" data-country="${treaty.counterparty}" data-status="${treaty.status}" d="${d}" fill="${STATUS_STYLE[treaty.status]?.fill ?? '#999'}" ${stroke(treaty.statusCertainty, 0.5)}><title>${xml(tip(treaty))}</title></path>`,
      );
    } else if (code === 'CN') {
      land.push(
        `<path data-role="china" d="${d}" fill="#7a1f1f" stroke="#ffffff" stroke-width="0.5"><title>China (CN)</title></path>`,
      );
    } else {
      land.push(
        `<path d="${d}" fill="#dfe3e8" stroke="#ffffff" stroke-width="0.4"${code ? ` data-country="${code}"` : ''}><title>${xml(f.properties.name)}</title></path>`,
      );
    }
  });
  const dots: string[] = [];
  const unplaced: string[] = [];
  const labels: [number, number][] = [];
  /** A label's position next to a dot, moved down until it clears the labels already placed. */
  const labelAt = (px: number, py: number): [number, number] => {
    let y = py + 3.5;
    while (labels.some(([lx, ly]) => Math.abs(lx - (px + 8)) < 22 && Math.abs(ly - y) < 11)) y += 11;
    labels.push([px + 8, y]);
    return [px + 8, y];
  };
  for (const t of treaties) {
    if (drawn.has(t.counterparty)) continue;
    const at = SMALL_PLACES[t.counterparty];
    const xy = at ? projection(at) : null;
    if (!xy) {
      unplaced.push(t.counterparty);
      continue;
    }
    dots.push(
      `<circle data-mark="treaty" data-id="${t.id}" data-country="${t.counterparty}" data-status="${t.status}" data-shape="dot" cx="${xy[0].toFixed(1)}" cy="${xy[1].toFixed(1)}" r="5" fill="${STATUS_STYLE[t.status]?.fill ?? '#999'}" ${t.statusCertainty === 'confirmed' ? `stroke="${INK}" stroke-width="1"` : stroke(t.statusCertainty, 0.6)}><title>${xml(tip(t))}</title></circle>`,
    );
    const [lx, ly] = labelAt(xy[0], xy[1]);
    dots.push(
      `<text x="${lx.toFixed(1)}" y="${ly.toFixed(1)}" font-size="11" font-weight="600" fill="${INK}" paint-order="stroke" stroke="#ffffff" stroke-width="2.5">${t.counterparty}</text>`,
    );
  }
  if (side === 'HK') {
    const xy = projection(SMALL_PLACES.HK!)!;
    dots.push(
      `<circle data-role="hong-kong" cx="${xy[0].toFixed(1)}" cy="${xy[1].toFixed(1)}" r="5" fill="#7a1f1f" stroke="#ffffff" stroke-width="1.2"><title>Hong Kong (HK)</title></circle>`,
      `<text x="${(xy[0] + 6).toFixed(1)}" y="${(xy[1] + 13).toFixed(1)}" font-size="11" font-weight="700" fill="#7a1f1f" paint-order="stroke" stroke="#ffffff" stroke-width="2.5">HK</text>`,
    );
  }
  const counts = new Map<string, number>();
  for (const t of treaties) counts.set(t.status, (counts.get(t.status) ?? 0) + 1);
  const statuses = Object.keys(STATUS_STYLE).filter(
    (s) => counts.has(s) || (side === 'CN' ? s !== 'suspended' : s !== 'unknown'),
  );
  const legend: string[] = [];
  let lx = 14;
  let LY = TOP + MAP_H + 24;
  const items = [
    ...statuses.map((s) => ({
      key: s,
      label: `${STATUS_STYLE[s]!.label} (${counts.get(s) ?? 0})`,
      fill: STATUS_STYLE[s]!.fill,
    })),
    { key: 'none', label: 'No treaty in the data', fill: '#dfe3e8' },
  ];
  for (const item of items) {
    const width = 30 + item.label.length * 7.4;
    if (lx + width > W - 8) {
      lx = 14;
      LY += 20;
    }
    legend.push(
      `<g data-legend="${item.key}"><rect x="${lx}" y="${LY - 12}" width="18" height="13" fill="${item.fill}" stroke="${INK}" stroke-width="0.6"/>`,
      `<text x="${lx + 24}" y="${LY}" font-size="13" fill="${INK}">${xml(item.label)}</text></g>`,
    );
    lx += width;
  }
  const uncertain = treaties.filter((t) => t.statusCertainty !== 'confirmed');
  const smallShown = treaties
    .filter((t) => !drawn.has(t.counterparty) && !unplaced.includes(t.counterparty))
    .map((t) => t.counterparty);
  const notes = [
    ...(uncertain.length
      ? [
          `Dashed outline: status uncertain or disputed in the sources (${uncertain.map((t) => `${t.counterparty} ${t.statusCertainty}`).join(', ')}).`,
        ]
      : []),
    ...(smallShown.length
      ? [
          `Dots: too small for this 1:110m map, drawn at a hand-placed point: ${smallShown.map((c) => `${countryName(data, c)} (${c})`).join(', ')}.`,
        ]
      : []),
    ...(unplaced.length
      ? [
          `Not drawn (no shape and no point on file): ${unplaced.map((c) => `${countryName(data, c)} (${c})`).join(', ')}.`,
        ]
      : []),
    side === 'CN'
      ? `China in dark red. ${treaties.length} treaties in the data; the PRC states about 55-60 signed by 2021, so countries left grey may still have one. Map: Natural Earth via world-atlas.`
      : `Hong Kong marked HK. All ${treaties.length} agreements Hong Kong signed; the suspensions followed the National Security Law of June 2020. Map: Natural Earth via world-atlas.`,
  ];
  const noteLines = notes.flatMap((n) => wrap(n, 118));
  const notesSvg = noteLines.map(
    (n, i) => `<text x="14" y="${LY + 24 + i * 17}" font-size="12" fill="${MUTED}">${xml(n)}</text>`,
  );
  const H = LY + 26 + noteLines.length * 17;
  const title =
    side === 'CN'
      ? "The PRC's extradition treaties: status in August 2021"
      : "Hong Kong's fugitive-surrender agreements: status in August 2021";
  const id = `treaty-map-${side.toLowerCase()}`;
  return `${[
    svgOpen(W, H, title, `${treaties.length} treaties, one mark each, coloured by status in the tracker's legend.`, id),
    '<defs>',
    '<pattern id="hatch-suspended" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect width="5" height="5" fill="#f6c9b4"/><rect width="2.4" height="5" fill="#d55e00"/></pattern>',
    '<pattern id="hatch-unknown" patternUnits="userSpaceOnUse" width="4" height="4"><rect width="4" height="4" fill="#ffffff"/><circle cx="2" cy="2" r="1" fill="#6b6b6b"/></pattern>',
    '</defs>',
    `<text x="14" y="30" font-size="18" font-weight="700" fill="${INK}">${xml(title)}</text>`,
    `<text x="14" y="52" font-size="13" fill="${MUTED}">${xml(
      side === 'CN'
        ? `${treaties.length} extradition treaties of the People's Republic of China verified in the sources, in the tracker's legend.`
        : `Hong Kong's ${treaties.length} surrender-of-fugitive-offenders agreements, in the tracker's legend.`,
    )}</text>`,
    `<path d="${path({ type: 'Sphere' })}" fill="#f3f7fb" stroke="#c9d3de"/>`,
    `<path d="${path(geoGraticule10())}" fill="none" stroke="#e3eaf1" stroke-width="0.5"/>`,
    ...land,
    ...marks,
    ...dots,
    ...legend,
    ...notesSvg,
    '</svg>',
  ].join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------
// The timeline

const SECTION_STYLE: Record<string, { label: string; colour: string }> = {
  'focus-topic': { label: 'Focus topic', colour: '#0072b2' },
  'graphic-of-the-quarter': { label: 'Graphic of the quarter', colour: '#cc79a7' },
  'domestic-stability': { label: 'Domestic stability', colour: '#d55e00' },
  'security-and-defense': { label: 'Security and defense', colour: '#009e73' },
  'geopolitical-competition': { label: 'Geopolitical competition', colour: '#e69f00' },
  'economic-and-tech-security': { label: 'Economic and tech security', colour: '#56b4e9' },
  'looking-forward': { label: 'Looking forward', colour: '#444444' },
  'exhibit-1': { label: 'Exhibit 1', colour: '#999999' },
};

const VERDICT_STYLE: Record<string, { label: string; colour: string }> = {
  'as-expected': { label: 'as expected', colour: '#009e73' },
  partly: { label: 'partly', colour: '#e69f00' },
  'later-than-expected': { label: 'later than expected', colour: '#56b4e9' },
  'not-as-expected': { label: 'not as expected', colour: '#d55e00' },
};

const DAY = 86_400_000;
const startMs = (d: DateLike) =>
  Date.parse(
    `${d.value.length === 4 ? `${d.value}-01-01` : d.value.length === 7 ? `${d.value}-01` : d.value}T00:00:00Z`,
  );
/** The first instant after the period (exclusive end), from its `end` if it is a span. */
function endMs(d: DateLike): number {
  const last = d.end ?? d.value;
  const [y, m, day] = last.split('-').map(Number) as [number, number?, number?];
  if (day !== undefined) return Date.UTC(y, m! - 1, day) + DAY;
  if (m !== undefined) return Date.UTC(y, m, 1);
  return Date.UTC(y + 1, 0, 1);
}
/** Whether two dated periods share no day. */
export const disjoint = (a: DateLike, b: DateLike) => endMs(a) <= startMs(b) || endMs(b) <= startMs(a);
const isPoint = (d: DateLike) => d.value.length === 10 && (d.end === undefined || d.end === d.value);
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
  const splitMs = Date.UTC(editionYear, 0, 1);
  const allDates: DateLike[] = [
    ...dated.map((d) => d.date),
    ...data.watchItems.flatMap((w) => [w.window, ...(w.outcome.date ? [w.outcome.date] : [])]),
  ];
  const firstYear = new Date(Math.min(...allDates.map(startMs))).getUTCFullYear();
  const lastDate = new Date(Math.max(...allDates.map(endMs)) - 1);
  // One month of room after the last date.
  const endAxisMs = Date.UTC(lastDate.getUTCFullYear(), lastDate.getUTCMonth() + 2, 1);
  const A = { from: Date.UTC(firstYear, 0, 1), to: splitMs, x0: AXIS_X, x1: AXIS_X + 80 };
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
  const usedSections: string[] = [...new Set(dated.map((d) => d.event.sections[0] ?? ''))];
  for (const key of Object.keys(SECTION_STYLE).filter((k) => usedSections.includes(k))) {
    const { label, colour } = SECTION_STYLE[key]!;
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
    const tx = x(Date.UTC(year, 0, 1));
    grid.push(`<line x1="${tx.toFixed(1)}" x2="${tx.toFixed(1)}" y1="${TOP}" y2="${bottom}" stroke="#edf0f4"/>`);
    if (year % 10 === 0)
      ticks.push(
        `<text x="${tx.toFixed(1)}" y="${TOP - 6}" font-size="11" text-anchor="middle" fill="${MUTED}">${year}</text>`,
      );
  }
  for (let ms = splitMs; ms < endAxisMs; ) {
    const d = new Date(ms);
    const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    const tx = x(ms);
    grid.push(`<line x1="${tx.toFixed(1)}" x2="${tx.toFixed(1)}" y1="${TOP}" y2="${bottom}" stroke="#e3e8ee"/>`);
    const label = d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }).slice(0, 3);
    ticks.push(
      `<text x="${((tx + x(next)) / 2).toFixed(1)}" y="${TOP - 6}" font-size="11" text-anchor="middle" fill="${MUTED}">${label}</text>`,
    );
    ms = next;
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
    const section = SECTION_STYLE[event.sections[0] ?? ''] ?? { label: '', colour: '#999999' };
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

/** The figures, by file name. */
export async function figures(): Promise<Record<string, string>> {
  const data = await loadData();
  return {
    'ladder.svg': ladderSvg(data),
    'treaty-map-cn.svg': treatyMapSvg(data, 'CN'),
    'treaty-map-hk.svg': treatyMapSvg(data, 'HK'),
    'timeline.svg': timelineSvg(data),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [name, svg] of Object.entries(await figures())) writeOut(join(FIGURES_DIR, name), svg);
}
