/**
 * Whether a short excerpt states a date at its precision: its year; its year and month; its year, month
 * and day. Month and day may be written in the forms the sources use: `2013年7月`, `7月5日`, `二〇一三年七月`,
 * `July 2013`, `5 July`, `July 5`, `5th of July`, `the 24th day of August`, `31. Juli`, `ika-5 ng Hulyo`, `2013-07-05`,
 * `05.07.2013`, `5/7/2013`, `29-Jul-2021`, with the month names of the languages the sources are in
 * (English, Chinese, French, Spanish, Portuguese, Italian, German, Filipino). A form that leaves out the year
 * (`7月`, `July 5`) counts when the year is in the excerpt too.
 *
 * @internal
 */

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'enero', 'janeiro', 'gennaio', 'januar', 'jänner'],
  ['february', 'feb', 'février', 'fevrier', 'febrero', 'fevereiro', 'febbraio', 'februar', 'pebrero'],
  ['march', 'mar', 'mars', 'marzo', 'março', 'marco', 'märz', 'marz', 'marso'],
  ['april', 'apr', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'maggio'],
  ['june', 'jun', 'juin', 'junio', 'junho', 'giugno', 'juni', 'hunyo'],
  ['july', 'jul', 'juillet', 'julio', 'julho', 'luglio', 'juli', 'hulyo'],
  ['august', 'aug', 'août', 'aout', 'agosto'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setembro', 'settembre', 'setyembre'],
  ['october', 'oct', 'octobre', 'octubre', 'outubro', 'ottobre', 'oktober', 'oktubre'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'nobyembre'],
  ['december', 'dec', 'décembre', 'decembre', 'diciembre', 'dezembro', 'dicembre', 'dezember', 'disyembre'],
];

const ZH_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A number written with Chinese numerals as dates use them: 7 is 七, 12 is 十二, 24 is 二十四, 30 is 三十. */
function zhNumber(n: number): string {
  if (n < 10) return ZH_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ones ? ZH_DIGITS[ones] : ''}`;
}

/** A year written digit by digit in Chinese numerals: 2013 is 二〇一三 (or 二零一三). */
function zhYear(year: string): string {
  return [...year].map((d) => `[${ZH_DIGITS[Number(d)]}${d === '0' ? '零' : ''}]`).join('');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A number as written, with or without a leading zero, not inside a longer number. */
const num = (n: number) => `(?<!\\d)0?${n}(?!\\d)`;

/** A number in Chinese numerals, not inside a longer one. */
const zhNum = (n: number) => `(?<![〇零一二三四五六七八九十])${zhNumber(n)}(?![〇零一二三四五六七八九十])`;

function monthNames(month: number): string {
  const names = [...MONTH_NAMES[month - 1]!].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return `(?<![\\p{L}])(?:${names.join('|')})\\.?(?![\\p{L}])`;
}

const test = (patterns: readonly string[], text: string) => patterns.some((p) => new RegExp(p, 'u').test(text));

function hasYear(text: string, year: string): boolean {
  return new RegExp(`(?<!\\d)${year}(?!\\d)|${zhYear(year)}\\s*年`, 'u').test(text);
}

function hasMonth(text: string, year: string, month: number): boolean {
  const m = num(month);
  return test(
    [
      `${year}\\s*年\\s*${m}\\s*月`,
      `(?<![\\d十])${m}\\s*月`,
      `${zhNum(month)}\\s*月`,
      `${year}[-/.]${m}(?!\\d)`,
      `(?<!\\d)${m}[-/.]${year}`,
      `(?<!\\d)\\d{1,2}[-/.]${m}[-/.]${year}`,
      `(?<!\\d)${m}[-/.]\\d{1,2}[-/.]${year}`,
      monthNames(month),
    ],
    text,
  );
}

function dayPatterns(year: string, month: number, d: string): string[] {
  const m = num(month);
  const names = monthNames(month);
  const ordinal = `${d}(?:st|nd|rd|th|er|º|\\.)?`;
  return [
    `${year}\\s*年\\s*${m}\\s*月\\s*${d}\\s*[日號号]`,
    `(?<![\\d十])${m}\\s*月\\s*${d}\\s*[日號号]`,
    `${year}[-/.]${m}[-/.]${d}`,
    `${d}[-/.]${m}[-/.]${year}`,
    `${m}[-/.]${d}[-/.]${year}`,
    `${d}-${names}-${year}`,
    `${ordinal}\\s*(?:de\\s+|of\\s+|day\\s+of\\s+|ng\\s+)?${names}`,
    `${ordinal}\\s*(?:-|–|—|to|and|au|al|a|bis|y|et|e|und)\\s*\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s*(?:de\\s+|of\\s+)?${names}`,
    `${names}\\s*${ordinal}`,
  ];
}

function hasDay(text: string, year: string, month: number, day: number): boolean {
  const zh = `${zhNum(month)}\\s*月\\s*${zhNum(day)}\\s*[日號号]`;
  return test([...dayPatterns(year, month, num(day)), zh], text);
}

/**
 * True when `text` states `value` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) at its precision.
 *
 * @example
 * statesDate('2005年7月，中哈建立战略伙伴关系', '2005-07'); // true
 * statesDate('in 2005', '2005-07'); // false
 */
export function statesDate(text: string, value: string): boolean {
  const lower = text.toLowerCase();
  const [year, month, day] = value.split('-');
  if (!year || !hasYear(lower, year)) return false;
  if (month === undefined) return true;
  if (!hasMonth(lower, year, Number(month))) return false;
  if (day === undefined) return true;
  return hasDay(lower, year, Number(month), Number(day));
}

/**
 * True when `text` states the last day of a span that starts on `value`: either outright, or as the end
 * of a range written with the start (`17 to 20 August 2021`, `Aug. 17-20`, `17日至20日`, `11-13 June`).
 *
 * @example
 * statesSpanEnd('from Aug. 17 to 20, 2021', '2021-08-17', '2021-08-20'); // true
 */
export function statesSpanEnd(text: string, value: string, end: string): boolean {
  if (statesDate(text, end)) return true;
  const [year, month, first] = value.split('-');
  const [endYear, endMonth, last] = end.split('-');
  if (!first || !last || year !== endYear || month !== endMonth) return false;
  const lower = text.toLowerCase();
  if (!hasYear(lower, year!) || !hasMonth(lower, year!, Number(month))) return false;
  const range = `(?<!\\d)0?${Number(first)}(?:st|nd|rd|th|\\.)?[日號号]?\\s*(?:-|–|—|to|and|till|until|au|al|a|bis|y|et|e|und|至|到|~)\\s*(?:${monthNames(Number(month))}\\s*)?0?${Number(last)}(?!\\d)`;
  return new RegExp(range, 'u').test(lower);
}
