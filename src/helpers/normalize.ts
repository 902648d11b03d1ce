/**
 * Normalises a country name or code for exact matching: Unicode compatibility decomposition, accents
 * removed, lower case, and everything that is not a letter or a digit (punctuation, symbols, white space)
 * dropped. `"Côte d'Ivoire"`, `"cote divoire"` and `" COTE-D'IVOIRE "` all become `"cotedivoire"`.
 *
 * @param input - Any string.
 * @returns The normalised key (possibly empty).
 *
 * @internal
 */
export function normalizeName(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
