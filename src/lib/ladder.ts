/**
 * The ladder index the partnership helpers read, parsed lazily from the JSON the build wrote
 * (`src/generated/ladder.ts`), in two parts so that a bundle of `tierOf` alone carries only the levels.
 *
 * @internal
 */
import { LEVEL_CODES } from '../codes.js';
import { ladderLevelsJson, ladderRecordsJson } from '../generated/ladder.js';
import type { Level } from '../schemas/levels.js';
import { levels } from '../tables/levels.js';
import type { DeepReadonly } from './freeze.js';
import { type LadderLevels, type LadderRecords, readLevels } from './indexes.js';

let ladderLevels: Map<string, LadderLevels> | undefined;
let ladderRecords: Map<string, LadderRecords> | undefined;
let levelByCode: Map<string, DeepReadonly<Level>> | undefined;

/** Each country's levels over time (what `tierOf` reads), by alpha-2 code. */
export function levelsIndex(): Map<string, LadderLevels> {
  ladderLevels ??= new Map(
    Object.entries(JSON.parse(ladderLevelsJson) as Record<string, (string | null)[]>).map(([c, flat]) => [
      c,
      readLevels(flat),
    ]),
  );
  return ladderLevels;
}

/** Each country's membership records over time (what the membership helpers read), by alpha-2 code. */
export function recordsIndex(): Map<string, LadderRecords> {
  ladderRecords ??= new Map(Object.entries(JSON.parse(ladderRecordsJson) as Record<string, LadderRecords>));
  return ladderRecords;
}

/** The level record of a level code: the levels are held in the order of LEVEL_CODES (a lint rule checks it). */
export function levelRecord(code: string | null | undefined): DeepReadonly<Level> | undefined {
  if (!code) return undefined;
  levelByCode ??= new Map(LEVEL_CODES.map((c, i) => [c as string, levels[i]!]));
  return levelByCode.get(code);
}
