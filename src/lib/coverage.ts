/**
 * The one check every dated helper makes: a day after the data's coverage is refused with a
 * `CoverageError` that says where the data ends, never answered by extrapolation.
 *
 * @internal
 */
import { COVERAGE_END } from '../coverage.js';

/**
 * Thrown when a helper is asked about a day after the last day the data covers (`dataset.coverageEnd`).
 * A `RangeError`, so code that catches bad dates catches it too; `coverageEnd` says where the data ends.
 *
 * @example
 * ```ts
 * import { CoverageError, dataset, tierOf } from 'china-security-risk-data';
 * try {
 *   tierOf('GB', { asOf: '2099-01-01' });
 * } catch (error) {
 *   error instanceof CoverageError; // true
 *   (error as CoverageError).coverageEnd === dataset.coverageEnd; // true
 * }
 * ```
 */
export class CoverageError extends RangeError {
  /** The last day the data covers, `YYYY-MM-DD`. */
  readonly coverageEnd: string;
  /** The day asked for, `YYYY-MM-DD`. */
  readonly day: string;

  /**
   * @param name - The parameter that held the day, for the message.
   * @param day - The day asked for.
   */
  /**
   * Whether a value is a CoverageError, by its name and fields rather than its prototype: every entry of the
   * package (the main one, `/partnerships`, `/treaties`) bundles its own copy of this class, and the ESM and
   * CommonJS builds are two more; `instanceof` holds across all of them and across realms.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null) return false;
    const error = value as { name?: unknown; coverageEnd?: unknown; day?: unknown };
    return error.name === 'CoverageError' && typeof error.coverageEnd === 'string' && typeof error.day === 'string';
  }

  constructor(name: string, day: string) {
    super(
      `${name}: ${day} is after the data's coverage, which ends on ${COVERAGE_END} (dataset.coverageEnd): ask for a day on or before it`,
    );
    this.name = 'CoverageError';
    this.coverageEnd = COVERAGE_END;
    this.day = day;
  }
}

/** The day itself, or a `CoverageError` when it is after the coverage. */
export function withinCoverage(day: string, name: string): string {
  if (day > COVERAGE_END) throw new CoverageError(name, day);
  return day;
}
