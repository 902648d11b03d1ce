/**
 * `treaty <country> [--side CN|HK] [--as-of <date>]`: the PRC's extradition treaty and Hong Kong's
 * surrender agreement with a country, their status on a day and their dated steps.
 *
 * @internal
 */
import { treatiesWith, treatyStatus } from '../../helpers/treaties.js';
import type { DeepReadonly } from '../../lib/freeze.js';
import { formatValue } from '../../lib/format.js';
import { dataset } from '../../tables/dataset.js';
import type { ChinaSide, Treaty, TreatyStatus } from '../../types.js';
import type { Command } from '../command.js';
import { BIN, UsageError } from '../errors.js';
import { dateText, json, table, truncate } from '../format.js';
import { type CountryJson, countryJson, countryLabel, needCountry, needCoveredDate } from '../inputs.js';

/** What `treaty --json` prints. */
export interface TreatyJson {
  readonly country: CountryJson;
  /** `--side`, or `null` for both sides. */
  readonly side: ChinaSide | null;
  /** The day the statuses answer for: `--as-of`, or the last day the data covers (`dataset.coverageEnd`). */
  readonly asOf: string;
  /** The treaties with the country (PRC first), each with its status on `asOf` (`treatyStatus`; `null` before it was signed). */
  readonly treaties: readonly { readonly treaty: DeepReadonly<Treaty>; readonly status: TreatyStatus | null }[];
}

function side(value: string | undefined): ChinaSide | null {
  if (value === undefined) return null;
  if (value === 'CN' || value === 'HK') return value;
  throw new UsageError(`--side: expected CN or HK, got ${formatValue(value)}`);
}

function answer(input: string, values: { side?: string | undefined; 'as-of'?: string | undefined }): TreatyJson {
  const code = needCountry(input);
  const chosen = side(values.side);
  const asOf = values['as-of'] === undefined ? dataset.coverageEnd : needCoveredDate(values['as-of'], '--as-of');
  const list = treatiesWith(code, chosen === null ? {} : { side: chosen }).map((treaty) => ({
    treaty,
    status: treatyStatus(code, { side: treaty.chinaSide, asOf }) ?? null,
  }));
  return { country: countryJson(code), side: chosen, asOf, treaties: list };
}

function text(a: TreatyJson): string {
  const name = countryLabel(a.country.code);
  if (a.treaties.length === 0) {
    const which = a.side === 'CN' ? 'PRC extradition treaty' : a.side === 'HK' ? 'Hong Kong agreement' : 'treaty';
    return `${name}: no ${which} in the data.\n`;
  }
  return a.treaties
    .map(({ treaty: t, status }) => {
      const head = `${t.id}  ${t.title}\nstatus on ${a.asOf}: ${status ?? 'not yet signed'}\n`;
      const rows = t.steps.map((s) => [dateText(s.date), s.action, truncate(s.by?.body ?? '', 50)]);
      return head + (rows.length ? table(['date', 'step', 'by'], rows) : 'no dated steps\n');
    })
    .join('\n');
}

export const treaty: Command = {
  args: ['country'],
  rest: true,
  options: ['side', 'as-of', 'json'],
  help: `Usage: ${BIN} treaty <country> [--side CN|HK] [--as-of <date>] [--json]

The PRC's extradition treaty (CN) and Hong Kong's surrender-of-fugitive-offenders agreement (HK) with a
country: each one's status on a day (YYYY-MM-DD; by default the last day the data covers) in the
tracker's legend (in-force, not-ratified, suspended, unknown) and its dated steps. A name of several words
may be typed unquoted: treaty New Zealand --side HK.
`,
  run([input], values) {
    const a = answer(input!, values);
    return values.json ? json(a) : text(a);
  },
};
