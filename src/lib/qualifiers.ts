/**
 * The qualifiers of partnership names: words written onto a partnership's name that say how close or
 * what kind it is without naming a type of partnership (全天候 "all-weather", 新时代 "for a new era", ...).
 * Some are part of a 2021 level's name (全天候 is all that separates 2.1 from 2.3), so the same word is
 * recorded the same way in every label, on the ladder or off it (docs/guides/codebook.md, "Labels").
 * Kept free of zod: the label reader and the schema both read it.
 *
 * @internal
 */

/** A qualifier's code: `'new-era'`, `'all-weather'`, `'all-round'`, ... (see the codebook, "Labels"). */
export type Qualifier =
  | 'new-era'
  | 'all-weather'
  | 'all-round'
  | 'permanent'
  | 'innovative'
  | 'new-type'
  | 'mutually-beneficial'
  | '21st-century'
  | 'global'
  | 'closer'
  | 'high-quality'
  | 'forward-looking'
  | 'high-level';

/** A qualifier: its code, the Chinese words that write it (the first as the sources most often do) and an English gloss. */
export interface QualifierWord {
  /** The code recorded in `qualifiers`. */
  readonly code: Qualifier;
  /** The Chinese words that write it, as they stand in a name. */
  readonly zh: readonly string[];
  /** The English words that write it in English names, lower case, the usual first. */
  readonly en: readonly string[];
}

/** Every qualifier the label reader recognises, in the order the codebook lists them. */
export const QUALIFIER_WORDS = [
  { code: 'new-era', zh: ['新时代'], en: ['for a new era', 'for the new era', 'in the new era', 'new era'] },
  { code: 'all-weather', zh: ['全天候'], en: ['all-weather'] },
  { code: 'all-round', zh: ['全方位'], en: ['all-round', 'all-around'] },
  { code: 'permanent', zh: ['永久'], en: ['permanent'] },
  { code: 'innovative', zh: ['创新'], en: ['innovative'] },
  { code: 'new-type', zh: ['新型'], en: ['new-type', 'new type of'] },
  { code: 'mutually-beneficial', zh: ['互惠'], en: ['mutually beneficial'] },
  { code: '21st-century', zh: ['21世纪', '二十一世纪'], en: ['for the 21st century', '21st-century', '21st century'] },
  { code: 'global', zh: ['全球'], en: ['global'] },
  { code: 'closer', zh: ['更加紧密', '更为紧密'], en: ['closer', 'even closer'] },
  { code: 'high-quality', zh: ['高质量'], en: ['high-quality', 'high quality'] },
  { code: 'forward-looking', zh: ['前瞻性'], en: ['forward-looking', 'future-oriented'] },
  { code: 'high-level', zh: ['高水平'], en: ['high-level', 'high level'] },
] as const satisfies readonly QualifierWord[];

/** Every qualifier code, in the codebook's order. */
export const QUALIFIER_CODES = QUALIFIER_WORDS.map((q) => q.code) as unknown as readonly [Qualifier, ...Qualifier[]];
