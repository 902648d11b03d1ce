import type { DeepReadonly } from '../lib/freeze.js';
import { formatValue } from '../lib/format.js';
import { type LabelReading, type LevelNames, levelNames, readLabelWith } from '../lib/labels.js';
import { levelRecord } from '../lib/ladder.js';
import type { Level } from '../schemas/levels.js';
import { levels } from '../tables/levels.js';
import { dayOf, heldOn } from './partnerships.js';
import { ladderCountry } from '../lib/names.js';

let names: LevelNames | undefined;

/**
 * Reads a partnership's name by the dataset's label rule, the rule every record's `placement`, `level`,
 * `qualifiers` and `baseLevel` follow (see the codebook, "Labels"): the Chinese name decides (a bilateral
 * marker such as 中俄 set aside); where it is a level's name, that is its level (`placement: 'label'`); where
 * it is one once its descriptive phrases ending in 的 are set aside, that level (`'reading'`); otherwise
 * none (`'none'`, level null), whatever its qualifiers. The qualifiers written onto the name (全天候, 新时代,
 * 全方位, ...) are listed, and `baseLevel` is the level the name reads as with them taken off: an explicit
 * reading, never the level. A string is read as Chinese when it holds a Chinese character, else as English.
 *
 * @param name - The name: a string, or a label `{ zh, en }` as records hold it.
 * @returns A new reading, or `undefined` when the name is empty.
 * @throws TypeError when `name` is neither a string nor an object with string `zh` or `en`.
 *
 * @example
 * ```ts
 * import { readLabel } from 'china-security-risk-data';
 * readLabel('全面战略伙伴关系')?.level; // '3.3'
 * readLabel('与时俱进的全方位合作伙伴关系')?.placement; // 'reading'
 * readLabel('新时代全天候全面战略伙伴关系'); // { placement: 'none', level: null, qualifiers: ['new-era', 'all-weather'], baseLevel: '3.3', language: 'zh' }
 * readLabel('strategic partnership')?.level; // '3.5'
 * ```
 */
export function readLabel(
  name: string | { readonly zh?: string | undefined; readonly en?: string | undefined },
): LabelReading | undefined {
  let label: { zh?: string; en?: string };
  if (typeof name === 'string') {
    label = /\p{Script=Han}/u.test(name) ? { zh: name } : { en: name };
  } else if (
    typeof name === 'object' &&
    name !== null &&
    !Array.isArray(name) &&
    (typeof name.zh === 'string' || typeof name.en === 'string') &&
    (name.zh === undefined || typeof name.zh === 'string') &&
    (name.en === undefined || typeof name.en === 'string')
  ) {
    label = { ...(name.zh === undefined ? {} : { zh: name.zh }), ...(name.en === undefined ? {} : { en: name.en }) };
  } else {
    throw new TypeError(`name: expected a string or a label { zh, en } of strings, got ${formatValue(name)}`);
  }
  names ??= levelNames(levels);
  const reading = readLabelWith(label, names);
  return reading && { ...reading, qualifiers: [...reading.qualifiers] };
}

/** Options for {@link baseLevelOf}. */
export interface BaseLevelOfOptions {
  /** The day to answer for (`YYYY-MM-DD` or a `Date`, read as its UTC day); omitted: `dataset.coverageEnd`. */
  asOf?: string | Date | undefined;
}

/**
 * The base level of the partnership a country held on a day: the level its name reads as once its
 * qualifiers are taken off (the record's `baseLevel`), for users who need an ordinal rank for names off the
 * ladder. It is a reading, not the level: Ethiopia's all-weather strategic partnership of 2023 (全天候战略伙伴关系)
 * reads as 3.5, below the 2.2 it replaced, so compare it with {@link tierOf}'s answer before ranking. For a
 * country on a level it is that level.
 *
 * @param country - A country code or name.
 * @param options - `asOf`: the day to answer for.
 * @returns The level record, or `undefined` when the country held no partnership that day or its name reads
 *   as no level (or the input names no country).
 * @throws TypeError, RangeError and CoverageError as {@link tierOf}.
 *
 * @example
 * ```ts
 * import { baseLevelOf, tierOf } from 'china-security-risk-data';
 * tierOf('Ireland'); // undefined: 互惠战略伙伴关系 is none of the 16 levels
 * baseLevelOf('Ireland')?.code; // '3.5'
 * baseLevelOf('United Kingdom')?.code; // '3.3'
 * ```
 */
export function baseLevelOf(country: string, options?: BaseLevelOfOptions): DeepReadonly<Level> | undefined {
  const day = dayOf(country, options, 'baseLevelOf');
  const code = ladderCountry(country);
  const held = code === undefined ? undefined : heldOn(code, day);
  return levelRecord(held?.baseLevel);
}
