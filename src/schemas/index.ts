/**
 * The zod schemas of every table, for users who validate their own data against ours.
 *
 * ```ts
 * import { TreatySchema } from 'china-security-risk-data/schemas';
 * TreatySchema.parse(myTreaty);
 * ```
 *
 * @module schemas
 */
export * from './common.js';
export * from './sources.js';
export * from './countries.js';
export * from './hierarchy.js';
export * from './partnerships.js';
export * from './treaties.js';
export * from './events.js';
export * from './watch-items.js';
export * from './conflicts.js';
export * from './dataset.js';
