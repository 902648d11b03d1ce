/** What `npm run docs:check` found: each result printed as it comes, the failures kept for the end. */

/** The failures so far. */
export const failures: string[] = [];

/** Records and prints a failure. */
export function fail(message: string): void {
  failures.push(message);
  console.log(`  FAIL ${message}`);
}

/** Prints a check that passed. */
export function ok(message: string): void {
  console.log(`  ok   ${message}`);
}
