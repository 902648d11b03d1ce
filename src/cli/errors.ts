/**
 * The command line's errors, what each prints and its exit code: 2 for a mistake in how the command was
 * called, 1 for a request that cannot be answered (an unknown or ambiguous country, a date that is not a
 * calendar day, a day after the data's coverage) and for output that cannot be written.
 *
 * @internal
 */
import { PACKAGE_NAME } from '../lib/citation.js';
import { CoverageError } from '../lib/coverage.js';

/** The command's name, as it prefixes every error line. */
export const BIN = PACKAGE_NAME;

/** A mistake in how the command was called (unknown command or option, wrong number of arguments): exit code 2. */
export class UsageError extends Error {}

/** A well-formed request that cannot be answered (unknown country, impossible date): exit code 1. */
export class AnswerError extends Error {}

/** What the command line prints and returns. */
export interface Outcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

/** The first line of a message, cut to 200 characters: an unexpected error never floods the terminal. */
function firstLine(message: string): string {
  const line = message.split('\n', 1)[0]!;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/**
 * The outcome of an error: a UsageError or an AnswerError as its message; anything else is a bug, reported
 * in one line without a stack trace. Every message that shows the user's input shows at most a short,
 * escaped piece of it (`formatValue`).
 */
export function failure(e: unknown): Outcome {
  if (e instanceof UsageError) {
    return { stdout: '', stderr: `${BIN}: ${e.message}\nRun "${BIN} --help" for usage.\n`, code: 2 };
  }
  // A day after the data's coverage is a request the data cannot answer: the message says where it ends.
  if (e instanceof AnswerError || e instanceof CoverageError)
    return { stdout: '', stderr: `${BIN}: ${e.message}\n`, code: 1 };
  const message = e instanceof Error ? e.message : String(e);
  return { stdout: '', stderr: `${BIN}: internal error (please report it): ${firstLine(message)}\n`, code: 1 };
}
