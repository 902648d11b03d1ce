/**
 * Country look-ups by name or code, through indexes built at build time (`src/generated/names.ts`): the
 * match key of the input (`nameKey`) is looked up in a map of every country's keys. The countries on the
 * ladder have an index of their own, so that `tierOf` loads no other names. Nothing of what callers pass
 * is kept.
 *
 * @internal
 */
import { ambiguousJson, ladderNamesJson, otherNamesJson } from '../generated/names.js';
import { nameKey } from './normalize.js';

/** Longest input considered a name; anything longer names nothing, without further work. */
const MAX_NAME_LENGTH = 120;

type Index = Map<string, string>;

function indexOf(json: string): Index {
  const index: Index = new Map();
  for (const [code, keys] of Object.entries(JSON.parse(json) as Record<string, string[]>)) {
    for (const key of keys) index.set(key, code);
  }
  return index;
}

let ladder: Index | undefined;
let other: Index | undefined;

/** The match key of an input that may be a name, or `undefined`. */
function keyOf(input: string): string | undefined {
  return input.length > MAX_NAME_LENGTH ? undefined : nameKey(input);
}

/** The alpha-2 code of a country on the ladder named by `input`, or `undefined`. */
export function ladderCountry(input: string): string | undefined {
  const key = keyOf(input);
  if (!key) return undefined;
  ladder ??= indexOf(ladderNamesJson);
  return ladder.get(key);
}

/** The alpha-2 code of any country named by `input`, or `undefined`. */
export function anyCountry(input: string): string | undefined {
  const key = keyOf(input);
  if (!key) return undefined;
  ladder ??= indexOf(ladderNamesJson);
  const code = ladder.get(key);
  if (code !== undefined) return code;
  other ??= indexOf(otherNamesJson);
  return other.get(key);
}

/** The countries a name two or more countries share could mean (`Congo`: CD, CG), or `undefined`. */
export function candidatesOf(input: string): readonly string[] | undefined {
  const key = keyOf(input);
  if (!key) return undefined;
  const ambiguous = JSON.parse(ambiguousJson) as Record<string, string[]>;
  return Object.hasOwn(ambiguous, key) ? ambiguous[key] : undefined;
}
