/**
 * The key a country name or code is matched by. Matching is exact on this key; it never guesses.
 *
 * Only letters, combining marks, decimal digits, white space and the punctuation that real names use
 * (`. , ' ’ " ( ) & / -` and their typographic and full-width forms, `·`, `、`) may take part: any other
 * character (a symbol such as `™`, `№` or `★`, U+FFFD, a control or format character, a letter-like number
 * such as `Ⅵ`) means the input is no name, and the key is `undefined`.
 *
 * The key folds full-width forms to ASCII (`ＧＢ` is `gb`), removes accents by canonical decomposition
 * (`Côte` is `cote`), lower-cases, and drops white space and punctuation. It does not apply Unicode
 * compatibility folding beyond full width, so `㎇`, `ǅ` or `ℌ` never turn into country codes.
 *
 * @internal
 */

/** Printable ASCII that a name may hold. */
const ASCII_NAME = /^[A-Za-z0-9\s.,'"()&/-]*$/;
/** What a name may hold, once full-width forms are folded. */
const NAME = /^[\p{L}\p{M}\p{Nd}\p{Zs}\s.,'"()[\]&/\p{Pd}‘’“”·・、，。]*$/u;
/** Full-width ASCII (U+FF01 to U+FF5E) and the ideographic space. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;

function halfWidth(ch: string): string {
  return ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/**
 * The match key of `input`, or `undefined` when it holds a character no name holds.
 *
 * @example
 * nameKey(" Côte d'Ivoire "); // 'cotedivoire'
 * nameKey('ＧＢ'); // 'gb'
 * nameKey('G★B'); // undefined
 */
export function nameKey(input: string): string | undefined {
  if (ASCII_NAME.test(input)) return input.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const folded = input.replace(FULL_WIDTH, halfWidth);
  if (!NAME.test(folded)) return undefined;
  return folded
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{Nd}]+/gu, '');
}
