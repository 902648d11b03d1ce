/**
 * Draws the documentation's figures from the data, as SVG, into `docs/figures/` (run by `npm run docs`
 * before TypeDoc, which copies the figures the guides link to into `docs/api/media/`):
 *
 * - `ladder.svg`: the partnership ladder, its 5 tiers and 16 levels and the members of each level on the last
 *   day the data covers; `ladder-2021.svg` the same on the last day of the tracker's month;
 * - `treaty-map-cn.svg` and `treaty-map-hk.svg`: a world map of the treaty statuses of the PRC and of
 *   Hong Kong on the last day the data covers, in the tracker's legend (world-atlas countries-110m, Natural
 *   Earth, equal-earth projection); `treaty-map-cn-2021.svg` and `treaty-map-hk-2021.svg` the same in the
 *   tracker's month (August 2021);
 * - `timeline.svg`: the events and the watch-items, each drawn as precisely as its date is known;
 * - `tier-years.svg`: the number of partner countries on each tier per year, stacked, from
 *   `partnershipYears()` (the Panels guide).
 *
 * Every mark carries `data-mark` (and an id attribute such as `data-country` or `data-id`), so that
 * `npm run docs:check` can count the marks in a browser against the data.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIGURES_DIR, loadData, writeOut } from '../shared.js';
import { ladderSvg } from './ladder.js';
import { tierYearCounts, tierYearsSvg } from './tier-years.js';
import { timelineSvg } from './timeline.js';
import { treatyMapSvg } from './treaty-map.js';

export { ladderSvg, tierYearCounts, tierYearsSvg, timelineSvg, treatyMapSvg };

/** The figures, by file name. */
export async function figures(): Promise<Record<string, string>> {
  const data = await loadData();
  return {
    'ladder.svg': ladderSvg(data),
    'ladder-2021.svg': ladderSvg(data, '2021-08-31'),
    'treaty-map-cn.svg': treatyMapSvg(data, 'CN'),
    'treaty-map-hk.svg': treatyMapSvg(data, 'HK'),
    'treaty-map-cn-2021.svg': treatyMapSvg(data, 'CN', '2021-08-31'),
    'treaty-map-hk-2021.svg': treatyMapSvg(data, 'HK', '2021-08-31'),
    'timeline.svg': timelineSvg(data),
    'tier-years.svg': tierYearsSvg(data),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [name, svg] of Object.entries(await figures())) writeOut(join(FIGURES_DIR, name), svg);
}
