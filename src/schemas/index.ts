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
export * from './ambiguous-names.js';
export * from './tiers.js';
export * from './levels.js';
export * from './partnerships.js';
export * from './qualifiers.js';
export * from './communities.js';
export * from './outside-framework.js';
export * from './treaties.js';
export * from './events.js';
export * from './watch-items.js';
export * from './conflicts.js';
export * from './dataset.js';
export * from './panels.js';
export * from './changes.js';
export { TABLE_SCHEMAS } from './tables.js';
export { checkDataset, lint, RULES } from '../lint/index.js';
export type { LintTables, Problem, Report, Row, Rule } from '../lint/index.js';
export type { DeepReadonly } from '../lib/freeze.js';
export type { TableName } from '../registry.js';
