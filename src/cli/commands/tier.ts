/**
 * `tier <country> [--as-of <date>]`: where a country stands on China's partnership ladder on a day (a
 * level, a partnership off the ladder, none, not known, or outside), the membership record behind it, and
 * the tracker's own placement where it differs.
 *
 * @internal
 */
import { standingOf, trackerLevelOf, type StandingStatus } from '../../helpers/standing.js';
import type { DeepReadonly } from '../../lib/freeze.js';
import { dataset } from '../../tables/dataset.js';
import { outsideFramework } from '../../tables/outside-framework.js';
import { tiers } from '../../tables/tiers.js';
import type { Level, Membership, OutsideFramework, Tier } from '../../types.js';
import type { Command } from '../command.js';
import { BIN } from '../errors.js';
import { dateText, json, table } from '../format.js';
import { type CountryJson, countryJson, countryLabel, needCountry, needCoveredDate } from '../inputs.js';

/** What `tier --json` prints. */
export interface TierJson {
  readonly country: CountryJson;
  /** The day answered for: `--as-of`, or the last day the data covers (`dataset.coverageEnd`). */
  readonly asOf: string;
  /** The last day the data covers (`dataset.coverageEnd`): a later `--as-of` is refused. */
  readonly coverageEnd: string;
  /** Where the country stands that day (`standingOf`): `level`, `off-ladder`, `none`, `unknown` or `outside`. */
  readonly status: StandingStatus;
  /** The level held that day (`tierOf`), or `null` unless `status` is `level`. */
  readonly level: DeepReadonly<Level> | null;
  /** The tier of that level, or `null`. */
  readonly tier: DeepReadonly<Tier> | null;
  /** The membership record valid that day (with `level: null` for a partnership type outside the 16 levels), or `null`. */
  readonly membership: DeepReadonly<Membership> | null;
  /** The level the tracker itself places the country on in August 2021 (`trackerLevelOf`), or `null`. */
  readonly trackerLevel: DeepReadonly<Level> | null;
  /** The record placing the country outside the partnership framework (North Korea), or `null`. */
  readonly outsideFramework: DeepReadonly<OutsideFramework> | null;
}

function answer(input: string, asOfInput: string | undefined): TierJson {
  const code = needCountry(input);
  const asOf = asOfInput === undefined ? dataset.coverageEnd : needCoveredDate(asOfInput, '--as-of');
  const standing = standingOf(code, { asOf })!;
  return {
    country: countryJson(code),
    asOf,
    coverageEnd: dataset.coverageEnd,
    status: standing.status,
    level: standing.level,
    tier: standing.level ? tiers.find((t) => t.code === standing.level!.tier)! : null,
    membership: standing.membership,
    trackerLevel: trackerLevelOf(code) ?? null,
    outsideFramework: outsideFramework.find((o) => o.country === code) ?? null,
  };
}

/** The last day of the tracker's month. */
const EDITION_LAST_DAY = '2021-08-31';

/** The line on the tracker's own placement, where the dated history differs from it in the tracker's month. */
function trackerLine(a: TierJson): string {
  const t = a.trackerLevel;
  if (!t || t.code === a.level?.code) return '';
  // The tracker speaks of its own month: a later change of level is no disagreement with it.
  const then = standingOf(a.country.code, { asOf: EDITION_LAST_DAY })?.level?.code;
  if (then === t.code) return '';
  return `The tracker places it on ${t.code} (${t.nameEn}) in ${dataset.edition.date}; the dated sources differ (see conflicts).\n`;
}

/** For a name off the ladder: its qualifiers and its base level, marked as a reading (not the level). */
function readingLine(m: NonNullable<TierJson['membership']>): string {
  const qualifiers = m.qualifiers.length ? `Qualifiers: ${m.qualifiers.join(', ')}. ` : '';
  const base = m.baseLevel
    ? `Base level, a reading for an ordinal rank and not its level: ${m.baseLevel} (the name without its qualifiers).`
    : 'Without its qualifiers the name reads as no level either.';
  return `${qualifiers}${base}\n`;
}

function text(a: TierJson): string {
  const name = countryLabel(a.country.code);
  const m = a.membership;
  switch (a.status) {
    case 'outside':
      return `${name}: outside the partnership framework. ${a.outsideFramework!.reason}\n`;
    case 'none':
      return `${name}: no partnership with China as of ${a.asOf}, as far as the sources show.\n${trackerLine(a)}`;
    case 'unknown':
      return `${name}: not known as of ${a.asOf}: the sources show an earlier partnership with China but neither name nor date it.\n`;
    case 'off-ladder': {
      const type = m!.label?.en ? `"${m!.label.en}"` : 'none of them';
      return `${name}: a partnership on none of the 16 levels as of ${a.asOf}: ${type} since ${dateText(m!.since)} (${m!.id}).\n${readingLine(m!)}${trackerLine(a)}`;
    }
    default:
      break;
  }
  const rows: string[][] = [
    ['country', name],
    ['level', a.level!.code, `${a.level!.nameEn} (${a.level!.nameZh})`],
    ['tier', a.tier!.code, `${a.tier!.nameEn} (${a.tier!.nameZh})`],
  ];
  const basis = m!.basis === 'tracker' ? 'the tracker names it there' : 'other sources place it there';
  rows.push(['since', dateText(m!.since), basis]);
  if (m!.label?.en || m!.label?.zh) rows.push(['label', [m!.label.en, m!.label.zh].filter(Boolean).join(' / ')]);
  rows.push(['record', m!.id]);
  rows.push(['as of', a.asOf]);
  return table(null, rows) + trackerLine(a);
}

export const tier: Command = {
  args: ['country'],
  rest: true,
  options: ['as-of', 'json'],
  help: `Usage: ${BIN} tier <country> [--as-of <date>] [--json]

Where a country stands on China's partnership ladder on a day (YYYY-MM-DD; by default the last day the
data covers): on a level, with a partnership on none of the 16 levels, with none, not known (the sources
show an earlier partnership they neither name nor date), or outside the framework (North Korea); the
record behind it; and the tracker's own placement where the dated sources differ. A name of several words
may be typed unquoted: tier United Kingdom. A day after the data's coverage is refused (exit code 1).
`,
  run([input], values) {
    const a = answer(input!, values['as-of']);
    return values.json ? json(a) : text(a);
  },
};
