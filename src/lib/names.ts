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

/**
 * Match key → alpha-2 code, from the JSON the build wrote (`nameIndex` in src/lib/indexes.ts). A Map, not
 * the parsed object: a Map looks a new string up by its hash, an object first interns it.
 */
type Index = ReadonlyMap<string, string>;

/**
 * The index of the JSON, with each key of two or three ASCII letters also in capitals (`gb` and `GB`), so
 * that a code as it is usually written is found by the first look-up, before any trimming or lower-casing.
 * Both spellings have the same match key, so the answers are those `nameKey` gives.
 */
function indexOf(json: string): Index {
  const index = new Map(Object.entries(JSON.parse(json) as Record<string, string>));
  for (const [key, code] of [...index]) if (CODE_LIKE.test(key)) index.set(key.toUpperCase(), code);
  return index;
}

const CODE_LIKE = /^[a-z]{2,3}$/;

const ASCII_CAPITAL = /[A-Z]/;

/** Keys that `nameKey` leaves as they are: ASCII letters and digits, or CJK unified ideographs alone. */
const PLAIN = /^(?:[a-z0-9]+|[\u3400-\u4dbf\u4e00-\u9fff]+)$/;

/** A key of this many characters or fewer is a short name's, which keeps its spaces (see `nameKey`). */
const SHORT = 4;

let ladder: Index | undefined;
let other: Index | undefined;

/**
 * The code a name or code of the input names in the indexes given, or `undefined`. The cheap ways first:
 * the input as it is (a key, or a code in capitals), then the input trimmed and lower-cased, with its inner
 * spaces removed where that leaves a long key (`'United Kingdom'`, `' GB '`, `'英国'`); only where that is
 * no plain key does the input go through the whole of `nameKey` (accents, full-width forms, punctuation,
 * invisible characters, refusing symbols). The two agree: a plain form is its own key (a short one has no
 * space to keep), so where the cheap form is plain it is the input's key (a property test holds them
 * together).
 */
function look(input: string, first: Index, second: Index | undefined): string | undefined {
  if (input.length > MAX_NAME_LENGTH) return undefined;
  const exact = first.get(input) ?? second?.get(input);
  if (exact !== undefined) return exact;
  // Lower-casing a string of Chinese characters costs more than the look-up: only do it where there is an
  // ASCII capital (a capital of another script makes no plain form either way, and takes the whole path below).
  let quick = input.trim();
  if (ASCII_CAPITAL.test(quick)) quick = quick.toLowerCase();
  const joined = quick.includes(' ') ? quick.replaceAll(' ', '') : quick;
  if (PLAIN.test(joined) && (joined === quick || joined.length > SHORT)) {
    return first.get(joined) ?? second?.get(joined);
  }
  const key = nameKey(input);
  if (!key) return undefined;
  return first.get(key) ?? second?.get(key);
}

/** The alpha-2 code of a country on the ladder named by `input`, or `undefined`. */
export function ladderCountry(input: string): string | undefined {
  ladder ??= indexOf(ladderNamesJson);
  return look(input, ladder, undefined);
}

/** The alpha-2 code of any country named by `input`, or `undefined`. */
export function anyCountry(input: string): string | undefined {
  ladder ??= indexOf(ladderNamesJson);
  other ??= indexOf(otherNamesJson);
  return look(input, ladder, other);
}

/** The countries a name two or more countries share could mean (`Congo`: CD, CG), or `undefined`. */
export function candidatesOf(input: string): readonly string[] | undefined {
  const key = input.length > MAX_NAME_LENGTH ? undefined : nameKey(input);
  if (!key) return undefined;
  const ambiguous = JSON.parse(ambiguousJson) as Record<string, string[]>;
  return Object.hasOwn(ambiguous, key) ? ambiguous[key] : undefined;
}
