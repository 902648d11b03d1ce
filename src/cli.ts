/**
 * The command line: `npx china-security-risk-data <command>`. Built by tsup into `dist/cli.js` (package.json
 * `bin`). Prints plain aligned tables; errors go to stderr with exit code 1, usage errors with 2.
 *
 * @internal
 */
import { parseArgs } from 'node:util';
import { LEVEL_CODES, TIER_CODES } from './codes.js';
import { cite } from './helpers/cite.js';
import { countryOf, resolveCountry } from './helpers/countries.js';
import { periodStart } from './lib/calendar.js';
import { eventsBetween, eventsInvolving } from './helpers/events.js';
import { compareTiers, membershipsOf, tierOf } from './helpers/partnerships.js';
import { treatiesSuspendedAfter } from './helpers/treaties.js';
import { readFileSync } from 'node:fs';
import { TABLE_NAMES, TABLES } from './registry.js';
import type { FuzzyDate } from './schemas/common.js';
import { dataset } from './tables/dataset.js';
import { events as allEvents } from './tables/events.js';
import { levels } from './tables/levels.js';
import { outsideFramework } from './tables/outside-framework.js';
import { tiers } from './tables/tiers.js';
import { watchItems } from './tables/watch-items.js';
import { VERSION } from './version.js';

const BIN = 'china-security-risk-data';

/** The file tables: every table of the registry and `treaty-steps`, by file name. */
const FILE_TABLE_NAMES = TABLE_NAMES.flatMap((name) =>
  name === 'treaties' ? [TABLES[name].file, 'treaty-steps'] : [TABLES[name].file],
);

const HELP = `${BIN} ${VERSION}: the MERICS China Security and Risk Tracker No. 3 (August 2021) as data.

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

Options:
  -h, --help                                 show this help
  -v, --version                              print the version

Dates are YYYY-MM-DD. Countries are ISO codes or English or Chinese names ("United Kingdom", GB, GBR).
Tables: ${FILE_TABLE_NAMES.join(', ')}.

Examples:
  ${BIN} tier "United Kingdom"
  ${BIN} compare 1.1 3.3
  ${BIN} suspended-after 2020-07-31
  ${BIN} events --from 2021-06-01 --to 2021-06-30 --country Russia
  ${BIN} export treaties --format csv > treaties.csv
`;

/** A mistake in how the command was called: exit code 2. */
class UsageError extends Error {}
/** A well-formed request that cannot be answered (unknown country): exit code 1. */
class CliError extends Error {}

// ---------------------------------------------------------------------------------------------------
// Plain-text tables

/** Columns a character takes in a terminal: 2 for East Asian wide and full-width characters. */
function charWidth(cp: number): number {
  if (cp < 0x1100) return 1;
  if (
    cp <= 0x115f ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

function width(text: string): number {
  let w = 0;
  for (const ch of text.normalize('NFC')) w += /\p{M}/u.test(ch) ? 0 : charWidth(ch.codePointAt(0)!);
  return w;
}

function truncate(text: string, max: number): string {
  if (width(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (width(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Rows as aligned columns separated by two spaces; the last column is not padded. */
function table(header: readonly string[] | null, rows: readonly (readonly string[])[]): string {
  const all = header ? [header, ...rows] : rows;
  // A column is as wide as its widest cell that is not the last of its row (last cells are not padded).
  const columns = Math.max(...all.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(0, ...all.filter((r) => i < r.length - 1).map((r) => width(r[i]!))),
  );
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - width(cell))))
      .join('  ')
      .trimEnd();
  const out = all.map(line);
  if (header)
    out.splice(
      1,
      0,
      header
        .map((_h, i) =>
          '-'.repeat(i === header.length - 1 ? Math.max(...all.map((r) => width(r[i] ?? ''))) : widths[i]!),
        )
        .join('  '),
    );
  return `${out.join('\n')}\n`;
}

const dateText = (d: { readonly value: string; readonly end?: string | undefined } | null | undefined) =>
  d ? (d.end ? `${d.value}/${d.end}` : d.value) : '-';

const countryName = (code: string) => countryOf(code)?.name ?? code;

// ---------------------------------------------------------------------------------------------------
// Commands

type Values = {
  'as-of'?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  country?: string | undefined;
  format?: string | undefined;
};

function needCountry(input: string): string {
  const code = resolveCountry(input);
  if (code === undefined)
    throw new CliError(`unknown country ${JSON.stringify(input)} (try an ISO code such as GB or an English name)`);
  return code;
}

function tier(input: string, values: Values): string {
  const code = needCountry(input);
  const name = `${countryName(code)} (${code})`;
  const asOf = values['as-of'];
  const level = tierOf(code, asOf === undefined ? {} : { asOf });
  const when = asOf === undefined ? `${dataset.asOf} (the tracker's edition)` : asOf;
  if (!level) {
    const outside = outsideFramework.find((o) => o.country === code);
    if (outside) return `${name}: outside the partnership framework. ${outside.reason}\n`;
    const off = membershipsOf(code).filter((m) => m.level === null);
    const label = off.at(-1)?.label?.en;
    if (off.length && label)
      return `${name}: not on the 16 levels as of ${when}; its partnership type is "${label}".\n`;
    return `${name}: not on the partnership ladder as of ${when}.\n`;
  }
  const tierRecord = tiers.find((t) => t.code === level.tier)!;
  const held = membershipsOf(code).filter((m) => m.level === level.code);
  const record = held.find((m) => m.basis === 'tracker') ?? held.at(-1);
  const rows: string[][] = [
    ['country', name],
    ['level', level.code, `${level.nameEn} (${level.nameZh})`],
    ['tier', level.tier, `${tierRecord.nameEn} (${tierRecord.nameZh})`],
  ];
  if (record) {
    rows.push([
      'since',
      dateText(record.since),
      record.basis === 'tracker' ? 'the tracker names it there' : 'other sources place it there',
    ]);
    if (record.label?.en || record.label?.zh)
      rows.push(['label', [record.label.en, record.label.zh].filter(Boolean).join(' / ')]);
  }
  rows.push(['as of', when]);
  return table(null, rows);
}

function operand(input: string): { code: string; label: string } {
  if ((TIER_CODES as readonly string[]).includes(input) || (LEVEL_CODES as readonly string[]).includes(input)) {
    const record = input.includes('.') ? levels.find((l) => l.code === input) : tiers.find((t) => t.code === input);
    return { code: input, label: `${record?.nameEn ?? ''}${input.includes('.') ? '' : ' (tier)'}` };
  }
  if (/^\d+(?:\.\d+)?$/.test(input))
    throw new CliError(
      `unknown tier or level code ${JSON.stringify(input)} (tiers 1-5, levels ${LEVEL_CODES[0]}-${LEVEL_CODES.at(-1)})`,
    );
  const country = needCountry(input);
  const level = tierOf(country);
  if (!level) throw new CliError(`${countryName(country)} (${country}) is not on the partnership ladder`);
  return { code: level.code, label: `${countryName(country)} (${country}): ${level.nameEn}` };
}

function compare(a: string, b: string): string {
  const x = operand(a);
  const y = operand(b);
  const c = compareTiers(x.code as never, y.code as never);
  let verdict: string;
  if (c === 0) verdict = `${x.code} and ${y.code} are equally close to Beijing.`;
  else if (x.code.split('.')[0] === y.code && !y.code.includes('.'))
    verdict = `${x.code} is a level of tier ${y.code}.`;
  else if (y.code.split('.')[0] === x.code && !x.code.includes('.'))
    verdict = `${y.code} is a level of tier ${x.code}.`;
  else
    verdict =
      c < 0 ? `${x.code} is closer to Beijing than ${y.code}.` : `${x.code} is further from Beijing than ${y.code}.`;
  return `${table(null, [
    [x.code, x.label],
    [y.code, y.label],
  ])}${verdict}\n`;
}

function suspendedAfter(date: string): string {
  const found = treatiesSuspendedAfter(date);
  if (found.length === 0) return `No treaty was first suspended after ${date}.\n`;
  const rows = found.map((t) => {
    const first = t.steps
      .filter((s) => s.action === 'suspended')
      .sort((p, q) => (periodStart(p.date) < periodStart(q.date) ? -1 : 1))[0]!;
    const by = first.by ? first.by.body : '';
    return [t.id, t.chinaSide, countryName(t.counterparty), dateText(first.date), truncate(by, 60)];
  });
  return table(['id', 'side', 'counterparty', 'suspended', 'by'], rows);
}

function eventList(values: Values): string {
  let list =
    values.from !== undefined || values.to !== undefined
      ? eventsBetween(values.from ?? '0001-01-01', values.to ?? '9999-12-31')
      : [...allEvents];
  if (values.country !== undefined) {
    const ids = new Set(eventsInvolving(needCountry(values.country)).map((e) => e.id));
    list = list.filter((e) => ids.has(e.id));
  }
  if (list.length === 0) return 'No events match.\n';
  const rows = list.map((e) => [
    dateText((e.date ?? e.trackerDate) as FuzzyDate | null),
    e.id,
    truncate(e.actors.countries.join(' '), 24),
    truncate(e.title, 70),
  ]);
  return `${table(['date', 'id', 'countries', 'title'], rows)}${list.length} event${list.length === 1 ? '' : 's'}\n`;
}

function watch(): string {
  const rows = watchItems.map((w) => [
    String(w.order),
    truncate(w.windowText, 28),
    w.outcome.verdict,
    truncate(w.title, 70),
  ]);
  return table(['#', 'window', 'outcome', 'title'], rows);
}

/** A table as the package ships it in `data/` (the files the build writes next to `dist/`). */
function exportTable(name: string, values: Values): string {
  if (!FILE_TABLE_NAMES.includes(name)) {
    throw new UsageError(`unknown table ${JSON.stringify(name)}; tables: ${FILE_TABLE_NAMES.join(', ')}`);
  }
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') {
    throw new UsageError(`--format: expected json or csv, got ${JSON.stringify(format)}`);
  }
  return readFileSync(new URL(`../data/${name}.${format}`, import.meta.url), 'utf8');
}

function citeCommand(values: Values): string {
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'bibtex')
    throw new UsageError(`--format: expected text or bibtex, got ${JSON.stringify(format)}`);
  return cite({ format });
}

// ---------------------------------------------------------------------------------------------------
// Dispatch

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  'as-of': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  country: { type: 'string' },
  format: { type: 'string' },
} as const;

/** Options each command accepts, and how many positionals. */
const COMMANDS: Record<string, { options: readonly string[]; args: readonly string[] }> = {
  tier: { options: ['as-of'], args: ['country'] },
  compare: { options: [], args: ['a', 'b'] },
  'suspended-after': { options: [], args: ['date'] },
  events: { options: ['from', 'to', 'country'], args: [] },
  watch: { options: [], args: [] },
  export: { options: ['format'], args: ['table'] },
  cite: { options: ['format'], args: [] },
  fingerprint: { options: [], args: [] },
  help: { options: [], args: [] },
};

/** Runs the CLI on `argv` (without node and the script) and returns what to print and the exit code. */
function main(argv: readonly string[]): { stdout: string; stderr: string; code: number } {
  try {
    const { values, positionals } = (() => {
      try {
        return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    })();
    if (values.help) return { stdout: HELP, stderr: '', code: 0 };
    if (values.version) return { stdout: `${VERSION}\n`, stderr: '', code: 0 };
    const [command, ...args] = positionals;
    if (command === undefined) return { stdout: '', stderr: HELP, code: 2 };
    const spec = COMMANDS[command];
    if (!spec) throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    for (const key of Object.keys(values)) {
      if (!spec.options.includes(key)) throw new UsageError(`${command} takes no --${key} option`);
    }
    if (args.length !== spec.args.length) {
      const expected = spec.args.length ? spec.args.map((a) => `<${a}>`).join(' ') : 'no arguments';
      throw new UsageError(
        `${command}: expected ${expected}, got ${args.length} argument${args.length === 1 ? '' : 's'}`,
      );
    }
    const v = values as Values;
    const out = (() => {
      switch (command) {
        case 'tier':
          return tier(args[0]!, v);
        case 'compare':
          return compare(args[0]!, args[1]!);
        case 'suspended-after':
          return suspendedAfter(args[0]!);
        case 'events':
          return eventList(v);
        case 'watch':
          return watch();
        case 'export':
          return exportTable(args[0]!, v);
        case 'cite':
          return citeCommand(v);
        case 'fingerprint':
          return `${dataset.fingerprint}\n`;
        default:
          return HELP;
      }
    })();
    return { stdout: out, stderr: '', code: 0 };
  } catch (e) {
    if (e instanceof UsageError) {
      return { stdout: '', stderr: `${BIN}: ${e.message}\nRun "${BIN} --help" for usage.\n`, code: 2 };
    }
    if (e instanceof CliError || e instanceof RangeError || e instanceof TypeError) {
      return { stdout: '', stderr: `${BIN}: ${e.message}\n`, code: 1 };
    }
    throw e;
  }
}

const result = main(process.argv.slice(2));
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(result.code);
  throw e;
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
