/**
 * What the tests that run the docs' recipes with the real clients share (clients.test.ts,
 * panel-recipes.test.ts): Debian's python3 (with python3-pandas), whether a tool runs, and a recipe taken
 * from the docs as written.
 */
import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';

/** Debian's python3, for its python3-pandas (not a pyenv python3 on PATH). */
export const PYTHON = '/usr/bin/python3';

/** Whether `command args` runs and exits 0. */
export function works(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The one fenced block of `lang` in `markdown` that holds `marker`. */
export function codeBlock(markdown: string, lang: string, marker: string): string {
  const blocks = [...markdown.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))]
    .map((m) => m[1]!)
    .filter((block) => block.includes(marker));
  expect(blocks.length, `one \`\`\`${lang} block with ${marker}`).toBe(1);
  return blocks[0]!;
}
