/**
 * Every frozen table, keyed by its export name (see `src/registry.ts`), for code that walks them all
 * (`verifyDataset`). The entries import the tables one by one, so that a bundler keeps only those used.
 *
 * @internal
 */
import type { TableName } from '../registry.js';
import { communities } from './communities.js';
import { conflicts } from './conflicts.js';
import { countries } from './countries.js';
import { events } from './events.js';
import { levels } from './levels.js';
import { outsideFramework } from './outside-framework.js';
import { partnerships } from './partnerships.js';
import { sources } from './sources.js';
import { tiers } from './tiers.js';
import { treaties } from './treaties.js';
import { watchItems } from './watch-items.js';

/** Every table, by export name. */
export const tables = {
  tiers,
  levels,
  partnerships,
  communities,
  outsideFramework,
  treaties,
  events,
  watchItems,
  conflicts,
  sources,
  countries,
} as const satisfies Record<TableName, readonly unknown[]>;
