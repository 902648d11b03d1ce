/**
 * The command line: `npx china-security-risk-data <command>`. Built by tsup into `dist/cli.js` (package.json
 * `bin`). Reads the arguments with `node:util` `parseArgs`, runs the command, prints its answer on stdout
 * (plain aligned text, or JSON and nothing else with `--json`) and errors as one line on stderr. Exit codes:
 * 0 answered, 1 no answer or the output could not be written, 2 a mistake in how the command was called.
 *
 * @internal
 */
import { parseArgs } from 'node:util';
import { formatValue } from '../lib/format.js';
import { VERSION } from '../version.js';
import { OPTIONS, type OptionName, type Values } from './command.js';
import { COMMANDS } from './commands/index.js';
import { BIN, failure, type Outcome, UsageError } from './errors.js';
import { commandHelp, HELP } from './help.js';

/** The letters of the short options (`-h`, `-v`). */
const SHORT = new Set<string>(Object.values(OPTIONS).flatMap((o) => ('short' in o ? [o.short] : [])));

/**
 * The options and arguments in `argv`. `parseArgs` reads them leniently (so that its tokens say which
 * argument is wrong) and this function refuses what strict parsing refuses, in its own words: its messages
 * would echo a whole argument back, however long.
 */
function read(argv: readonly string[]): { values: Values; positionals: string[] } {
  // A group of short options (`-hv`) made of other letters is refused first: parseArgs splits a group into
  // one argument per letter, and a long one overflows its stack.
  for (const arg of argv) {
    if (arg === '--') break;
    if (!/^-[^-]/.test(arg)) continue;
    const unknown = [...arg.slice(1)].find((letter) => !SHORT.has(letter));
    if (unknown !== undefined) throw new UsageError(`unknown option ${formatValue(`-${unknown}`)}`);
  }
  const { values, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(OPTIONS, token.name)) throw new UsageError(`unknown option ${formatValue(token.rawName)}`);
    const { type } = OPTIONS[token.name as OptionName];
    if (type === 'boolean' && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
    // A value starting with "-" must be attached (--as-of=-1): otherwise it is taken for a forgotten value.
    if (type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      throw new UsageError(`${token.rawName} needs a value`);
    }
  }
  return { values: values as Values, positionals: joinCountryWords(tokens, values as Values) };
}

type Token = ReturnType<typeof parseArgs>['tokens'] extends (infer T)[] | undefined ? T : never;

/**
 * The positionals, with the words that follow `--country <word>` unquoted (`--country United States`)
 * joined into its value instead: a country name may be typed in several words. Only after the command's
 * name, and only up to the next option.
 */
function joinCountryWords(tokens: readonly Token[], values: Values): string[] {
  const positionals: string[] = [];
  let joining = false;
  for (const token of tokens) {
    if (token.kind === 'option') joining = token.name === 'country' && !token.inlineValue && positionals.length > 0;
    else if (token.kind === 'positional') {
      if (joining) values.country = `${values.country} ${token.value}`;
      else positionals.push(token.value);
    } else joining = false;
  }
  return positionals;
}

/** Runs the command line on `argv` (without node and the script): what to print, and the exit code. */
export function run(argv: readonly string[]): Outcome {
  try {
    const { values, positionals } = read(argv);
    const [name, ...args] = positionals;
    if (values.help) return { stdout: name === undefined ? HELP : commandHelp(name), stderr: '', code: 0 };
    if (values.version) return { stdout: `${VERSION}\n`, stderr: '', code: 0 };
    if (name === undefined) return { stdout: '', stderr: HELP, code: 2 };
    if (name === 'help') {
      if (args.length > 1 || Object.keys(values).length) throw new UsageError('help takes one command name at most');
      return { stdout: args[0] === undefined ? HELP : commandHelp(args[0]), stderr: '', code: 0 };
    }
    const command = COMMANDS.get(name);
    if (!command) throw new UsageError(`unknown command ${formatValue(name)}`);
    for (const key of Object.keys(values)) {
      if (!command.options.includes(key as OptionName)) throw new UsageError(`${name} takes no --${key} option`);
    }
    const given = command.rest && args.length > command.args.length ? joinRest(args, command.args.length) : args;
    if (given.length !== command.args.length) {
      const expected = command.args.length ? command.args.map((a) => `<${a}>`).join(' ') : 'no arguments';
      const quote = given.length > command.args.length ? ' (quote a name of several words: "United Kingdom")' : '';
      throw new UsageError(
        `${name}: expected ${expected}, got ${given.length} argument${given.length === 1 ? '' : 's'}${quote}`,
      );
    }
    return { stdout: command.run(given, values), stderr: '', code: 0 };
  } catch (e) {
    return failure(e);
  }
}

/** The arguments with the words from the `count`-th on joined into the last one (`tier United Kingdom`). */
function joinRest(args: readonly string[], count: number): string[] {
  return [...args.slice(0, count - 1), args.slice(count - 1).join(' ')];
}

/**
 * Prints an outcome and sets the exit code. Output that cannot be written (a full disk) is one line on
 * stderr and exit code 1. A reader that stops reading (`| head -1`) has what it wanted: the command then
 * stops quietly with its own exit code.
 */
function print(outcome: Outcome): void {
  process.exitCode = outcome.code;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(outcome.code);
    const reason = (e.message || String(e.code)).split('\n', 1)[0]!.slice(0, 200);
    process.stderr.write(`${BIN}: cannot write the output: ${reason}\n`);
    process.exit(1);
  });
  // Nowhere left to report anything: keep the exit code, print no stack trace.
  process.stderr.on('error', () => process.exit(outcome.code || 1));
  if (outcome.stdout) process.stdout.write(outcome.stdout);
  if (outcome.stderr) process.stderr.write(outcome.stderr);
}

print(run(process.argv.slice(2)));
