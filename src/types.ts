/**
 * The record types of every table. `Treaty`, `Membership`, `Event`... are the deeply read-only shapes
 * the package's tables and helpers hand out (what `treaties[0]` is); `MutableTreaty`, `MutableMembership`...
 * are the same shapes as mutable objects, inferred from the zod schemas (`z.infer`), for code that builds
 * or edits records of its own. Type-only: importing them loads no zod.
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
  MutableActors,
  MutableCitation,
  MutableFuzzyDate,
  PartialDateString,
  TrackerSection,
} from './schemas/common.js';
export type {
  Conflict,
  ConflictAnswer,
  ConflictSide,
  MutableConflict,
  MutableConflictAnswer,
  MutableConflictSide,
} from './schemas/conflicts.js';
export type {
  FieldChange,
  MutableFieldChange,
  MutableRecordChange,
  MutableReleaseChanges,
  MutableTableChanges,
  RecordChange,
  ReleaseChanges,
  TableChanges,
} from './schemas/changes.js';
export type { Country, MutableCountry } from './schemas/countries.js';
export type { Dataset, MutableDataset } from './schemas/dataset.js';
export type { DatedMoment, Event, MutableDatedMoment, MutableEvent } from './schemas/events.js';
export type { Level, MutableLevel, MutableTrackerMembership, TrackerMembership } from './schemas/levels.js';
export type { MutableOutsideFramework, OutsideFramework } from './schemas/outside-framework.js';
export type { Qualifier } from './lib/qualifiers.js';
export type { Community, CommunityGroup, CommunityStep, MutableCommunity } from './schemas/communities.js';
export type { LabelReading } from './lib/labels.js';
export type {
  Membership,
  MutableMembership,
  MutablePartnershipLabel,
  PartnershipLabel,
} from './schemas/partnerships.js';
export type { MutablePartnershipYear, MutableTreatyYear, PartnershipYear, TreatyYear } from './schemas/panels.js';
export type { MutableSource, Source, SourceKind } from './schemas/sources.js';
export type { LevelCode, MutableTier, Tier, TierCode } from './schemas/tiers.js';
export type {
  ChinaSide,
  MutableTreaty,
  MutableTreatyStep,
  Treaty,
  TreatyAction,
  TreatyStatus,
  TreatyStep,
} from './schemas/treaties.js';
export type { MutableWatchItem, MutableWatchOutcome, WatchItem, WatchOutcome } from './schemas/watch-items.js';
