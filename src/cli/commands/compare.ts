/**
 * `compare <a> <b>`: which of two levels, tiers or countries (at their level as of the edition) is closer
 * to Beijing.
 *
 * @internal
 */
import { LEVEL_CODES, TIER_CODES } from '../../codes.js';
import { compareTiers, tierOf } from '../../helpers/partnerships.js';
import { formatValue } from '../../lib/format.js';
import type { LevelCode, TierCode } from '../../schemas/tiers.js';
import { levels } from '../../tables/levels.js';
import { tiers } from '../../tables/tiers.js';
import type { Command } from '../command.js';
import { AnswerError, BIN } from '../errors.js';
import { json, table } from '../format.js';
import { type CountryJson, countryJson, countryLabel, needCountry } from '../inputs.js';

/** One side of a comparison, as `compare --json` prints it. */
export interface OperandJson {
  /** `tier` or `level`. */
  readonly kind: 'tier' | 'level';
  /** The tier or level code compared (a country's level as of the edition). */
  readonly code: TierCode | LevelCode;
  /** English name of the tier or level. */
  readonly nameEn: string;
  /** Chinese name of the tier or level. */
  readonly nameZh: string;
  /** The country given, or `null` when a code was given. */
  readonly country: CountryJson | null;
}

/** What `compare --json` prints. */
export interface CompareJson {
  readonly a: OperandJson;
  readonly b: OperandJson;
  /** The sign of `compareTiers(a, b)`: -1 when `a` sorts first (closer, or the tier of level `b`), 0, or 1. */
  readonly order: -1 | 0 | 1;
  /**
   * How `a` stands to `b`: `closer` or `further` (from Beijing), `same`, `level-of` (a is a level of tier b)
   * or `tier-of` (a is the tier of level b).
   */
  readonly relation: 'closer' | 'further' | 'same' | 'level-of' | 'tier-of';
}

function operand(input: string): OperandJson {
  if ((TIER_CODES as readonly string[]).includes(input)) {
    const t = tiers.find((r) => r.code === input)!;
    return { kind: 'tier', code: t.code, nameEn: t.nameEn, nameZh: t.nameZh, country: null };
  }
  if ((LEVEL_CODES as readonly string[]).includes(input)) {
    const l = levels.find((r) => r.code === input)!;
    return { kind: 'level', code: l.code, nameEn: l.nameEn, nameZh: l.nameZh, country: null };
  }
  if (/^\d+(?:\.\d+)?$/.test(input)) {
    throw new AnswerError(
      `unknown tier or level code ${formatValue(input)} (tiers 1-5, levels ${LEVEL_CODES[0]}-${LEVEL_CODES.at(-1)})`,
    );
  }
  const code = needCountry(input);
  const l = tierOf(code);
  if (!l) throw new AnswerError(`${countryLabel(code)} is not on the partnership ladder`);
  return { kind: 'level', code: l.code, nameEn: l.nameEn, nameZh: l.nameZh, country: countryJson(code) };
}

function relation(a: OperandJson, b: OperandJson, order: number): CompareJson['relation'] {
  if (order === 0) return 'same';
  if (a.kind === 'level' && b.kind === 'tier' && a.code.split('.')[0] === b.code) return 'level-of';
  if (a.kind === 'tier' && b.kind === 'level' && b.code.split('.')[0] === a.code) return 'tier-of';
  return order < 0 ? 'closer' : 'further';
}

function label(o: OperandJson): string {
  if (o.country) return `${countryLabel(o.country.code)}: ${o.nameEn}`;
  return o.kind === 'tier' ? `${o.nameEn} (tier)` : o.nameEn;
}

function verdict({ a, b, relation }: CompareJson): string {
  switch (relation) {
    case 'same':
      return `${a.code} and ${b.code} are equally close to Beijing.`;
    case 'level-of':
      return `${a.code} is a level of tier ${b.code}.`;
    case 'tier-of':
      return `${b.code} is a level of tier ${a.code}.`;
    default:
      return `${a.code} is ${relation === 'closer' ? 'closer to' : 'further from'} Beijing than ${b.code}.`;
  }
}

export const compare: Command = {
  args: ['a', 'b'],
  options: ['json'],
  help: `Usage: ${BIN} compare <a> <b> [--json]

Which of two tiers, levels or countries (at their level on the last day the data covers) is closer to
Beijing. Quote a country name of several words: compare "United Kingdom" 3.1
`,
  run([x, y], values) {
    const a = operand(x!);
    const b = operand(y!);
    const order = Math.sign(compareTiers(a.code, b.code)) as -1 | 0 | 1;
    const result: CompareJson = { a, b, order, relation: relation(a, b, order) };
    if (values.json) return json(result);
    const rows = [
      [a.code, label(a)],
      [b.code, label(b)],
    ];
    return `${table(null, rows)}${verdict(result)}\n`;
  },
};
