/**
 * The commands by name. A `Map`, so that a name such as `constructor` or `__proto__` finds nothing.
 *
 * @internal
 */
import type { Command } from '../command.js';
import { changes } from './changes.js';
import { cite } from './cite.js';
import { compare } from './compare.js';
import { events } from './events.js';
import { exportTable } from './export.js';
import { fingerprint } from './fingerprint.js';
import { suspendedAfter } from './suspended-after.js';
import { tier } from './tier.js';
import { treaty } from './treaty.js';
import { watch } from './watch.js';

export const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['tier', tier],
  ['treaty', treaty],
  ['compare', compare],
  ['suspended-after', suspendedAfter],
  ['events', events],
  ['watch', watch],
  ['export', exportTable],
  ['cite', cite],
  ['fingerprint', fingerprint],
  ['changes', changes],
]);
