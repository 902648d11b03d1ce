/**
 * Look-ups on first sight of an input: `tierOf` against a bare `Map.get` of the same fresh strings.
 * The inputs are every canonical spelling of every country (alpha-2, alpha-3, English and Chinese
 * names) with case and surrounding-space variants; each round looks up new copies of them, so that no
 * string's hash or answer is known before (`tierOf` keeps nothing of what it is given).
 */
import { stats, type Stats } from './spawn.js';

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

/** Nanoseconds per look-up of each input, median over rounds of fresh copies. */
function perLookUp(inputs: readonly string[], lookUp: (s: string) => unknown, rounds: number): Stats {
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const copies = inputs.map(fresh);
    const start = process.hrtime.bigint();
    for (const s of copies) if (lookUp(s) !== undefined) sink++;
    times.push(Number(process.hrtime.bigint() - start) / copies.length);
  }
  if (sink < 0) throw new Error('unreachable');
  return stats(times.slice(Math.floor(rounds / 5)));
}

/** `tierOf` and `Map.get` per input, by code and by name, and the ratios. */
export function lookups(lib: Lib, rounds = 60) {
  const { codes, names } = spellings(lib);
  const map = new Map<string, unknown>([...codes, ...names].map((s) => [s, lib.tierOf(s) ?? null]));
  return {
    inputs: { codes: codes.length, names: names.length },
    codes: { tierOf: perLookUp(codes, lib.tierOf, rounds), mapGet: perLookUp(codes, (s) => map.get(s), rounds) },
    names: { tierOf: perLookUp(names, lib.tierOf, rounds), mapGet: perLookUp(names, (s) => map.get(s), rounds) },
  };
}
