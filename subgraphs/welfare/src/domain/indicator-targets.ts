// The action plan's targets for 2023-2025 (DOMAIN.md §5): what RehabIndicators.coverageTarget and .standardizedServiceTarget answer.

/** Share of counties with community rehabilitation services, by year. */
const COVERAGE_TARGETS: Readonly<Record<number, number>> = { 2023: 0.5, 2024: 0.65, 2025: 0.8 };
/** Share of registered recipients receiving standardized services, by year. */
const STANDARDIZED_SERVICE_TARGETS: Readonly<Record<number, number>> = { 2023: 0.3, 2024: 0.45, 2025: 0.6 };

/** The coverage target of a year; null outside the plan's years. */
export const coverageTarget = (year: number): number | null => COVERAGE_TARGETS[year] ?? null;

/** The standardized-service target of a year; null outside the plan's years. */
export const standardizedServiceTarget = (year: number): number | null => STANDARDIZED_SERVICE_TARGETS[year] ?? null;
