/**
 * The text of `--help`.
 *
 * @internal
 */
import { EDITION_CITATION } from '../edition.js';
import { VERSION } from '../version.js';
import { FILE_TABLE_NAMES } from './commands/export.js';
import { BIN } from './errors.js';

export const HELP = `${BIN} ${VERSION}: the ${EDITION_CITATION} as data.

Usage: ${BIN} <command> [options]

Commands:
  tier <country> [--as-of <date>]            the level a country holds on China's partnership ladder
  compare <a> <b>                            which of two levels, tiers or countries is closer to Beijing
  suspended-after <date>                     treaties first suspended after a day
  events [--from <date>] [--to <date>] [--country <country>]
                                             dated events, in a range of days and/or involving a country
  watch                                      the tracker's five watch-items and what happened
  export <table> [--format json|csv]         a table as JSON (default) or CSV on stdout
  cite [--format text|bibtex]                how to cite this dataset
  fingerprint                                the SHA-256 fingerprint of the data (dataset.fingerprint)
  changes --since <version>                  what changed in the data since a version, record by record

Options:
  --json                                     print JSON and nothing else (every command; export: --format json)
  -h, --help                                 show this help
  -v, --version                              print the version

Dates are YYYY-MM-DD. Countries are ISO codes or English or Chinese names ("United Kingdom", GB, GBR).
Tables: ${FILE_TABLE_NAMES.join(', ')}.

Exit codes: 0 answered; 1 no answer (unknown or ambiguous country, impossible date) or the output could
not be written; 2 a mistake in the command (unknown command or option, missing argument). Errors are one
line on stderr; stdout then stays empty.

Examples:
  ${BIN} tier "United Kingdom"
  ${BIN} tier UK --as-of 2010-01-01 --json
  ${BIN} compare 1.1 3.3
  ${BIN} suspended-after 2020-07-31
  ${BIN} events --from 2021-06-01 --to 2021-06-30 --country Russia
  ${BIN} export treaties --format csv > treaties.csv
`;
