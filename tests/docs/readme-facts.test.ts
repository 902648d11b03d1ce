/**
 * The README's quick start says what the package answers: each line `expression; // value` of its first
 * TypeScript block is run against the sources and its comment compared with the result, and the values
 * that are facts of today's data are compared with tests/fixtures/facts.ts, so that a correction of one
 * of them fails here and names the README line to update.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { BULGARIA, CANADA_SUSPENSION, LEVELS, SUSPENDED_AFTER_JULY_2020 } from '../fixtures/facts.js';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## API at a glance'));
const block = /```ts\n([\s\S]*?)```/.exec(quickStart)![1]!;
const lines = block
  .split('\n')
  .map((line) => /^(.+?);\s*\/\/\s*([^\s].*?)(?:\s{2,}.*)?$/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null && !m[1]!.startsWith('import'));

/** Runs an expression with the main entry's exports in scope. */
function evaluate(expression: string): unknown {
  return new Function(...Object.keys(api), `return (${expression});`)(...Object.values(api));
}

/** The comment's value: the literal before any prose (`'3.3'  (Comprehensive ...)`). */
function literal(comment: string): unknown {
  const head = /^(\[[^\]]*\]|'[^']*'|true|false|undefined|-?\d+)/.exec(comment)?.[1];
  return head === undefined ? Symbol('prose') : new Function(`return (${head});`)();
}

describe('README quick start', () => {
  it('finds the lines to check', () => {
    expect(lines.length).toBeGreaterThanOrEqual(8);
  });

  for (const [, expression, comment] of lines) {
    it(`${expression} is ${comment}`, () => {
      const expected = literal(comment!);
      if (typeof expected !== 'symbol') expect(evaluate(expression!)).toEqual(expected);
    });
  }

  it('states the facts of tests/fixtures/facts.ts', () => {
    expect(block).toContain(`tierOf('United Kingdom')?.code;                      // '${LEVELS.GB.level}'`);
    expect(block).toContain(`tierOf('rus')?.tier;                                 // '${LEVELS.RU.tier}'`);
    expect(block).toContain(`// '${BULGARIA.before}'  (${BULGARIA.after} from ${BULGARIA.from})`);
    expect(block).toContain(
      `treatiesSuspendedAfter('2020-07-31').map((t) => t.id); // ${JSON.stringify(SUSPENDED_AFTER_JULY_2020).replaceAll('"', "'").replaceAll(',', ', ')}`,
    );
    // The README asks about the day after Canada's suspension.
    expect(CANADA_SUSPENSION.date.value <= '2020-07-04').toBe(true);
    const cli = readme.slice(readme.indexOf('## Command line'));
    expect(cli).toContain(
      `tier United Kingdom            # level ${LEVELS.GB.level}, tier ${LEVELS.GB.tier}, since ${LEVELS.GB.since.value}`,
    );
    expect(cli).toContain(`suspended-after 2020-07-31    # ${SUSPENDED_AFTER_JULY_2020.join(', ')}`);
  });
});
