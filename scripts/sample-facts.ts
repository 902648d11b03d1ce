/**
 * Draws a seeded random sample of the dataset's facts (default 50) and writes them, with their
 * citations, excerpts and addresses, as a Markdown checklist a person works through before a release
 * (see docs/guides/fact-check.md). The same seed and data always draw the same facts.
 *
 *   npm run sample-facts                         # 50 facts; the seed is taken from the data's fingerprint
 *   npm run sample-facts -- --seed 2026 --count 20 --out fact-check.md
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fingerprintOf } from '../build/library.js';
import { ambiguousNames, records } from '../src/data/index.js';
import { type ChecklistSource, renderChecklist } from './facts/checklist.js';
import { collectFacts, sampleFacts } from './facts/sample.js';

/** The checklist for a seed and a count, with the facts drawn. */
export function checklist(seed: number | undefined, count: number) {
  const fingerprint = fingerprintOf(records, ambiguousNames);
  const drawSeed = seed ?? Number.parseInt(fingerprint.slice(0, 8), 16);
  const facts = collectFacts(records);
  const sample = sampleFacts(facts, drawSeed, count);
  const sources = new Map((records.sources as readonly ChecklistSource[]).map((s) => [s.id, s]));
  const text = renderChecklist(sample, sources, { seed: drawSeed, population: facts.length, fingerprint });
  return { text, sample, seed: drawSeed };
}

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new RangeError(`--${name}: expected an integer, got ${value}`);
  return Number(value);
}

function main(): void {
  const { values } = parseArgs({
    options: { seed: { type: 'string' }, count: { type: 'string' }, out: { type: 'string' } },
  });
  const { text, sample, seed } = checklist(integer('seed', values.seed), integer('count', values.count) ?? 50);
  if (values.out) {
    writeFileSync(resolve(values.out), text, 'utf8');
    console.error(`sample-facts: ${sample.length} facts (seed ${seed}) written to ${values.out}`);
  } else process.stdout.write(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
