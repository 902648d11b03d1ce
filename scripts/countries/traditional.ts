/**
 * Chinese names in traditional characters, as Hong Kong and Taiwan write them, for the countries table:
 *
 * - **usage names** from the Unicode CLDR territory names (package `cldr-localenames-modern`, Unicode
 *   License v3): `zh-Hant-HK` for Hong Kong usage, `zh-Hant` for Taiwan usage. They differ from each other
 *   and from the mainland's names in words, not only in characters (沙地阿拉伯, 沙烏地阿拉伯 and 沙特阿拉伯);
 * - **character conversions** of every simplified name with OpenCC's dictionaries (package `opencc-js`,
 *   MIT, dictionaries Apache-2.0): to traditional characters (`t`), in Hong Kong's standard (`hk`), in
 *   Taiwan's (`tw`) and in Taiwan's with its phrase list (`twp`, which also turns 新西兰 into 紐西蘭);
 * - a short hand-kept list of what neither gives, and of conversions OpenCC gets wrong for a name.
 *
 * Only the build reads this module (scripts/generate-countries.ts): the package ships the names it writes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const OpenCC = require('opencc-js') as {
  Converter(options: { from: string; to: string }): (text: string) => string;
};

type Territories = Record<string, string>;

function territories(locale: string): Territories {
  const json = require(`cldr-localenames-modern/main/${locale}/territories.json`) as {
    main: Record<string, { localeDisplayNames: { territories: Territories } }>;
  };
  return Object.values(json.main)[0]!.localeDisplayNames.territories;
}

/** The versions of the two packages, for the generated file's header. */
export const traditionalSources = ['opencc-js', 'cldr-localenames-modern']
  .map((name) => `${name} ${versionOf(name)}`)
  .join(', ');

/** A package's version, from its package.json (opencc-js does not export that file). */
function versionOf(name: string): string {
  const url = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

const CLDR = { hk: territories('zh-Hant-HK'), tw: territories('zh-Hant'), zh: territories('zh') };

const CHARACTERS = (['t', 'hk', 'tw'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
/**
 * Taiwan's phrase list also holds computing terms (哈希 is 雜湊 there): it is applied to the short name
 * only, never to an official name (it would turn 约旦哈希姆王国 into 約旦雜湊姆王國).
 */
const TW_PHRASES = OpenCC.Converter({ from: 'cn', to: 'twp' });

/**
 * Names where Hong Kong government usage differs from CLDR's Hong Kong name: 新西蘭 (CLDR has the Taiwan
 * form 紐西蘭), as the Hong Kong government writes it (info.gov.hk press releases, e.g. 15 June 2014), and
 * the two Congos by their full names (CLDR's 剛果（金夏沙） and 剛果（布拉薩） are Taiwan's).
 */
const HK_USAGE: Record<string, string> = { NZ: '新西蘭', CD: '剛果民主共和國', CG: '剛果共和國' };

/**
 * Traditional names that neither CLDR nor OpenCC gives, in use in Hong Kong or Taiwan: short forms of the
 * two Congos, Taiwan's 史瓦帝尼 for Eswatini (since 2018), and the older 寮國 and 北韓/南韓 are given by CLDR.
 */
const EXTRA_HANT: Record<string, string[]> = {
  CD: ['剛果金', '剛果（金）', '剛果民主共和國'],
  CG: ['剛果布', '剛果（布）', '剛果共和國'],
  SZ: ['史瓦帝尼', '史瓦帝尼王國'],
  KP: ['北韓', '朝鮮'],
  KR: ['南韓', '韓國'],
  TW: ['台灣', '臺灣'],
  VA: ['梵蒂岡', '教廷'],
};

/**
 * Conversions OpenCC gets wrong for a name, left out: 里 in a transliteration is not 裏/裡 (Mali is 馬里 in
 * Hong Kong and 馬利 in Taiwan), and 羣 is OpenCC's standard form where Hong Kong and Taiwan write 群.
 */
const WRONG = /[裏裡羣]/;

/** CLDR's name for a code, preferring its short form (香港 to 中國香港特別行政區). */
function cldrName(table: Territories, code: string): string | undefined {
  return table[`${code}-alt-short`] ?? table[code];
}

/**
 * The Chinese names of one country beyond the simplified ones (`simplified`, its short name first): its
 * Hong Kong and Taiwan usage names, the other traditional forms as aliases, and CLDR's simplified names.
 */
export function traditionalNames(
  code: string,
  simplified: readonly string[],
): { nameZhHk: string; nameZhTw: string; aliases: string[]; simplifiedAliases: string[] } {
  const hk = HK_USAGE[code] ?? cldrName(CLDR.hk, code);
  const tw = cldrName(CLDR.tw, code);
  if (!hk || !tw) throw new Error(`CLDR has no traditional Chinese name for ${code}`);
  const variants = [CLDR.hk, CLDR.tw].flatMap((table) =>
    [table[code], table[`${code}-alt-short`], table[`${code}-alt-variant`]].filter((n): n is string => !!n),
  );
  const converted = [
    ...simplified.flatMap((name) => CHARACTERS.map((convert) => convert(name))),
    TW_PHRASES(simplified[0]!),
  ].filter((n) => !WRONG.test(n));
  const aliases = [...new Set([hk, tw, ...variants, ...converted, ...(EXTRA_HANT[code] ?? [])])].filter(
    (n) => !simplified.includes(n),
  );
  // CLDR's own simplified names (e.g. 象牙海岸 beside 科特迪瓦) resolve too.
  const simplifiedAliases = [CLDR.zh[code], CLDR.zh[`${code}-alt-short`], CLDR.zh[`${code}-alt-variant`]].filter(
    (n): n is string => !!n && !simplified.includes(n),
  );
  return { nameZhHk: hk, nameZhTw: tw, aliases, simplifiedAliases };
}
