/**
 * The text of `--help`, and of `<command> --help` and `help <command>`.
 *
 * @internal
 */
import { EDITION_CITATION } from '../edition.js';
import { formatValue } from '../lib/format.js';
import { VERSION } from '../version.js';
import { COMMANDS } from './commands/index.js';
import { BIN, UsageError } from './errors.js';

export const HELP = `${BIN} ${VERSION}: the ${EDITION_CITATION} as data, with the dated histories of China's
partnerships and extradition treaties.

Usage: ${BIN} <command> [options]
       ${BIN} help <command>          what a command answers, and its options

Commands:
  tier <country> [--as-of <date>]            where a country stands on China's partnership ladder
  treaty <country> [--side CN|HK] [--as-of <date>]
                                             the PRC's and Hong Kong's treaties with a country
  compare <a> <b>                            which of two levels, tiers or countries is closer to Beijing
  suspended-after <date>                     treaties first suspended after a day
  events [--from <date>] [--to <date>] [--country <country>]
                                             dated events, in a range of days and/or involving a country
  watch                                      the tracker's five watch-items and what happened
  export <name> [--format json|csv]          a table, or any file the package ships in data/, on stdout
  cite [--format text|bibtex]                how to cite this dataset
  fingerprint                                the SHA-256 fingerprint of the data (dataset.fingerprint)
  changes --since <version>                  what changed in the data since a version, record by record

Options:
  --json                                     print JSON and nothing else (every command; export: --format json)
  -h, --help                                 show this help (after a command: that command's help)
  -v, --version                              print the version

Dates are YYYY-MM-DD, up to the last day the data covers; a date known only to its month or year, or a
span, prints as an ISO 8601 date or interval (2021-03, 2021-03/2021-07). Countries are ISO codes or
English or Chinese names ("United Kingdom", GB, GBR, 英國); a name of several words may be typed unquoted
as the last argument (tier United Kingdom) or after --country.

Exit codes: 0 answered; 1 no answer (unknown or ambiguous country, impossible date, a day after the data's
coverage) or the output could not be written; 2 a mistake in the command (unknown command or option,
missing argument). Errors are one line on stderr; stdout then stays empty.

Examples:
  ${BIN} tier United Kingdom
  ${BIN} tier UK --as-of 2010-01-01 --json
  ${BIN} treaty Canada --side HK
  ${BIN} compare 1.1 3.3
  ${BIN} suspended-after 2020-07-31
  ${BIN} events --from 2021-06-01 --to 2021-06-30 --country Russia
  ${BIN} export treaties --format csv > treaties.csv
`;

/** A command's own help. */
export function commandHelp(name: string): string {
  const command = COMMANDS.get(name);
  if (!command) throw new UsageError(`unknown command ${formatValue(name)}`);
  return command.help;
}
