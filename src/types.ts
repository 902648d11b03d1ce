/**
 * The record types of every table, inferred from the zod schemas (`z.infer`). Type-only: importing
 * them loads no zod.
 */
export type {
  Actors,
  Basis,
  Certainty,
  Citation,
  CountryCode,
  DatePrecision,
  FuzzyDate,
  Id,
  PartialDateString,
  TrackerSection,
} from './schemas/common.js';
export type { Conflict, ConflictSide } from './schemas/conflicts.js';
export type { Country } from './schemas/countries.js';
export type { Dataset } from './schemas/dataset.js';
export type { DatedMoment, Event } from './schemas/events.js';
export type { Level, LevelCode, Tier, TierCode, TrackerMembership } from './schemas/hierarchy.js';
export type { Membership, OutsideFramework, PartnershipLabel } from './schemas/partnerships.js';
export type { Source, SourceKind } from './schemas/sources.js';
export type { ChinaSide, Treaty, TreatyAction, TreatyStatus, TreatyStep } from './schemas/treaties.js';
export type { WatchItem, WatchOutcome } from './schemas/watch-items.js';
