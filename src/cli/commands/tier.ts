/**
 * `tier <country> [--as-of <date>]`: the level a country holds on China's partnership ladder, and the
 * membership record behind it.
 *
 * @internal
 */
import { dataset } from '../../tables/dataset.js';
import { outsideFramework } from '../../tables/outside-framework.js';
import { tiers } from '../../tables/tiers.js';
import { membershipOf, tierOf } from '../../helpers/partnerships.js';
import type { DeepReadonly } from '../../lib/freeze.js';
import type { Level, Membership, OutsideFramework, Tier } from '../../types.js';
import type { Command } from '../command.js';
import { dateText, json, table } from '../format.js';
import { type CountryJson, countryJson, countryLabel, needCountry, needDate } from '../inputs.js';

/** What `tier --json` prints. */
export interface TierJson {
  readonly country: CountryJson;
  /** The day asked for (`--as-of`), or `null`: as of the edition (`dataset.asOf`). */
  readonly asOf: string | null;
  /** The level held that day (`tierOf`), or `null` when the country is on none of the 16 levels. */
  readonly level: DeepReadonly<Level> | null;
  /** The tier of that level, or `null`. */
  readonly tier: DeepReadonly<Tier> | null;
  /** The membership record valid that day (with `level: null` for a partnership type outside the 16 levels), or `null`. */
  readonly membership: DeepReadonly<Membership> | null;
  /** The record placing the country outside the partnership framework (North Korea), or `null`. */
  readonly outsideFramework: DeepReadonly<OutsideFramework> | null;
}

function answer(input: string, asOfInput: string | undefined): TierJson {
  const code = needCountry(input);
  const asOf = asOfInput === undefined ? null : needDate(asOfInput, '--as-of');
  const level = tierOf(code, asOf === null ? {} : { asOf }) ?? null;
  return {
    country: countryJson(code),
    asOf,
    level,
    tier: level ? tiers.find((t) => t.code === level.tier)! : null,
    membership: membershipOf(code, asOf === null ? {} : { asOf }) ?? null,
    outsideFramework: outsideFramework.find((o) => o.country === code) ?? null,
  };
}

function text(a: TierJson): string {
  const name = countryLabel(a.country.code);
  const when = a.asOf ?? `${dataset.asOf} (the tracker's edition)`;
  const m = a.membership;
  if (!a.level || !a.tier) {
    if (a.outsideFramework) return `${name}: outside the partnership framework. ${a.outsideFramework.reason}\n`;
    if (!m) return `${name}: not on the partnership ladder as of ${when}.\n`;
    const type = m.label?.en ? `"${m.label.en}"` : 'none of them';
    return `${name}: not on the 16 levels as of ${when}; its partnership type since ${dateText(m.since)} is ${type} (${m.id}).\n`;
  }
  const rows: string[][] = [
    ['country', name],
    ['level', a.level.code, `${a.level.nameEn} (${a.level.nameZh})`],
    ['tier', a.tier.code, `${a.tier.nameEn} (${a.tier.nameZh})`],
  ];
  if (m) {
    const basis = m.basis === 'tracker' ? 'the tracker names it there' : 'other sources place it there';
    rows.push(['since', dateText(m.since), basis]);
    if (m.label?.en || m.label?.zh) rows.push(['label', [m.label.en, m.label.zh].filter(Boolean).join(' / ')]);
    rows.push(['record', m.id]);
  }
  rows.push(['as of', when]);
  return table(null, rows);
}

export const tier: Command = {
  args: ['country'],
  options: ['as-of', 'json'],
  run([input], values) {
    const a = answer(input!, values['as-of']);
    return values.json ? json(a) : text(a);
  },
};
