/**
 * Countries by tier, year by year (`tier-years.svg`): the partnership panel (`partnershipYears()`, the rows
 * of `data/partnership-years.csv`) as stacked bars, one bar per year from the panel's first year to the
 * last day the data covers, each partner country in the tier of its level on 31 December (for the last
 * year, on that last day), and the countries whose partnership that year is on none of the levels in a
 * grey band of their own. Rows of no partnership, of a place not known and of North Korea are not counted.
 */
import { EDITION } from '../../../src/edition.js';
import { TIER_COLOURS } from './ladder.js';
import { countryName, type Data, INK, MUTED, svgOpen, wrap, xml } from './svg.js';

/** Key of the band of countries off the ladder (`level` empty); a tier's key is its code. */
export const OFF = 'off';
/** Colour of that band. */
const OFF_COLOUR = '#b3bcc6';

/** One bar: the year, its counts by tier code (and {@link OFF}), and their sum. */
export interface TierYear {
  year: number;
  counts: Record<string, number>;
  total: number;
}

/**
 * The panel's rows of partner countries (`status` `level` or `off-ladder`) counted by `year` and `tier`
 * (`null` counted as {@link OFF}), for every year from the first the panel has to the last; a tier with no
 * country that year counts 0.
 */
export function tierYearCounts(data: Data): TierYear[] {
  const rows = data.partnershipYears();
  const keys = [...data.tiers.map((t) => t.code as string), OFF];
  const years = rows.map((r) => r.year);
  const out: TierYear[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    const counts: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
    for (const r of rows) {
      if (r.year !== year || (r.status !== 'level' && r.status !== 'off-ladder')) continue;
      const key = r.tier ?? OFF;
      if (!(key in counts)) throw new Error(`${r.country} ${r.year}: tier ${key} is not in the tiers table`);
      counts[key]!++;
    }
    out.push({ year, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) });
  }
  return out;
}

/** A step for the count axis that gives at most 8 gridlines. */
const stepFor = (max: number) => [1, 2, 5, 10, 20, 25, 50, 100, 200, 500].find((s) => max / s <= 8) ?? 1000;

export function tierYearsSvg(data: Data): string {
  const bars = tierYearCounts(data);
  const first = bars[0]!.year;
  const last = bars.at(-1)!.year;
  const tiers = data.tiers.map((t, i) => ({
    key: t.code as string,
    colour: TIER_COLOURS[i] ?? TIER_COLOURS.at(-1)!,
    label: `Tier ${t.code} · ${t.nameEn}`,
    zh: t.nameZh,
    short: `Tier ${t.code}`,
  }));
  const off = {
    key: OFF,
    colour: OFF_COLOUR,
    label: `Off the ladder: a partnership on none of the ${data.levels.length} levels`,
    zh: '',
    short: 'Off',
  };
  // Closest first from the top of a bar; the countries off the ladder on the axis.
  const bands = [...tiers, off];
  const W = 820;
  const X0 = 64;
  const X1 = W - 58;
  const TOP = 158;
  const BOTTOM = 458;
  const maxTotal = Math.max(...bars.map((b) => b.total));
  const step = stepFor(maxTotal);
  const axisMax = Math.ceil(maxTotal / step) * step;
  const unit = (BOTTOM - TOP) / axisMax;
  const slot = (X1 - X0) / bars.length;
  const barW = Math.min(28, slot * 0.72);
  const xOf = (i: number) => X0 + i * slot + (slot - barW) / 2;
  const f = (n: number) => Number(n.toFixed(2));

  // Legend: the tiers closest first, then the band off the ladder, in two columns.
  const legend: string[] = [];
  const perColumn = Math.ceil(bands.length / 2);
  bands.forEach((b, i) => {
    const lx = 14 + Math.floor(i / perColumn) * 420;
    const ly = 84 + (i % perColumn) * 21;
    legend.push(
      `<g data-legend="${b.key === OFF ? 'off' : 'tier'}" data-tier="${b.key}">`,
      `<rect x="${lx}" y="${ly - 11}" width="14" height="14" rx="2" fill="${b.colour}"/>`,
      `<text x="${lx + 21}" y="${ly}" font-size="12.5" fill="${INK}">${xml(b.label)}${b.zh ? ` <tspan fill="${MUTED}">${xml(b.zh)}</tspan>` : ''}</text>`,
      `</g>`,
    );
  });

  // Count axis, gridlines and its title.
  const axis: string[] = [];
  for (let v = 0; v <= axisMax; v += step) {
    const y = f(BOTTOM - v * unit);
    axis.push(
      `<line x1="${X0}" x2="${X1}" y1="${y}" y2="${y}" stroke="${v === 0 ? MUTED : '#e3e8ee'}"/>`,
      `<text x="${X0 - 6}" y="${y + 4}" font-size="11" text-anchor="end" fill="${MUTED}">${v}</text>`,
    );
  }
  const midY = (TOP + BOTTOM) / 2;
  axis.push(
    `<text x="18" y="${midY}" font-size="12.5" text-anchor="middle" fill="${INK}" transform="rotate(-90 18 ${midY})">Partner countries</text>`,
  );

  // The bars, each a stack of bands, and the year axis (every other year, counted back from the last).
  const marks: string[] = [];
  bars.forEach((bar, i) => {
    const x = f(xOf(i));
    const cx = f(xOf(i) + barW / 2);
    if (bar.total > 0) {
      marks.push(`<g data-mark="bar" data-id="${bar.year}" data-year="${bar.year}" data-count="${bar.total}">`);
      let y = BOTTOM;
      for (const b of [...bands].reverse()) {
        const n = bar.counts[b.key]!;
        if (n === 0) continue;
        const h = n * unit;
        y -= h;
        const what = b.key === OFF ? 'off the ladder' : `on tier ${b.key}`;
        const tip = `${bar.year}: ${n} ${n === 1 ? 'country' : 'countries'} ${what}`;
        marks.push(
          `<rect data-mark="band" data-id="${bar.year}-${b.key}" data-year="${bar.year}" data-tier="${b.key}" data-count="${n}" x="${x}" y="${f(y)}" width="${f(barW)}" height="${f(h)}" fill="${b.colour}" stroke="#ffffff" stroke-width="0.6"><title>${xml(tip)}</title></rect>`,
        );
        if (h >= 13)
          marks.push(
            `<text x="${cx}" y="${f(y + h / 2 + 3.5)}" font-size="9.5" text-anchor="middle" fill="${b.key === OFF ? INK : '#ffffff'}" pointer-events="none">${n}</text>`,
          );
      }
      marks.push(
        `<text x="${cx}" y="${f(y - 4)}" font-size="10" text-anchor="middle" fill="${MUTED}">${bar.total}</text>`,
        '</g>',
      );
    }
    if ((last - bar.year) % 2 === 0)
      axis.push(
        `<line x1="${cx}" x2="${cx}" y1="${BOTTOM}" y2="${BOTTOM + 4}" stroke="${MUTED}"/>`,
        `<text x="${cx}" y="${BOTTOM + 17}" font-size="11" text-anchor="middle" fill="${MUTED}">${bar.year}</text>`,
      );
  });
  // Each band named at the right of the last bar, at its middle, pushed apart to 12 px at least.
  const lastX = f(xOf(bars.length - 1) + barW);
  const lastBar = bars.at(-1)!;
  let under = BOTTOM;
  let floor = Number.POSITIVE_INFINITY;
  for (const b of [...bands].reverse()) {
    const h = lastBar.counts[b.key]! * unit;
    if (h === 0) continue;
    floor = Math.min(under - h / 2 + 4, floor - 12);
    under -= h;
    axis.push(
      `<text x="${lastX + 6}" y="${f(floor)}" font-size="11" fill="${b.key === OFF ? MUTED : b.colour}">${xml(b.short)}</text>`,
    );
  }
  axis.push(
    `<text x="${lastX}" y="${BOTTOM + 31}" font-size="10.5" text-anchor="end" fill="#7a1f1f">${last}: on ${xml(data.dataset.coverageEnd)}</text>`,
    `<text x="${(X0 + X1) / 2}" y="${BOTTOM + 44}" font-size="12.5" text-anchor="middle" fill="${INK}">Year (level held on 31 December)</text>`,
  );

  // Caption: what is counted, the as-of rule, the band off the ladder, what moves in the edition's year.
  const rows = data.partnershipYears().filter((r) => r.status === 'level' || r.status === 'off-ladder');
  const offYears = rows.filter((r) => r.level === null).length;
  const tierOfRow = (r: { tier: string | null }) => (r.tier === null ? 'off the ladder' : `tier ${r.tier}`);
  const before = new Map(rows.filter((r) => r.year === last - 1).map((r) => [r.country, r]));
  const moved = rows
    .filter((r) => r.year === last && before.has(r.country) && before.get(r.country)!.tier !== r.tier)
    .map(
      (r) =>
        `${countryName(data, r.country)} (${r.country}) from ${tierOfRow(before.get(r.country)!)} to ${tierOfRow(r)}`,
    );
  const outside = data.outsideFramework.map((o) => countryName(data, o.country)).join(', ');
  const notes = [
    `Counted: the rows of partnershipYears() (data/partnership-years.csv) of each year whose status is level or off-ladder, one per partner country, by the tier of the level it held on 31 December (the panel's tier column). For ${last} the level is the one held on ${data.dataset.coverageEnd}, the last day the data covers: the dated history, whatever the tracker's own placement (its tracker_level column).`,
    `Grey: countries whose partnership that year has a name on none of the ${data.levels.length} levels (status off-ladder; ${offYears} country-years), drawn as a band of their own so that a bar's height is the number of partner countries that year.`,
    `Not counted: a year with no partnership (status none), a year whose partnership the sources show but neither name nor date (unknown), and ${outside || 'any country'} (outside the framework).`,
    ...(moved.length ? [`From ${last - 1} to ${last}: ${moved.join('; ')}.`] : []),
    `Source: ${EDITION.title}, ${EDITION.sections['exhibit-1']}, for the ladder; the sources cited in the data for the dates and for the years since ${EDITION.month}.`,
  ];
  const caption: string[] = [];
  let cy = BOTTOM + 70;
  for (const note of notes) {
    for (const line of wrap(note, 124)) {
      caption.push(`<text x="12" y="${cy}" font-size="11.5" fill="${MUTED}">${xml(line)}</text>`);
      cy += 16;
    }
    cy += 5;
  }
  const H = cy;
  return `${[
    svgOpen(
      W,
      H,
      `Partner countries by tier of the ladder, ${first}–${last}`,
      `Stacked bars, one per year from ${first} to ${last}: the number of China's partner countries on each of the ${data.tiers.length} tiers of the partnership ladder on 31 December (${last}: on ${data.dataset.coverageEnd}), and off the ladder; ${lastBar.total} countries in ${last}.`,
      'tier-years',
    ),
    `<text x="12" y="30" font-size="20" font-weight="700" fill="${INK}">Partner countries by tier of the ladder, ${first}–${last}</text>`,
    `<text x="12" y="52" font-size="13" fill="${MUTED}">Countries with a row in the partnership panel, by the tier held on 31 December (${last}: on ${xml(data.dataset.coverageEnd)}).</text>`,
    ...legend,
    ...axis,
    ...marks,
    ...caption,
    '</svg>',
  ].join('\n')}\n`;
}
