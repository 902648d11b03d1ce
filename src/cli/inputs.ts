/**
 * The countries and dates the user gives on the command line: resolved, with the candidates of an ambiguous
 * name and errors that name the flag the user typed, and countries as the output names them.
 *
 * @internal
 */
import { ambiguousCountry, countryOf, resolveCountry } from '../helpers/countries.js';
import { parseCalendarDate } from '../helpers/dates.js';
import { withinCoverage } from '../lib/coverage.js';
import { formatValue } from '../lib/format.js';
import { AnswerError } from './errors.js';

/** A country as the JSON output names it. */
export interface CountryJson {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  /** English short name. */
  readonly name: string;
  /** Chinese (simplified) name. */
  readonly nameZh: string;
}

/** The English name of a country code, or the code itself when the dataset has no record of it. */
export function countryName(code: string): string {
  return countryOf(code)?.name ?? code;
}

/** `United Kingdom (GB)`. */
export function countryLabel(code: string): string {
  return `${countryName(code)} (${code})`;
}

/** A country code as the JSON output names it. */
export function countryJson(code: string): CountryJson {
  const record = countryOf(code);
  return { code, name: record?.name ?? code, nameZh: record?.nameZh ?? '' };
}

/**
 * The alpha-2 code of the country the user named.
 *
 * @throws AnswerError when the input names no country, or names two or more (`Congo`, `Korea`): the message
 *   lists the candidates.
 */
export function needCountry(input: string): string {
  const code = resolveCountry(input);
  if (code !== undefined) return code;
  const candidates = ambiguousCountry(input);
  if (candidates) {
    const list = candidates.map(countryLabel);
    throw new AnswerError(
      `ambiguous country ${formatValue(input)}: it may mean ${list.slice(0, -1).join(', ')} or ${list.at(-1)}; name one`,
    );
  }
  throw new AnswerError(`unknown country ${formatValue(input)} (try an ISO code such as GB or an English name)`);
}

/**
 * The calendar day the user gave for an option or argument, as `YYYY-MM-DD`.
 *
 * @param input - What the user typed.
 * @param name - What the user typed it for, as the error names it: `--as-of`, `--from`, `date`.
 * @throws AnswerError naming `name` when the input is no calendar day in the form `YYYY-MM-DD` (the message
 *   of `parseCalendarDate`'s RangeError).
 */
export function needDate(input: string, name: string): string {
  try {
    return parseCalendarDate(input, name);
  } catch (e) {
    throw e instanceof RangeError ? new AnswerError(e.message) : e;
  }
}

/**
 * A calendar day the user gave for a question about the dated histories: as {@link needDate}, and on or
 * before the last day the data covers.
 *
 * @throws AnswerError as `needDate`; CoverageError naming `name` when the day is after `dataset.coverageEnd`.
 */
export function needCoveredDate(input: string, name: string): string {
  return withinCoverage(needDate(input, name), name);
}
