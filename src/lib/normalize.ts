/**
 * The key a country name or code is matched by. Matching is exact on this key; it never guesses.
 *
 * Only letters, combining marks, decimal digits, white space and the punctuation that real names use
 * (`. , ' ’ " ( ) & / -` and their typographic and full-width forms, `·`, `、`) may take part: any other
 * character (a symbol such as `™`, `№` or `★`, U+FFFD, a control character, a letter-like number such as
 * `Ⅵ`) means the input is no name, and the key is `undefined`.
 *
 * Before that, what pasting leaves behind is cleaned: invisible characters (zero-width spaces and joiners,
 * the word joiner, the byte-order mark, soft hyphens, and the bidirectional marks, embeddings, overrides and
 * isolates) are removed, and the Latin ligatures U+FB00 to U+FB06 (`ﬁ`, `ﬂ`, ...) are spelt out. Full-width
 * forms fold to ASCII (`ＧＢ` is `gb`), accents are removed by canonical decomposition (`Côte` is `cote`),
 * letters are lower-cased and `&` reads as "and". No other Unicode compatibility folding is applied, so `㎇`,
 * `ǅ` or `ℌ` never turn into country codes.
 *
 * The key then depends on how long the name is:
 *
 * - a name of **five or more** letters and digits is keyed by its letters and digits alone, so spacing and
 *   punctuation do not matter (`Guinea-Bissau`, `Guinea Bissau`, `Cote d'Ivoire`);
 * - a **short** name (four letters or fewer: every code, `Chad`, `UAE`, `中國`) is keyed by its whole cleaned
 *   form, punctuation included, so that it matches only as written: `NA` is Namibia's code, while `N/A`,
 *   `n.a.` and `n-a` name nothing, and `e.g.` is not Egypt. Dotted forms match only where they are names
 *   themselves (`U.S.`, `U.K.`).
 *
 * The two kinds of key never collide: a long key has five or more characters and no punctuation or space;
 * a short key without punctuation or space has four or fewer.
 *
 * @internal
 */

/** Printable ASCII that a name may hold (ASCII white space only: `\s` would also take U+FEFF). */
const ASCII_NAME = /^[A-Za-z0-9 \t\n\r\f\v.,'"()&/-]*$/;
/** What a name may hold, once full-width forms are folded. */
const NAME = /^[\p{L}\p{M}\p{Nd}\p{Zs}\s.,'"()[\]&/\p{Pd}‘’“”·・、，。]*$/u;
/** Full-width ASCII (U+FF01 to U+FF5E) and the ideographic space. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;
/**
 * Invisible characters that pasted text carries: zero-width space, non-joiner and joiner, word joiner,
 * byte-order mark, soft hyphen, and the bidirectional marks, embeddings, overrides and isolates.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
/** The Latin ligatures of the Alphabetic Presentation Forms block, spelt out. */
const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};
const LIGATURE = /[\uFB00-\uFB06]/g;
/** Keys of this many letters and digits or fewer are short: matched by their whole form. */
const SHORT = 4;

function halfWidth(ch: string): string {
  return ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/**
 * The cleaned form of a name: invisible characters removed, ligatures spelt out, full-width forms folded,
 * accents removed, lower-cased, white space trimmed and collapsed to single spaces; `undefined` when it
 * holds a character no name holds.
 */
function nameForm(input: string): string | undefined {
  let text = input;
  if (!ASCII_NAME.test(text)) {
    text = text
      .replace(INVISIBLE, '')
      .replace(LIGATURE, (ch) => LIGATURES[ch]!)
      .replace(FULL_WIDTH, halfWidth);
    if (!NAME.test(text)) return undefined;
    text = text.normalize('NFD').replace(/\p{M}+/gu, '');
  }
  return text.toLowerCase().trim().replace(/\s+/g, ' ');
}

/**
 * The match key of `input`, or `undefined` when it holds a character no name holds.
 *
 * @example
 * nameKey(" Côte d'Ivoire "); // 'cotedivoire'
 * nameKey('Bosnia & Herzegovina'); // 'bosniaandherzegovina'
 * nameKey('ＧＢ'); // 'gb'
 * nameKey('N/A'); // 'n/a': a short name keeps its punctuation, so it is not `na` (Namibia)
 * nameKey('G★B'); // undefined
 */
export function nameKey(input: string): string | undefined {
  const form = nameForm(input);
  if (form === undefined) return undefined;
  const key = form.replace(/&/g, 'and').replace(/[^\p{L}\p{Nd}]+/gu, '');
  return [...key].length > SHORT ? key : form;
}
