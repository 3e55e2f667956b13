// The demo-data generator's public API: seed, check, reset, and the pure per-person generator for tests.
export { createSeedContext, DEFAULT_TODAY, type SeedContext, type SeedContextOptions, type SeedSetup } from './context.js';
export { seedDemoData, type SeedOptions, type SeedSummary } from './demo-data.js';
export { generatePerson } from './person-records.js';
export { SEEDED_TABLES, type SeedRows } from './tables.js';
export { databasesWithDemoData, hasDemoData, resetDemoData, type SeedDatabases } from './write.js';
