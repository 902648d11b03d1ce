/**
 * `events [--from <date>] [--to <date>] [--country <country>]`: dated events, in a range of days and/or
 * involving a country.
 *
 * @internal
 */
import { eventDate, eventsBetween, eventsInvolving } from '../../helpers/events.js';
import type { DeepReadonly } from '../../lib/freeze.js';
import { events as allEvents } from '../../tables/events.js';
import type { Event } from '../../types.js';
import type { Command, Values } from '../command.js';
import { AnswerError, BIN } from '../errors.js';
import { dateText, json, plural, table, truncate } from '../format.js';
import { type CountryJson, countryJson, needCountry, needDate } from '../inputs.js';

/** What `events --json` prints. */
export interface EventsJson {
  /** `--from`, or `null` when not given. */
  readonly from: string | null;
  /** `--to`, or `null` when not given. */
  readonly to: string | null;
  /** `--country`, or `null` when not given. */
  readonly country: CountryJson | null;
  /** The event records that match, in date order. */
  readonly events: readonly DeepReadonly<Event>[];
}

function answer(values: Values): EventsJson {
  const from = values.from === undefined ? null : needDate(values.from, '--from');
  const to = values.to === undefined ? null : needDate(values.to, '--to');
  if (from !== null && to !== null && from > to) throw new AnswerError(`--from (${from}) is after --to (${to})`);
  const code = values.country === undefined ? null : needCountry(values.country);
  let list = from !== null || to !== null ? eventsBetween(from ?? '0000-01-01', to ?? '9999-12-31') : [...allEvents];
  if (code !== null) {
    const ids = new Set(eventsInvolving(code).map((e) => e.id));
    list = list.filter((e) => ids.has(e.id));
  }
  return { from, to, country: code === null ? null : countryJson(code), events: list };
}

export const events: Command = {
  args: [],
  options: ['from', 'to', 'country', 'json'],
  help: `Usage: ${BIN} events [--from <date>] [--to <date>] [--country <country>] [--json]

The dated events the tracker reports, in a range of days (YYYY-MM-DD) and/or involving a country. A date
known only to its month or year, or a span, prints as the ISO 8601 interval start/end (2021-03/2021-07).
`,
  run(_args, values) {
    const a = answer(values);
    if (values.json) return json(a);
    if (a.events.length === 0) return 'No events match.\n';
    const rows = a.events.map((e) => [
      dateText(eventDate(e)),
      e.id,
      truncate(e.actors.countries.join(' '), 24),
      truncate(e.title, 70),
    ]);
    return `${table(['date', 'id', 'countries', 'title'], rows)}${plural(a.events.length, 'event')}\n`;
  },
};
