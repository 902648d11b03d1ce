/**
 * The treaty maps: a world map of the treaty statuses of the PRC and of Hong Kong on a day, in the
 * tracker's legend (equal-earth projection of the shapes in `world.ts`): on the last day the data covers
 * (`treaty-map-cn.svg`, `treaty-map-hk.svg`) and on the last day of the tracker's month
 * (`treaty-map-cn-2021.svg`, `treaty-map-hk-2021.svg`).
 */
import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import { AS_OF_START, EDITION_MONTH } from '../../../src/edition.js';
import { countryName, type Data, INK, MUTED, svgOpen, wrap, xml } from './svg.js';
import { loadWorld, SMALL_PLACES } from './world.js';

/** The tracker's legend, in its order, plus the dataset's `unknown`. */
const STATUS_STYLE: Record<string, { label: string; fill: string }> = {
  'in-force': { label: 'Ratified and in force', fill: '#0072b2' },
  suspended: { label: 'Suspended', fill: 'url(#hatch-suspended)' },
  'not-ratified': { label: 'Not ratified', fill: '#e69f00' },
  unknown: { label: 'Status unknown', fill: 'url(#hatch-unknown)' },
};

/** The month of a day, as the maps' titles write it (`August 2021`). */
function monthOf(day: string): string {
  return new Date(`${day.slice(0, 7)}-01T00:00:00Z`).toLocaleString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function treatyMapSvg(data: Data, side: 'CN' | 'HK', asOf: string = data.dataset.coverageEnd): string {
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
  const edition = asOf.slice(0, 7) === AS_OF_START.slice(0, 7);
  const month = edition ? EDITION_MONTH : monthOf(asOf);
  const statusOf = (t: Data['treaties'][number]) => data.treatyStatus(t.counterparty, { side, asOf });
  const all = data.treaties.filter((t) => t.chinaSide === side);
  // On the day: the treaties signed by then (an agreement only initialled has no status yet).
  const treaties = all
    .filter((t) => statusOf(t) !== undefined)
    .map((t) => {
      const afterEdition = t.steps.some((step) => step.date.value > '2021-08' && step.date.value.slice(0, 10) <= asOf);
      return { ...t, status: statusOf(t)!, statusCertainty: afterEdition ? 'confirmed' : t.statusCertainty };
    });
  const notYet = all.filter(
    (t) => statusOf(t) === undefined && t.steps.some((step) => step.date.value.slice(0, 10) <= asOf),
  );
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
  // Western Sahara is a shape of its own in the world (see world.ts), grey like any place with no treaty.
  const apart = `${countryName(data, 'EH')} (EH) drawn apart from ${countryName(data, 'MA')} (MA), as ISO 3166-1 codes them`;
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
    ...(notYet.length
      ? [
          `Not drawn: ${notYet.map((t) => `${countryName(data, t.counterparty)} (${t.counterparty}, ${t.steps.map((step) => `${step.action} ${step.date.value}`).join(', ')})`).join('; ')}, not yet signed.`,
        ]
      : []),
    ...(unplaced.length
      ? [
          `Not drawn (no shape and no point on file): ${unplaced.map((c) => `${countryName(data, c)} (${c})`).join(', ')}.`,
        ]
      : []),
    side === 'CN'
      ? `China in dark red. ${treaties.length} treaties in the data; the PRC states about 55-60 signed by 2021 and 60 by 2023, so countries left grey may still have one. Map: Natural Earth via world-atlas; ${apart}.`
      : `Hong Kong marked HK. All ${treaties.length} agreements Hong Kong signed; the suspensions followed the National Security Law of June 2020. Map: Natural Earth via world-atlas; ${apart}.`,
  ];
  const noteLines = notes.flatMap((n) => wrap(n, 118));
  const notesSvg = noteLines.map(
    (n, i) => `<text x="14" y="${LY + 24 + i * 17}" font-size="12" fill="${MUTED}">${xml(n)}</text>`,
  );
  const H = LY + 26 + noteLines.length * 17;
  const title =
    side === 'CN'
      ? `The PRC's extradition treaties: status in ${month}`
      : `Hong Kong's fugitive-surrender agreements: status in ${month}`;
  const id = `treaty-map-${side.toLowerCase()}${edition ? '-2021' : ''}`;
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
