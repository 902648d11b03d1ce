/**
 * Plain-text output of the command line: aligned columns that count East Asian wide characters as two
 * terminal columns, cut cells, fuzzy dates, and JSON.
 *
 * @internal
 */

/** Columns a character takes in a terminal: 2 for East Asian wide and full-width characters. */
function charWidth(cp: number): number {
  if (cp < 0x1100) return 1;
  if (
    cp <= 0x115f ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Columns a text takes in a terminal: combining marks take none, East Asian wide characters two. */
export function width(text: string): number {
  let w = 0;
  for (const ch of text.normalize('NFC')) w += /\p{M}/u.test(ch) ? 0 : charWidth(ch.codePointAt(0)!);
  return w;
}

/** The text cut to at most `max` columns, ending with `…` when cut. */
export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (width(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Rows as aligned columns separated by two spaces, under a header and a rule if given; the last column is not padded. */
export function table(header: readonly string[] | null, rows: readonly (readonly string[])[]): string {
  const all = header ? [header, ...rows] : rows;
  // A column is as wide as its widest cell that is not the last of its row (last cells are not padded).
  const columns = Math.max(...all.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(0, ...all.filter((r) => i < r.length - 1).map((r) => width(r[i]!))),
  );
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - width(cell))))
      .join('  ')
      .trimEnd();
  const out = all.map(line);
  if (header) {
    const rule = header.map((_h, i) =>
      '-'.repeat(i === header.length - 1 ? Math.max(...all.map((r) => width(r[i] ?? ''))) : widths[i]!),
    );
    out.splice(1, 0, rule.join('  '));
  }
  return `${out.join('\n')}\n`;
}

/** A fuzzy date as text: `2020-10`, `2020-06-28/2020-06-29` for a span, `-` for none. */
export function dateText(d: { readonly value: string; readonly end?: string | undefined } | null | undefined): string {
  return d ? (d.end ? `${d.value}/${d.end}` : d.value) : '-';
}

/** A value as the JSON a command prints with `--json`: indented by two spaces, ending with a newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** `1 event`, `2 events`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
