/**
 * How an error message shows the value a caller passed: a short, escaped piece of it, whatever it is.
 *
 * @internal
 */

/** Characters shown as `\uXXXX`: controls, format characters (bidi overrides, zero-width), private use, unassigned, line and paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu;

/** Longest piece of a string an error message shows. */
const SHOWN = 40;

function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, (ch) =>
    [...ch].map((c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`).join(''),
  );
}

/**
 * A short description of any value for an error message: a string quoted and cut to 40 characters with
 * invisible characters escaped, a number or boolean as itself, anything else by its kind.
 *
 * @example
 * formatValue('2020-13-01'); // '"2020-13-01"'
 * formatValue(42); // 'number 42'
 * formatValue(undefined); // 'nothing (undefined)'
 * formatValue({}); // 'an object'
 */
export function formatValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing (undefined)';
  if (typeof value === 'string') {
    const chars = [...value];
    const shown = chars.length > SHOWN ? `${chars.slice(0, SHOWN).join('')}…` : value;
    return escapeInvisible(JSON.stringify(shown));
  }
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  if (typeof value === 'bigint') return `bigint ${String(value).slice(0, SHOWN)}`;
  return `${typeof value} ${String(value)}`;
}
