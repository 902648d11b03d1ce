/**
 * The diff as a Markdown data changelog: a lead line with the least bump, then a section per changed
 * table (a summary line of counts; the keys added and removed; each changed record with one line per
 * changed leaf, `path`: old → new). No headings, so that it nests in a changeset's list item in
 * CHANGELOG.md. Long strings are shortened with an ellipsis around their first difference; the JSON
 * output keeps them whole.
 */
import type { Bump, Change, Json, TableDiff } from './diff.js';

/** The diff of every table between a ref and the working tree. */
export interface DataDiff {
  ref: string;
  /** The commit the ref names, in full. */
  commit: string;
  bump: Bump;
  tables: TableDiff[];
}

/** Longest string shown whole, in code points. */
export const MAX_CHARS = 80;
/** Code points kept before the first difference when a long string is shortened. */
const CONTEXT = 20;

/** At most {@link MAX_CHARS} code points of `text` from about `from`, with an ellipsis where cut. */
export function shorten(text: string, from = 0): string {
  const chars = Array.from(text);
  if (chars.length <= MAX_CHARS) return text;
  const start = Math.max(0, Math.min(from, chars.length - MAX_CHARS));
  const end = start + MAX_CHARS;
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
}

/** Where two strings first differ, in code points, less some context: where both are shown from. */
function divergence(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return Math.max(0, i - CONTEXT);
}

/** A Markdown code span holding `text` whatever backticks it contains. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Strings that would read as another value unquoted: empty, padded, multi-line, `(none)`, a JSON number
 * or literal, or starting like a JSON string, list or object.
 */
const NEEDS_QUOTES =
  /^$|^\s|\s$|\p{Cc}|^\(none\)$|^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)$|^["[{]/u;

/** A string as shown: shortened, and quoted only when it would otherwise be misread. */
function showString(text: string, from: number): string {
  const short = shorten(text, from);
  return NEEDS_QUOTES.test(text) ? JSON.stringify(short) : short;
}

/** Compact JSON with every string in it shortened. */
function compact(value: Json): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? shorten(v) : v));
}

/** A value as shown in a change line; `(none)` for a side that is absent. */
function show(value: Json | undefined, from: number): string {
  if (value === undefined) return '(none)';
  return code(typeof value === 'string' ? showString(value, from) : compact(value));
}

/** One line of a changed record: `path`: old → new. */
export function changeLine(change: Change): string {
  const from =
    typeof change.old === 'string' && typeof change.new === 'string' ? divergence(change.old, change.new) : 0;
  const what = change.kind === 'reordered' ? ' order' : '';
  return `${code(change.path)}${what}: ${show(change.old, from)} → ${show(change.new, from)}`;
}

const list = (names: readonly string[]) => names.map(code).join(', ');
const touched = (t: TableDiff) => t.added.length + t.removed.length + t.changed.length > 0;

/** The section of one changed table. */
function section(t: TableDiff): string[] {
  const where = [`${code(t.file)}, records by ${code(t.key)}`];
  if (!t.atRef) where.push('not in `data/` at the ref');
  if (!t.inWorkingTree) where.push('not in `data/` in the working tree');
  const lines = [
    `**${t.table}** (${where.join('; ')}): ${t.added.length} added, ${t.removed.length} removed, ${t.changed.length} changed.`,
    '',
  ];
  if (t.added.length) lines.push(`- Added: ${list(t.added)}`);
  if (t.removed.length) lines.push(`- Removed: ${list(t.removed)}`);
  for (const record of t.changed) {
    lines.push(`- Changed ${code(record.key)}:`, ...record.changes.map((c) => `  - ${changeLine(c)}`));
  }
  return lines;
}

/** The whole changelog, ending in a newline. */
export function toMarkdown(diff: DataDiff): string {
  const since = `Data changes since ${code(diff.ref)} (${code(diff.commit.slice(0, 12))})`;
  const changed = diff.tables.filter(touched);
  const unchanged = diff.tables.filter((t) => !touched(t) && (t.atRef || t.inWorkingTree)).map((t) => t.table);
  const absent = diff.tables.filter((t) => !t.atRef && !t.inWorkingTree).map((t) => t.table);
  const lines: string[] = [];
  if (changed.length === 0) {
    lines.push(`${since}: none. Every table holds the same records as at ${code(diff.ref)}.`);
  } else {
    lines.push(
      `${since}, in ${changed.length} ${changed.length === 1 ? 'table' : 'tables'}. Least bump under the versioning policy: **${diff.bump}** (a record removed: major; added: minor; a value changed: patch).`,
    );
    for (const t of changed) lines.push('', ...section(t));
    if (unchanged.length) lines.push('', `Unchanged: ${list(unchanged)}.`);
  }
  if (absent.length) lines.push('', `Not in \`data/\` on either side: ${list(absent)}.`);
  return `${lines.join('\n')}\n`;
}
