/**
 * Whether the tables of a guide stay in the content column, for `npm run docs:check`. From 1200 px wide,
 * TypeDoc's default theme (0.28) lays a page out in three columns: the site menu (`.site-menu`), the
 * content (`.col-content`) and "On This Page" (`.page-menu`); a table wider than the content column runs
 * under "On This Page" unless the site's CSS (`docs/typedoc.css`) keeps it in. At the given viewport, no
 * table's right edge may pass the left edge of `.page-menu`.
 */
import type { Page } from 'playwright-core';
import { fail, ok } from './report.js';

interface Layout {
  /** Left edge of "On This Page", or `null` where the page has no visible `.page-menu`. */
  menuLeft: number | null;
  /** Each table's right edge and its first header cell. */
  tables: { right: number; head: string }[];
}

/** Runs in the page. */
const MEASURE = `(() => {
  const menu = document.querySelector('.page-menu');
  const box = menu && menu.getBoundingClientRect();
  return {
    menuLeft: box && box.width > 0 ? box.left : null,
    tables: [...document.querySelectorAll('.col-content table')].map((t) => ({
      right: t.getBoundingClientRect().right,
      head: (t.querySelector('th') || t).textContent.trim().slice(0, 40),
    })),
  };
})()`;

/**
 * Checks the page open in `page` (named `file`, at `viewport`); `minTables` is how many tables it must
 * have at least, so that a page which lost its tables does not pass unseen.
 */
export async function checkTables(page: Page, file: string, viewport: string, minTables = 0): Promise<void> {
  const { menuLeft, tables } = (await page.evaluate(MEASURE)) as Layout;
  if (menuLeft === null) {
    fail(`${file} at ${viewport}: no "On This Page" column (.page-menu) to measure against`);
    return;
  }
  if (tables.length < minTables)
    fail(`${file} at ${viewport}: ${tables.length} tables, expected ${minTables} at least`);
  const over = tables.filter((t) => t.right > menuLeft + 0.5);
  for (const t of over)
    fail(
      `${file} at ${viewport}: the table headed "${t.head}" ends at x=${t.right.toFixed(0)}, past "On This Page" at x=${menuLeft.toFixed(0)}`,
    );
  if (over.length === 0 && tables.length)
    ok(
      `${file} at ${viewport}: ${tables.length} table${tables.length === 1 ? '' : 's'} end${tables.length === 1 ? 's' : ''} left of "On This Page" (x=${menuLeft.toFixed(0)})`,
    );
}
