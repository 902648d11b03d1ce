/**
 * The country-year and treaty-year panels, worked out from the tables by the same rules the helpers use
 * (`stepOn` behind `tierOf` and `membershipOf`, `statusOn` behind `treatyStatus`), so that a panel row and
 * the helpers can never disagree. Shared by `partnershipYears()`/`treatyYears()` and the build, which writes
 * `data/partnership-years.csv` and `data/treaty-years.csv`.
 *
 * @internal
 */
import { LEVEL_CODES } from '../codes.js';
import { AS_OF, AS_OF_START } from '../edition.js';
import type { MutablePartnershipYear, MutableTreatyYear } from '../schemas/panels.js';
import { type LadderEntry, stepOn } from './indexes.js';
import { type Status, statusOn } from './treaty-status.js';

/** The edition's year: the last year of every panel. */
const EDITION_YEAR = /* @__PURE__ */ Number(AS_OF.slice(0, 4));

interface CountryCodes {
  readonly code: string;
  readonly alpha3: string;
  readonly cowCode: number | null;
  readonly gwCode: number | null;
}
interface MembershipFacts {
  readonly id: string;
  readonly level: string | null;
  readonly label?: { readonly en?: string | undefined; readonly zh?: string | undefined } | undefined;
  readonly basis: 'tracker' | 'external';
}
interface TreatyFacts {
  readonly id: string;
  readonly chinaSide: 'CN' | 'HK';
  readonly counterparty: string;
  readonly status: Status;
  readonly steps: readonly { readonly action: string; readonly date: { readonly value: string } }[];
}

/** The day a row answers for, as written in the row, and as a day to look up (`undefined`: the edition). */
function asOfOf(year: number): { asOf: string; day: string | undefined } {
  return year === EDITION_YEAR ? { asOf: AS_OF, day: undefined } : { asOf: `${year}-12-31`, day: `${year}-12-31` };
}

/** What a country held on a day: the level and the index in `partnerships` of its membership record. */
interface Held {
  readonly level: string | null;
  readonly record: number;
}

/** What a ladder entry says a country held on a day (`undefined`: the edition), by the rules `tierOf` applies. */
function heldOn(entry: LadderEntry, day: string | undefined): Held | undefined {
  if (day === undefined || day >= AS_OF_START) return { level: entry.level, record: entry.records[entry.edition]! };
  const step = entry.steps[stepOn(entry.steps, day)];
  return step && { level: step[1], record: step[2] };
}

/** The closest level among what was held (levels compare by their position in LEVEL_CODES). */
function closest(held: readonly (Held | undefined)[]): Held | undefined {
  let best: Held | undefined;
  for (const h of held) {
    if (!h || h.level === null) continue;
    if (!best || LEVEL_CODES.indexOf(h.level as never) < LEVEL_CODES.indexOf(best.level as never)) best = h;
  }
  return best;
}

/**
 * One row per country and year, from the year of its first dated partnership to the edition's year: the
 * level held on 31 December (for the edition year, at the edition), the closest level held during the
 * year, the records behind them, and the partner's codes with China as side one.
 */
export function partnershipYearRows(
  ladder: Readonly<Record<string, LadderEntry>>,
  partnerships: readonly MembershipFacts[],
  countries: readonly CountryCodes[],
): MutablePartnershipYear[] {
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const china = byCode.get('CN')!;
  const rows: MutablePartnershipYear[] = [];
  for (const code of Object.keys(ladder).sort()) {
    const entry = ladder[code]!;
    const first = entry.steps[0];
    if (!first) continue;
    const partner = byCode.get(code)!;
    for (let year = Number(first[0].slice(0, 4)); year <= EDITION_YEAR; year++) {
      const { asOf, day } = asOfOf(year);
      // From the year of the first step on, something is held on 31 December.
      const held = heldOn(entry, day)!;
      const during = entry.steps.filter(([from]) => from > `${year}-01-01` && (day === undefined || from <= day));
      const highest = closest([
        heldOn(entry, `${year}-01-01`),
        ...during.map(([, level, record]) => ({ level, record })),
        held,
      ]);
      const record = partnerships[held.record]!;
      rows.push({
        country: code,
        iso3: partner.alpha3,
        year,
        ccode1: china.cowCode,
        ccode2: partner.cowCode,
        gwcode1: china.gwCode,
        gwcode2: partner.gwCode,
        asOf,
        level: held.level as MutablePartnershipYear['level'],
        tier: (held.level ? held.level.split('.')[0] : null) as MutablePartnershipYear['tier'],
        record: record.id,
        label: record.label ? { ...record.label } : null,
        basis: record.basis,
        highestLevel: (highest?.level ?? null) as MutablePartnershipYear['highestLevel'],
        highestRecord: highest ? partnerships[highest.record]!.id : null,
      });
    }
  }
  return rows;
}

/**
 * One row per treaty and year, from the year of its first dated step to the edition's year: the status on
 * 31 December (for the edition year, the edition's status) and the step that set it.
 */
export function treatyYearRows(
  treaties: readonly TreatyFacts[],
  countries: readonly CountryCodes[],
): MutableTreatyYear[] {
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const rows: MutableTreatyYear[] = [];
  for (const treaty of treaties) {
    const first = treaty.steps[0];
    if (!first) continue;
    for (let year = Number(first.date.value.slice(0, 4)); year <= EDITION_YEAR; year++) {
      const { asOf, day } = asOfOf(year);
      const on = statusOn(treaty, day ?? AS_OF_START);
      const step = on.step === undefined ? null : on.step;
      rows.push({
        treaty: treaty.id,
        chinaSide: treaty.chinaSide,
        counterparty: treaty.counterparty,
        ccode2: byCode.get(treaty.counterparty)!.cowCode,
        year,
        asOf,
        status: on.status ?? null,
        step: step === null ? null : step + 1,
        action: (step === null ? null : treaty.steps[step]!.action) as MutableTreatyYear['action'],
      });
    }
  }
  return rows;
}
