/**
 * Serves the built TypeDoc site (`docs/api`, made by `npm run docs`) on a local port (the site's icons do
 * not load from `file://` URLs) and opens it in headless Chromium to check that
 * every figure renders: the guide pages load with no console error, no failed request and no page
 * error; every SVG image on them has loaded; and each figure, opened on its own, parses as SVG and holds
 * exactly the number of marks the data calls for, each with a box inside the figure. Saves screenshots
 * to `docs/screenshots/` (not committed). `npm run docs:check`; exits 1 on any failure.
 *
 * Chromium: Debian's `chromium` at `/usr/bin/chromium` (or `$CHROMIUM`), driven by playwright-core;
 * `chromium.launch` gives every run a fresh temporary user-data-dir, removed when the browser closes.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { periodEnd, periodStart } from '../../src/lib/calendar.js';
import { ROOT, SITE_DIR, loadData } from './shared.js';

const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Data = Awaited<ReturnType<typeof loadData>>;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Serves a folder on 127.0.0.1 at a free port; resolves to the server and its base URL. */
async function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** What each figure must hold, worked out from the data (independently of the script that draws it). */
function expectations(data: Data): Record<string, { marks: Record<string, number>; ids?: Record<string, string[]> }> {
  const side = (s: 'CN' | 'HK') => data.treaties.filter((t) => t.chinaSide === s);
  const dated = data.events.filter((e) => (e.date ?? e.trackerDate) !== null);
  const disagreeing = data.events.filter(
    (e) =>
      e.date !== null &&
      e.trackerDate !== null &&
      (periodEnd(e.trackerDate) < periodStart(e.date) || periodEnd(e.date) < periodStart(e.trackerDate)),
  );
  return {
    'ladder.svg': {
      marks: {
        tier: data.tiers.length,
        level: data.levels.length,
        member: data.levels.reduce((n, l) => n + data.membersOf(l.code).length, 0),
      },
    },
    'treaty-map-cn.svg': { marks: { treaty: side('CN').length }, ids: { treaty: side('CN').map((t) => t.id) } },
    'treaty-map-hk.svg': { marks: { treaty: side('HK').length }, ids: { treaty: side('HK').map((t) => t.id) } },
    'timeline.svg': {
      marks: {
        event: dated.length,
        'tracker-date': disagreeing.length,
        'watch-window': data.watchItems.length,
        'watch-outcome': data.watchItems.filter((w) => w.outcome.date !== null).length,
      },
      ids: { event: dated.map((e) => e.id), 'watch-window': data.watchItems.map((w) => w.id) },
    },
  };
}

const failures: string[] = [];
const fail = (message: string) => {
  failures.push(message);
  console.log(`  FAIL ${message}`);
};
const ok = (message: string) => console.log(`  ok   ${message}`);

/** Records console errors, page errors and failed requests of a page, per visit. */
function watch(page: Page): () => string[] {
  let problems: string[] = [];
  page.on('console', (m) => {
    // A failed load is reported below with its address; the browser's own favicon request is not the site's.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(`console error: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? '?'})`));
  return () => {
    const out = problems;
    problems = [];
    return out;
  };
}

async function checkPage(
  page: Page,
  take: () => string[],
  base: string,
  file: string,
  figures: Set<string>,
): Promise<void> {
  const url = new URL(file, base).href;
  take();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(100);
  // Every image of the page, with whether it loaded.
  const images = (await page.evaluate(
    `[...document.images].map((i) => ({ src: i.getAttribute('src'), loaded: i.complete && i.naturalWidth > 0, width: i.naturalWidth }))`,
  )) as { src: string; loaded: boolean; width: number }[];
  const svgs = images.filter((i) => i.src.endsWith('.svg'));
  for (const img of svgs) {
    if (!img.loaded) fail(`${file}: image ${img.src} did not load`);
    figures.add(img.src.replace(/^.*\//, ''));
  }
  const problems = take();
  for (const p of problems) fail(`${file}: ${p}`);
  if (problems.length === 0 && svgs.every((i) => i.loaded)) {
    ok(
      `${file}: no console error${svgs.length ? `, ${svgs.length} figure${svgs.length > 1 ? 's' : ''} loaded (${svgs.map((i) => i.src.replace(/^.*\//, '')).join(', ')})` : ''}`,
    );
  }
  if (svgs.length > 0 || file === 'index.html') {
    const name = file.replace(/[/\\]/g, '_').replace(/\.html$/, '.png');
    await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
  }
}

async function checkFigure(
  page: Page,
  take: () => string[],
  base: string,
  name: string,
  expected: ReturnType<typeof expectations>[string],
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
    .screenshot({ path: join(SCREENSHOTS, name.replace(/\.svg$/, '.png')) });
}

async function main(): Promise<void> {
  if (!existsSync(join(SITE_DIR, 'index.html'))) {
    console.error('docs/api/index.html not found: run `npm run docs` first.');
    process.exit(1);
  }
  const data = await loadData();
  const expected = expectations(data);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  const { server, base } = await serve(SITE_DIR);
  const browser = await chromium.launch({ executablePath, args: ARGS, timeout: 60_000 });
  try {
    console.log(
      `Chromium ${browser.version()} (${executablePath}); site served at ${base}; screenshots in docs/screenshots/`,
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const take = watch(page);
    const documents = readdirSync(join(SITE_DIR, 'documents'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `documents/${f}`);
    const pages = [
      'index.html',
      'modules.html',
      ...documents,
      'functions/china-security-risk-data.tierOf.html',
      'variables/china-security-risk-data.treaties.html',
    ];
    const figures = new Set<string>();
    console.log('Pages:');
    for (const file of pages) await checkPage(page, take, base, file, figures);
    console.log('Figures:');
    for (const name of Object.keys(expected)) {
      if (!figures.has(name)) fail(`${name}: no guide page shows it`);
      if (!existsSync(join(SITE_DIR, 'media', name))) {
        fail(`${name}: not in docs/api/media`);
        continue;
      }
      await checkFigure(page, take, base, name, expected[name]!);
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (failures.length) {
    console.error(`\n${failures.length} problem(s):\n${failures.map((f) => `- ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nAll figures render with the marks the data calls for.');
}

await main();
