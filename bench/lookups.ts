/**
 * Look-ups on first sight of an input: `tierOf` against a bare `Map.get` of the same fresh strings.
 * The inputs are every canonical spelling of every country (alpha-2, alpha-3, English and Chinese
 * names) with case and surrounding-space variants; each round looks up new copies of them, so that no
 * string's hash or answer is known before (`tierOf` keeps nothing of what it is given).
 */
import { stats } from './spawn.js';

interface Lib {
  readonly tierOf: (country: string) => unknown;
  readonly countries: readonly {
    code: string;
    alpha3: string;
    name: string;
    nameZh: string;
  }[];
}

/** A copy of a string that shares nothing with it: its hash is not computed yet. */
const fresh = (s: string) => `${s} `.slice(0, -1);

function spellings(lib: Lib): { codes: string[]; names: string[] } {
  const codes: string[] = [];
  const names: string[] = [];
  for (const c of lib.countries) {
    for (const code of [c.code, c.alpha3]) codes.push(code, code.toLowerCase(), ` ${code} `);
    for (const name of [c.name, c.nameZh]) names.push(name, name.toUpperCase(), name.toLowerCase(), `  ${name}\t`);
  }
  return { codes, names };
}

/** Nanoseconds per call of one look-up over fresh copies of the inputs. */
function timeOnce(inputs: readonly string[], lookUp: (s: string) => unknown): number {
  const copies = inputs.map(fresh);
  let found = 0;
  const start = process.hrtime.bigint();
  for (const s of copies) if (lookUp(s) !== undefined) found++;
  const ns = Number(process.hrtime.bigint() - start) / copies.length;
  if (found === 0) throw new Error('no input found: the benchmark measures nothing');
  return ns;
}

/**
 * `tierOf` and `Map.get` on the same inputs in alternating rounds (so that both meet the same state of the
 * machine), the first fifth of the rounds dropped as warm-up; nanoseconds per call, median of rounds.
 */
function compare(
  inputs: readonly string[],
  tierOf: (s: string) => unknown,
  map: ReadonlyMap<string, unknown>,
  rounds: number,
) {
  const ours: number[] = [];
  const base: number[] = [];
  const get = (s: string) => map.get(s);
  for (let r = 0; r < rounds; r++) {
    if (r % 2) {
      ours.push(timeOnce(inputs, tierOf));
      base.push(timeOnce(inputs, get));
    } else {
      base.push(timeOnce(inputs, get));
      ours.push(timeOnce(inputs, tierOf));
    }
  }
  const warm = Math.floor(rounds / 5);
  return { tierOf: stats(ours.slice(warm)), mapGet: stats(base.slice(warm)) };
}

/** `tierOf` and `Map.get` per input, by code and by name. */
export function lookups(lib: Lib, rounds = 200) {
  const { codes, names } = spellings(lib);
  const map = new Map<string, unknown>([...codes, ...names].map((s) => [s, lib.tierOf(s) ?? null]));
  return {
    inputs: { codes: codes.length, names: names.length },
    codes: compare(codes, lib.tierOf, map, rounds),
    names: compare(names, lib.tierOf, map, rounds),
  };
}
