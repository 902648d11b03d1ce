/**
 * The figures as a browser shows them, for `npm run docs:check`: each figure, opened on its own, parses
 * as SVG and holds exactly the number of marks the data calls for, each with a box inside the figure, and
 * where a mark stands for a number (a bar of the tier-years figure), the number the data gives.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { periodEnd, periodStart } from '../../src/lib/calendar.js';
import { fail, ok } from './report.js';
import type { loadData } from './shared.js';

type Data = Awaited<ReturnType<typeof loadData>>;

/** What a figure must hold: the number of marks of each kind, the ids of some, and the `data-count` of some by id. */
export interface Expected {
  marks: Record<string, number>;
  ids?: Record<string, string[]>;
  counts?: Record<string, Record<string, number>>;
}

/** Adds one to the count of `key`. */
const tally = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** What each figure must hold, worked out from the data (independently of the script that draws it). */
export function expectations(data: Data): Record<string, Expected> {
  // The treaties signed by a day: those with a status then.
  const side = (s: 'CN' | 'HK', asOf: string = data.dataset.coverageEnd) =>
    data.treaties.filter(
      (t) => t.chinaSide === s && data.treatyStatus(t.counterparty, { side: s, asOf }) !== undefined,
    );
  const members = (asOf: string) => data.levels.reduce((n, l) => n + data.membersOf(l.code, { asOf }).length, 0);
  const EDITION_DAY = '2021-08-31';
  const dated = data.events.filter((e) => (e.date ?? e.trackerDate) !== null);
  const disagreeing = data.events.filter(
    (e) =>
      e.date !== null &&
      e.trackerDate !== null &&
      (periodEnd(e.trackerDate) < periodStart(e.date) || periodEnd(e.date) < periodStart(e.trackerDate)),
  );
  // The panel's partner rows (status level or off-ladder) by year, and by year and tier (`off` where the
  // name is off the ladder): years of no partnership, years not known and North Korea are not drawn.
  const years: Record<string, number> = {};
  const yearTiers: Record<string, number> = {};
  for (const r of data.partnershipYears()) {
    if (r.status !== 'level' && r.status !== 'off-ladder') continue;
    tally(years, String(r.year));
    tally(yearTiers, `${r.year}-${r.tier ?? 'off'}`);
  }
  return {
    'ladder.svg': {
      marks: { tier: data.tiers.length, level: data.levels.length, member: members(data.dataset.coverageEnd) },
    },
    'ladder-2021.svg': {
      marks: { tier: data.tiers.length, level: data.levels.length, member: members(EDITION_DAY) },
    },
    'treaty-map-cn.svg': { marks: { treaty: side('CN').length }, ids: { treaty: side('CN').map((t) => t.id) } },
    'treaty-map-hk.svg': { marks: { treaty: side('HK').length }, ids: { treaty: side('HK').map((t) => t.id) } },
    'treaty-map-cn-2021.svg': {
      marks: { treaty: side('CN', EDITION_DAY).length },
      ids: { treaty: side('CN', EDITION_DAY).map((t) => t.id) },
    },
    'treaty-map-hk-2021.svg': {
      marks: { treaty: side('HK', EDITION_DAY).length },
      ids: { treaty: side('HK', EDITION_DAY).map((t) => t.id) },
    },
    'timeline.svg': {
      marks: {
        event: dated.length,
        'tracker-date': disagreeing.length,
        'watch-window': data.watchItems.length,
        'watch-outcome': data.watchItems.filter((w) => w.outcome.date !== null).length,
      },
      ids: { event: dated.map((e) => e.id), 'watch-window': data.watchItems.map((w) => w.id) },
    },
    'tier-years.svg': {
      marks: { bar: Object.keys(years).length, band: Object.keys(yearTiers).length },
      ids: { bar: Object.keys(years), band: Object.keys(yearTiers) },
      counts: { bar: years, band: yearTiers },
    },
  };
}

/** Checks one figure of the site (`media/<name>`) against what the data calls for; screenshots it into `screenshots`. */
export async function checkFigure(
  page: Page,
  take: () => string[],
  base: string,
  name: string,
  expected: Expected,
  screenshots: string,
): Promise<void> {
  take();
  await page.goto(new URL(`media/${name}`, base).href, { waitUntil: 'load' });
  const root = (await page.evaluate(
    `document.documentElement.localName + ':' + document.getElementsByTagName('parsererror').length`,
  )) as string;
  if (root !== 'svg:0') {
    fail(`${name}: not a well-formed SVG document (${root})`);
    return;
  }
  for (const p of take()) fail(`${name}: ${p}`);
  const all = await page.locator('[data-mark]').count();
  if (all === 0) fail(`${name}: empty, no marks at all`);
  for (const [mark, count] of Object.entries(expected.marks)) {
    const found = await page.locator(`[data-mark="${mark}"]`).count();
    if (found !== count) fail(`${name}: ${found} marks "${mark}", expected ${count} from the data`);
    else ok(`${name}: ${found} marks "${mark}"`);
  }
  for (const [mark, ids] of Object.entries(expected.ids ?? {})) {
    const drawn = (await page.evaluate(
      `[...document.querySelectorAll('[data-mark="${mark}"]')].map((e) => e.getAttribute('data-id'))`,
    )) as string[];
    const missing = ids.filter((id) => !drawn.includes(id));
    const extra = drawn.filter((id) => !ids.includes(id));
    if (missing.length || extra.length)
      fail(`${name}: "${mark}" marks missing ${JSON.stringify(missing)}, unexpected ${JSON.stringify(extra)}`);
  }
  for (const [mark, byId] of Object.entries(expected.counts ?? {})) {
    const drawn = (await page.evaluate(
      `Object.fromEntries([...document.querySelectorAll('[data-mark="${mark}"]')].map((e) => [e.getAttribute('data-id'), Number(e.getAttribute('data-count'))]))`,
    )) as Record<string, number>;
    const wrong = Object.entries(byId).filter(([id, n]) => drawn[id] !== n);
    if (wrong.length)
      fail(
        `${name}: "${mark}" marks with the wrong count: ${wrong
          .slice(0, 10)
          .map(([id, n]) => `${id} ${drawn[id]} (data: ${n})`)
          .join(', ')}`,
      );
    else ok(`${name}: every "${mark}" mark carries the count the data gives (${Object.keys(byId).length})`);
  }
  // Each mark has a box of its own inside the figure (no NaN or off-canvas coordinates).
  const outside = (await page.evaluate(`(() => {
    const svg = document.documentElement;
    const vb = svg.viewBox.baseVal;
    const bad = [];
    for (const el of svg.querySelectorAll('[data-mark]')) {
      const b = el.getBBox();
      const okBox = [b.x, b.y, b.width, b.height].every(Number.isFinite) && b.width + b.height > 0
        && b.x >= vb.x - 1 && b.y >= vb.y - 1 && b.x + b.width <= vb.x + vb.width + 1 && b.y + b.height <= vb.y + vb.height + 1;
      if (!okBox) bad.push((el.getAttribute('data-mark') || '') + ' ' + (el.getAttribute('data-id') || el.getAttribute('data-country') || el.getAttribute('data-level') || el.getAttribute('data-tier') || ''));
    }
    return bad;
  })()`)) as string[];
  if (outside.length) fail(`${name}: marks with no box inside the figure: ${outside.slice(0, 10).join(', ')}`);
  await page
    .locator('svg')
    .first()
    .screenshot({ path: join(screenshots, name.replace(/\.svg$/, '.png')) });
}
