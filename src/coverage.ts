/**
 * How far the data reaches: the last day the research covers. The partnerships and treaties are dated
 * histories up to this day; every helper that takes a day answers for this day by default, and refuses a
 * day after it (`CoverageError`) rather than extrapolate. The panels run to its year. In 1.x it is the last
 * day of the tracker edition's month; when the research moves past the edition, it moves with each release
 * that says so (docs/guides/versioning.md).
 *
 * @internal
 */

/** The last day the research covers, `YYYY-MM-DD` (`dataset.coverageEnd`). */
export const COVERAGE_END = '2026-01-31';
