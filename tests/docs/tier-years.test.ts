/**
 * The tier-years figure of the Panels guide (`tier-years.svg`): the numbers it draws are the panel's, as
 * data/partnership-years.csv holds them, counted here by year and tier from the file itself; a few are
 * written down by hand from the file; the bands are drawn to one scale; the guide shows the figure.
 */
import { describe, expect, it } from 'vitest';
import * as data from '../../src/index.js';
import { figures } from '../../scripts/docs/figures/index.js';
import { tierYearsSvg } from '../../scripts/docs/figures/tier-years.js';
import { parseCsv, read } from '../data/files-helpers.js';

/** data/partnership-years.csv's partner rows (status level or off-ladder) counted by year and tier (`off` where the tier cell is empty). */
function csvCounts(): Map<string, number> {
  const [header, ...rows] = parseCsv(read('data/partnership-years.csv'));
  const year = header!.indexOf('year');
  const tier = header!.indexOf('tier');
  const status = header!.indexOf('status');
  expect([year, status, tier]).toEqual([2, 8, 10]);
  const counts = new Map<string, number>();
  for (const r of rows) {
    expect(r).toHaveLength(header!.length);
    if (r[status] !== 'level' && r[status] !== 'off-ladder') continue;
    const key = `${r[year]}-${r[tier] || 'off'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const svg = tierYearsSvg(data);
/** The bands the figure draws: `year-tier` → count, and each band's height. */
const bands = [
  ...svg.matchAll(
    /<rect data-mark="band" data-id="(\d{4})-(\w+)" data-year="\1" data-tier="\2" data-count="(\d+)"[^>]* height="([\d.]+)"/g,
  ),
].map((m) => ({ id: `${m[1]}-${m[2]}`, year: m[1]!, tier: m[2]!, count: Number(m[3]), height: Number(m[4]) }));
const drawn = new Map(bands.map((b) => [b.id, b.count]));
const bars = new Map(
  [...svg.matchAll(/<g data-mark="bar" data-id="(\d{4})" data-year="\1" data-count="(\d+)">/g)].map((m) => [
    m[1]!,
    Number(m[2]),
  ]),
);
/** The counts of one year, by tier, from a map keyed `year-tier`. */
const yearOf = (counts: Map<string, number>, year: number) =>
  Object.fromEntries([...counts].filter(([k]) => k.startsWith(`${year}-`)).map(([k, n]) => [k.slice(5), n]));

describe('the tier-years figure', () => {
  it('draws, for every year and tier, the number of rows data/partnership-years.csv has', () => {
    const csv = csvCounts();
    expect(drawn.size).toBeGreaterThan(50);
    expect(Object.fromEntries(drawn)).toEqual(Object.fromEntries(csv));
    // Each bar's total is its year's rows.
    for (const [year, total] of bars)
      expect(total, year).toBe([...csv].filter(([k]) => k.startsWith(`${year}-`)).reduce((s, [, n]) => s + n, 0));
  });

  it('holds the counts written down by hand from data/partnership-years.csv for 2005, 2019, 2021, 2024 and 2026', () => {
    // Counted in the file (the rows of a year whose status is level or off-ladder, by the tier column).
    expect(yearOf(drawn, 2005)).toEqual({ '2': 2, '3': 14, '4': 11, off: 7 });
    // Ireland's 互惠战略伙伴关系 is off the ladder since 2.0.0 (1.x: 65 on tier 3, 2 off).
    expect(yearOf(drawn, 2019)).toEqual({ '1': 1, '2': 23, '3': 64, '4': 13, '5': 1, off: 3 });
    // 2021 on 31 December: Cyprus's strategic partnership of 30 November 2021 joins tier 3.
    expect(yearOf(drawn, 2021)).toEqual({ '1': 1, '2': 23, '3': 65, '4': 13, '5': 1, off: 3 });
    // After the FOCAC summit of September 2024: 31 on tier 2, 90 on tier 3, 13 off the ladder.
    expect(yearOf(drawn, 2024)).toEqual({ '1': 1, '2': 31, '3': 90, '4': 5, '5': 1, off: 13 });
    expect(yearOf(drawn, 2026)).toEqual({ '1': 1, '2': 31, '3': 90, '4': 5, '5': 1, off: 14 });
    expect([2005, 2019, 2021, 2024, 2026].map((y) => bars.get(String(y)))).toEqual([34, 105, 106, 141, 142]);
    // One value alone: 44 countries on tier 3 at the end of 2014.
    expect(svg).toContain('data-mark="band" data-id="2014-3" data-year="2014" data-tier="3" data-count="44"');
  });

  it('runs from the panel first year, 1993, to 2026, one bar a year, with no tier outside 1-5 and off', () => {
    expect([...bars.keys()]).toEqual(Array.from({ length: 34 }, (_, i) => String(1993 + i)));
    expect(new Set(bands.map((b) => b.tier))).toEqual(new Set(['1', '2', '3', '4', '5', 'off']));
    // Russia, alone on tier 1 from 2019 on.
    expect([...drawn].filter(([k]) => k.endsWith('-1'))).toEqual([
      ['2019-1', 1],
      ['2020-1', 1],
      ['2021-1', 1],
      ['2022-1', 1],
      ['2023-1', 1],
      ['2024-1', 1],
      ['2025-1', 1],
      ['2026-1', 1],
    ]);
  });

  it('draws every band to one scale, with its count as its tooltip', () => {
    const perCountry = bands.map((b) => b.height / b.count);
    for (const h of perCountry) expect(h).toBeCloseTo(perCountry[0]!, 1);
    expect(perCountry[0]).toBeGreaterThan(1);
    expect(svg).toContain('<title>2014: 44 countries on tier 3</title>');
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('has a title, a legend of the five tiers and the grey band, axis titles and a caption with the as-of rule', () => {
    expect(svg).toContain('<title id="tier-years-title">Partner countries by tier of the ladder, 1993–2026</title>');
    for (const t of data.tiers) {
      expect(svg).toContain(`<g data-legend="tier" data-tier="${t.code}">`);
      expect(svg).toContain(`Tier ${t.code} · ${t.nameEn} <tspan fill="#5b6673">${t.nameZh}</tspan>`);
    }
    expect(svg).toContain('Off the ladder: a partnership on none of the 16 levels');
    expect(svg).toContain('>Partner countries</text>');
    expect(svg).toContain('>Year (level held on 31 December)</text>');
    expect(svg).toContain('>2026: on 2026-01-31</text>');
    // The caption, its lines joined: what is counted, the as-of rule, the grey band, what moves in the last year.
    const caption = [...svg.matchAll(/<text x="12" y="\d+" font-size="11.5" fill="#5b6673">([^<]*)<\/text>/g)]
      .map((m) => m[1])
      .join(' ');
    expect(caption).toContain(
      'Counted: the rows of partnershipYears() (data/partnership-years.csv) of each year whose status is level or off-ladder, one per partner country, by the tier of the level it held on 31 December',
    );
    expect(caption).toContain('For 2026 the level is the one held on 2026-01-31, the last day the data covers');
    expect(caption).toContain('Grey: countries whose partnership that year has a name on none of the 16 levels');
    // The last year's change is named: Canada's 新型战略伙伴关系 of 16 January 2026 (a qualifier, off the ladder).
    expect(caption).toContain('From 2025 to 2026: Canada (CA) from tier 3 to off the ladder.');
    expect(caption).toContain('the sources cited in the data for the dates and for the years since August 2021');
  });

  it('is one of the figures the docs build writes, and the Panels guide shows it with alt text', async () => {
    expect((await figures())['tier-years.svg']).toBe(svg);
    const guide = read('docs/guides/panels.md');
    const shown = /^\[!\[([^\]]+)\]\(\.\.\/figures\/tier-years\.svg\)\]\(\.\.\/figures\/tier-years\.svg\)$/m.exec(
      guide,
    );
    expect(shown?.[1]).toMatch(/^Stacked bars, one per year .* five tiers of the ladder, and off it/);
  });
});
