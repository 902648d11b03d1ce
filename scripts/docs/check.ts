/**
 * Opens the built TypeDoc site (`docs/api`, made by `npm run docs`) in headless Chromium, served on a
 * local port, at 1280x800, and checks that the guides render as they should: each page loads with no
 * console error, no failed request and no page error, and every SVG image on it has loaded; no table of a
 * guide runs into the "On This Page" column (`check-layout.ts`); each figure, opened on its own, holds
 * exactly the marks the data calls for (`check-figures.ts`); the Chinese labels of the ladder and of the
 * tier-years figure render as glyphs, not as empty boxes (`check-cjk.ts`). Saves screenshots to
 * `docs/screenshots/` (not committed). `npm run docs:check`; exits 1 on any failure.
 *
 * Before it starts, it installs the Debian packages it needs where they are missing (`system.ts`):
 * chromium, and fonts-noto-cjk for the Chinese labels. Chromium: Debian's `chromium` at `/usr/bin/chromium`
 * (or `$CHROMIUM`), driven by playwright-core; `chromium.launch` gives every run a fresh temporary
 * user-data-dir, removed when the browser closes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { checkChineseLabels } from './check-cjk.js';
import { checkFigure, expectations } from './check-figures.js';
import { checkTables } from './check-layout.js';
import { fail, failures, ok } from './report.js';
import { serve } from './serve.js';
import { GUIDES_DIR, ROOT, SITE_DIR, loadData } from './shared.js';
import { chineseFonts, ensureSystemPackages } from './system.js';

const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
/** Figures with Chinese labels, and where the first tier's Chinese name is (for the font report). */
const CHINESE_LABELS: Record<string, string> = {
  'ladder.svg': '[data-mark="tier"] tspan',
  'ladder-2021.svg': '[data-mark="tier"] tspan',
  'tier-years.svg': '[data-legend="tier"] tspan',
};
const VIEWPORT = { width: 1280, height: 800 };
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

/** Tables of a generated guide, counted in its Markdown (one `|---|` row each); 0 for a guide not generated. */
function markdownTables(guide: string): number {
  const path = join(GUIDES_DIR, guide);
  return existsSync(path) ? (readFileSync(path, 'utf8').match(/^\|(?:---\|)+$/gm) ?? []).length : 0;
}

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
  if (file.startsWith('documents/')) {
    const viewport = `${VIEWPORT.width}x${VIEWPORT.height}`;
    await checkTables(page, file, viewport, file === 'documents/Codebook.html' ? markdownTables('codebook.md') : 0);
  }
  if (file === 'documents/Codebook.html') {
    // The first table, where it meets "On This Page", as a reader at 1280x800 sees it.
    await page.locator('.col-content table').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'codebook-1280x800.png') });
  }
  if (svgs.length > 0 || file === 'index.html' || file === 'documents/Codebook.html') {
    const name = file.replace(/[/\\]/g, '_').replace(/\.html$/, '.png');
    await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(SITE_DIR, 'index.html'))) {
    console.error('docs/api/index.html not found: run `npm run docs` first.');
    process.exit(1);
  }
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  ensureSystemPackages(executablePath);
  const data = await loadData();
  const expected = expectations(data);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { server, base } = await serve(SITE_DIR);
  const browser = await chromium.launch({ executablePath, args: ARGS, timeout: 60_000 });
  try {
    console.log(
      `Chromium ${browser.version()} (${executablePath}); site served at ${base}; screenshots in docs/screenshots/`,
    );
    console.log(`Chinese fonts (fc-list :lang=zh): ${chineseFonts().join('; ') || 'none'}`);
    const page = await browser.newPage({ viewport: VIEWPORT });
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
      await checkFigure(page, take, base, name, expected[name]!, SCREENSHOTS);
      // The ladder and the tier-years legend name each tier in Chinese too; the first tier's name is a label they must show.
      const chinese = CHINESE_LABELS[name];
      if (chinese) await checkChineseLabels(page, name, data.tiers[0]!.nameZh, chinese);
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (failures.length) {
    console.error(`\n${failures.length} problem(s):\n${failures.map((f) => `- ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log(
    '\nThe pages render, the tables keep to their column, the figures hold the marks the data calls for and their Chinese labels show.',
  );
}

await main();
