/**
 * What a command of the command line is: the arguments and options it takes, and how it answers.
 *
 * @internal
 */

/** The options of the command line, as `node:util` `parseArgs` reads them. */
export const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  'as-of': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  country: { type: 'string' },
  side: { type: 'string' },
  format: { type: 'string' },
  since: { type: 'string' },
} as const;

/** The name of an option, without its dashes. */
export type OptionName = keyof typeof OPTIONS;

/** The options given, once read. */
export type Values = {
  -readonly [K in OptionName]?: ((typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean) | undefined;
};

/** A command: `tier`, `compare`... */
export interface Command {
  /** Names of its arguments, in order (`<country>`), for the usage error when the count is wrong. */
  readonly args: readonly string[];
  /**
   * True when the last argument is a country name that may be typed unquoted in several words
   * (`tier United Kingdom`): the words left over are joined into it with spaces.
   */
  readonly rest?: boolean;
  /** What `<command> --help` and `help <command>` print: its usage line, what it answers, its options. */
  readonly help: string;
  /** The options it takes. */
  readonly options: readonly OptionName[];
  /** Its answer: human-readable text, or JSON (only JSON) when `values.json` is set. */
  run(args: readonly string[], values: Values): string;
}
