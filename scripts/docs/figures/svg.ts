/**
 * What the figures share: the data they are drawn from, the page's font and inks, the opening of an SVG
 * document, escaping and wrapping of text.
 */
import type { loadData } from '../shared.js';

/** The data a figure is drawn from: the main entry, as `loadData` gives it. */
export type Data = Awaited<ReturnType<typeof loadData>>;

/** Font stack of every figure; `Noto Sans CJK SC` draws the Chinese names (`npm run docs:check` checks it does). */
export const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', sans-serif";
/** Ink of titles and labels. */
export const INK = '#1d2733';
/** Ink of secondary text. */
export const MUTED = '#5b6673';

/** Escapes text for XML (SVG) content and attribute values. */
export function xml(text: string | number): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The opening of a figure: the root element (labelled by its title and description) and a white background. */
export function svgOpen(width: number, height: number, title: string, desc: string, id: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" data-figure="${id}" font-family="${xml(FONT)}">`,
    `<title id="${id}-title">${xml(title)}</title>`,
    `<desc id="${id}-desc">${xml(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ].join('\n');
}

/** A country's display name, or its code where the countries table has none. */
export const countryName = (data: Data, code: string) => data.countryOf(code)?.name ?? code;

/** Splits text into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number): string[] {
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
