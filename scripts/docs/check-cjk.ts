/**
 * Whether the Chinese labels of a figure render as glyphs, not as empty boxes ("tofu"), for
 * `npm run docs:check`. With no font for Chinese, Chromium draws every Han character with the same
 * missing-glyph box, so characters that differ look alike. In the figure's own page, each distinct Han
 * character of its labels is drawn alone on a canvas in the labels' font stack, and so is U+0378, a code
 * point no font maps: the labels pass when every character gives a picture of its own and none looks like
 * the missing glyph. (`document.fonts.check()` cannot tell: it answers `true` for any system font, present
 * or not.) Chromium's account of the fonts it drew a label with (DevTools `CSS.getPlatformFontsForNode`)
 * is printed alongside.
 */
import type { Page } from 'playwright-core';
import { fail, ok } from './report.js';

interface Rendering {
  /** Elements whose own text holds Han characters. */
  labels: number;
  /** Whether one of them reads exactly `known`. */
  known: boolean;
  /** Their font stack, as computed. */
  family: string;
  /** The distinct Han characters of the labels. */
  chars: number;
  /** How many distinct pictures those characters gave. */
  pictures: number;
  /** The characters drawn like U+0378 (the missing glyph). */
  boxes: string[];
}

/** Runs in the page: draws the labels' characters and compares the pictures. */
const RENDER = `(known) => {
  const han = /\\p{Script=Han}/u;
  const labels = [...document.querySelectorAll('text, tspan')].filter((e) =>
    [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && han.test(n.data)));
  const family = labels.length ? getComputedStyle(labels[0]).fontFamily : '';
  const chars = [...new Set(labels.flatMap((e) => [...e.textContent].filter((c) => han.test(c))))];
  const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
  canvas.width = 48;
  canvas.height = 48;
  const context = canvas.getContext('2d');
  context.font = '32px ' + family;
  const picture = (c) => {
    context.clearRect(0, 0, 48, 48);
    context.fillText(c, 4, 38);
    return canvas.toDataURL();
  };
  const missing = picture('\\u0378');
  const pictures = new Map(chars.map((c) => [c, picture(c)]));
  return {
    labels: labels.length,
    known: labels.some((e) => e.textContent === known),
    family,
    chars: chars.length,
    pictures: new Set(pictures.values()).size,
    boxes: chars.filter((c) => pictures.get(c) === missing),
  };
}`;

/** The fonts Chromium drew the first element matching `selector` with, as `family (glyphs)`. */
async function platformFonts(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return 'no such element';
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => `${f.familyName} (${f.glyphCount})`).join(', ') || 'none';
  } catch (error) {
    return `unknown (${(error as Error).message})`;
  } finally {
    await cdp.detach();
  }
}

/**
 * Checks the Chinese labels of the figure open in `page`; `known` is a label the figure must show (from
 * the data), `selector` finds its element for the font report.
 */
export async function checkChineseLabels(page: Page, name: string, known: string, selector: string): Promise<void> {
  const r = (await page.evaluate(`(${RENDER})(${JSON.stringify(known)})`)) as Rendering;
  const fonts = await platformFonts(page, selector);
  if (!r.known) fail(`${name}: no label reads ${known}`);
  if (r.chars === 0) {
    fail(`${name}: no Chinese label found`);
    return;
  }
  const what = `${r.chars} distinct Chinese characters in ${r.labels} labels`;
  if (r.pictures < r.chars || r.boxes.length > 0) {
    fail(
      `${name}: Chinese labels render as empty boxes: ${what} give ${r.pictures} distinct picture(s)` +
        `${r.boxes.length ? `, ${r.boxes.length} like the missing glyph (${r.boxes.slice(0, 8).join('')})` : ''}; ` +
        `drawn with ${fonts}; font stack ${r.family}. Install a Chinese font (Debian: fonts-noto-cjk).`,
    );
  } else ok(`${name}: ${what} render as ${r.pictures} distinct glyphs (${known}: ${fonts})`);
}
